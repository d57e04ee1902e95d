"""The pipeline: named steps, edits, change records and the offset map.

A *step* looks at the text and says where to change it and what each place
becomes (a list of :class:`Edit`).  It never builds the new text itself and
never does I/O.  The :class:`Pipeline` applies each step's edits, records them
as :class:`Change` objects with their span in the *original* text, and keeps an
:class:`OffsetMap` between the original and the cleaned text.  So ``explain()``
and offsets come from one place, whatever the steps do.
"""
from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

__all__ = [
    "Edit",
    "Change",
    "OffsetMap",
    "Result",
    "Step",
    "Context",
    "Pipeline",
    "register",
    "get_step",
    "step_names",
    "PROFILES",
]


# --------------------------------------------------------------------------- edits


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of a step's input with ``replacement``.

    ``note`` is free text for ``explain()`` (candidates, reason...).
    """

    start: int
    end: int
    replacement: str
    note: str = ""

    def __init__(self, start: int, end: int, replacement: str, note: str = ""):
        # what the generated __init__ does (a frozen dataclass sets its fields past __setattr__),
        # with one attribute lookup instead of four object.__setattr__ calls: steps make many edits
        d = self.__dict__
        d["start"] = start
        d["end"] = end
        d["replacement"] = replacement
        d["note"] = note


@dataclass(frozen=True)
class Change:
    """One applied edit, as ``explain()`` reports it.

    ``start``/``end``/``original`` are in the original text given to the
    pipeline; ``before``/``at`` are the replaced substring and its position in
    the text *as the step saw it* (after the earlier steps), so applying the
    changes in order with ``at``/``before``/``replacement`` rebuilds the output
    exactly (see :meth:`Result.replay`).
    """

    step: str
    start: int
    end: int
    original: str
    replacement: str
    at: int
    before: str
    note: str = ""

    def as_dict(self) -> dict:
        return {
            "step": self.step,
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "at": self.at,
            "before": self.before,
            "note": self.note,
        }


# --------------------------------------------------------------------------- offsets


class OffsetMap:
    """Monotone map between positions in the original and the cleaned text.

    Stored as the sorted, disjoint list of changed regions
    ``(orig_start, orig_end, clean_start, clean_end)``; outside them the two
    texts are identical copies.  Built by composing each step's edits, in
    O(regions + edits) per step.
    """

    __slots__ = ("o0", "o1", "c0", "c1", "orig_len", "clean_len")

    def __init__(self, length: int = 0):
        self.o0: List[int] = []
        self.o1: List[int] = []
        self.c0: List[int] = []
        self.c1: List[int] = []
        self.orig_len = length
        self.clean_len = length

    # -- queries ---------------------------------------------------------
    def regions(self) -> List[Tuple[int, int, int, int]]:
        return list(zip(self.o0, self.o1, self.c0, self.c1))

    @staticmethod
    def _map(i: int, src0, src1, dst0, dst1, src_len: int, dst_len: int) -> int:
        if i < 0 or i > src_len:
            raise IndexError(f"position {i} outside 0..{src_len}")
        k = bisect.bisect_right(src0, i) - 1
        if k < 0:
            return i
        if i < src1[k]:  # inside a changed region (or at its start)
            return dst0[k] + min(i - src0[k], dst1[k] - dst0[k])
        return dst1[k] + (i - src1[k])

    def to_original(self, i: int) -> int:
        """Position in the original text for position ``i`` of the cleaned text."""
        return self._map(i, self.c0, self.c1, self.o0, self.o1, self.clean_len, self.orig_len)

    def to_clean(self, i: int) -> int:
        """Position in the cleaned text for position ``i`` of the original text."""
        return self._map(i, self.o0, self.o1, self.c0, self.c1, self.orig_len, self.clean_len)

    def span_to_original(self, start: int, end: int) -> Tuple[int, int]:
        """Original span covering current span ``[start, end)`` (widened to whole changed regions)."""
        c0, c1, o0, o1 = self.c0, self.c1, self.o0, self.o1
        k = bisect.bisect_right(c0, start) - 1
        if k >= 0 and start < c1[k]:
            os_ = o0[k]
        elif k >= 0:
            os_ = o1[k] + (start - c1[k])
        else:
            os_ = start
        k = bisect.bisect_left(c1, end)  # first region whose end >= end
        if k < len(c0) and c0[k] < end <= c1[k]:
            oe = o1[k]
        else:
            k = bisect.bisect_right(c0, end) - 1
            if k >= 0 and end >= c1[k]:
                oe = o1[k] + (end - c1[k])
            elif k >= 0:
                oe = o0[k]
            else:
                oe = end
        return os_, max(os_, oe)

    # -- composition -----------------------------------------------------
    def compose(self, edits: Sequence[Edit], new_len: int) -> None:
        """Update the map after ``edits`` (sorted, disjoint, in current coordinates) were applied."""
        if not edits:
            return
        old = list(zip(self.o0, self.o1, self.c0, self.c1))
        # items: (cur_start, cur_end, kind, payload); kind 0 = old region, 1 = new edit
        items: List[Tuple[int, int, int, object]] = [(r[2], r[3], 0, r) for r in old]
        items.extend((e.start, e.end, 1, e) for e in edits)
        items.sort(key=lambda t: (t[0], t[1], t[2]))
        no0: List[int] = []
        no1: List[int] = []
        nc0: List[int] = []
        nc1: List[int] = []
        shift = 0  # new - current, accumulated from new edits before the cluster
        old_delta = 0  # current - original, accumulated from old regions before the cluster
        i, n = 0, len(items)
        while i < n:
            cs, ce, kind, payload = items[i]
            cluster = [items[i]]
            i += 1
            while i < n and items[i][0] <= ce:  # overlapping or touching: one region
                cluster.append(items[i])
                ce = max(ce, items[i][1])
                i += 1
            # original span of the cluster
            first_old = next((p for s, e, k, p in cluster if k == 0), None)
            last_old = None
            for s, e, k, p in cluster:
                if k == 0:
                    last_old = p
            os_ = first_old[0] if first_old is not None and first_old[2] == cs else cs - old_delta
            if last_old is not None:
                delta_after = old_delta + sum((p[3] - p[2]) - (p[1] - p[0]) for s, e, k, p in cluster if k == 0)
            else:
                delta_after = old_delta
            oe = last_old[1] if last_old is not None and last_old[3] == ce else ce - delta_after
            growth = sum(len(p.replacement) - (p.end - p.start) for s, e, k, p in cluster if k == 1)
            ns = cs + shift
            ne = ce + shift + growth
            no0.append(os_)
            no1.append(oe)
            nc0.append(ns)
            nc1.append(ne)
            shift += growth
            old_delta = delta_after
        self.o0, self.o1, self.c0, self.c1 = no0, no1, nc0, nc1
        self.clean_len = new_len


# --------------------------------------------------------------------------- result


@dataclass
class Result:
    """What :func:`kaznorm.explain` returns."""

    original: str
    text: str
    changes: List[Change] = field(default_factory=list)
    offsets: Optional[OffsetMap] = field(default_factory=OffsetMap)

    def _map(self) -> OffsetMap:
        if self.offsets is None:
            raise ValueError("this result was made without recording offsets; use explain() or run(record=True)")
        return self.offsets

    def to_original(self, i: int) -> int:
        return self._map().to_original(i)

    def to_clean(self, i: int) -> int:
        return self._map().to_clean(i)

    def replay(self) -> str:
        """Rebuild the output by applying the recorded changes to the original, in order."""
        return replay(self.original, self.changes)

    def __str__(self) -> str:
        return self.text

    def report(self) -> str:
        """A human-readable list of the changes."""
        lines = []
        for c in self.changes:
            extra = f"  ({c.note})" if c.note else ""
            lines.append(f"{c.step:15s} [{c.start}:{c.end}] {c.original!r} -> {c.replacement!r}{extra}")
        return "\n".join(lines)


def replay(original: str, changes: Sequence[Change]) -> str:
    """Apply ``changes`` in order; each step's changes are in that step's own input coordinates."""
    text = original
    i = 0
    while i < len(changes):
        j = i
        while j < len(changes) and changes[j].step == changes[i].step:
            j += 1
        for c in reversed(changes[i:j]):  # right to left keeps earlier positions valid
            if text[c.at:c.at + len(c.before)] != c.before:
                raise ValueError(f"change {c} does not match the text")
            text = text[:c.at] + c.replacement + text[c.at + len(c.before):]
        i = j
    return text


# --------------------------------------------------------------------------- steps


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
            from .lexicon import default_lexicon

            self._lexicon = default_lexicon()
            if self.pipeline is not None:
                self._lexicon = self.pipeline._user_lexicon(self._lexicon)
        return self._lexicon


StepFunc = Callable[[str, Context], Iterable[Edit]]


@dataclass(frozen=True)
class Step:
    """A named step: ``func(text, ctx)`` returns the edits to make."""

    name: str
    func: StepFunc
    doc: str = ""
    needs_lexicon: bool = False

    def __call__(self, text: str) -> str:
        """Apply this step alone to ``text``."""
        return Pipeline([self])(text)

    def __reduce__(self):
        # steps from the registry pickle by name; custom steps by their function
        if _REGISTRY.get(self.name) is self:
            return (get_step, (self.name,))
        return (Step, (self.name, self.func, self.doc, self.needs_lexicon))


_REGISTRY: Dict[str, Step] = {}
_LOADED = False


def register(name: str, doc: str = "", needs_lexicon: bool = False):
    """Decorator: register ``func(text, ctx) -> edits`` as the step ``name``."""

    def deco(func: StepFunc) -> StepFunc:
        _REGISTRY[name] = Step(name, func, doc or (func.__doc__ or "").strip().split("\n")[0], needs_lexicon)
        return func

    return deco


def _load_steps() -> None:
    global _LOADED
    if not _LOADED:
        _LOADED = True
        from . import steps  # noqa: F401  (registers the built-in steps)


def get_step(name: str) -> Step:
    _load_steps()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown step {name!r}; known steps: {', '.join(step_names())}") from None


def step_names() -> List[str]:
    """All registered step names, in default pipeline order where they have one."""
    _load_steps()
    order = {n: i for i, n in enumerate(ORDER)}
    return sorted(_REGISTRY, key=lambda n: (order.get(n, len(order)), n))


# The canonical order of the built-in steps.  Profiles list subsets of it.
ORDER = [
    "encoding",
    "invisible",
    "lookalike",
    "linebreak_hyphen",
    "punctuation",
    "spacing",
    "suffix_hyphen",
    "variants",
    "keyboard",
    "segment",
    "particle",
    "typo",
]

# keyboard and typo put back letters late in the pipeline; the word they make may be one an earlier step
# acts on (болмаима -> болмайма: a glued question particle; 2 шы -> 2 ші: a number suffix).  When one of
# their replacements looks like that (``_feeds``), those earlier steps run once more on the result (they
# feed nothing back), so a second clean() finds nothing left to do.
_REFEEDING = frozenset({"keyboard", "typo"})
_REFED = frozenset({"suffix_hyphen", "segment", "particle"})


def _feeds(text: str, edits) -> bool:
    """Does one of keyboard's or typo's word replacements make work for an earlier step: a word ending
    like a glued particle, or a word right after a number (a suffix written apart: 2 ші)?"""
    from .steps.words import GLUED_ENDINGS  # (the steps import this module)
    for e in edits:
        rep = e.replacement.lower()
        if rep.endswith(GLUED_ENDINGS):
            return True
        j = e.start - 1
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
        if j >= 0 and j < e.start - 1 and text[j].isdigit():
            return True
    return False

# Profiles name the steps they run.  Steps not yet registered are skipped, so a
# profile can list steps that an optional module provides.
PROFILES: Dict[str, List[str]] = {
    # lexicon-free repairs only: never changes a word's letters beyond documented character mappings
    "chars": ["encoding", "invisible", "lookalike", "punctuation", "spacing"],
    # every step, with conservative thresholds: harm on clean text is measured and kept near zero
    "default": list(ORDER),
    # every step; word steps read ctx.options["aggressive"] (PROFILE_OPTIONS) and accept more risk
    "aggressive": list(ORDER),
}


# --------------------------------------------------------------------------- pipeline


class Pipeline:
    """An ordered list of named steps; call it on a string to clean it.

    >>> p = Pipeline.default().without("typo")
    >>> p("Сəлем  әлем")
    'Сәлем әлем'
    """

    def __init__(self, steps: Sequence = (), *, profile: str = "custom", options: Optional[dict] = None,
                 words: Iterable[str] = (), protected: Iterable[str] = (), lexicon=None):
        resolved: List[Step] = []
        for s in steps:
            st = s if isinstance(s, Step) else get_step(_check_name(s))
            if any(x.name == st.name for x in resolved):
                raise ValueError(f"step {st.name!r} listed twice")
            resolved.append(st)
        self.steps: Tuple[Step, ...] = tuple(resolved)
        self.profile = profile
        self.options = dict(options or {})
        self.words = frozenset(words)
        self.protected = frozenset(protected)
        self.lexicon = lexicon  # None: the shipped default lexicon, loaded on first use
        self._ctx: Optional[Context] = None

    # -- construction ----------------------------------------------------
    @classmethod
    def from_profile(cls, profile: str = "default", *, skip: Iterable[str] = (), only: Optional[Iterable[str]] = None,
                     **kw) -> "Pipeline":
        if not isinstance(profile, str):
            raise TypeError(f"profile must be a str naming a profile ({', '.join(PROFILES)}), not {type(profile).__name__}")
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; choose one of: {', '.join(PROFILES)}")
        _load_steps()
        skip = _names(skip, "skip")
        names = [n for n in PROFILES[profile] if n in _REGISTRY]
        if only is not None:
            only_l = _names(only, "only")
            names = [n for n in step_names() if n in only_l]
        for n in skip:
            _check_name(n)
        names = [n for n in names if n not in skip]
        opts = dict(PROFILE_OPTIONS.get(profile, {}))
        opts.update(kw.pop("options", None) or {})
        return cls(names, profile=profile, options=opts, **kw)

    @classmethod
    def default(cls, **kw) -> "Pipeline":
        return cls.from_profile("default", **kw)

    def names(self) -> List[str]:
        return [s.name for s in self.steps]

    def without(self, *names: str) -> "Pipeline":
        for n in names:
            if n not in self.names():
                raise ValueError(f"step {n!r} is not in this pipeline ({', '.join(self.names())})")
        return self._replace([s for s in self.steps if s.name not in names])

    def with_step(self, step, *, before: Optional[str] = None, after: Optional[str] = None) -> "Pipeline":
        """A copy with ``step`` (a name or a :class:`Step`) added at the end, or before/after a named step."""
        st = step if isinstance(step, Step) else get_step(_check_name(step))
        steps = list(self.steps)
        if before is not None:
            steps.insert(self.names().index(before), st)
        elif after is not None:
            steps.insert(self.names().index(after) + 1, st)
        else:
            steps.append(st)
        return self._replace(steps)

    def with_words(self, words: Iterable[str] = (), protected: Iterable[str] = ()) -> "Pipeline":
        """A copy that also accepts ``words`` as Kazakh and never changes ``protected`` terms.

        Each argument is a word, an iterable of words, or a ``pathlib.Path`` to a file with one per line.
        """
        p = self._replace(self.steps)
        p.words = self.words | frozenset(_iter_words(words))
        p.protected = self.protected | frozenset(_iter_words(protected))
        return p

    def _replace(self, steps) -> "Pipeline":
        return Pipeline(steps, profile=self.profile, options=self.options, words=self.words, protected=self.protected,
                        lexicon=self.lexicon)

    # -- pickling: steps by name, no caches ------------------------------
    def __getstate__(self):
        return {"steps": self.steps, "profile": self.profile, "options": self.options,
                "words": self.words, "protected": self.protected, "lexicon": self.lexicon}

    def __setstate__(self, state):
        self.steps = tuple(state["steps"])
        self.profile = state["profile"]
        self.options = state["options"]
        self.words = state["words"]
        self.protected = state["protected"]
        self.lexicon = state.get("lexicon")
        self._ctx = None

    def __eq__(self, other):
        return isinstance(other, Pipeline) and self.__getstate__() == other.__getstate__()

    def __repr__(self) -> str:
        return f"Pipeline({self.names()!r}, profile={self.profile!r})"

    # -- running ---------------------------------------------------------
    def _context(self) -> Context:
        if self._ctx is None:
            lex = self._user_lexicon(self.lexicon) if self.lexicon is not None else None
            self._ctx = Context(self.options, lexicon=lex, pipeline=self)
        return self._ctx

    def _user_lexicon(self, lexicon):
        if self.words or self.protected:
            return lexicon.with_words(self.words, self.protected)
        return lexicon

    def __call__(self, text: str) -> str:
        # run() without the bookkeeping (no change records, no offset map): the same text, faster
        if text.__class__ is not str:
            _check_text(text)
        ctx = self._context()
        for steps in self._schedule():
            refeed = False
            for st in steps:
                if not text:
                    break
                edits = st.func(text, ctx)
                if edits.__class__ is list and not edits:
                    continue
                if st.name in _REFEEDING and not refeed:
                    edits = list(edits)
                    refeed = _feeds(text, edits)
                text = _applied(st.name, text, edits)
            if not refeed:
                break
        return text

    def _schedule(self):
        """The step lists to run: the whole pipeline, then (when a keyboard or typo fix fed them, which the
        caller checks before asking for it) the steps in _REFED."""
        yield self.steps
        yield tuple(st for st in self.steps if st.name in _REFED)

    def clean(self, text: str) -> str:
        return self(text)

    def explain(self, text: str) -> Result:
        return self.run(text, record=True)

    def run(self, text: str, record: bool = True) -> Result:
        """Clean ``text``; with ``record`` keep every change and the offset map.

        ``record=False`` is the plain :meth:`__call__` wrapped in a :class:`Result` with no
        changes and no offset map (``to_original``/``to_clean`` then raise ``ValueError``).
        """
        if not record:
            return Result(text, self(text), [], None)
        _check_text(text)
        ctx = self._context()
        original = text
        offsets = OffsetMap(len(text))
        changes: List[Change] = []
        for steps in self._schedule():
            refeed = False
            for st in steps:
                if not text:
                    break
                edits = st.func(text, ctx)
                if edits.__class__ is list and not edits:
                    continue
                edits = _validated(st.name, text, edits)
                if not edits:
                    continue
                new_text = _apply(text, edits)
                for e in edits:
                    os_, oe = offsets.span_to_original(e.start, e.end)
                    changes.append(Change(st.name, os_, oe, original[os_:oe], e.replacement, e.start,
                                          text[e.start:e.end], e.note))
                offsets.compose(edits, len(new_text))
                refeed = refeed or (st.name in _REFEEDING and _feeds(text, edits))
                text = new_text
            if not refeed:
                break
        return Result(original, text, changes, offsets)


PROFILE_OPTIONS: Dict[str, dict] = {"aggressive": {"aggressive": True}}


def _apply(text: str, edits: Sequence[Edit]) -> str:
    parts = []
    pos = 0
    for e in edits:
        parts.append(text[pos:e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def _applied(name: str, text: str, edits: Iterable[Edit]) -> str:
    """``_apply(text, _validated(name, text, edits))``, in one pass when the edits come sorted and well
    formed (as the built-in steps make them); anything else takes that slower path, errors included."""
    if edits.__class__ is not list:
        edits = list(edits)
    parts = []
    pos = 0  # end of the last kept edit
    last = -1  # start of the last kept edit
    n = len(text)
    try:
        for e in edits:
            s = e.start
            t = e.end
            r = e.replacement
            if text[s:t] == r:
                continue
            if not pos <= s <= t <= n or s == t == last:
                break  # out of order, overlapping or outside the text
            parts.append(text[pos:s])
            parts.append(r)
            pos = t
            last = s
        else:
            if not parts:
                return text
            parts.append(text[pos:])
            return "".join(parts)
    except TypeError:
        pass
    return _apply(text, _validated(name, text, edits))


def _validated(name: str, text: str, edits: Iterable[Edit]) -> List[Edit]:
    """Sorted, non-overlapping, non-trivial edits; a step that breaks these rules is a bug."""
    out = [e for e in edits if text[e.start:e.end] != e.replacement]
    if len(out) > 1:
        # steps usually emit their edits in order: sort only when they are not
        prev = out[0]
        for e in out:
            if e.start < prev.start or (e.start == prev.start and e.end < prev.end):
                out.sort(key=lambda e: (e.start, e.end))
                break
            prev = e
    prev_end = -1
    prev_start = -1
    n = len(text)
    for e in out:
        if not (0 <= e.start <= e.end <= n):
            raise RuntimeError(f"step {name!r} produced an edit outside the text: {e}")
        if e.start < prev_end or (e.start == e.end and e.start == prev_start):
            raise RuntimeError(f"step {name!r} produced overlapping edits at {e.start}")
        prev_end = e.end
        prev_start = e.start
    return out


def _check_text(text) -> None:
    if not isinstance(text, str):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"kaznorm expects text as a str, got {type(text).__name__}{hint}")


def _check_name(name) -> str:
    if not isinstance(name, str):
        raise TypeError(f"a step is named by a str, got {type(name).__name__}")
    get_step(name)
    return name


def _names(value, what: str) -> List[str]:
    if isinstance(value, str):
        value = [value]
    try:
        names = list(value)
    except TypeError:
        raise TypeError(f"{what} must be a step name or an iterable of step names, got {type(value).__name__}") from None
    for n in names:
        _check_name(n)
    return names


def _iter_words(words) -> Iterator[str]:
    """Words from a str, an iterable of str, or a path (``pathlib.Path``) to a UTF-8 file, one per line."""
    if isinstance(words, os.PathLike):
        with open(words, encoding="utf-8") as fh:
            words = [line.split("#", 1)[0] for line in fh]
    elif isinstance(words, str):
        words = [words]
    for w in words:
        if not isinstance(w, str):
            raise TypeError(f"words must be str, got {type(w).__name__}")
        w = w.strip()
        if w:
            yield w
