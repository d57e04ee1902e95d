"""The pass loop of a :class:`~kaznorm.core.pipeline.Pipeline`, and the texts its word steps have settled.

:func:`run_passes` runs the steps over a text (applying and, in a recorded run, recording each step's edits),
then once more the steps an edit made work for (``reruns``/``feeds``).

Settled texts (speed only).  The steps register with ``quiet_lines``: each returns the shared
:data:`~kaznorm.core.edits.NO_EDITS` when it proposes no edit on the text.  A step is a function of its text
and its pipeline (settings, lexicon, user words: all fixed for one pipeline's :class:`~.context.Context`; its
memos never change an answer), so a text on which it returned ``NO_EDITS`` is one it leaves alone whenever it
meets it again in this pipeline, with nothing left out for another language either (a step proposing nothing
leaves nothing out).  Such texts are remembered in the context (bounded: :class:`SettledTexts`) for each run
of consecutive such steps: the texts on which every step of the run returned ``NO_EDITS`` in turn (none changed
it, so each saw that very text), skipped with one set test when they come back (the same line cleaned again, a
line repeated in a corpus); and, for a text some step of the run changed, the texts each step left alone (the
run's text, or what the earlier steps made of it), so that the next time only the steps that change it run.
Each set keeps at most 20,000 texts (none in a pipeline of character steps only, such as the ``chars``
profile), or as many as the pipeline's option ``settled_texts`` says
(``Pipeline.default(options={"settled_texts": 0})``: none, every text goes through every step, as
``benchmarks/throughput.py`` measures the word memos alone).  This is a memo of whole texts: it makes a text met
again cost one set test, and does nothing for a text met for the first time.

Untouched texts (speed only).  When every step of a pipeline registers an ``untouched`` test (the built-in steps
do: ``steps/chars_gate.py`` for the character steps; each word step from the words and chunks it settled), a text
that all those tests pass is one on which each step would return ``NO_EDITS``: each step, called in turn, would see
that very text and leave it alone, so it is returned as it is without calling them (a clean run; a recorded one,
``explain``, still calls every step).  This is no memo of texts: a line never met before whose words the steps
have all settled passes too.
"""
from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence, Tuple

from .edits import NO_EDITS, Result, apply_edits, apply_validated, validated_edits
from .record import record_edits, record_skips
from .registry import Step

__all__ = ["Plan", "SettledTexts", "plan_of", "run_passes", "runs_of", "untouched_test"]

# the context's cache: run (its step names) -> (the texts the run settled, the texts on which some step of the run
# proposed an edit, the texts each of its steps settled): SettledTexts
_SETTLED = "pipeline.settled_texts"


class SettledTexts(set):
    """Texts a step (or a run of steps) returned ``NO_EDITS`` on: at most ``limit`` (``MAX_TEXTS`` unless the
    pipeline's option ``settled_texts`` says otherwise; emptied when full; 0: none kept), each of at most
    ``MAX_LEN`` characters (a longer text, a document, is not kept: its lines are the steps' own business), so a
    set holds a few megabytes at most."""

    __slots__ = ("limit",)
    MAX_TEXTS = 20_000
    MAX_LEN = 500

    def __init__(self, limit: int = MAX_TEXTS):
        super().__init__()
        self.limit = limit

    def remember(self, text: str) -> None:
        if len(text) <= self.MAX_LEN and self.limit > 0:
            if len(self) >= self.limit:
                self.clear()
            self.add(text)


# (groups, {step name: its settled texts}, plain groups, untouched test or None): one group per step not in a run, (None, None, step); one
# per run, (the run's settled texts, its changed texts, ((0, its first step, the step's settled texts), (1, ...),
# ...)); the plain groups, one per step, serve a text of a str subclass (which may hash or compare otherwise); the
# test of :func:`untouched_test`.  Made once per pipeline and context (:func:`plan_of`).
Plan = Tuple[Tuple[tuple, ...], Dict[str, "SettledTexts"], Tuple[tuple, ...], Optional[Callable[[str], bool]]]


def runs_of(steps: Sequence[Step]) -> List[Tuple[Step, ...]]:
    """``steps`` cut, in order, into runs of consecutive ``quiet_lines`` steps (two or more: a single such step
    keeps to its own fast paths) and single other steps."""
    out: List[Tuple[Step, ...]] = []
    run: List[Step] = []
    for st in list(steps) + [None]:
        if st is not None and st.quiet_lines:
            run.append(st)
            continue
        if len(run) >= 2:
            out.append(tuple(run))
        else:
            out.extend((x,) for x in run)
        run.clear()
        if st is not None:
            out.append((st,))
    return out


def plan_of(steps: Sequence[Step], ctx) -> Plan:
    """The groups of :func:`runs_of` with the settled texts ``ctx`` keeps for each run and its steps."""
    settled = ctx.cache(_SETTLED, dict)
    groups = []
    by_name: Dict[str, SettledTexts] = {}
    plain = tuple((None, None, st) for st in steps)
    limit = _limit(ctx, steps)
    untouched = untouched_test(steps, ctx)
    if limit == 0:  # (no texts kept: every step on its own, the plain loop)
        return plain, by_name, plain, untouched
    for run in runs_of(steps):
        if len(run) == 1:
            groups.append((None, None, run[0]))
            continue
        key = tuple(st.name for st in run)
        texts, changed, owns = settled.setdefault(key, (SettledTexts(limit), SettledTexts(limit),
                                                          tuple(SettledTexts(limit) for _ in run)))
        groups.append((texts, changed, tuple((i, st, own) for i, (st, own) in enumerate(zip(run, owns)))))
        by_name.update((st.name, own) for st, own in zip(run, owns))
    return tuple(groups), by_name, plain, untouched


