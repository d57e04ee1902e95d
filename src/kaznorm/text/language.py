"""The language of a line: Kazakh, Russian, or text in another script.

kaznorm cleans Kazakh; a Russian or English line inside a Kazakh corpus must come back as it was.  The
word steps ask :func:`keep_kazakh_lines` to drop the edits they propose inside lines of another language,
so the (lexicon-backed) question is asked only of lines where a step wants to change a word.

A line is Kazakh when it has a Kazakh-specific letter (ә ғ қ ң ө ұ ү һ і), or when its Cyrillic words are not
mostly Russian.  A line without Kazakh letters is Russian when at least half of its lower-case Cyrillic words
(names belong to no language) are common Russian words that the Kazakh corpora use ten times more rarely
(``Lexicon.russian_evidence``): on the FLORES+ Russian sentences and on Kazakh sentences typed on a Russian
layout (no Kazakh letter left), that share separates the two (1975 of 2009 Russian lines at or above a half,
2 of 1588 keyboard-degraded Kazakh lines).  A Russian word that is also how a common Kazakh word is typed on a
Russian layout (кала for қала) counts for neither.  A
line with letters but no Cyrillic one is another script (English, Latin-script text): left alone too.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence

from ..core.context import BoundedDict
from ..core.edits import Edit
from ..kazakh.alphabet import NON_RUSSIAN_LETTERS
from ..kazakh.errors import KEYBOARD_KEY
from ..lexicon.queries import frequent_keys

__all__ = ["line_language", "keep_kazakh_lines", "kazakh_lines_only", "RUSSIAN_SHARE"]

RUSSIAN_SHARE = 0.5  # a line without Kazakh letters is Russian when half its lower-case Cyrillic words are Russian
# a Russian word that is also the Russian-layout spelling of a Kazakh word counted this often (кала: қала, ак:
# ақ) is no evidence either way
AMBIGUOUS_MIN = 20

_KAZAKH_LETTER = re.compile("[" + "".join(sorted(NON_RUSSIAN_LETTERS)) + "]")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]{2,}")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


def line_language(line: str, lex) -> str:
    """``"kk"``, ``"ru"``, ``"other"`` (letters, none Cyrillic) or ``"none"`` (no letters) for one line."""
    if _KAZAKH_LETTER.search(line):
        return "kk"
    if not _CYRILLIC.search(line):
        return "other" if _LETTER.search(line) else "none"
    words = [w for w in _CYRILLIC_WORD.findall(line) if w.islower()]  # names belong to no language
    if not words:
        return "kk"
    common = frequent_keys(lex, "skeleton", AMBIGUOUS_MIN) or frozenset()
    russian = sum(1 for w in words if lex.russian_evidence(w) and w.translate(KEYBOARD_KEY) not in common)
    return "ru" if russian >= RUSSIAN_SHARE * len(words) else "kk"


def keep_kazakh_lines(text: str, edits: List[Edit], lex, memo: Optional[Dict[str, bool]] = None) -> List[Edit]:
    """``edits`` without those inside a line (of ``text``) that is not Kazakh; ``memo`` remembers per line."""
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
            got = memo.get(line) if memo is not None else None
            if got is None:
                got = line_language(line, lex) in ("kk", "none")
                if memo is not None:
                    memo[line] = got
            keep = got
        if keep:
            out.append(e)
    return out


MEMO_SIZE = 20_000  # lines whose language a pipeline remembers (speed only)


def kazakh_lines_only(text: str, edits: List[Edit], ctx) -> List[Edit]:
    """:func:`keep_kazakh_lines` for a step running in a pipeline (its lexicon, its context's memo)."""
    if not edits:
        return edits
    return keep_kazakh_lines(text, edits, ctx.lexicon, ctx.cache("text.language", lambda: BoundedDict(MEMO_SIZE)))
