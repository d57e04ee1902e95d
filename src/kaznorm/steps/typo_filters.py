"""The ``typo`` step's filters on the one-slip path's candidates (kept apart from :mod:`kaznorm.steps.typo_model`
for length): a candidate that only restores Kazakh letters (the keyboard step's), one that drops a Kazakh letter
the writer typed, one that breaks the vowel harmony the typed ending keeps, and two forms of one stem.
"""
from __future__ import annotations

from ..kazakh.alphabet import NON_RUSSIAN_LOWER
from ..kazakh.errors import TYPED_WITH_I
from ..kazakh.phonology import harmony

__all__ = ["keyboard_pair", "same_stem_forms", "HARMONY_PAIR", "breaks_harmony", "drops_kazakh_letter"]


def keyboard_pair(typed: str, cand: str) -> bool:
    """``cand`` differs from ``typed`` only by Kazakh letters that ``typed`` has in their Russian-layout form."""
    return len(typed) == len(cand) and typed.translate(TYPED_WITH_I) == cand.translate(TYPED_WITH_I) and typed != cand


def same_stem_forms(lw: str, cand: str) -> bool:
    """``lw`` and ``cand`` are both regular forms of one stem of four letters or more that they share, with
    different endings (сүтсорғыш-ты, сүтсорғыш-ы): another inflection of the word, not a slip."""
    from ..kazakh.analyser import Analyzer

    n = 0
    while n < min(len(lw), len(cand)) and lw[n] == cand[n]:
        n += 1
    for k in range(n, 3, -1):
        stem = lw[:k]
        if k == len(lw) or k == len(cand):
            continue
        an = Analyzer({stem: "n"})
        if an.accepts(lw) and an.accepts(cand):
            return True
    return False


# the vowel pair of the endings that harmony chooses between (-ды/-ді, -ның/-нің ...) and the similar-letter
# slip a typist makes between them
HARMONY_PAIR = frozenset("ыі")


def breaks_harmony(typed: str, cand: str) -> bool:
    """``cand`` swaps ы/і in the last three letters of ``typed`` where the typed vowel has the harmony of what
    comes before it (геотермаль|ді -> геотермальды): the typed ending was right."""
    if len(typed) != len(cand) or len(typed) < 6:
        return False
    diff = [i for i in range(len(typed)) if typed[i] != cand[i]]
    if len(diff) != 1 or diff[0] < len(typed) - 3:
        return False
    i = diff[0]
    return typed[i] in HARMONY_PAIR and cand[i] in HARMONY_PAIR and harmony(typed[:i], None) == harmony(typed[i])


def drops_kazakh_letter(typed: str, cand: str) -> bool:
    """``cand`` has a Russian-layout letter where ``typed`` has the Kazakh letter it stands for (қ -> к)."""
    return len(typed) == len(cand) and any(a != b and a in NON_RUSSIAN_LOWER and a.translate(TYPED_WITH_I) == b
                                           for a, b in zip(typed, cand))
