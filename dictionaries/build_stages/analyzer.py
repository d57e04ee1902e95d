"""The bridge to kaznorm's own morphology: an ``Analyzer`` over the stems being built (None, with a
message, when the package cannot be imported)."""
from __future__ import annotations

import sys

from .common import REPO, log


def make_analyzer(stems):
    try:
        sys.path.insert(0, str(REPO / "src"))
        from kaznorm.kazakh.analyser import Analyzer  # the package's own morphology
    except Exception as exc:  # pragma: no cover
        log(f"morphology unavailable ({exc}): no loanword stems, misspellings kept")
        return None
    return Analyzer(stems)
