"""The context a step runs in: the pipeline's options and its lexicon (loaded on first use)."""
from __future__ import annotations

from typing import Optional

__all__ = ["Context"]


class Context:
    """What a step may consult: options and the lexicon (loaded lazily, once per process)."""

    __slots__ = ("options", "_lexicon", "pipeline")

    def __init__(self, options: Optional[dict] = None, lexicon=None, pipeline=None):
        self.options = options or {}
        self._lexicon = lexicon
        self.pipeline = pipeline

    @property
    def lexicon(self):
        if self._lexicon is None:
            from ..lexicon import default_lexicon

            self._lexicon = default_lexicon()
            if self.pipeline is not None:
                self._lexicon = self.pipeline.user_lexicon(self._lexicon)
        return self._lexicon
