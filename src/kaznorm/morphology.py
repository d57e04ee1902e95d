"""TEMPORARY SHIM (stage 1 of issue 15): re-exports for code not yet moved; delete at integration."""
from .kazakh.analyser import Analysis, Analyzer
from .kazakh.closed_classes import PRONOUNS as _PRONOUNS
from .kazakh.closed_classes import UNINFLECTED
from .kazakh.morphotactics import INFLECTION, MORPHEMES
from .kazakh.morphotactics import PLAIN_CASES as _PLAIN_CASES
from .kazakh.phonology import final_class, harmony
from .kazakh.stems import prune_stems, verb_stem_from_infinitive
from .kazakh.surfaces import generate
