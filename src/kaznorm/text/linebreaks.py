"""Line-break parts: where the words broken at a line end (``прези-\\nдент``) stop and resume.

The hyphen, spaces and newline of such a break are read exactly as the ``linebreak_hyphen``
step reads them (``chars.LINEBREAK_HYPHENS`` / ``LINEBREAK_SPACES``), so the steps that run
before or after it (``lookalike``, ``suffix_hyphen``, the word steps) can judge the parts
as that step will.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, List, Tuple

from .unicode import LINEBREAK_HYPHENS, LINEBREAK_SPACES, char_class
from ..core.edits import Edit

__all__ = ["BREAK_HYPHENS_CLASS", "BREAK_SPACES_CLASS", "line_breaks", "line_units", "lines_with", "off_line_breaks",
           "shifted"]


# a word broken at a line end, as the later step linebreak_hyphen reads one (LINEBREAK_HYPHENS):
# the hyphen and the spaces and newline after it
BREAK_HYPHENS_CLASS = char_class(LINEBREAK_HYPHENS)
BREAK_SPACES_CLASS = char_class(LINEBREAK_SPACES)
# (one pattern opening with the hyphen class: the regex engine then skips the letters in C)
_BREAK_GAP = re.compile(
    f"[{BREAK_HYPHENS_CLASS}](?:(?<=\\u00ad)|(?=[{BREAK_SPACES_CLASS}\\n]))"
    f"[{BREAK_SPACES_CLASS}]*\\n?[{BREAK_SPACES_CLASS}]*"
)


def line_breaks(text: str) -> Tuple[set, set]:
    """Where the parts of the words broken at a line end stop and resume: the starts and the ends
    of the line-break hyphens (with their spaces and newline) between two letters."""
    starts, ends = set(), set()
    n = len(text)
    for m in _BREAK_GAP.finditer(text):
        s, e = m.span()
        if s > 0 and e < n and text[s - 1].isalpha() and text[e].isalpha():
            starts.add(s)
            ends.add(e)
    return starts, ends


def off_line_breaks(text: str, edits: List[Edit]) -> List[Edit]:
    """``edits`` but those that change a part of a word broken at a line end.

    For the word steps after ``linebreak_hyphen``: a break still in the text is one it decided
    to keep, judging the two parts as they are; a part changed later (д-\nхг -> д-\nхғ) could
    make it decide otherwise on a second run.
    """
    if not edits:
        return edits
    starts, ends = line_breaks(text)
    if not starts:
        return edits
    return [e for e in edits if e.end not in starts and e.start not in ends]


_HYPHENS = frozenset(LINEBREAK_HYPHENS)


def _ends_in_hyphen(text: str, end: int) -> bool:
    """``text[:end]`` ends in a hyphen, spaces after it aside."""
    k = end - 1
    while k >= 0 and text[k] in LINEBREAK_SPACES:
        k -= 1
    return k >= 0 and text[k] in _HYPHENS


def line_units(text: str, positions: Iterable[int]) -> List[Tuple[int, int]]:
    """The lines of ``text`` holding ``positions`` (ascending), as sorted, disjoint (start, end) spans
    without their newline; a line ending in a hyphen (spaces after it aside) is one unit with the next,
    so a word broken at a line end is never cut.  The steps whose rules look at the whole text run on
    these units: ``clean(document)`` then costs about the sum of its lines."""
    units: List[Tuple[int, int]] = []
    end = -1
    n = len(text)
    for p in positions:
        if p < end:
            continue
        a = text.rfind("\n", 0, p) + 1
        while a > 1 and _ends_in_hyphen(text, a - 1):
            a = text.rfind("\n", 0, a - 1) + 1  # the line before ends in a hyphen: join it
        b = text.find("\n", p)
        while b != -1 and _ends_in_hyphen(text, b):
            b = text.find("\n", b + 1)
        b = n if b == -1 else b
        if units and a <= units[-1][1]:
            a = units[-1][0]
            units.pop()
        units.append((a, b))
        end = b
    return units


def lines_with(text: str, rx: "re.Pattern[str]") -> Iterator[Tuple[int, int]]:
    """The (start, end) spans, without their newline, of the lines of ``text`` holding a match of ``rx`` (whose
    matches never hold a newline), in order: the only lines a step whose work starts at such a match need
    scan, so that a document costs about the lines that need work, not every token of it."""
    m = rx.search(text)
    while m is not None:
        p = m.start()
        b = text.find("\n", p)
        yield text.rfind("\n", 0, p) + 1, len(text) if b < 0 else b
        m = rx.search(text, b + 1) if b >= 0 else None


def shifted(edits: List[Edit], by: int) -> List[Edit]:
    """``edits`` of a unit starting at ``by``, as edits of the whole text."""
    if not by:
        return edits
    return [Edit(e.start + by, e.end + by, e.replacement, e.note, e.confidence) for e in edits]
