"""TEMPORARY SHIM (stage 1 of issue 15): re-exports for code not yet moved; delete at integration."""
from ..chars import SIMILAR  # noqa: F401
from .keyboard_model import keyboard_candidates  # noqa: F401
from .lexicon_queries import counted_forms as _counted  # noqa: F401
from .variants import load_variants, parse_variants  # noqa: F401
from .word_tokens import split_chunks as _split  # noqa: F401
