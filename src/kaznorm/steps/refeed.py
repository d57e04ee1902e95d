"""When keyboard or typo make work for earlier steps, and which steps run once more then.

keyboard and typo put back letters late in the pipeline; the word they make may be one an earlier step
acts on (болмаима -> болмайма: a glued question particle; 2 шы -> 2 ші: a number suffix).  When one of
their replacements looks like that (:func:`makes_work`), the steps in :data:`RERUNS` run once more on the
result (they feed nothing back), so a second clean() finds nothing left to do.
"""
from __future__ import annotations

from typing import Sequence

from ..core.edits import Edit
from ..kazakh.closed_classes import GLUED_ENDINGS

__all__ = ["RERUNS", "makes_work"]

RERUNS = ("suffix_hyphen", "segment", "particle")


def makes_work(text: str, edits: Sequence[Edit]) -> bool:
    """Does one of the word replacements make work for an earlier step: a word ending like a glued
    particle, or a word right after a number (a suffix written apart: 2 ші)?"""
    for e in edits:
        rep = e.replacement.lower()
        if rep.endswith(GLUED_ENDINGS):
            return True
        j = e.start - 1
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
        if j >= 0 and j < e.start - 1 and text[j].isdigit():
            return True
    return False
