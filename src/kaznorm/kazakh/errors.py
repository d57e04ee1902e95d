"""The error model: the letter slips a hand-typist or OCR makes (similar-letter pairs).

The Russian-keyboard map joins this module in a later stage of issue 15.
"""
from __future__ import annotations

#: Similar letters and neighbouring keys: the one-letter slips a hand-typist or OCR makes, and the only
#: substitutions the default ``typo`` step corrects.  The lexicon (a base + ending one such slip from a
#: counted form is not known) and ``dictionaries/build.py`` use the same pairs.
SIMILAR_PAIRS = (
    "аә", "ао", "ая", "ое", "оө", "уұ", "уү", "ұү", "ыі", "иі", "еи", "еэ", "ия", "ий",
    "нң", "кқ", "гғ", "хһ", "тд", "сз", "лр", "лд", "шщ", "бп", "вф", "жз", "мн", "ъь", "её",
)
#: ``SIMILAR_PAIRS`` as ordered pairs, both ways round.
SIMILAR = frozenset(p for a, b in SIMILAR_PAIRS for p in ((a, b), (b, a)))
#: ``SIMILAR`` by letter: the letters each letter may be a slip for.
SIMILAR_ALT = {a: tuple(sorted(b for x, b in SIMILAR if x == a)) for a in sorted({x for x, _ in SIMILAR})}
