"""The Pipeline: an ordered list of named steps with their settings, its profiles, and the pass schedule.

:class:`Pipeline` runs each step on the text the earlier steps left, applying its edits
(:func:`~kaznorm.core.edits.apply_validated`; the loop is :mod:`kaznorm.core.passes`, which also skips
the steps that settled a text before); :meth:`Pipeline.run` also records every change and the offset map.  Steps are looked up by name in the registry; this module
imports no step.  A step that makes work for earlier steps says so when it registers
(``reruns``/``feeds``): those steps then run once more, in pipeline order, after the whole pass.
"""
from __future__ import annotations

import os
import types
import typing
from dataclasses import fields, is_dataclass, replace
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

from .context import Context
from .edits import OffsetMap, Result
from .passes import plan_of, run_passes
from .registry import ORDER, Step, get_step, step_names

__all__ = ["Pipeline", "PROFILES", "MIN_CONFIDENCE"]

# Profiles name the steps they run; each name must be a registered step (an unknown one is an error).
PROFILES: Dict[str, List[str]] = {
    # lexicon-free repairs only: never changes a word's letters beyond documented character mappings
    "chars": ["encoding", "invisible", "lookalike", "punctuation", "spacing"],
    # every step but latin, with conservative thresholds: harm on clean text is measured and kept near zero.
    # latin is left out: it rewrites whole lines in another script, which a text that is meant to hold Latin
    # (English, Turkish or Uzbek quotes, transcriptions, Latin-script Kazakh kept on purpose) must not get
    "default": [n for n in ORDER if n != "latin"],
    # the default profile plus latin: one script (Cyrillic) for corpus builders; Kazakh typed in Latin
    # (the 2021, 2018 or 2017 alphabets, informal Latin) is read back into Cyrillic
    "unify": list(ORDER),
    # every step; the word steps run with the settings they register for "aggressive" (Step.profiles)
    # and accept more risk
    "aggressive": list(ORDER),
}

# The least confidence (Edit.confidence: the measured share of such changes that are right) a change needs
# to be applied, by profile.  The default profile is for edited text, where a wrong change costs more than
# a missed one: it leaves a word alone unless that kind of change was right at least 9 times in 10.
# aggressive (corpus builders who accept some risk for recall) takes a change that is right more often
# than not.  Pipelines of other profiles ("custom") use the default profile's cut.
MIN_CONFIDENCE: Dict[str, float] = {"chars": 0.9, "default": 0.9, "unify": 0.9, "aggressive": 0.5}


# --------------------------------------------------------------------------- pipeline


