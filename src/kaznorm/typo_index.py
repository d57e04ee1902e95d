"""TEMPORARY SHIM (stage 1 of issue 15): re-exports for code not yet moved; delete at integration."""
from .lexicon.typo_index import TypoIndex, index_for, lexicon_forms
