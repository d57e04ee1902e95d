"""The ``particle`` step: a separately written particle glued to the word before it is split off.

``тағыда`` -> ``тағы да``, but only when the glued form is unknown (or never seen in running text and
impossible as a locative), the word without it is known and the particle has the right harmony form, so
case endings that look like particles (``қалада``, ``менде``) stay (the decision is
``particle_model.particle_decision``).  ғой typed on a Russian layout and glued (``екенгой``) is split off and
restored by the same rules (``kazakh.closed_classes.TYPED_PARTICLES``).  The conjunction мен/бен/пен glued to
the word before it is split off in context too (``particle_conjunction``).

A word is left alone when it is Latin, Russian or English, protected, hyphenated, or part of a URL or an
e-mail address.  Decisions are remembered per token (and context: a question mark after it, a coordination
"X да, Y да") by the pipeline (``word_cache``).  The settings are ``particle_model.Config`` (re-exported here).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import Callable, Dict, List, Optional

from ..core.context import BoundedDict
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from ..kazakh.alphabet import LETTERS
from ..kazakh.closed_classes import PARTICLES, PARTICLE_ENDINGS, PREDICATIVES, QUESTION, TYPED_PARTICLES
from ..text.language import kazakh_lines_only
from ..text.linebreaks import off_line_breaks, shifted
from ..text.protected import inside, protected_spans
from ..text.tokens import TOKEN, domainish, split_chunks
from .particle_conjunction import conjunction_edits
from .particle_model import Config, DEFAULTS, particle_decision
from .particle_harmony import harmony_edits
from .word_cache import MISSING, StepMemos, settled_chunks_test, step_memos, tokens4

__all__ = ["Config", "DEFAULTS", "particle", "particle_decision", "particle_untouched"]


@lru_cache(maxsize=8)
def _qmark_later(reach: int) -> "re.Pattern[str]":
    """A question mark later in the same clause, at most ``reach`` characters on (a question particle may
    come before its predicative word: Уақыттың бар ма қалғаны?)."""
    return re.compile(r"[^.!?;\n]{0,%d}\?" % reach)


# "X да, Y..." (a coordination with a separate particle): Y is where the next one may have lost its space
_PARALLEL = re.compile(r"([^\W\d_]{3,})[ \t\u00a0]+(?:да|де|та|те),[ \t\u00a0]+(?=[^\W\d_]{4})([^\W\d_]+)")
# the last two letters of a word up to harmony and assimilation (сыртқы ~ ішкі, мұсылманша ~ орысша)
_SHAPE = str.maketrans("аәеыіоөұүғгқктдлзсшжнмңрйуп", "AAAIIOOUUKKKKDDDZZSZNNNRJUP")


def _same_shape(a: str, b: str) -> bool:
    return len(a) >= 3 and len(b) >= 3 and a[-2:].lower().translate(_SHAPE) == b[-2:].lower().translate(_SHAPE)


def _parallel_hint(text: str) -> bool:
    """The text may hold an "X да, Y" coordination (a cheap test before ``_PARALLEL``)."""
    return " да," in text or " де," in text or " та," in text or " те," in text


# after a word: closing quotes/brackets, then the question mark of a question particle
_QMARK_AFTER = re.compile(r"[ \t\u00a0»\"”’')]*\?")


_ENDINGS = PARTICLE_ENDINGS + tuple(TYPED_PARTICLES)


def particle_untouched(ctx) -> Callable[[str], bool]:
    """The step's ``untouched`` test (:mod:`kaznorm.core.registry`): ``_particle_line``'s first fast path, a line
    with no "?" and no "X да, Y" whose white-space chunks it settled (in a document, every line), then no particle
    in the wrong harmony and no conjunction мен to part (asked as the step asks, with its memos)."""
    memos = step_memos(ctx, "particle", _Memos)
    decisions, conjunctions, cfg, lex = memos.decisions, memos.conjunctions, memos.cfg, ctx.lexicon
    settled = settled_chunks_test(memos.settled_chunks, ctx, lambda line: "?" not in line and not _parallel_hint(line))

    def untouched(text: str) -> bool:
        return settled(text) and not harmony_edits(text, lex, decisions, cfg.harmony_confidence) \
            and ("ен" not in text or not conjunction_edits(text, lex, conjunctions, cfg))

    return untouched


@register("particle", doc="split glued particles (тағыда -> тағы да) when the glued form is unknown",
          needs_lexicon=True, config=Config, quiet_lines=True, untouched=particle_untouched)
def particle(text: str, ctx) -> List[Edit]:
    memos = step_memos(ctx, "particle", _Memos)
    cut = ctx.min_confidence
    # edits decided in context first: a particle written apart in the wrong harmony (тәтті ма: ме), then мен as
    # the conjunction "and"; a glued particle at the same place gives way to them
    first = [e for e in harmony_edits(text, ctx.lexicon, memos.decisions, memos.cfg.harmony_confidence)
             if e.confidence >= cut]
    if "ен" in text:
        taken = {e.start for e in first}
        first += [e for e in conjunction_edits(text, ctx.lexicon, memos.conjunctions, memos.cfg)
                  if e.confidence >= cut and e.start not in taken]
    if not first:
        return _particle(text, ctx, memos)
    taken = {e.start for e in first}
    edits = sorted(first + [e for e in _particle(text, ctx, memos) if e.start not in taken], key=lambda e: e.start)
    return kazakh_lines_only(text, off_line_breaks(text, edits), ctx, "particle")


class _Memos(StepMemos):
    """The particle step's memos: also the decisions on the conjunction мен in context."""

    __slots__ = ("conjunctions",)

    def __init__(self):
        self.conjunctions = BoundedDict(1)  # context key -> "X мен" (True) or "Xмен" (False)
        super().__init__()

    def configure(self, cfg: Config) -> None:
        self.conjunctions.limit = cfg.memo_size
        super().configure(cfg)