class Pipeline:
    """An ordered list of named steps; call it on a string to clean it.

    >>> p = Pipeline.default().without("typo")
    >>> p("Сəлем  әлем")
    'Сәлем әлем'
    """

    def __init__(self, steps: Sequence = (), *, profile: str = "custom", config: Optional[Mapping[str, Any]] = None,
                 options: Optional[dict] = None, words: Iterable[str] = (), protected: Iterable[str] = (),
                 lexicon=None, min_confidence: Optional[float] = None):
        resolved: List[Step] = []
        for s in steps:
            st = s if isinstance(s, Step) else get_step(_check_name(s))
            if any(x.name == st.name for x in resolved):
                raise ValueError(f"step {st.name!r} listed twice")
            resolved.append(st)
        self.steps: Tuple[Step, ...] = tuple(resolved)
        self.profile = profile
        # settings given for this pipeline, by step name: a Config instance or a dict of fields to change
        self.overrides: Dict[str, Any] = {}
        for name, value in (config or {}).items():
            self.overrides[name] = _check_config(self._step(name), value)
        # edits below this confidence are left out (None: the profile's cut, MIN_CONFIDENCE)
        self.min_confidence = _check_confidence(
            MIN_CONFIDENCE.get(profile, MIN_CONFIDENCE["default"]) if min_confidence is None else min_confidence)
        self.options = dict(options or {})
        self.words = frozenset(words)
        self.protected = frozenset(protected)
        self.lexicon = lexicon  # None: the shipped default lexicon, loaded on first use
        self._ctx: Optional[Context] = None
        self._plan: Optional[tuple] = None  # (steps, context, passes.plan_of(steps, context)): on the first run

    # -- construction ----------------------------------------------------
    @classmethod
    def from_profile(cls, profile: str = "default", *, skip: Iterable[str] = (), only: Optional[Iterable[str]] = None,
                     **kw) -> "Pipeline":
        if not isinstance(profile, str):
            raise TypeError(f"profile must be a str naming a profile ({', '.join(PROFILES)}), not {type(profile).__name__}")
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; choose one of: {', '.join(PROFILES)}")
        skip = _names(skip, "skip")
        names = _names(PROFILES[profile], f"profile {profile!r}")  # every name must be a registered step
        if only is not None:
            only_l = _names(only, "only")
            if not only_l:
                raise ValueError("only= names the steps to run and needs at least one; "
                                 f"known steps: {', '.join(step_names())}")
            names = [n for n in step_names() if n in only_l]
        for n in skip:
            _check_name(n)
        names = [n for n in names if n not in skip]
        return cls(names, profile=profile, **kw)

    @classmethod
    def default(cls, **kw) -> "Pipeline":
        return cls.from_profile("default", **kw)

    def names(self) -> List[str]:
        return [s.name for s in self.steps]

    def _step(self, name: str) -> Step:
        for st in self.steps:
            if st.name == name:
                return st
        raise ValueError(f"step {name!r} is not in this pipeline ({', '.join(self.names())})")

    def config(self, name: str):
        """The settings the step ``name`` runs with: its profile's, changed by this pipeline's overrides."""
        st = self._step(name)
        base = st.settings(self.profile)
        over = self.overrides.get(name)
        if over is None:
            return base
        return over if not isinstance(over, dict) else replace(base, **over)

    def with_config(self, name: str, **changes) -> "Pipeline":
        """A copy in which the step ``name`` runs with some settings changed (``with_config("typo", ratio=20)``);
        ``Pipeline.config(name)`` shows them all, each documented in the step module's ``Config``."""
        st = self._step(name)
        _check_config(st, changes)  # unknown names and wrong types, whatever the overrides so far
        over = self.overrides.get(name)
        if over is None or isinstance(over, dict):
            merged = dict(over or {})
            merged.update(changes)
            value: Any = merged
        else:
            value = replace(over, **changes)
        p = self._replace(self.steps)
        p.overrides[name] = _check_config(st, value)
        return p

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
        names = {st.name for st in steps}
        return Pipeline(steps, profile=self.profile, config={k: v for k, v in self.overrides.items() if k in names},
                        options=self.options, words=self.words, protected=self.protected, lexicon=self.lexicon,
                        min_confidence=self.min_confidence)

    def with_min_confidence(self, min_confidence: float) -> "Pipeline":
        """A copy that applies only edits at least this confident (0: every edit a step proposes)."""
        p = self._replace(self.steps)
        p.min_confidence = _check_confidence(min_confidence)
        return p

    # -- pickling: steps by name, no caches ------------------------------
    def __getstate__(self):
        return {"steps": self.steps, "profile": self.profile, "overrides": self.overrides, "options": self.options,
                "words": self.words, "protected": self.protected, "lexicon": self.lexicon,
                "min_confidence": self.min_confidence}

    def __setstate__(self, state):
        self.steps = tuple(state["steps"])
        self.profile = state["profile"]
        self.overrides = dict(state.get("overrides") or {})
        self.min_confidence = state.get("min_confidence", MIN_CONFIDENCE["default"])
        self.options = state["options"]
        self.words = state["words"]
        self.protected = state["protected"]
        self.lexicon = state.get("lexicon")
        self._ctx = None
        self._plan = None

    def __eq__(self, other):
        return isinstance(other, Pipeline) and self.__getstate__() == other.__getstate__()

    def __repr__(self) -> str:
        return f"Pipeline({self.names()!r}, profile={self.profile!r})"

    # -- running ---------------------------------------------------------
    def context(self) -> Context:
        if self._ctx is None:
            lex = self.user_lexicon(self.lexicon) if self.lexicon is not None else None
            self._ctx = Context(self.options, lexicon=lex, pipeline=self,
                                configs={st.name: self.config(st.name) for st in self.steps})
        return self._ctx

    def user_lexicon(self, lexicon):
        """``lexicon`` with this pipeline's user words and protected terms (itself when there are none)."""
        if self.words or self.protected:
            return lexicon.with_words(self.words, self.protected)
        return lexicon

    def __call__(self, text: str) -> str:
        # run() without the bookkeeping (no change records, no offset map): the same text, faster
        if text.__class__ is not str:
            _check_text(text)
        return self._passes(text, None)

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
        result = Result(text, text, [], OffsetMap(len(text)))
        result.text = self._passes(text, result)
        return result

    def _passes(self, text: str, rec: Optional[Result]) -> str:
        """Run the steps over ``text``: the whole pipeline, then once more the steps an edit made work for
        (the ``reruns`` of a step whose ``feeds`` said so).  With ``rec``, record every change in it."""
        ctx = self._ctx if self._ctx is not None else self.context()
        plan = self._plan
        if plan is None or plan[0] is not self.steps or plan[1] is not ctx:  # (made once: both are fixed)
            plan = self._plan = (self.steps, ctx, plan_of(self.steps, ctx))
        return run_passes(plan[2], self.steps, text, ctx, rec, self.min_confidence)


