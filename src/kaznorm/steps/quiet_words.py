"""Speed only: the words a step has settled as "left alone wherever they stand" ("quiet"), and per-word memos.

``keyboard`` and ``typo`` each keep, per lexicon and profile, a memo of per-word verdicts (keyed by the word
as typed, whether it starts a sentence, and the profile) and quiet sets built from it, so that a line made
only of settled words is passed over with one set test.  Bounded; never a result cache.
"""
from __future__ import annotations

from typing import Dict, Tuple

from .spelling_caches import WordCache

__all__ = ["MISSING", "memo_and_quiet", "settle_quiet", "all_left_alone"]

MISSING = object()  # the default of memo.get: no verdict remembered for that key


def _quiet_set(cache: WordCache, lex, aggressive: bool) -> Tuple[set, set, set]:
    """Per lexicon and profile: the words (as typed) a step has settled as "left alone wherever they stand"
    (their lowercase form is counted, or their per-word verdict is ``None`` for every position), the
    words met unsettled so far, and the white-space chunks (``str.split()`` items) whose step words are
    all settled so (speed only; bounded)."""
    d = cache.get(lex)
    q = d.get(aggressive)
    if q is None or len(q[0]) > 200_000:
        q = d[aggressive] = (set(), set(), set())
    elif len(q[2]) > 200_000:
        q[2].clear()
    return q


_MQ_LAST: Dict[object, tuple] = {}


def memo_and_quiet(memo_cache: WordCache, quiet_cache: WordCache, lex, aggressive: bool):
    """(per-word verdict memo, quiet set, pending set, quiet chunk set) of a step for ``lex``: the last
    answer per step and profile is kept, so the common call costs one dict lookup (the bounds are still
    applied)."""
    key = (id(memo_cache), aggressive)
    hit = _MQ_LAST.get(key)
    if (hit is not None and hit[0] is lex and len(hit[1]) <= 100_000 and len(hit[2]) <= 200_000
            and len(hit[4]) <= 200_000):
        return hit[1:]
    memo = memo_cache.get(lex)
    quiet, pending, chunks = _quiet_set(quiet_cache, lex, aggressive)
    _MQ_LAST[key] = (lex, memo, quiet, pending, chunks)
    return memo, quiet, pending, chunks


def settle_quiet(words, quiet: set, counted, memo: Dict, aggressive: bool, verdict, lex, s: dict,
                 pending: set) -> bool:
    """True when every word is counted (lowercased) or has the per-word verdict "leave it" (``None``) for
    any position it may stand in; the words found so are added to ``quiet``.  A verdict not remembered yet
    is worked out here (``verdict(w, initial, lex, s)``, then remembered) for a word met unsettled before:
    a capitalised word seen in one position only is settled on its second line."""
    left = set(words)
    left.difference_update(quiet)
    get = memo.get
    ok = True
    for w in left:
        if w.lower() in counted:
            quiet.add(w)
            continue
        settled = True
        for initial in ((False,) if w.islower() else (False, True)):
            key = (w, initial, aggressive)
            v = get(key, MISSING)
            if v is MISSING and w in pending:
                v = memo[key] = verdict(w, initial, lex, s)
            if v is not None:  # an edit, or not known yet
                settled = False
                break
        if settled:
            quiet.add(w)
        else:
            ok = False
            if len(pending) > 200_000:
                pending.clear()
            pending.add(w)
    return ok


def all_left_alone(words, memo: Dict, aggressive: bool) -> bool:
    """Every word has a remembered per-word verdict "leave it" (``None``) for any position it may stand
    in (sentence-initial or not; only a capitalised word's verdict depends on that)."""
    get = memo.get
    for w in words:
        if get((w, False, aggressive), MISSING) is not None:
            return False
        if not w.islower() and get((w, True, aggressive), MISSING) is not None:
            return False
    return True
