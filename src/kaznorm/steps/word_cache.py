"""The word steps' memos, held by the pipeline's Context (``ctx.cache``): speed only.

Every decision remembered here is a pure function of the token (and its context key), the lexicon and
the step's settings, all fixed for one pipeline, so the memos belong to the pipeline's Context and are
bounded by the step's ``Config.memo_size`` (each emptied when full).

``step_memos(ctx, step)``: the step's :class:`StepMemos` (its settings, token -> decision, and the tokens
and white-space chunks it settled as "leave it" wherever they stand, so that a line whose tokens are all
settled is skipped with one ``issuperset``).  ``tokens4(text, ctx)``: the TOKEN4 tokens of the last text
(segment and particle usually see the same one).
"""
from __future__ import annotations

from typing import Callable, Optional

from ..core.context import BoundedDict, BoundedSet
from ..text.tokens import TOKEN4, split_chunks

__all__ = ["MISSING", "StepMemos", "step_memos", "tokens4", "settled_chunks_test"]

# a cache value meaning "not decided yet" (None means "leave it")
MISSING = object()


class StepMemos:
    """One word step's memos in one pipeline, sized by the step's settings (``configure``)."""

    __slots__ = ("cfg", "decisions", "settled_tokens", "settled_chunks")

    def __init__(self):
        self.decisions = BoundedDict(1)  # token (or context key) -> decision; None: leave it
        self.settled_tokens = BoundedSet(1)  # tokens left alone wherever they stand
        self.settled_chunks = BoundedSet(1)  # white-space chunks whose tokens are all settled
        self.cfg = None  # the step's settings in this pipeline (``configure``; they never change)

    def configure(self, cfg) -> None:
        """Size the memos by ``cfg.memo_size`` and keep ``cfg`` (the same result however often it is called)."""
        self.decisions.limit = self.settled_tokens.limit = self.settled_chunks.limit = cfg.memo_size
        self.cfg = cfg


def step_memos(ctx, step: str, kind: type = StepMemos) -> StepMemos:
    """The memos of the word step ``step`` in ``ctx`` (a ``kind``), configured with ``ctx.config(step)`` on first
    use.  (No closure per call: this runs once per step and line.)"""
    memos = ctx.cache(step, kind)
    if memos.cfg is None:
        memos.configure(ctx.config(step))
    return memos


def _new_box() -> list:
    return [(None, None)]


def tokens4(text: str, ctx) -> list:
    """``TOKEN4.findall(text)``, remembered for the last text seen in ``ctx`` (by identity)."""
    box = ctx.cache("words.tokens4", _new_box)
    memo = box[0]  # one tuple, replaced whole: safe to share between threads
    if memo[0] is text:
        return memo[1]
    toks = TOKEN4.findall(text)
    box[0] = (text, toks)
    return toks


def settled_chunks_test(chunks: set, ctx, line_needs: Optional[Callable[[str], bool]] = None
                        ) -> Callable[[str], bool]:
    """The ``untouched`` test (:mod:`kaznorm.core.registry`) of a step that leaves a line alone when the line's
    white-space chunks are all in ``chunks`` (its settled chunks in ``ctx``) and, for a line that is not blank,
    ``line_needs(line)`` holds (keyboard: a Kazakh letter; particle: no "?"); a document line by line, as the
    steps test them (typo, segment, keyboard, particle)."""

    def passes(line: str, parts) -> bool:
        return chunks.issuperset(parts) and (line_needs is None or not parts or line_needs(line))

    def untouched(text: str) -> bool:
        if "\n" not in text:
            return passes(text, split_chunks(text, ctx))
        for line in text.split("\n"):
            if not passes(line, line.split()):
                return False
        return True

    return untouched
