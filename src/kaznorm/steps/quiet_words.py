"""Speed only: the words a step has settled as "left alone wherever they stand" ("quiet"), and per-word memos.

``keyboard`` and ``typo`` each keep, in the pipeline's :class:`~kaznorm.core.context.Context` (so per
lexicon and settings), a memo of per-word verdicts (keyed by the word as typed and whether it starts a
sentence) and quiet sets built from it, so that a line made only of settled words is passed over with one
set test.  Bounded (the limits are in the step's Config); never a result cache.
"""
from __future__ import annotations

from ..core.context import BoundedDict, BoundedSet, Context, shared
from ..lexicon.queries import counted_forms

__all__ = ["MISSING", "WordMemos", "word_memos", "settle_quiet", "settle_seen", "CountedUnlessSlip", "quiet_counted"]

MISSING = object()  # the default of memo.get: no verdict remembered for that key


class WordMemos:
    """What a step keeps in one pipeline's context: its settings, lexicon and counted forms (fixed for the
    context), and its memos:

    * ``verdicts``: ``(word as typed, sentence-initial) -> (replacement, note) or None``;
    * ``quiet``: the words (as typed) settled as "left alone wherever they stand" (their lowercase form
      is counted, or their verdict is ``None`` for every position);
    * ``pending``: the words met unsettled so far;
    * ``chunks``: the white-space chunks (``str.split()`` items) whose step words are all quiet;
    * ``inner``: the step model's own per-word memo (keyboard: candidates; typo: decisions).
    """

    __slots__ = ("cfg", "lex", "counted", "verdicts", "quiet", "pending", "chunks", "inner")

    def __init__(self, ctx: Context, step: str):
        self.cfg = cfg = ctx.config(step)
        self.lex = ctx.lexicon
        self.counted = counted_forms(self.lex)
        self.verdicts = BoundedDict(cfg.memo_size)
        self.quiet = BoundedSet(cfg.quiet_size)
        self.pending = BoundedSet(cfg.quiet_size)
        self.chunks = BoundedSet(cfg.quiet_size)
        self.inner = BoundedDict(cfg.memo_size)


def word_memos(ctx: Context, step: str) -> WordMemos:
    """The :class:`WordMemos` of ``step`` in ``ctx`` (sized by its Config's ``memo_size`` / ``quiet_size``)."""
    return ctx.cache(step + ".words", lambda: WordMemos(ctx, step))


class CountedUnlessSlip:
    """The counted forms but those ``slip`` holds (``counted - {x for x in counted if slip(x)}``), each word's
    ``slip`` asked once, when the word is first asked: no pass over every counted form before the first line."""

    __slots__ = ("counted", "slip", "slips")

    def __init__(self, counted, slip):
        self.counted, self.slip = counted, slip
        self.slips: dict = {}  # word -> slip(word), for counted words only (bounded by the counted forms)

    def __contains__(self, x) -> bool:
        if x not in self.counted:
            return False
        v = self.slips.get(x)
        if v is None:
            v = self.slips[shared(x)] = bool(self.slip(x))
        return not v


def quiet_counted(ctx: Context, step: str, counted, slip_test):
    """The counted forms ``step`` leaves alone unasked in ``ctx``: ``counted`` but the words ``slip_test(lex,
    cfg)`` holds (``counted`` itself when that is None)."""
    def make():
        memos = word_memos(ctx, step)
        slip = slip_test(memos.lex, memos.cfg)
        return counted if slip is None else CountedUnlessSlip(counted, slip)

    return ctx.cache(step + ".quiet_counted", make)


def settle_quiet(words, quiet: set, counted, memo, verdict, pending: set) -> bool:
    """True when every word is counted (lowercased) or has the per-word verdict "leave it" (``None``) for
    any position it may stand in; the words found so are added to ``quiet``.  A verdict not remembered yet
    is worked out here (``verdict(w, initial)``, then remembered) for a word met unsettled before:
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
            key = (w, initial)
            v = get(key, MISSING)
            if v is MISSING and w in pending:
                v = memo[key] = verdict(w, initial)
            if v is not None:  # an edit, or not known yet
                settled = False
                break
        if settled:
            quiet.add(w)
        else:
            ok = False
            pending.add(w)
    return ok


def settle_seen(w: str, v, quiet) -> None:
    """``w``'s verdict ``v`` was just worked out where it stands: a lower-case word has that one verdict wherever it
    stands, so "leave it" (``None``) settles it now (what :func:`settle_quiet` would do on its next line)."""
    if v is None and quiet is not None and w.islower():
        quiet.add(w)
