"""Per-lexicon memos of the ``keyboard`` and ``typo`` steps (module-level, bounded; speed only).

Each :class:`WordCache` holds one dict per lexicon (keyed by ``id``, checked by identity, at most 8
lexicons, a dict cleared past 100,000 entries).  The instances, by user:

* ``KB_CACHE``: keyboard candidates with their counts, per lowercase word (keyboard model);
* ``PREFIX_CACHE``: the attested-prefix tester per lexicon (keyboard model);
* ``COUNTED_CACHE``: the counted-forms set and the frequent-form key sets (lexicon queries);
* ``KB_TOKEN_CACHE`` / ``TYPO_TOKEN_CACHE``: per-word verdicts of each step, keyed by
  ``(word as typed, sentence-initial, aggressive)``;
* ``KB_QUIET`` / ``TYPO_QUIET``: each step's quiet sets (see :mod:`kaznorm.steps.quiet_words`);
* ``TYPO_CACHE``: typo decisions per lowercase word and flags (typo model).
"""
from __future__ import annotations

import threading
from typing import Dict, Tuple

__all__ = ["WordCache", "KB_CACHE", "PREFIX_CACHE", "COUNTED_CACHE", "KB_TOKEN_CACHE", "KB_QUIET", "TYPO_QUIET",
           "TYPO_CACHE", "TYPO_TOKEN_CACHE"]


class WordCache:
    """Per-lexicon memo of per-word decisions (bounded)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.table: Dict[object, Tuple[object, Dict]] = {}

    def get(self, lex) -> Dict:
        hit = self.table.get(id(lex))
        if hit is not None and hit[0] is lex:
            d = hit[1]
            if len(d) > 100_000:
                d.clear()
            return d
        with self.lock:
            if len(self.table) > 8:
                self.table.clear()
            d: Dict = {}
            self.table[id(lex)] = (lex, d)
            return d


KB_CACHE = WordCache()
PREFIX_CACHE = WordCache()
COUNTED_CACHE = WordCache()
KB_TOKEN_CACHE = WordCache()
KB_QUIET = WordCache()
TYPO_QUIET = WordCache()
TYPO_CACHE = WordCache()
TYPO_TOKEN_CACHE = WordCache()