def untouched_test(steps: Sequence[Step], ctx=None) -> Optional[Callable[[str], bool]]:
    """A test that passes only texts on which every step of ``steps``, run in ``ctx``, returns ``NO_EDITS`` (each
    step's own ``untouched`` test, made once; the distinct ones all asked, in the steps' order), or None when a step
    has no such test."""
    if not steps or any(st.untouched is None for st in steps):
        return None
    tests = tuple(dict.fromkeys(st.untouched(ctx) for st in steps))  # (the chars steps share one)
    if len(tests) == 1:
        return tests[0]

    def untouched(text: str) -> bool:
        for test in tests:
            if not test(text):
                return False
        return True

    return untouched


def _limit(ctx, steps: Sequence[Step]) -> int:
    """The pipeline's option ``settled_texts`` (texts each set keeps; 0 turns the sets off), else the default:
    ``MAX_TEXTS`` when a step of the pipeline needs the lexicon, 0 otherwise (character steps cost a few
    microseconds a line, about what keeping the texts costs: measured, the ``chars`` profile's warm pass over
    27,580 lines ran 13% slower with the sets)."""
    default = SettledTexts.MAX_TEXTS if any(st.needs_lexicon for st in steps) else 0
    value = ctx.options.get("settled_texts", default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError(f"the option settled_texts is a count of texts (an int, 0 or more), not {value!r}")
    return value


def run_passes(plan: Plan, all_steps: Sequence[Step], text: str, ctx, rec: Optional[Result], cut: float) -> str:
    """Run the steps of ``plan`` (:func:`plan_of` ``all_steps`` and ``ctx``) over ``text`` in ``ctx``, then once
    more the steps an edit made work for (in ``all_steps`` order).  With ``rec``, record every change in it;
    ``cut``: the least confidence an applied edit needs."""
    groups, by_name, plain, untouched = plan
    if untouched is not None and rec is None and text.__class__ is str:
        if len(groups) == 1 and groups[0][0] is not None and text in groups[0][0]:
            return text  # (one run of all the steps, which settled this very text: the loop below would skip it)
        if untouched(text):
            return text  # every step would return NO_EDITS on this very text (module docstring): none is called
    skipped: Optional[list] = None
    if rec is not None:  # steps put what they leave out as another language here (Result.skipped)
        skipped = []
        ctx = ctx.recording(skipped)
    rerun: set = set()
    if not text:
        return text
    if text.__class__ is not str:
        groups, by_name = plain, {}
    for texts, changed, run in groups:
        if texts is None:
            st = run
            edits = st.func(text, ctx)
            if skipped:
                record_skips(rec, st.name, text, skipped, cut)
            if edits is not NO_EDITS and (edits.__class__ is not list or edits):
                text = _applied(st, text, edits, rec, cut, rerun)
                if not text:
                    return text
            continue
        if text in texts:
            continue  # every step of the run proposed nothing on this very text before (module docstring)
        start = text
        known = text in changed  # (else the steps' own sets are not asked: a text met for the first time)
        lead = -1  # while -1, every step so far proposed nothing (on ``start``); then how many did
        for i, st, own in run:
            if known and text in own:
                continue  # this step proposed nothing on this very text before
            edits = st.func(text, ctx)
            if skipped:
                record_skips(rec, st.name, text, skipped, cut)
            elif edits is NO_EDITS:
                if lead >= 0 or known:  # (after a change: what the earlier steps made of ``start``, which this
                    own.remember(text)  # step saw; else a text the step's set had lost)
                continue
            if lead < 0:
                lead = i
            if edits is not NO_EDITS and (edits.__class__ is not list or edits):
                text = _applied(st, text, edits, rec, cut, rerun)
                if not text:
                    return text
        if lead < 0:  # (each step of the run left ``start`` alone)
            texts.remember(start)
        elif not known:  # (a known text is in these sets already, or was just put back)
            changed.remember(start)
            for _i, _st, own in run[:lead]:
                own.remember(start)
    if rerun:
        again: set = set()  # (the second pass feeds nothing further)
        for st in all_steps:
            if st.name not in rerun:
                continue
            own = by_name.get(st.name)
            if own is not None and text in own:
                continue  # (the step proposed nothing on this very text before, in either pass)
            edits = st.func(text, ctx)
            if skipped:
                record_skips(rec, st.name, text, skipped, cut)
            elif edits is NO_EDITS:
                if own is not None:
                    own.remember(text)
                continue
            if edits is not NO_EDITS and (edits.__class__ is not list or edits):
                text = _applied(st, text, edits, rec, cut, again)
                if not text:
                    break
    return text


def _applied(st: Step, text: str, edits, rec: Optional[Result], cut: float, rerun: set) -> str:
    """``text`` with the step ``st``'s ``edits`` (not an empty list) at or above ``cut`` applied (and recorded in
    ``rec``); ``rerun`` takes the steps its edits made work for."""
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
