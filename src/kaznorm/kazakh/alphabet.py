"""The Kazakh alphabet and its letter classes (which letters are Kazakh, which are vowels).

The vowel classes that drive harmony live with the harmony rules that use them
(:mod:`kaznorm.kazakh.phonology`, :mod:`kaznorm.kazakh.suffixes`).
"""
from __future__ import annotations

#: The Kazakh-specific letters (used as evidence that a text is Kazakh).
KAZAKH_LETTERS = frozenset("ӘәҒғҚқҢңӨөҰұҮүҺһ")

#: The 42 lower-case letters of the Kazakh Cyrillic alphabet (Russian letters included): the only
#: letters the analyser reads.
KAZ_LETTERS = frozenset("абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә")

#: Cyrillic vowels (Kazakh and Russian), upper and lower case: those that may carry a stress mark
#: (``kaznorm.text.unicode.STRESS_MARKS``) in dictionaries and textbooks; the mark is removed inside
#: Cyrillic words (KazNLP deletes U+0301).
CYRILLIC_VOWELS = frozenset("аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ")
