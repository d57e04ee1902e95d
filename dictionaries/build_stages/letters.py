"""The letter tables of the build: the word pattern it counts, the look-alike maps it normalises word lists
and corpus text with, and the letters of other Cyrillic alphabets that mark a list entry as not Kazakh.

The facts come from kaznorm: the alphabet from :mod:`kaznorm.kazakh.alphabet`, the look-alike letters from
:mod:`kaznorm.kazakh.lookalikes` (vowel harmony is :mod:`kaznorm.kazakh.phonology`'s, the Russian-keyboard
map :mod:`kaznorm.kazakh.errors`'); only how the build applies them is stated here.
"""
from __future__ import annotations

import re

from kaznorm.kazakh.alphabet import LETTER_CLASS
from kaznorm.kazakh.lookalikes import LATIN_TO_CYRILLIC, WORD_VARIANTS

# a word of Latin or Cyrillic letters, with inner hyphens (what the build counts in corpus text)
TOKEN_RE = re.compile(f"[A-Za-z{LETTER_CLASS}]+(?:-[A-Za-z{LETTER_CLASS}]+)*")

# look-alikes and font variants in list entries -> canonical Kazakh letters (the variant letters of
# kaznorm.kazakh.lookalikes.WORD_VARIANTS, and Latin i/I for і/І, hunspell-kk's Бейiмбет, Iсмет)
LOOKALIKE = str.maketrans({**WORD_VARIANTS, "i": LATIN_TO_CYRILLIC["i"], "I": LATIN_TO_CYRILLIC["I"]})
# Latin letters in a list entry that also has Cyrillic ones: kaznorm's look-alikes, and lower-case k and m,
# which in such an entry are typing slips too (the lookalike step leaves them in running text, where they
# do not look like к and м)
LATIN_TO_CYR = str.maketrans({**LATIN_TO_CYRILLIC, "k": "к", "m": "м"})
# letters of other Cyrillic alphabets (Bashkir, Tatar, Chuvash, Ukrainian, Serbian ...) that Kazakh lacks
FOREIGN_CYR = frozenset("ҡҙҫӓӧӱҗҝӣӯєїґўјљњћџѕѓќҥҷӑӗӳ")

# variant letters normalised in corpus text (counting): no Kazakh, Russian or English word holds them
LOOKALIKE_IN_TEXT = str.maketrans(WORD_VARIANTS)
