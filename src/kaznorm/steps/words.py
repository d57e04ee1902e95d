"""TEMPORARY SHIM (stage 1 of issue 15): re-exports for code not yet moved; delete at integration."""
from .linebreak_hyphen import _BREAK, _HSPACE, linebreak_decision  # noqa: F401  (tests/test_characters.py)
from .particle_conjunction import with_split
from .particle_model import particle_split
from .segment_model import split_word
from .word_classes import GLUED_ENDINGS  # noqa: F401  (pipeline._feeds)
from .word_harmony import harmony_ok

__all__ = ["split_word", "particle_split", "with_split", "harmony_ok"]
