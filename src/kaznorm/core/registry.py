"""The step registry: each built-in step's name, function and doc, and the canonical step order.

A step module registers its function with :func:`register`; the built-in step modules
(``kaznorm.steps``) are imported on the first look-up, so ``import kaznorm`` stays light.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List

from .context import Context
from .edits import Edit

__all__ = ["Step", "StepFunc", "register", "get_step", "step_names", "ORDER"]


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
        from .pipeline import Pipeline  # (the pipeline imports this module)

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
        from .. import steps  # noqa: F401  (registers the built-in steps)


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
