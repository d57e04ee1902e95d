"""The bridge to kaznorm's own morphology: an ``Analyzer`` over the stems being built."""
from __future__ import annotations

from kaznorm.kazakh.analyser import Analyzer  # the package's own morphology


def make_analyzer(stems) -> Analyzer:
    return Analyzer(stems)
