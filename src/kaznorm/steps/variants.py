"""The ``variants`` step: replace established variant spellings from a curated table.

The table is ``kaznorm/data_variants.tsv``, shipped inside the package and read with ``importlib.resources``
(one row: variant, standard, ``+`` when the variant may carry an ending):
``Санк Петербург`` -> ``Санкт-Петербург``.  Nothing inside a URL or e-mail address is replaced, nor a match
that crosses a line break.  ``Config.table`` replaces the shipped table for one pipeline
(``Pipeline.default().with_config("variants", table="кейбір\\tкей бір\\n")``).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, List, Optional, Tuple

from ..core.context import Context
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from ..text.language import kazakh_lines_only
from ..kazakh.alphabet import LETTER_CLASS
from ..text.linebreaks import off_line_breaks
from ..text.protected import inside, protected_spans

__all__ = ["Config", "load_variants", "parse_variants", "variants", "variants_untouched"]


@dataclass(frozen=True)
class Config:
    """Settings of the ``variants`` step."""

    # the table to use instead of the shipped one: TSV text, one row "variant<TAB>standard<TAB>+" (the "+"
    # when the variant may carry an ending; lines starting with "#" are comments); None: the shipped table
    table: Optional[str] = None


@lru_cache(maxsize=1)
def load_variants() -> Tuple[Tuple[str, str, bool], ...]:
    """The curated table: (variant, standard, inflectable) rows, longest variant first."""
    here = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data_variants.tsv")
    if os.path.isfile(here):  # (the package's own folder, as importlib.resources finds it: not imported then)
        try:
            with open(here, encoding="utf-8") as fh:
                return parse_variants(fh.read())
        except OSError:
            return ()
    from importlib.resources import files

    try:
        raw = (files("kaznorm") / "data_variants.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError, ModuleNotFoundError):
        return ()
    return parse_variants(raw)


def parse_variants(raw: str) -> Tuple[Tuple[str, str, bool], ...]:
    rows = []
    for line in raw.splitlines():
        line = line.strip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            continue
        flags = cols[2].strip() if len(cols) > 2 else ""
        rows.append((cols[0].strip(), cols[1].strip(), "+" in flags))
    rows.sort(key=lambda r: -len(r[0]))
    return tuple(rows)


def _variant_regex(rows: Tuple[Tuple[str, str, bool], ...]):
    if not rows:
        return None, {}, ()
    table = {}
    alts = []
    for variant, standard, infl in rows:
        forms = [(variant, standard), (variant.upper(), standard.upper())]
        if variant[:1].islower():
            forms.append((variant[:1].upper() + variant[1:], standard[:1].upper() + standard[1:]))
        for v, st in forms:
            if v in table:
                continue
            table[v] = (st, infl)
            pat = r"\s+".join(re.escape(x) for x in v.split())
            tail = rf"(?=[{LETTER_CLASS}]*(?![\w-]))" if infl else r"(?![\w-])"
            alts.append(rf"(?<![\w-]){pat}{tail}")
    anchors = tuple(sorted({v.split()[0] for v in table}))
    return "|".join(f"({a})" for a in alts), table, anchors  # the pattern's source: compiled on first need


@lru_cache(maxsize=4)
def _table_rows(table: Optional[str]) -> Tuple[Tuple[str, str, bool], ...]:
    """The rows of ``table`` (TSV text), or of the shipped table when it is None."""
    return load_variants() if table is None else parse_variants(table)


@lru_cache(maxsize=4)
def _variants_compiled(rows):
    """``_variant_regex(rows)`` plus one regex for "some anchor occurs" and whether the anchors are plain."""
    rx, table, anchors = _variant_regex(rows)
    anchor_rx = re.compile("|".join(re.escape(a) for a in sorted(anchors, key=lambda a: (-len(a), a)))) \
        if anchors else None
    # anchors of word characters and hyphens only: no alternative of rx (each opens with (?<![\w-])) can
    # match inside an anchor's occurrence, so the overlapping starts need not be tried
    plain = all(re.fullmatch(r"[\w-]+", a) for a in anchors)
    return (None if rx is None else _LazyPattern(rx)), table, anchors, anchor_rx, plain


class _LazyPattern:
    """A pattern compiled on its first use (the big alternation of the table: most texts hold no anchor)."""

    __slots__ = ("source", "compiled")

    def __init__(self, source: Optional[str]):
        self.source = source
        self.compiled = None

    def match(self, text: str, pos: int):
        if self.compiled is None:
            self.compiled = re.compile(self.source)
        return self.compiled.match(text, pos)


def _variant_matches(rx, anchor_rx, text: str, plain: bool = False):
    """The matches ``rx.finditer(text)`` gives, found faster: every alternative of ``rx`` starts with an
    anchor, so ``rx`` is tried only where an anchor starts (overlapping occurrences included unless the
    anchors are ``plain``, see :func:`_variants_compiled`)."""
    if plain:
        starts = [m.start() for m in anchor_rx.finditer(text)]
    else:
        starts = []
        for m in anchor_rx.finditer(text):
            s, e = m.span()
            starts.append(s)
            starts.extend(q for q in range(s + 1, e) if anchor_rx.match(text, q))
        starts.sort()
    last_end = 0
    for p in starts:
        if p < last_end:
            continue
        m = rx.match(text, p)
        if m is not None:
            yield m
            last_end = m.end() if m.end() > p else p + 1
    return


def _compiled(ctx) -> tuple:
    """The compiled table, kept in the pipeline's context (hashing the rows for the lru_caches on every call
    cost more than the search)."""
    return ctx.cache("variants.compiled", lambda: _variants_compiled(_table_rows(ctx.config("variants").table)))


def variants_untouched(ctx) -> Callable[[str], bool]:
    """The step's ``untouched`` test (:mod:`kaznorm.core.registry`): an empty text, or no anchor of the table in
    it (the step's first return)."""
    rx, _table, _anchors, anchor_rx, _plain = _compiled(ctx)
    if rx is None or anchor_rx is None:
        return lambda text: True
    search = anchor_rx.search
    return lambda text: not text or search(text) is None


@register("variants", doc="replace established variant spellings from a curated table (Санк Петербург)",
          needs_lexicon=True, config=Config, quiet_lines=True, untouched=variants_untouched)
def variants(text: str, ctx: Context) -> List[Edit]:
    rx, table, anchors, anchor_rx, plain = _compiled(ctx)
    if rx is None or not text or anchor_rx is None or anchor_rx.search(text) is None:
        return NO_EDITS  # (nothing proposed: core.passes may remember the text)
    shields = None
    edits = []
    for m in _variant_matches(rx, anchor_rx, text, plain):
        a, b = m.span()
        if "\n" in m.group():
            continue
        if shields is None:
            shields = protected_spans(text)
        if inside(shields, a, b):
            continue
        key = " ".join(m.group().split())
        hit = table.get(key)
        if hit is None:
            continue
        st, _ = hit
        edits.append(Edit(a, b, st, f"variants: {key!r} is a variant spelling of {st!r}"))
    return kazakh_lines_only(text, off_line_breaks(text, edits), ctx, "variants") if edits else NO_EDITS
