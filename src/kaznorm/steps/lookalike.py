"""The ``lookalike`` step: Latin and other look-alike letters inside Cyrillic words.

It runs on every line of large corpora, so it starts with one precompiled regex
search and returns at once when the text holds nothing to do.

Latin look-alike letters inside a Cyrillic word are replaced by the
Cyrillic letter when the whole word then becomes Cyrillic (``Бaтыс``,
``Cәлем``; Latin ``h`` -> ``һ``, ``i`` -> ``і``); ``ə/ǝ`` -> ``ә``, ``ɵ/ӛ`` ->
``ө``, ``ӊ`` -> ``ң``, ``¥`` -> ``Ұ``; ``θ/ѳ`` -> ``ө`` only in a line with
Kazakh letters.  Never touched: all-Latin words (``Toyota``, ``COKEY``,
``XXI``), Latin letters next to digits (``H2O``), URLs and e-mails, a Latin
word with a Kazakh suffix (``ATMдің``, ``Mexicoға``: left for
``suffix_hyphen``).  Guards, all chosen so that one or two substituted
letters per word always pass:

* lower/mixed case: a run of three or more Latin look-alikes (other than
  i/I/h) means a Latin word, as do three or more Latin letters outnumbering
  the Cyrillic ones, or two Latin capitals followed by a Cyrillic suffix;
* ALL CAPS: the word needs a Cyrillic letter with no Latin twin (Қ, З, Л...),
  or at most two Latin letters, or no more Latin than Cyrillic letters
  (``ҚAЗAҚCTAН``, ``ТB`` yes; ``CОKEY`` no).

The step judges each line by itself (lines joined by a line-break hyphen count as one), so
``clean(document)`` decides as ``clean`` of each of its lines.  Two extra rules use the line as evidence:

* a two-letter word made only of look-alikes (``cy``, ``ac``, ``Cy``) between
  two Cyrillic words, or a Cyrillic word and the line's edge, separated by
  spaces and punctuation only, is Cyrillic (never ``hip-hop``, ``x``, ``pop``);
* standalone ``I``/``II``/``III`` become Cyrillic only when the same line
  has a word whose Latin ``i``/``I`` was just fixed (this line types ``І``
  as Latin ``I``); otherwise they are Roman numerals and stay.

Both judge the words as the later steps may leave them, so that a second run
decides the same: the parts of a word broken at a line end (``I-\\ne``,
``а- б``) count as the one word ``linebreak_hyphen`` may rejoin them into,
and the spaces of a gap do not count towards its length (the spacing step
shortens their runs).

Settings (:class:`Config`): the counts behind the guards and the short-word rule ("three", "two",
"a few" above).  The letter tables are facts (``kazakh.lookalikes``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Tuple

from ..kazakh.alphabet import NON_RUSSIAN_LETTERS
from ..kazakh.lookalikes import (CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC, LOOKALIKE_LATIN, STANDALONE_VARIANTS,
                                 VARIANT_LETTERS, WEAK_VARIANT_LETTERS)
from ..core.context import Context
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from .chars_gate import chars_untouched
from ..text.linebreaks import BREAK_HYPHENS_CLASS, BREAK_SPACES_CLASS, line_breaks, line_units, shifted
from ..text.protected import protected_spans
from ..text.tokens import touches_digit
from ..text.unicode import CYRILLIC_BLOCK_CLASS

__all__ = ["Config", "DEFAULTS", "GATE_CLASS", "lookalike"]


@dataclass(frozen=True)
class Config:
    """Settings of the ``lookalike`` step (the ``aggressive`` profile uses the same)."""

    latin_run: int = 3  # a run of this many Latin letters (i/I/h aside) in a lower/mixed-case word: a Latin word
    latin_letters: int = 3  # this many Latin letters (i/I/h aside) outnumbering the Cyrillic ones: a Latin word
    abbreviation_capitals: int = 2  # this many Latin capitals opening a word before a lower-case suffix: ATMдің
    short_word: int = 2  # length of the all-look-alike words judged by their Cyrillic neighbours (cy, ac)
    gap_marks: int = 7  # at most this many marks (spaces aside) between such a word and a Cyrillic neighbour
    edge_marks: int = 8  # ... and between it and the edge of the text


DEFAULTS = Config()

_LAT = LATIN_TO_CYRILLIC
_ALL_VARIANTS = dict(VARIANT_LETTERS)
_ALL_VARIANTS.update(WEAK_VARIANT_LETTERS)
_MAP = dict(_LAT)
_MAP.update(_ALL_VARIANTS)
_VARIANT_CLASS = "".join(sorted(_ALL_VARIANTS))
# the Latin look-alike letters, and the lower-case ones, as regex classes
_LAT_CLASS = "".join(sorted(LOOKALIKE_LATIN))
_LAT_LOWER_CLASS = "".join(sorted(c for c in LOOKALIKE_LATIN if c.islower()))

# the gate: any Latin letter or variant letter (most Kazakh lines have neither)
# (GATE_CLASS is public, a class body: steps/chars_gate.py builds the chars profile's one test with it)
GATE_CLASS = f"A-Za-z{_VARIANT_CLASS}"
_LOOK_GATE = re.compile(f"[{GATE_CLASS}]")
# then: a Latin letter touching a Cyrillic letter, any variant letter, a look-alike word of
# Config.short_word letters, or a one-letter one before a line-break hyphen (the first half of one: I-\ne)
_BREAK_AFTER = f"(?=\\u00ad|[{BREAK_HYPHENS_CLASS}][{BREAK_SPACES_CLASS}\\n])"


@lru_cache(maxsize=8)
def look_trigger(short_word: int) -> "re.Pattern":
    """The trigger as a reader would write it (what ``look_trigger_fast`` finds; a test checks they agree)."""
    return re.compile(
        f"[A-Za-z][{CYRILLIC_BLOCK_CLASS}]|[{CYRILLIC_BLOCK_CLASS}][A-Za-z]|[{_VARIANT_CLASS}]"
        rf"|(?<![^\s,;:!?()«»\"“”–—-])[{_LAT_CLASS}]"
        + f"[{_LAT_LOWER_CLASS}]" * (short_word - 1) +
        r"(?![^\s,;:!?()«»\"“”–—.…-])"
        rf"|(?<![^\W\d_])[{_LAT_CLASS}]{_BREAK_AFTER}"
    )


@lru_cache(maxsize=8)
def look_trigger_fast(short_word: int) -> "re.Pattern":
    """The same test as one pattern opening with a single character class (a Latin or variant
    letter), so the regex engine skips Cyrillic text in C; it finds a match exactly when
    ``look_trigger`` does (each alternative is anchored on a Latin or variant letter; the
    look-behinds after it look one character further back)."""
    return re.compile(
        f"[A-Za-z{_VARIANT_CLASS}](?:(?<=[{_VARIANT_CLASS}])|(?=[{CYRILLIC_BLOCK_CLASS}])|(?<=[{CYRILLIC_BLOCK_CLASS}].)"
        rf"|(?<![^\s,;:!?()«»\"“”–—-].)(?<=[{_LAT_CLASS}])"
        + f"[{_LAT_LOWER_CLASS}]" * (short_word - 1) +
        r"(?![^\s,;:!?()«»\"“”–—.…-])"
        rf"|(?<![^\W\d_].)(?<=[{_LAT_CLASS}]){_BREAK_AFTER})"
    )


# a token with none of these characters is left as it is by _token_fix
_TOKEN_FIX_CHARS = re.compile("[" + re.escape("".join(sorted(set(LATIN_TO_CYRILLIC) | set(VARIANT_LETTERS)
                                                             | set(WEAK_VARIANT_LETTERS)))) + "]")
_TOKEN = re.compile(r"(?:[^\W\d_]|[¥\u0300-\u036f])+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# Cyrillic letters with no Latin twin: proof that a word is Cyrillic
_GENUINE_CYR = frozenset(
    ch for ch in map(chr, range(0x0400, 0x0530)) if ch.isalpha() and ch not in set(LATIN_TO_CYRILLIC.values())
)
_HAS_CYR = re.compile(f"[{CYRILLIC_BLOCK_CLASS}]")
# Kazakh letters or their stand-ins; Latin h is included because this step may turn it
# into һ, and the evidence must not appear only on a second run.  і is left out for the same reason
# (this step turns Latin i into і), and because Ukrainian and Belarusian write it too
_KAZAKH_EVIDENCE = re.compile("[" + "".join(sorted((NON_RUSSIAN_LETTERS - {"і", "І"}) | set(VARIANT_LETTERS))) + "h]")
_ROMAN_I = re.compile(r"[Ii]{1,3}")


def _token_fix(tok: str, kazakh_text, cfg: Config = DEFAULTS) -> Tuple[Optional[str], bool]:
    """The Cyrillic form of a mixed token, or None to leave it; and whether Latin i/I was mapped."""
    cyr = lat = lat_strict = 0
    strong = weak = standalone = used_i = False
    for ch in tok:
        if ch in _LAT:
            lat += 1
            if ch in "iIh":
                used_i = used_i or ch in "iI"
            else:
                lat_strict += 1
        elif ch in VARIANT_LETTERS:
            strong = True
            if ch in STANDALONE_VARIANTS:
                standalone = True
            elif ch != "¥":
                cyr += 1  # ӛ ӊ are Cyrillic letters themselves
        elif ch in WEAK_VARIANT_LETTERS:
            weak = True
        elif "\u0400" <= ch <= "\u052f":
            cyr += 1
        else:
            return None, False  # another script, a combining mark...: not ours to decide
    if lat == 0 and not strong and not weak:
        return None, False
    if cyr == 0:
        # no Cyrillic letter: only words carrying ə/ɵ (never Latin-alphabet spellings here)
        if not (standalone and not weak):
            return None, False
    if weak and not kazakh_text():
        return None, False
    if lat_strict:
        if tok.isupper():
            # ALL CAPS: a Cyrillic word (ҚAЗAҚCTAН, ТB) has a Cyrillic letter with no Latin twin,
            # or at most two Latin letters, or no more Latin than Cyrillic letters; a Latin word
            # with one Cyrillic О (CОKEY) has none of these
            if not any(ch in _GENUINE_CYR for ch in tok) and lat_strict >= cfg.latin_letters and lat_strict > cyr:
                return None, False
        else:
            for m in _LATIN_RUN.finditer(tok):
                run = m.group()
                if len(run) >= cfg.latin_run and run.strip("iIh"):
                    return None, False  # a Latin word (Mexicoға) rather than three substitutions in a row
            if lat_strict >= cfg.latin_letters and lat_strict > cyr:
                return None, False
            # ≥2 Latin capitals then a lower-case Cyrillic suffix: an abbreviation + ending (ATMдің)
            m = _LATIN_RUN.match(tok)
            if m and m.end() >= cfg.abbreviation_capitals and tok[:m.end()].isupper() and m.end() < len(tok) and tok[m.end()].islower():
                return None, False
    return "".join(_MAP.get(ch, ch) for ch in tok), used_i


@register("lookalike", doc="Latin/other look-alike letters inside Cyrillic words -> Cyrillic (Cәлем, бiр, əке)",
          config=Config, quiet_lines=True, untouched=chars_untouched)
def lookalike(text: str, ctx: Context) -> List[Edit]:
    # (NO_EDITS: nothing proposed, so core.passes may remember the text; the rules leave nothing out for
    # another language)
    if _LOOK_GATE.search(text) is None:
        return NO_EDITS
    cfg = ctx.config("lookalike")
    trigger = look_trigger_fast(cfg.short_word)
    if "\n" not in text:
        if trigger.search(text) is None:
            return NO_EDITS
        return _look_text(text, cfg) or NO_EDITS
    # line by line (a word broken at a line end joins its two lines): the evidence of a rule is that
    # of its line, and a document costs the sum of its lines
    edits: List[Edit] = []
    for a, b in line_units(text, (m.start() for m in trigger.finditer(text))):
        edits.extend(shifted(_look_text(text[a:b], cfg), a))
    return edits if edits else NO_EDITS


def _look_text(text: str, cfg: Config) -> List[Edit]:
    """The edits of one line (or of lines joined by a line-break hyphen) holding a trigger."""
    kz: List[Optional[bool]] = [None]

    def kazakh_text() -> bool:
        if kz[0] is None:
            kz[0] = _KAZAKH_EVIDENCE.search(text) is not None
        return kz[0]

    urls = protected_spans(text)
    has_cyr: Optional[bool] = None
    edits: List[Edit] = []
    i_evidence = False
    ui = 0
    n = len(text)
    toks: List[Tuple[int, int, str]] = []
    latin: List[int] = []  # the indexes of the all-Latin tokens
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        while ui < len(urls) and urls[ui][1] <= s:
            ui += 1
        if ui < len(urls) and urls[ui][0] < e:
            toks.append((s, e, ""))  # inside a URL or e-mail: a neighbour, never changed
            continue
        tok = m.group()
        toks.append((s, e, tok))
        if tok.isascii():
            latin.append(len(toks) - 1)
            continue  # all-Latin word: changed only with the evidence checked below
        if _ASCII_LETTER.search(tok) is not None:
            lat = _latin_word(tok)
            if lat is not None and not touches_digit(text, s, e):
                edits.append(Edit(s, e, lat, "Cyrillic look-alike letters -> Latin (a Latin word)"))
                toks[-1] = (s, e, lat)
                continue
        if _TOKEN_FIX_CHARS.search(tok) is None:
            continue  # no Latin, variant or weak variant letter: _token_fix leaves it
        new, used_i = _token_fix(tok, kazakh_text, cfg)
        if new is None or new == tok:
            continue
        if not tok.isalpha() or any(ch in _LAT for ch in tok):
            if touches_digit(text, s, e):
                continue  # codes and formulas (H2O, Б52)
        if not _HAS_CYR.search(tok):
            if has_cyr is None:
                has_cyr = _HAS_CYR.search(text) is not None
            if not has_cyr:
                continue
        i_evidence = i_evidence or used_i
        edits.append(Edit(s, e, new, "look-alike letters -> Cyrillic"))
        toks[-1] = (s, e, new)  # neighbours see the fixed word
    # the words below are judged as linebreak_hyphen may leave them: the parts of a word broken
    # at a line end (I-\ne, а-\nб) count as the one word it may rejoin them into, so a second run
    # sees what this one saw (a part is a short word or a neighbour only if the whole is one)
    words = _joined_at_breaks(text, toks) if latin else toks
    if words is not toks:
        latin = [k for k, (_s, _e, tok) in enumerate(words) if tok and tok.isascii()]
    roman: List[Tuple[int, int]] = []
    short: List[int] = []
    for k in latin:
        s, e, tok = words[k]
        if _ROMAN_I.fullmatch(tok):
            roman.append((s, e))
        elif len(tok) == cfg.short_word and tok[1:].islower() and all(ch in _LAT for ch in tok):
            short.append(k)
    if i_evidence and roman:
        for s, e in roman:
            if (s > 0 and text[s - 1].isalnum()) or (e < n and text[e].isalnum()):
                continue
            edits.extend(_letters_mapped(text, s, e, _I_TO_CYR, "Latin I for І (this text types І as Latin I)"))
    for k in short:
        # a two-letter word of look-alikes (cy, ac, Cy) between two Cyrillic words on the
        # same line (or a Cyrillic word and the line's edge), set off by spaces and
        # punctuation only: a Cyrillic word typed in Latin
        s, e, tok = words[k]
        if k > 0:
            ps, pe, prev = words[k - 1]
            left = _is_cyr_word(prev) and _whole(text, ps, pe) and _sep_ok(text[pe:s], cfg)
        else:
            left = _edge_ok(text[:s], cfg)
        if k + 1 < len(words):
            ns, ne, nxt = words[k + 1]
            right = _is_cyr_word(nxt) and _whole(text, ns, ne) and _sep_ok(text[e:ns], cfg)
        else:
            right = _edge_ok(text[e:], cfg)
        if left and right and (k > 0 or k + 1 < len(words)):
            edits.extend(_letters_mapped(text, s, e, _LAT_TABLE, "two-letter look-alike word between Cyrillic words"))
    return edits


def _latin_word(tok: str) -> Optional[str]:
    """``tok`` with its Cyrillic letters made Latin when it is a Latin word typed with Cyrillic look-alikes
    (Кaspi, ВОSCН, Bosсh): a Latin letter no Cyrillic letter looks like (s, r, m ...) shows it cannot be
    Cyrillic, and every Cyrillic letter in it has a Latin twin; else None."""
    if not any(ch.isascii() and ch not in LOOKALIKE_LATIN for ch in tok):
        return None
    if not all(ch.isascii() or ch in CYRILLIC_TO_LATIN for ch in tok):
        return None
    return "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in tok)


def _joined_at_breaks(text: str, toks: List[Tuple[int, int, str]]) -> List[Tuple[int, int, str]]:
    """``toks`` with the letter runs on the two sides of a line-break hyphen made one (start of
    the first, end of the last, their letters together): a word ``linebreak_hyphen`` may rejoin."""
    starts, _ends = line_breaks(text)
    if not starts:
        return toks
    out: list = []  # [start, end, letter parts]: the parts are joined once at the end (linear time)
    for s, e, tok in toks:
        if out and tok and out[-1][2] and out[-1][1] in starts:
            out[-1][1] = e
            out[-1][2].append(tok)
        else:
            out.append([s, e, [tok] if tok else []])
    return [(s, e, "".join(parts)) for s, e, parts in out]


def _letters_mapped(text: str, s: int, e: int, table: dict, note: str) -> List[Edit]:
    """Edits mapping the letters of ``text[s:e]`` (one word, maybe broken at a line end) with ``table``."""
    return [Edit(m.start(), m.end(), m.group().translate(table), note) for m in _TOKEN.finditer(text, s, e)]


def _whole(text: str, s: int, e: int) -> bool:
    """A letter run that is a word of its own, not a hyphen-joined part (``Toyota-ден``).

    The hyphen may come from ``suffix_hyphen`` on a later run, so a part never counts as a
    neighbour: that keeps the step's decision the same before and after that step.
    """
    return (s == 0 or text[s - 1] not in "-\u2010") and (e >= len(text) or text[e] not in "-\u2010")


def _is_cyr_word(tok: str) -> bool:
    return bool(tok) and _HAS_CYR.search(tok) is not None and not any("a" <= ch.lower() <= "z" for ch in tok)


# what may separate a short look-alike word from its Cyrillic neighbours: a space and
# sentence punctuation, but no hyphen, apostrophe, dot, slash, @ or digit (hip-hop, e.g., a@b)
_SEP_CHARS = frozenset(" \t,;:!?()«»\"“”–—-")


def _sep_ok(gap: str, cfg: Config = DEFAULTS) -> bool:
    return (" " in gap or "\t" in gap) and _marks(gap) <= cfg.gap_marks and all(ch in _SEP_CHARS for ch in gap)


def _edge_ok(gap: str, cfg: Config = DEFAULTS) -> bool:
    """Between a word and the edge of the text: spaces and at most a few punctuation marks."""
    return _marks(gap) <= cfg.edge_marks and "\n" not in gap and all(ch in _SEP_CHARS or ch in ".…" for ch in gap)


def _marks(gap: str) -> int:
    """The characters of ``gap`` but its spaces and tabs: the spacing step may shorten a run of
    spaces, and a second run must judge the gap as this one did."""
    return len(gap) - gap.count(" ") - gap.count("\t")


_I_TO_CYR = str.maketrans({c: LATIN_TO_CYRILLIC[c] for c in "Ii"})
_LAT_TABLE = str.maketrans(_LAT)
