"""TEMPORARY SHIM (stage 1 of issue 15): re-exports for code not yet moved; delete at integration."""
from .kazakh.numbers import number_suffix_forms, number_word
from .kazakh.suffixes import ALL_SUFFIX_FORMS, BARE_SUFFIXES
from .kazakh.suffixes import last_vowel_harmony as harmony
