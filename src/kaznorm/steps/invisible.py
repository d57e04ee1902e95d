"""The ``invisible`` step: odd and invisible characters.

It runs on every line of large corpora, so it starts with one precompiled regex
search and returns at once when the text holds nothing to do.

* BOM, word joiner, invisible math operators: removed.
* Zero-width space: removed, except between letters of scripts that use it
  as a word boundary (Thai, Khmer, CJK...).  ZWJ/ZWNJ: removed unless a
  neighbour belongs to a script that needs them (Arabic, Indic, emoji).
* Bidi controls: removed, unless the text has right-to-left letters.
* C0/C1 controls: removed; "\\n", "\\t" and "\\r" are never touched, so
  "\\r\\n" line ends survive.  Line-like controls (VT, FF, NEL, U+2028/9)
  become a space between two words, else vanish.
* Soft hyphen: removed, except between a word part and a line end, or a
  word part and a space followed by another word part (``ай \xadдауымен``,
  ``сөз\xad\n``): those are left for ``linebreak_hyphen``, which decides.
  ``¬`` (a PDF hyphen remnant) is removed only between two letters.
* NBSP and the exotic spaces become U+0020, except NBSP / narrow NBSP /
  figure / thin space between two digits (``1 000``), which stay.
* U+2011 non-breaking hyphen -> "-".
* Combining marks after a Cyrillic letter: a stress mark (U+0301/U+0300)
  on a vowel is removed, the rest composed (NFC), so ``и``+U+0306 -> ``й``.
* A line in another language (Russian, English: ``text/language.py``) keeps its no-break spaces,
  non-breaking hyphens and stress marks (its typography); its invisible characters are still removed.

Settings (:class:`Config`): how far a soft hyphen looks for the next word part, and whether the lexicon
may tell a Russian line from a Kazakh one.  The character sets are facts (``text.unicode``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ..kazakh.alphabet import CYRILLIC_VOWELS
from ..text.unicode import (ALWAYS_DELETE, BIDI_CONTROLS, DIGIT_GROUP_SPACES, EXOTIC_SPACES, JOINERS, LINE_CONTROLS, NB_HYPHEN, NOT_SIGN, SOFT_HYPHEN, STRESS_MARKS, ZWSP)
from ..core.context import Context
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from .chars_gate import chars_untouched
from ..text.language import typography_lines_only
from ..text.unicode import char_class

__all__ = ["Config", "DEFAULTS", "TRIGGER_CLASS", "invisible"]


@dataclass(frozen=True)
class Config:
    """Settings of the ``invisible`` step (the ``aggressive`` profile uses the same)."""

    # a soft hyphen is kept for linebreak_hyphen only when the next word part (or the text's edge) is fewer
    # than this many spaces and invisible characters away (bounded, so many soft hyphens in a row stay linear)
    max_gap: int = 64
    # a line in another language keeps its typographic characters (no-break spaces, the non-breaking hyphen,
    # stress marks: Russian uses all three); the lexicon tells a Russian line from Kazakh (text/language.py),
    # off in the lexicon-free "chars" profile (then only lines in another script are told apart)
    ask_lexicon: bool = True


DEFAULTS = Config()

_DELETE_CONTROLS = frozenset(
    [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r" and chr(c) not in LINE_CONTROLS]
    + [chr(0x7F)]
    + [chr(c) for c in range(0x80, 0xA0) if chr(c) not in LINE_CONTROLS]
)

_TRIGGER_CHARS = (
    set(_DELETE_CONTROLS)
    | set(LINE_CONTROLS)
    | set(EXOTIC_SPACES)
    | set(ALWAYS_DELETE)
    | set(BIDI_CONTROLS)
    | set(JOINERS)
    | {ZWSP, SOFT_HYPHEN, NOT_SIGN, NB_HYPHEN}
)


# one run of characters the step may change; combining marks U+0300-U+036F are
# included so that decomposed Cyrillic letters are composed.  Written "[...][...]*", not
# "[...]+": a pattern that opens with a plain class lets the regex engine skip ordinary
# characters in C (a repeat first makes it start a match attempt at every position).
# (TRIGGER_CLASS is public, a class body: steps/chars_gate.py builds the chars profile's one test with it)
TRIGGER_CLASS = char_class(_TRIGGER_CHARS) + "\u0300-\u036f"
_INVIS_CLASS = f"[{TRIGGER_CLASS}]"
_INVIS_RUN = re.compile(_INVIS_CLASS + _INVIS_CLASS + "*")
_GROUP3 = re.compile(r"\d{3}(?!\d)")  # what follows a digit-group space: exactly three digits
_EXOTIC_STR = "".join(sorted(EXOTIC_SPACES))
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _is_complex(ch: Optional[str]) -> bool:
    """True for characters of scripts that use ZWJ/ZWNJ/ZWSP (Arabic, Indic, Thai, CJK, emoji)."""
    if ch is None or ch.isspace():
        return False
    cp = ord(ch)
    if cp < 0x0590:  # Latin, IPA, Greek, Cyrillic, Armenian, combining marks
        return False
    if 0x1C80 <= cp <= 0x1C8F or 0x1D00 <= cp < 0x2600 or 0x2C60 <= cp <= 0x2C7F or 0xA640 <= cp <= 0xA69F:
        return False  # Cyrillic/Latin extensions, punctuation and symbols (not emoji blocks)
    if 0xA720 <= cp <= 0xA7FF or 0xFB00 <= cp <= 0xFB06 or 0xFF00 <= cp <= 0xFFEF:
        return False
    return True


def _letterish(ch: str) -> bool:
    return ch.isalpha() or ch == "¥"  # ¥ may become Ұ in the lookalike step


def _letterish_or_none(ch: Optional[str], none: bool) -> bool:
    return none if ch is None else _letterish(ch)


def _gap_then_word(text: str, j: int, step: int, near: Optional[str], limit: int) -> bool:
    """Beyond position ``j`` (going ``step``): the text's edge, or whitespace then a letter, fewer than
    ``limit`` characters on (``Config.max_gap``; the gap only shrinks on a rerun)."""
    if near is None:
        return True
    if not near.isspace():
        return False
    n = len(text)
    while 0 <= j < n and (text[j].isspace() or text[j] in _TRANSPARENT):
        j += step
        limit -= 1
        if limit <= 0:
            return False
    return not (0 <= j < n) or _letterish(text[j])


def _is_cyr_letter(ch: Optional[str]) -> bool:
    return ch is not None and "\u0400" <= ch <= "\u052f" and ch.isalpha()


def _compose_cyrillic(base: str, marks: str) -> str:
    """``base`` (a Cyrillic letter) followed by combining ``marks``: drop stress, compose."""
    if base in CYRILLIC_VOWELS:
        marks = "".join(m for m in marks if m not in STRESS_MARKS)
    return unicodedata.normalize("NFC", base + marks)


# characters that neighbours look through when deciding (zero-width, controls, soft hyphen):
# whether they are kept or not, the decision next to them comes out the same
_MARKS = frozenset(map(chr, range(0x0300, 0x0370)))
_TRANSPARENT = frozenset(
    set(_DELETE_CONTROLS) | set(ALWAYS_DELETE) | set(BIDI_CONTROLS) | set(JOINERS) | {ZWSP, SOFT_HYPHEN}
    | _MARKS
)


_CONTEXT = frozenset({ZWSP, SOFT_HYPHEN, NOT_SIGN} | set(JOINERS))
_LINE_SKIP = _TRANSPARENT | LINE_CONTROLS
_CONTEXT_SKIP = _CONTEXT | _MARKS


def _invisible_run(text: str, start: int, end: int, has_rtl, cfg: Config = DEFAULTS) -> Optional[Tuple[int, str, str]]:
    """Decide one run ``text[start:end]``; return (edit_start, replacement, note) or None."""
    prev = text[start - 1] if start > 0 else None
    nxt = text[end] if end < len(text) else None
    notes: List[str] = []
    run = text[start:end]
    n_run = len(run)

    def nearest(skip, res=None) -> Tuple[List[Optional[str]], List[Optional[str]]]:
        """For each position, the nearest character to its left and right not in ``skip``
        (and, given ``res``, not dropped by phase 1); one pass each way, so long runs stay linear."""
        lefts: List[Optional[str]] = [None] * n_run
        rights: List[Optional[str]] = [None] * n_run
        cur = prev
        for j in range(n_run):
            lefts[j] = cur
            if run[j] not in skip and (res is None or res[j]):
                cur = res[j] if res is not None else run[j]
        cur = nxt
        for j in range(n_run - 1, -1, -1):
            rights[j] = cur
            if run[j] not in skip and (res is None or res[j]):
                cur = res[j] if res is not None else run[j]
        return lefts, rights

    tl, _ = nearest(_TRANSPARENT)
    ll, lr = nearest(_LINE_SKIP)

    # phase 1: everything but the context-dependent zero-width characters
    res: List[str] = [""] * n_run
    context = []
    for i, ch in enumerate(run):
        if "\u0300" <= ch <= "\u036f":
            res[i] = ch  # combining marks: handled below, after the base is known
        elif ch in EXOTIC_SPACES:
            p = tl[i]
            if ch in DIGIT_GROUP_SPACES and p is not None and p.isdecimal() and _GROUP3.match(text, start + i + 1):
                res[i] = ch
            else:
                res[i] = " "
                notes.append("U+%04X->space" % ord(ch))
        elif ch == NB_HYPHEN:
            res[i] = "-"
            notes.append("U+2011->-")
        elif ch in _DELETE_CONTROLS or ch in ALWAYS_DELETE:
            notes.append("-U+%04X" % ord(ch))
        elif ch in LINE_CONTROLS:
            p, n = ll[i], lr[i]
            if p is not None and n is not None and not p.isspace() and not n.isspace():
                res[i] = " "
                notes.append("U+%04X->space" % ord(ch))
            else:
                notes.append("-U+%04X" % ord(ch))
        elif ch in BIDI_CONTROLS:
            if has_rtl():
                res[i] = ch
            else:
                notes.append("-U+%04X" % ord(ch))
        else:
            context.append(i)
    # phase 2: zero-width space, joiners, soft hyphen, ¬ look at what phase 1 kept
    cl, cr = nearest(_CONTEXT_SKIP, res) if context else ([], [])
    for i in context:
        ch = run[i]
        p, n = cl[i], cr[i]
        if ch == ZWSP:
            keep = _is_complex(p) and _is_complex(n)
        elif ch in JOINERS:
            keep = _is_complex(p) or _is_complex(n)
        elif ch == SOFT_HYPHEN:
            # a word part on one side and a line end, or a space and then another word
            # part, on the other: kept for linebreak_hyphen, which decides; anywhere else
            # (inside a word, next to punctuation) it goes
            keep = (_letterish_or_none(p, False) and _gap_then_word(text, start + i + 1, 1, n, cfg.max_gap)) or (
                _letterish_or_none(n, False) and _gap_then_word(text, start + i - 1, -1, p, cfg.max_gap))
        else:  # ¬: removed only between two letters
            keep = not (p is not None and n is not None and _letterish(p) and _letterish(n))
        if keep:
            res[i] = ch
        else:
            notes.append("-U+%04X" % ord(ch) if ch != ZWSP else "-ZWSP")
    repl = "".join(res)
    edit_start = start
    # combining marks right after a Cyrillic letter (once the invisible characters
    # between them are gone): stress removed, the rest composed
    if repl and "\u0300" <= repl[0] <= "\u036f" and _is_cyr_letter(prev):
        k = 0
        while k < len(repl) and "\u0300" <= repl[k] <= "\u036f":
            k += 1
        composed = _compose_cyrillic(prev, repl[:k])
        if composed != prev + repl[:k]:
            edit_start = start - 1
            repl = composed + repl[k:]
            notes.append("stress removed / composed")
    if edit_start == start and repl == run:
        return None
    return edit_start, repl, ", ".join(notes)


@register("invisible", doc="remove BOM, zero-width and control characters, soft hyphens in words; odd spaces -> space",
          config=Config, profiles={"chars": Config(ask_lexicon=False)}, quiet_lines=True, untouched=chars_untouched)
def invisible(text: str, ctx: Context) -> List[Edit]:
    # (NO_EDITS: nothing proposed, so core.passes may remember the text)
    m = _INVIS_RUN.search(text)
    if m is None:
        return NO_EDITS
    cfg = ctx.config("invisible")
    has_rtl = None
    edits: List[Edit] = []
    for m in _INVIS_RUN.finditer(text, m.start()):
        run = m.group()
        start = m.start()
        if not run.strip(_EXOTIC_STR):
            # only odd spaces (the common case, NBSP): each becomes a space, except a
            # digit-group space between a digit and exactly three digits (what
            # _invisible_run decides for such a run, without its bookkeeping)
            keep_first = (run[0] in DIGIT_GROUP_SPACES and start > 0 and text[start - 1].isdecimal()
                          and _GROUP3.match(text, start + 1) is not None)
            if keep_first:
                if len(run) == 1:
                    continue
                edits.append(Edit(start, m.end(), run[0] + " " * (len(run) - 1), _odd_space_note(run[1:])))
            else:
                edits.append(Edit(start, m.end(), " " * len(run), _odd_space_note(run)))
            continue
        if has_rtl is None:
            has_rtl = _rtl_test(text)
        r = _invisible_run(text, start, m.end(), has_rtl, cfg)
        if r is not None:
            s, repl, note = r
            edits.append(Edit(s, m.end(), repl, note))
    typographic = [e for e in edits if _typographic(text, e)]
    if not typographic:
        return edits if edits else NO_EDITS
    kept = typography_lines_only(text, typographic, ctx, cfg.ask_lexicon, "invisible")
    dropped = set(map(id, typographic)) - set(map(id, kept))
    return [e for e in edits if id(e) not in dropped]


_TYPOGRAPHIC_NOTES = frozenset({"U+2011->-", "stress removed / composed"} |
                               {"U+%04X->space" % ord(ch) for ch in EXOTIC_SPACES})


def _typographic(text: str, e: Edit) -> bool:
    """Does an edit only restyle typography (odd spaces, a non-breaking hyphen, a stress mark dropped),
    repairing nothing?  Such edits follow the language of the line.  (A composed letter, е + U+0308 -> ё, is
    a repair: its replacement holds a character the original lacks.)"""
    return all(part in _TYPOGRAPHIC_NOTES for part in e.note.split(", ")) and \
        set(e.replacement) <= set(text[e.start:e.end]) | {" ", "-"}


_ODD_SPACE_NOTE = {ch: "U+%04X->space" % ord(ch) for ch in EXOTIC_SPACES}


def _odd_space_note(run: str) -> str:
    return _ODD_SPACE_NOTE[run] if len(run) == 1 else ", ".join([_ODD_SPACE_NOTE[ch] for ch in run])


def _rtl_test(text: str):
    """``has_rtl()``: whether ``text`` has right-to-left letters, searched once on first need."""
    rtl: List[Optional[bool]] = [None]

    def has_rtl() -> bool:
        if rtl[0] is None:
            rtl[0] = _RTL.search(text) is not None
        return rtl[0]

    return has_rtl

