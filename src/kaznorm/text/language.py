"""The language of a line: Kazakh, Russian, or text in another script.

kaznorm cleans Kazakh; a Russian or English line inside a Kazakh corpus must come back as it was.  The
word steps ask :func:`keep_kazakh_lines` to drop the edits they propose inside lines of another language,
so the (lexicon-backed) question is asked only of lines where a step wants to change a word.

A line is Kazakh when it has a Kazakh-specific letter (ә ғ қ ң ө ұ ү һ і), or when its Cyrillic words are not
mostly Russian.  A line without Kazakh letters is Russian when at least half of its lower-case Cyrillic words
(names belong to no language) are Russian: a common Russian word that the Kazakh corpora use ten times more
rarely (``Lexicon.russian_evidence``), or a word the lexicon reads as Russian (``Lexicon.language_of``).  A
word that is how a common Kazakh word is typed on a Russian layout (кала for қала, ак for ақ) counts as
Kazakh whatever else it is.  On the FLORES+ Russian sentences and on sentences of the build halves typed on a
Russian layout (no Kazakh letter left) that share separates the two: 2008 of 2009 Russian lines at or above
a half, 5 of 3133 keyboard-degraded Kazakh lines (mostly lines that are half Russian).  A
line with letters but no Cyrillic one is another script (English, Latin-script text): left alone too.

Typography (quotes, dashes, dots, spaces) follows the language of the line too: the punctuation and spacing
steps keep their edits only in Kazakh lines and lines without letters (:func:`typography_lines_only`).  Without
a lexicon (the ``chars`` profile) a Cyrillic line without Kazakh letters cannot be told from Russian and counts
as Kazakh.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence

from ..core.context import BoundedDict
from ..core.edits import Edit
from ..kazakh.alphabet import NON_RUSSIAN_LETTERS
from ..kazakh.errors import KEYBOARD_KEY
from ..lexicon.queries import frequent_keys

__all__ = ["line_language", "keep_kazakh_lines", "kazakh_lines_only", "typography_lines_only", "outside_russian_lines",
           "RUSSIAN_SHARE"]

RUSSIAN_SHARE = 0.5  # a line without Kazakh letters is Russian when half its lower-case Cyrillic words are Russian
# a Russian word that is also the Russian-layout spelling of a Kazakh word counted this often (кала: қала, ак:
# ақ) is no evidence of Russian (20: such a word is common enough that its typed form is a likely slip)
AMBIGUOUS_MIN = 20

_KAZAKH_LETTER = re.compile("[" + "".join(sorted(NON_RUSSIAN_LETTERS)) + "]")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]{2,}")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


def line_language(line: str, lex) -> str:
    """``"kk"``, ``"ru"``, ``"other"`` (letters, none Cyrillic) or ``"none"`` (no letters) for one line; without a
    lexicon (``lex`` None) a Cyrillic line is ``"kk"``."""
    if _KAZAKH_LETTER.search(line):
        return "kk"
    if not _CYRILLIC.search(line):
        return "other" if _LETTER.search(line) else "none"
    words = [w for w in _CYRILLIC_WORD.findall(line) if w.islower()]  # names belong to no language
    if not words or lex is None:
        return "kk"
    common = frequent_keys(lex, "skeleton", AMBIGUOUS_MIN) or frozenset()
    russian = 0
    for w in words:
        if w.translate(KEYBOARD_KEY) not in common and (lex.russian_evidence(w) or lex.language_of(w) == "ru"):
            russian += 1
    return "ru" if russian >= RUSSIAN_SHARE * len(words) else "kk"


def keep_kazakh_lines(text: str, edits: List[Edit], lex, memo: Optional[Dict[str, str]] = None,
                      drop: Sequence[str] = ("ru", "other")) -> List[Edit]:
    """``edits`` without those inside a line (of ``text``) whose language is in ``drop``; ``memo`` remembers each
    line's language (for one ``lex``: a memo filled with a lexicon must not be read without one)."""
    if not edits:
        return edits
    out: List[Edit] = []
    line_end = -1
    keep = True
    for e in edits:
        if e.start > line_end:
            ls = text.rfind("\n", 0, e.start) + 1
            le = text.find("\n", e.start)
            line_end = len(text) if le < 0 else le
            line = text[ls:line_end]
            lang = memo.get(line) if memo is not None else None
            if lang is None:
                lang = line_language(line, lex)
                if memo is not None:
                    memo[line] = lang
            keep = lang not in drop
        if keep:
            out.append(e)
    return out


MEMO_SIZE = 20_000  # lines whose language a pipeline remembers (speed only)


def _memo(ctx, with_lexicon: bool) -> Dict[str, str]:
    # one memo of line languages per pipeline for all steps (a second, lexicon-free one for the chars profile)
    return ctx.cache("text.language" if with_lexicon else "text.language.script", lambda: BoundedDict(MEMO_SIZE))


def kazakh_lines_only(text: str, edits: List[Edit], ctx) -> List[Edit]:
    """:func:`keep_kazakh_lines` for a step running in a pipeline (its lexicon, its context's memo)."""
    if not edits:
        return edits
    return keep_kazakh_lines(text, edits, ctx.lexicon, _memo(ctx, True))


def outside_russian_lines(text: str, edits: List[Edit], ctx) -> List[Edit]:
    """``edits`` without those in a Russian line (a step whose edits are right in English too: a word broken at a
    line end joins into a known English word, but a Russian hanging hyphen, аудио- и видео, stays)."""
    if not edits:
        return edits
    return keep_kazakh_lines(text, edits, ctx.lexicon, _memo(ctx, True), drop=("ru",))


def typography_lines_only(text: str, edits: List[Edit], ctx, ask_lexicon: bool) -> List[Edit]:
    """``edits`` of a typography step without those in a line of another language; ``ask_lexicon`` False (the
    lexicon-free ``chars`` profile): only lines in another script are told apart."""
    if not edits:
        return edits
    return keep_kazakh_lines(text, edits, ctx.lexicon if ask_lexicon else None, _memo(ctx, ask_lexicon))
