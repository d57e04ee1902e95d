"""The pass loop of a :class:`~kaznorm.core.pipeline.Pipeline`, and the texts its word steps have settled.

:func:`run_passes` runs the steps over a text (applying and, in a recorded run, recording each step's edits),
then once more the steps an edit made work for (``reruns``/``feeds``).

Settled texts (speed only).  The word steps register with ``quiet_lines``: each returns the shared
:data:`~kaznorm.core.edits.NO_EDITS` when it proposes no edit on the text.  A step is a function of its text
and its pipeline (settings, lexicon, user words: all fixed for one pipeline's :class:`~.context.Context`; its
memos never change an answer), so a text on which it returned ``NO_EDITS`` is one it leaves alone whenever it
meets it again in this pipeline, with nothing left out for another language either (a step proposing nothing
leaves nothing out).  Such texts are remembered in the context (bounded: :class:`SettledTexts`), per step and
per run of consecutive such steps (a text on which every step of the run returned ``NO_EDITS`` in turn: none
changed it, so each saw that very text).  A text met again (the same line cleaned again, a line repeated in a
corpus) then skips the whole run with one set test, or, when a step of the run changes it, each step that left
it (or what an earlier step made of it) alone before.
"""
from __future__ import annotations

from typing import Optional, Sequence, Tuple

from .edits import NO_EDITS, Result, apply_edits, apply_validated, validated_edits
from .record import record_edits, record_skips
from .registry import Step

__all__ = ["Groups", "SettledTexts", "groups_of", "run_passes"]

# the context's cache: run (its step names) -> (SettledTexts of the run, SettledTexts of each of its steps)
_SETTLED = "pipeline.settled_texts"


class SettledTexts(set):
    """Texts a step (or a run of steps) returned ``NO_EDITS`` on; emptied before it would hold more than
    ``MAX_TEXTS`` texts or ``MAX_CHARS`` characters.  A text longer than ``MAX_LEN`` is not kept (a document:
    its lines are the steps' own business)."""

    __slots__ = ("chars",)
    MAX_TEXTS = 20_000
    MAX_CHARS = 2_000_000
    MAX_LEN = 1_000

    def __init__(self):
        super().__init__()
        self.chars = 0

    def remember(self, text: str) -> None:
        n = len(text)
        if n > self.MAX_LEN:
            return
        if len(self) >= self.MAX_TEXTS or self.chars + n > self.MAX_CHARS:
            self.clear()
            self.chars = 0
        self.add(text)
        self.chars += n


# (run key or None, steps): a run of consecutive ``quiet_lines`` steps has a key (their names), any other step
# is a group of its own with None
Groups = Tuple[Tuple[Optional[Tuple[str, ...]], Tuple[Step, ...]], ...]


def groups_of(steps: Sequence[Step]) -> Groups:
    """``steps`` cut into runs of consecutive ``quiet_lines`` steps (two or more: one step alone gains nothing
    from a set test in front of its own fast path) and single other steps, in order."""
    out: list = []
    run: list = []

    def close() -> None:
        if len(run) >= 2:
            out.append((tuple(st.name for st in run), tuple(run)))
        else:
            out.extend((None, (st,)) for st in run)
        run.clear()

    for st in steps:
        if st.quiet_lines:
            run.append(st)
            continue
        close()
        out.append((None, (st,)))
    close()
    return tuple(out)


def run_passes(groups: Groups, all_steps: Sequence[Step], text: str, ctx, rec: Optional[Result], cut: float) -> str:
    """Run ``groups`` (:func:`groups_of` of ``all_steps``) over ``text`` in ``ctx``, then once more the steps an
    edit made work for (in ``all_steps`` order).  With ``rec``, record every change in it; ``cut``: the least
    confidence an applied edit needs."""
    skipped: Optional[list] = None
    if rec is not None:  # steps put what they leave out as another language here (Result.skipped)
        skipped = []
        ctx = ctx.recording(skipped)
    settled = ctx.cache(_SETTLED, dict)
    rerun: set = set()
    for key, run in groups:
        if not text:
            return text
        if key is None:
            st = run[0]
            edits = st.func(text, ctx)
            if skipped:
                record_skips(rec, st.name, text, skipped, cut)
            if edits is not NO_EDITS and (edits.__class__ is not list or edits):
                text = _applied(st, text, edits, rec, cut, rerun)
            continue
        entry = settled.get(key)
        if entry is None:
            entry = settled.setdefault(key, (SettledTexts(), tuple(SettledTexts() for _ in run)))
        texts, owns = entry  # (the run's settled texts; each step's)
        if text in texts:
            continue  # every step of the run proposed nothing on this very text before (module docstring)
        start = text
        quiet_on = None  # (step's set, text) where a step proposed nothing: remembered if the run changes the text
        for st, own in zip(run, owns):
            if not text:
                return text
            if text in own:
                continue  # this step proposed nothing on this very text before
            edits = st.func(text, ctx)
            if skipped:
                record_skips(rec, st.name, text, skipped, cut)
                start = None
            elif edits is NO_EDITS:
                if quiet_on is None:
                    quiet_on = []
                quiet_on.append((own, text))
                continue
            if edits is NO_EDITS:
                continue
            start = None
            if edits.__class__ is not list or edits:
                text = _applied(st, text, edits, rec, cut, rerun)
        if start is not None:  # (each step of the run left the text alone: it is still ``start``)
            texts.remember(start)
        elif quiet_on is not None:
            for own, seen in quiet_on:
                own.remember(seen)
    if rerun:
        again: set = set()  # (the second pass feeds nothing further)
        for st in all_steps:
            if st.name not in rerun:
                continue
            if not text:
                break
            edits = st.func(text, ctx)
            if skipped:
                record_skips(rec, st.name, text, skipped, cut)
            if edits is not NO_EDITS and (edits.__class__ is not list or edits):
                text = _applied(st, text, edits, rec, cut, again)
    return text


def _applied(st: Step, text: str, edits, rec: Optional[Result], cut: float, rerun: set) -> str:
    """``text`` with the step ``st``'s ``edits`` (not an empty list) at or above ``cut`` applied (and recorded in ``rec``);
    ``rerun`` takes the steps its edits made work for."""
    if cut > 0.0:
        edits = [e for e in edits if e.confidence >= cut]
    if rec is None:
        if st.feeds is not None and not rerun.issuperset(st.reruns):
            # feeds() sees the edits as with record (validated), so clean and explain agree
            edits = validated_edits(st.name, text, edits)
            if not edits:
                return text
            if st.feeds(text, edits):
                rerun.update(st.reruns)
            return apply_edits(text, edits)
        return apply_validated(st.name, text, edits)
    edits = validated_edits(st.name, text, edits)
    if not edits:
        return text
    if st.feeds is not None and not rerun.issuperset(st.reruns) and st.feeds(text, edits):
        rerun.update(st.reruns)
    return record_edits(rec, st.name, text, edits)