def _particle(text: str, ctx, memos: _Memos) -> List[Edit]:
    if "\n" not in text:
        edits = _particle_line(text, ctx, memos)
    else:  # line by line: the context of a decision never crosses a line end, and a document then
        edits = []  # costs the sum of its lines (its fast paths are per line)
        pos = 0
        for line in text.split("\n"):
            if line:
                edits.extend(shifted(_particle_line(line, ctx, memos), pos))
            pos += len(line) + 1
    # a part of a word broken at a line end is linebreak_hyphen's; a line in another language is left alone
    # (NO_EDITS: nothing proposed, so core.passes may remember the text)
    return kazakh_lines_only(text, off_line_breaks(text, edits), ctx, "particle") if edits else NO_EDITS


def _particle_line(text: str, ctx, memos: _Memos) -> List[Edit]:
    edits: List[Edit] = []
    lex = ctx.lexicon
    cfg: Config = memos.cfg
    min_confidence = ctx.min_confidence
    # chunks between white space whose TOKEN4 tokens are all in `settled_toks` (below)
    settled_chunks = memos.settled_chunks
    chunks = split_chunks(text, ctx)
    hint = "?" in text or _parallel_hint(text)  # decisions that depend on the context
    if settled_chunks.issuperset(chunks) and not hint:
        return edits
    toks = tokens4(text, ctx)
    # tokens that are no candidate, or decided "leave it" when no "?" follows
    settled_toks = memos.settled_tokens
    if settled_toks.issuperset(toks) and not hint:
        settled_chunks.update(chunks)
        return edits
    # fast path (speed only): the tokens the loop below looks at, all decided before as "leave it"
    cands = [t for t in toks if t.endswith(_ENDINGS) and t[0] in LETTERS]
    if not cands:
        settled_toks.update(toks)
        settled_chunks.update(chunks)
        return edits
    cache: Dict[str, Optional[str]] = memos.decisions
    if not hint and not any(map(cache.get, cands, repeat(MISSING))):
        settled_toks.update(toks)  # each is no candidate, or a candidate decided "leave it"
        settled_chunks.update(chunks)
        return edits
    spans = None
    n = len(text)
    # "X да, Yда" with X and Y alike in their ending (сыртқы да, ішкіде): positions of such Y
    parallel_at = {m.start(2) for m in _PARALLEL.finditer(text) if _same_shape(m.group(1), m.group(2)[:-2])} \
        if _parallel_hint(text) else ()
    qmark_later = _qmark_later(cfg.question_reach)
    for m in TOKEN.finditer(text):
        tok = m.group()
        typed = TYPED_PARTICLES.get(tok[-3:])  # (lower case only: ГОЙ may be an abbreviation's end)
        if len(tok) < 4 or tok[0] not in LETTERS or \
                (tok[-2:].lower() not in PARTICLES and tok[-3:].lower() not in ("ғой", "қой") and typed is None):
            continue
        s, e = m.start(), m.end()
        question = tok[-2:].lower() in QUESTION and (
            _QMARK_AFTER.match(text, e) is not None or
            (tok[:-2].lower() in PREDICATIVES and qmark_later.match(text, e) is not None))
        parallel = s in parallel_at
        key = tok + "?" if question else (tok + "," if parallel else tok)
        rep = cache.get(key, MISSING)
        if rep is None:
            continue
        # parts of hyphenated words, URLs and identifiers are left alone
        if (s > 0 and text[s - 1] in "-‐") or (e < n and text[e] in "-‐"):
            continue
        if spans is None:
            spans = protected_spans(text)
        if inside(spans, s, e) or domainish(text, s, e):
            continue
        if rep is MISSING:
            try:
                sp = particle_decision(tok[:-3] + typed if typed else tok, lex, question, parallel, cfg)
            except Exception:  # a bug in one decision must not break cleaning
                sp = None
            # (a split less sure than the pipeline's cut would be dropped: decided "leave it")
            # (the stem comes back restored when it was typed on a Russian layout: тусі|де -> түсі де)
            # (and the particle, when it comes back in another harmony: білмей|ма -> білмей ме)
            rep = (len(sp[0]), sp[2], sp[3], sp[0] if sp[0] != tok[:len(sp[0])] else None,
                   sp[1] if not typed and sp[1] != tok[len(sp[0]):] else None) \
                if sp and sp[2] >= min_confidence else None
            cache[key] = rep
            if rep is None and not question and not parallel:
                settled_toks.add(tok)
        if not rep:
            continue
        cut, note = s + rep[0], f"glued particle written separately; {rep[2]}"
        if typed:  # (ғой typed as гой, put back)
            edits.append(Edit(cut, e, " " + typed, f"{note}; {typed} typed on a Russian layout", rep[1]))
        elif rep[3]:  # (the stem typed on a Russian layout, put back)
            edits.append(Edit(s, cut, rep[3] + " ", note, rep[1]))
        elif rep[4]:
            edits.append(Edit(cut, e, " " + rep[4], f"{note}; in the harmony of the word before", rep[1]))
        else:
            edits.append(Edit(cut, cut, " ", note, rep[1]))
    # the tokens that are no candidate are settled as on the fast path above, and the chunks of settled tokens
    # with them (the first fast path next time)
    settled_toks.update(t for t in toks if not (t.endswith(_ENDINGS) and t[0] in LETTERS))
    if settled_toks.issuperset(toks):
        settled_chunks.update(chunks)
    return edits
