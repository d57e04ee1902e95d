"""The letter facts of the build that kaznorm does not state yet: look-alike and Latin-in-Cyrillic maps.

The alphabet and its letter sets come from :mod:`kaznorm.kazakh.alphabet`, vowel harmony from
:mod:`kaznorm.kazakh.phonology`, the Russian-keyboard map from :mod:`kaznorm.kazakh.errors`; the rest here
re-declares facts kaznorm also defines at runtime (see the notes of stage 1 of issue 15), to be unified
one at a time.
"""
from __future__ import annotations

import re

from kaznorm.kazakh.alphabet import LETTER_CLASS

# a word of Latin or Cyrillic letters, with inner hyphens (what the build counts in corpus text)
TOKEN_RE = re.compile(f"[A-Za-z{LETTER_CLASS}]+(?:-[A-Za-z{LETTER_CLASS}]+)*")

# look-alikes and font variants seen in the tesseract list -> canonical Kazakh letters
LOOKALIKE = str.maketrans({
    "ə": "ә", "Ə": "Ә", "ǝ": "ә", "Ǝ": "Ә", "ӛ": "ө", "Ӛ": "Ө", "ɵ": "ө", "Ɵ": "Ө", "ѳ": "ө", "Ѳ": "Ө",
    "ӊ": "ң", "Ӊ": "Ң", "i": "і", "I": "І",
})
LATIN_TO_CYR = str.maketrans({
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "h": "һ", "k": "к", "m": "м",
    "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "H": "Н", "K": "К", "M": "М", "B": "В", "T": "Т",
})
FOREIGN_CYR = set("ҡҙҫӓӧӱҗңҝӣӯєїґўјљњћџѕѓќҥҷӑӗӳ")  # Bashkir/Tatar/Chuvash/Ukrainian/Serbian... (ң excluded below)
FOREIGN_CYR.discard("ң")

# look-alikes normalised in corpus text (counting)
LOOKALIKE_IN_TEXT = str.maketrans({"ə": "ә", "Ə": "Ә", "ӛ": "ө", "Ӛ": "Ө", "ӊ": "ң", "Ӊ": "Ң"})
