"""Line-break parts: where the words broken at a line end (``прези-\\nдент``) stop and resume.

The hyphen, spaces and newline of such a break are read exactly as the ``linebreak_hyphen``
step reads them (``chars.LINEBREAK_HYPHENS`` / ``LINEBREAK_SPACES``), so the steps that run
before or after it (``lookalike``, ``suffix_hyphen``, the word steps) can judge the parts
as that step will.
"""
from __future__ import annotations

import re
from typing import List, Tuple

from .unicode import LINEBREAK_HYPHENS, LINEBREAK_SPACES, char_class
from ..core.edits import Edit

__all__ = ["BREAK_HYPHENS_CLASS", "BREAK_SPACES_CLASS", "line_breaks", "off_line_breaks"]


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
