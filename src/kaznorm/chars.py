"""TEMPORARY SHIM (stage 1 of issue 15): re-exports for code not yet moved; delete at integration."""
from .kazakh.alphabet import CYRILLIC_VOWELS, KAZAKH_LETTERS
from .kazakh.errors import SIMILAR, SIMILAR_ALT
from .kazakh.legacy_encodings import (FOREIGN_ALPHABETS, FOREIGN_ONLY, KAZAKH_MARKER_ENDINGS, KAZAKH_MARKER_WORDS,
                                      KZ1048_AS_CP1251, KZ1048_SIGNALS, PTCP154_AS_CP1251, PTCP154_SIGNALS)
from .kazakh.lookalikes import LATIN_TO_CYRILLIC, STANDALONE_VARIANTS, VARIANT_LETTERS, WEAK_VARIANT_LETTERS
from .text.unicode import (ALWAYS_DELETE, BIDI_CONTROLS, DIGIT_GROUP_SPACES, EXOTIC_SPACES, JOINERS, LINE_CONTROLS,
                           LINEBREAK_HYPHENS, LINEBREAK_SPACES, NB_HYPHEN, NOT_SIGN, SOFT_HYPHEN, STRESS_MARKS, ZWSP)
