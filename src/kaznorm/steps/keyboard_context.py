"""What a word's line tells the keyboard step: how its writer types і, and an auxiliary after a converb.

How a writer types і on a Russian layout: as и or as ы (KAZAKH_FACTS §3.1), or as і where the layout has it
(a line partly typed on a Russian layout), and one way throughout.

A line typed without Kazakh letters shows its writer's way in the restorations the keyboard step is sure of
(журетин: жүретін, і typed as и).  A word whose restorations tie only because і may hide behind either
letter (куйып: құйып, or күйіп with і typed as ы) is then settled by that way: in a line that types і as и,
its ы is ы.

After a converb in -п, the progressive's auxiliary is expected (жасап тұр, келіп тұрамыз): a known word never
counted there that is that auxiliary typed on a Russian layout (тур, турады: a loan "tour", a verb "chop") is
the auxiliary, when its restoration is counted.  Used by :mod:`kaznorm.steps.keyboard`.
"""
from __future__ import annotations

import re
from typing import Iterable, List, Optional, Tuple

from ..kazakh.closed_classes import PROGRESSIVE_AUXILIARIES
from ..kazakh.errors import keyboard_key
from ..lexicon.queries import corpus_count, parses
from .keyboard_model import keyboard_candidates

__all__ = ["i_typed_as", "keeping_i_typing", "decided_by_way", "auxiliary_restoration", "after_converb"]

# the letters і is typed as (kazakh.errors.RUSSIAN_LAYOUT["і"]), and і itself where the layout has it
I_WAYS = ("и", "ы", "і")


def _ways(typed: str, restored: str) -> set:
    return {t for t, r in zip(typed, restored) if r == "і" and t in I_WAYS}


def i_typed_as(pairs: Iterable[Tuple[str, str]]) -> Optional[str]:
    """The one letter the (typed, restored) word pairs of a line show і typed as (и, ы, or і itself: a pair
    of a word and itself with і in it), or None when they show none or more than one."""
    seen = set()
    for typed, restored in pairs:
        if len(typed) == len(restored):
            seen |= _ways(typed, restored.lower())
    return next(iter(seen)) if len(seen) == 1 else None


def keeping_i_typing(typed: str, cands: List[tuple], way: str) -> List[tuple]:
    """The candidates (restoration first in each tuple) that read і only where ``typed`` has ``way``."""
    return [c for c in cands if _ways(typed, c[0]) <= {way}]


def decided_by_way(typed: str, memo, way: str, decide):
    """``decide(memo)`` over the candidates of ``typed`` that keep the line's ``way`` of typing і, given as a
    one-word candidate memo; None when ``memo`` (the step's candidate memo) has no list for ``typed`` yet or the
    way drops none of it (the decision already made stands)."""
    full = memo.get(typed) if memo is not None else None
    kept = keeping_i_typing(typed, full, way) if full else None
    if not kept or len(kept) == len(full):
        return None
    return decide({typed: kept})


# the auxiliaries a Russian layout changes (тұр, жүр), as their keyboard keys (тур, жур): a word that starts
# otherwise is no candidate (speed only: no restorations searched)
AUXILIARY_KEYS = tuple(sorted({keyboard_key(a) for a in PROGRESSIVE_AUXILIARIES if keyboard_key(a) != a}))


def auxiliary_restoration(lw: str, lex, cfg) -> Optional[Tuple[str, str, float]]:
    """(restoration, note, confidence) when ``lw`` is a word no corpus counts whose commonest restoration (typed
    on a Russian layout) is a form of an auxiliary of ``PROGRESSIVE_AUXILIARIES`` counted ``cfg.suspicious_min``
    times or more; else None.  ``cfg``: the keyboard step's settings."""
    if not keyboard_key(lw).startswith(AUXILIARY_KEYS) or corpus_count(lex, lw) > 0:
        return None  # (тура, counted: "straight", "exactly")
    cands = sorted(((corpus_count(lex, c), c) for c in keyboard_candidates(lw, lex)), reverse=True)
    if not cands or cands[0][0] < cfg.suspicious_min:
        return None
    n, rep = int(cands[0][0]), cands[0][1]
    stems = {st for st, pos, _x, _n in parses(lex, rep) if pos == "v"} & PROGRESSIVE_AUXILIARIES
    if not stems:
        return None
    return rep, f"keyboard: {rep}({n}), the auxiliary {min(stems)} after a converb; {lw}(0) never counted", \
        cfg.confidence


_WORD_BEFORE = re.compile(r"(\w+)[ \t\u00a0]+\Z")


def after_converb(lex, line: str, start: int) -> bool:
    """The word before ``start`` in ``line`` (white space between) reads only as a converb in -п (жасап)."""
    m = _WORD_BEFORE.search(line, 0, start)
    if m is None:
        return False
    readings = parses(lex, m.group(1).lower())
    return bool(readings) and all(pos == "v" and names[-1:] == ("CV_P",) for _s, pos, _x, names in readings)
