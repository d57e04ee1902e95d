"""The step registry: each step's name, function, doc, settings class and what it makes re-run.

A step module registers its function with :func:`register`, declaring

* ``config``: the step's frozen settings dataclass (its thresholds, each with a one-line comment);
* ``profiles``: the settings it uses in a named profile other than its defaults (``{"aggressive": ...}``);
* ``reruns`` and ``feeds``: the earlier steps to run once more when ``feeds(text, edits)`` says one of
  this step's edits made work for them (keyboard and typo put back letters late in the pipeline).
* ``quiet_lines``: the step returns :data:`~kaznorm.core.edits.NO_EDITS` whenever it proposes no edit, so
  that the pipeline may remember a text on which a run of such steps proposed none and skip the run there.
* ``untouched``: a function, called once per pipeline with its :class:`Context` ``ctx``, returning
  ``test(text) -> bool``: True only for texts on which the step, run in ``ctx``, proposes no edit (returns
  ``NO_EDITS``).  A test may read the step's memos in ``ctx`` (what it settled before), never change what the step
  would answer.  A pipeline whose steps all have one returns a text that every such test passes as it is, without
  calling its steps (speed: one cheap test for the lines that need nothing; the steps of the ``chars`` profile
  share one, ``steps/chars_gate.py``; the word steps' tests read the words and chunks they settled).

The built-in step modules (``kaznorm.steps``) are imported on the first look-up, once, under a lock, so ``import kaznorm``
stays light and threads that start cleaning at the same time all see every step.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field, is_dataclass
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from .context import Context
from .edits import Edit

__all__ = ["Step", "StepFunc", "NoConfig", "register", "get_step", "step_names", "ORDER"]


StepFunc = Callable[[str, Context], Iterable[Edit]]
FeedsFunc = Callable[[str, Sequence[Edit]], bool]


@dataclass(frozen=True)
class NoConfig:
    """The settings of a step that has none."""


@dataclass(frozen=True, eq=False)
class Step:
    """A named step: ``func(text, ctx)`` returns the edits to make.

    ``config`` is its settings class (a frozen dataclass; ``ctx.config(name)`` gives the instance in use),
    ``profiles`` the instances it uses in named profiles other than its defaults.
    """

    name: str
    func: StepFunc
    doc: str = ""
    needs_lexicon: bool = False
    config: type = NoConfig
    profiles: Mapping[str, Any] = field(default_factory=dict)
    reruns: Tuple[str, ...] = ()
    feeds: Optional[FeedsFunc] = None
    quiet_lines: bool = False
    untouched: Optional[Callable[[Context], Callable[[str], bool]]] = None

    def __post_init__(self):
        if not (isinstance(self.config, type) and is_dataclass(self.config)):
            raise TypeError(f"step {self.name!r}: config must be a dataclass class (its settings), not {self.config!r}")
        for profile, value in self.profiles.items():
            if not isinstance(value, self.config):
                raise TypeError(f"step {self.name!r}: the settings of profile {profile!r} must be a "
                                f"{self.config.__name__}, not {type(value).__name__}")

    def __call__(self, text: str) -> str:
        """Apply this step alone to ``text``."""
        from .pipeline import Pipeline  # (the pipeline imports this module)

        return Pipeline([self])(text)

    def settings(self, profile: str = "default"):
        """This step's settings in ``profile`` (its defaults where the profile does not change them)."""
        got = self.profiles.get(profile)
        return got if got is not None else self.config()

    def __reduce__(self):
        # steps from the registry pickle by name; custom steps by their function
        if _REGISTRY.get(self.name) is self:
            return (get_step, (self.name,))
        return (_custom_step, (self.name, self.func, self.doc, self.needs_lexicon, self.config, dict(self.profiles),
                               self.reruns, self.feeds, self.quiet_lines, self.untouched))


def _custom_step(name, func, doc, needs_lexicon, config, profiles, reruns, feeds, quiet_lines=False,
                 untouched=None) -> Step:
    return Step(name, func, doc, needs_lexicon, config, profiles, reruns, feeds, quiet_lines, untouched)


_REGISTRY: Dict[str, Step] = {}
_LOADED = False
_LOAD_LOCK = threading.RLock()  # re-entrant: a step module being imported may look a step up


def register(name: str, doc: str = "", needs_lexicon: bool = False, *, config: type = NoConfig,
             profiles: Optional[Mapping[str, Any]] = None, reruns: Sequence[str] = (),
             feeds: Optional[FeedsFunc] = None, quiet_lines: bool = False,
             untouched: Optional[Callable[[Context], Callable[[str], bool]]] = None):
    """Decorator: register ``func(text, ctx) -> edits`` as the step ``name`` (see the module docstring)."""

    def deco(func: StepFunc) -> StepFunc:
        _REGISTRY[name] = Step(name, func, doc or (func.__doc__ or "").strip().split("\n")[0], needs_lexicon,
                               config, dict(profiles or {}), tuple(reruns), feeds, quiet_lines, untouched)
        return func

    return deco


def _load_steps() -> None:
    global _LOADED
    if _LOADED:
        return
    with _LOAD_LOCK:
        if not _LOADED:
            from .. import steps  # noqa: F401  (registers the built-in steps)

            # set only once every step module has registered its steps: a thread arriving meanwhile waits
            # on the lock instead of seeing a half-filled registry
            _LOADED = True


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
# ``latin`` (Kazakh written in Latin read back into Cyrillic) comes after the repairs that make a Latin word
# readable (mojibake, invisible characters inside words) and before every step that works on Cyrillic, so that
# they all see the Cyrillic it writes (spacing splits "супер.Жеткізу", particle and typo check its words) and
# lookalike judges the Latin letters it leaves against the final Cyrillic context (a second run then finds
# nothing to change).  ``write_latin`` is in no profile: kaznorm.latin.with_script puts it last.
ORDER = [
    "encoding",
    "invisible",
    "latin",
    "lookalike",
    "lookalike_words",
    "linebreak_hyphen",
    "punctuation",
    "spacing",
    "suffix_hyphen",
    "letter_runs",
    "variants",
    "keyboard",
    "pair_hyphen",
    "segment",
    "particle",
    "typo",
]
