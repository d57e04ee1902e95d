"""Settings of the ``keyboard`` and ``typo`` steps: the DEFAULT and AGGRESSIVE profiles, the slip weights.

``DEFAULT`` and ``AGGRESSIVE`` are one dict each, holding the keyboard (``kb_*``) and the typo (``typo_*``)
thresholds; ``ctx.options["spelling"]`` (a dict) overrides some of them for one pipeline (then the steps
skip their per-word memos: they are kept only for the two profile dicts, recognised by identity).
``EDIT_WEIGHT`` ranks the typo step's candidates by how likely their edit is as a slip.
"""
from __future__ import annotations

from ..core.context import Context

__all__ = ["EDIT_WEIGHT", "DEFAULT", "AGGRESSIVE", "settings_for"]

# how likely each kind of one-edit difference is as a slip (relative weights for ranking candidates)
EDIT_WEIGHT = {
    "similar": 1.0,
    "transposition": 0.3,
    "missing letter": 0.3,
    "extra letter": 0.3,
    "substitution": 0.05,
    "two edits": 0.02,
    "ending": 0.01,
    "insert-end": 0.01,
    "delete-end": 0.01,
    "other": 0.01,
}

DEFAULT = {
    # keyboard
    "kb_ratio": 4.0,           # winner's count must be this many times the runner-up's (floor 0.5)
    "kb_uncounted_min_letters": 2,  # a lone never-counted candidate must put back this many letters
                                    # (unless the whole line lost its Kazakh letters)
    "kb_min_count": 0,         # the winner's corpus count must exceed this when it has rivals
    "kb_unique_morph": True,   # a lone candidate known only through the morphology may win
    "kb_degraded_ratio": 1.5,  # unknown word in a line without Kazakh letters: best vs runner-up
    "kb_suspicious_ratio": 5.0,  # known word replaced (degraded lines only) when a restoration is this much more frequent
    "kb_suspicious_min": 3,    # ... and that restoration counted at least this often
    "kb_uncounted_known_min": 10,
    "kb_name_min": 20,         # a capitalised word inside a line with Kazakh letters: the restored name's count  # attested-but-never-counted word: restoration counted this often wins
    # typo
    "typo_min_len": 5,
    "typo_long": 99,           # words this long may use edit distance 2 (default: never)
    "typo_ratio": 10.0,
    "typo_min_count": 3,       # a winner among rivals must be counted at least this often
    "typo_unique_min_count": 1,  # a lone candidate must be counted this often (0: attested is enough);
                                 # a similar-letter slip needs only an attested form, a plain substitution
                                 # or two edits always need a counted one
    "typo_suspicious": True,   # attested-but-never-counted forms next to a very frequent form
    "typo_suspicious_min": 100,  # ... counted at least this often
    "typo_kinds": ("similar", "missing letter", "extra letter", "transposition"),
}
AGGRESSIVE = dict(DEFAULT)
AGGRESSIVE.update({
    "kb_ratio": 3.0,
    "kb_suspicious_ratio": 3.0,
    "kb_suspicious_min": 2,
    "kb_uncounted_known_min": 3,
    "typo_min_len": 4,
    "typo_long": 9,
    "typo_ratio": 4.0,
    "typo_min_count": 1,
    "typo_unique_min_count": 0,
    "typo_suspicious": True,
    "typo_suspicious_min": 100,
    "typo_kinds": ("similar", "missing letter", "extra letter", "transposition", "substitution", "two edits"),
})


def settings_for(ctx: Context) -> dict:
    """The settings dict for ``ctx``: its profile's, updated by ``ctx.options["spelling"]`` when that is a dict."""
    base = AGGRESSIVE if ctx.options.get("aggressive") else DEFAULT
    extra = ctx.options.get("spelling")
    if isinstance(extra, dict):
        base = dict(base)
        base.update(extra)
    return base