def _check_config(step: Step, value):
    """``value`` (a ``step.config`` instance or a dict of its fields) checked against the step's settings class:
    an unknown setting is a ValueError naming the step's settings, a value of the wrong type a TypeError."""
    if isinstance(value, dict):
        known = {f.name for f in fields(step.config)} if is_dataclass(step.config) else set()
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValueError(f"step {step.name!r} has no setting {', '.join(map(repr, unknown))}; "
                             f"its settings: {', '.join(sorted(known)) or 'none'}")
        hints = _hints(step.config)
        for key, v in value.items():
            hint = hints.get(key)
            if hint is not None and not _type_ok(v, hint):
                raise TypeError(f"setting {key!r} of step {step.name!r} takes {_type_name(hint)}, "
                                f"not {type(v).__name__} ({v!r})")
        return dict(value)
    if not isinstance(value, step.config):
        raise TypeError(f"settings of step {step.name!r} are a {step.config.__name__} or a dict of its fields, "
                        f"not {type(value).__name__}")
    return value


def _hints(cls) -> Dict[str, Any]:
    """The field types of a settings class ({} when its annotations cannot be resolved: then unchecked)."""
    try:
        return typing.get_type_hints(cls)
    except Exception:
        return {}


def _type_ok(value, hint) -> bool:
    """Whether ``value`` fits the annotation ``hint`` (an int fits a float; a bool is not an int)."""
    if hint is Any:
        return True
    origin = typing.get_origin(hint)
    if origin is Union or (_UnionType is not None and origin is _UnionType):
        return any(_type_ok(value, a) for a in typing.get_args(hint))
    if origin is not None:
        hint = origin  # Tuple[str, ...] -> tuple, FrozenSet[str] -> frozenset (the items are not checked)
    if not isinstance(hint, type):
        return True
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)


def _type_name(hint) -> str:
    return getattr(hint, "__name__", None) or str(hint).replace("typing.", "")


_UnionType = getattr(types, "UnionType", None)  # int | None (Python 3.10+)


def _check_confidence(value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"min_confidence is a number from 0 to 1, not {type(value).__name__}")
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"min_confidence is a number from 0 to 1, not {value!r}")
    return float(value)


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
