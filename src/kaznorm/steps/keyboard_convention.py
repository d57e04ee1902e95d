"""How a writer types і on a Russian layout: as и or as ы (KAZAKH_FACTS §3.1), and one way throughout.

A line typed without Kazakh letters shows its writer's way in the restorations the keyboard step is sure of
(журетин: жүретін, і typed as и).  A word whose restorations tie only because і may hide behind either
letter (куйып: құйып, or күйіп with і typed as ы) is then settled by that way: in a line that types і as и,
its ы is ы.  Used by :mod:`kaznorm.steps.keyboard`.
"""
from __future__ import annotations

from typing import Iterable, List, Optional, Tuple

__all__ = ["i_typed_as", "keeping_i_typing"]

# the letters і is typed as (kazakh.errors.RUSSIAN_LAYOUT["і"])
I_WAYS = ("и", "ы")


def _ways(typed: str, restored: str) -> set:
    return {t for t, r in zip(typed, restored) if r == "і" and t in I_WAYS}


def i_typed_as(pairs: Iterable[Tuple[str, str]]) -> Optional[str]:
    """The one letter the (typed, restored) word pairs of a line show і typed as, or None when they show none
    or both."""
    seen = set()
    for typed, restored in pairs:
        if len(typed) == len(restored):
            seen |= _ways(typed, restored.lower())
    return next(iter(seen)) if len(seen) == 1 else None


def keeping_i_typing(typed: str, cands: List[tuple], way: str) -> List[tuple]:
    """The candidates (restoration first in each tuple) that read і only where ``typed`` has ``way``."""
    return [c for c in cands if _ways(typed, c[0]) <= {way}]
