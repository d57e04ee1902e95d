"""The Kazakh Cyrillic alphabet and its letter sets: the one definition every module (and
``dictionaries/build_stages``) imports.

The alphabet has 42 letters (../shared/docs/KAZAKH_FACTS.md §1.1): the 33 of Russian and nine more
(§1.2), ә ғ қ ң ө ұ ү һ і.  The nine are :data:`NON_RUSSIAN_LETTERS`, named for what they are (the letters a
Russian keyboard lacks), so that nobody mistakes them for "all Kazakh letters", which is :data:`LETTERS`.

The vowel classes that drive harmony (back, front, skipped) are phonology: :mod:`kaznorm.kazakh.phonology`.
"""
from __future__ import annotations

from ..text.unicode import char_class

__all__ = ["ALPHABET", "ALPHABET_UPPER", "LOWER_LETTERS", "UPPER_LETTERS", "LETTERS", "NON_RUSSIAN_LOWER",
           "NON_RUSSIAN_LETTERS", "NEVER_INITIAL", "VOWEL_LETTERS", "CYRILLIC_VOWELS", "LETTER_CLASS", "LOWER_CLASS", "UPPER_CLASS"]

#: The 42 lower-case letters of the Kazakh Cyrillic alphabet, in its standard order (Russian letters
#: included: loans are written with them).
ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
#: The same letters in upper case, same order.
ALPHABET_UPPER = ALPHABET.upper()

#: The lower-case letters: the only letters the analyser and the lexicon's Cyrillic-word test read.
LOWER_LETTERS = frozenset(ALPHABET)
UPPER_LETTERS = frozenset(ALPHABET_UPPER)
#: Every letter of the alphabet in either case (what the word steps call a Cyrillic letter).
LETTERS = LOWER_LETTERS | UPPER_LETTERS

#: The nine letters Kazakh adds to the Russian alphabet, і included (KAZAKH_FACTS §1.2; і is also
#: Ukrainian and Belarusian).  A Russian layout cannot type them; their presence shows a text was typed
#: with Kazakh letters.  Lower case only, and both cases:
NON_RUSSIAN_LOWER = frozenset("әғқңөұүһі")
NON_RUSSIAN_LETTERS = NON_RUSSIAN_LOWER | frozenset(c.upper() for c in NON_RUSSIAN_LOWER)

#: Letters no word starts with: ң (never word-initial, KAZAKH_FACTS §1.2), and the signs ь ъ.
NEVER_INITIAL = frozenset("ңьъ")

#: The 16 lower-case vowel letters (и у ю included: they are vowels or glides, see the phonology).
VOWEL_LETTERS = frozenset("аәеёиоөұүуыіэюя")
#: The vowel letters in both cases: those that may carry a stress mark (``kaznorm.text.unicode.STRESS_MARKS``)
#: in dictionaries and textbooks; the mark is removed inside Cyrillic words (KazNLP deletes U+0301).
CYRILLIC_VOWELS = VOWEL_LETTERS | frozenset(c.upper() for c in VOWEL_LETTERS)

#: Regex character-class bodies (without the brackets) of the sets above: ``f"[{LETTER_CLASS}]+"``.
LETTER_CLASS = char_class(LETTERS)
LOWER_CLASS = char_class(LOWER_LETTERS)
UPPER_CLASS = char_class(UPPER_LETTERS)
