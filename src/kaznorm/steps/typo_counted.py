"""The counted forms the ``typo`` step still judges: a rare counted form one slip from a frequent one (speed only
in how it is asked: the same answers word by word or as a set).

:func:`counted_slips` is the set, :func:`slip_test` the same test word by word (the step asks it lazily, through
:class:`~kaznorm.steps.quiet_words.CountedUnlessSlip`).  ``cfg`` is the typo step's
:class:`~kaznorm.steps.typo_model.Config`.
"""
from __future__ import annotations

from ..kazakh.phonology import written_undropped
from ..lexicon.queries import deletions, derived_index, frequent_keys, frequent_keys_apply

__all__ = ["counted_slips", "slip_test"]


def counted_slips(lex, cfg) -> frozenset:
    """Counted forms the typo step still judges (the others are left alone unasked): counted at most
    ``counted_slip_max`` times, one edit from a form counted
    ``suspicious_min`` times or more (by symspell's keys: a shared deletion), or a stem that drops its vowel
    written in full (қауіпін).  The step itself asks
    :func:`slip_test` word by word (the same answers, without a pass over every counted form)."""
    key = f"typo.counted_slips.{cfg.counted_slip_max}.{cfg.suspicious_min!r}"

    def build(lx) -> frozenset:
        slip = slip_test(lx, cfg)
        return frozenset() if slip is None else frozenset(x for x in lx.counts if slip(x))

    return derived_index(lex, key, build)


def slip_test(lex, cfg):
    """``x in counted_slips(lex, cfg)`` as a function of one word; None when that set is empty whatever the
    word (no frequent keys, no counts, ``suspicious`` off)."""
    counts = getattr(lex, "counts", None)
    if not frequent_keys_apply(lex, cfg.suspicious_min) or not counts or not cfg.suspicious:
        return None
    hi, get, near = cfg.counted_slip_max, counts.get, []

    def slip(x: str) -> bool:
        n = get(x, 0)
        if not 0 < n <= hi:
            return False
        if not near:  # (the frequent forms' deletions, kept with the lexicon: made for the first word counted <= hi)
            near.append(frequent_keys(lex, "deletes1", cfg.suspicious_min).isdisjoint)
        return not near[0](deletions(x, 1)) or written_undropped(x) is not None  # (қауіпін: _vowel_dropped)

    return slip
