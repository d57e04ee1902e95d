"""kaznorm: clean and normalise Kazakh text, explaining every change.

>>> import kaznorm
>>> kaznorm.clean("Бұл  кітап..")
'Бұл кітап.'

Nothing heavy happens at import: the lexicon loads on first use of a word step.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, Iterable, Optional, Tuple

from .core.edits import Change, Edit, Result, Skip
from .core.pipeline import PROFILES, Pipeline
from .core.registry import Step, register, step_names
from .latin import to_cyrillic, to_latin

__version__ = "0.1.0"

__all__ = [
    "clean",
    "explain",
    "Pipeline",
    "Result",
    "Change",
    "Skip",
    "Edit",
    "Step",
    "register",
    "step_names",
    "PROFILES",
    "is_word",
    "to_latin",
    "to_cyrillic",
    "Lexicon",
    "__version__",
]


def _key(names) -> Optional[Tuple[str, ...]]:
    if names is None:
        return None
    if isinstance(names, str):
        return (names,)
    return tuple(names)


@lru_cache(maxsize=64)
def _pipeline(profile: str, skip: Tuple[str, ...], only: Optional[Tuple[str, ...]],
              min_confidence: Optional[float]) -> Pipeline:
    return Pipeline.from_profile(profile, skip=skip, only=only, min_confidence=min_confidence)


# the pipeline of each profile asked for with no other argument (speed only: clean() looks it up first)
_PLAIN: Dict[str, Pipeline] = {}


def _get(profile, skip, only, min_confidence=None) -> Pipeline:
    if not isinstance(profile, str):
        raise TypeError(f"profile must be a str such as 'default' or 'aggressive', not {type(profile).__name__}")
    try:
        p = _pipeline(profile, _key(skip) or (), _key(only), min_confidence)
        if skip.__class__ is tuple and not skip and only is None and min_confidence is None \
                and profile.__class__ is str:
            _PLAIN[profile] = p
        return p
    except TypeError as exc:
        if "unhashable" in str(exc):
            raise TypeError("skip and only take step names (str) or lists of them") from None
        raise


def clean(text: str, *, profile: str = "default", skip: Iterable[str] = (), only: Optional[Iterable[str]] = None,
          min_confidence: Optional[float] = None) -> str:
    """Return ``text`` cleaned by the steps of ``profile`` (minus ``skip``, or just ``only``).

    Each step runs with its settings in ``profile``; to change one, build a :class:`Pipeline`
    (``Pipeline.default().with_config("typo", ...)``).  ``min_confidence`` (0 to 1; default: the
    profile's) leaves out every change less sure than that (see ``Edit.confidence``).
    """
    if skip.__class__ is tuple and not skip and only is None and min_confidence is None:
        p = _PLAIN.get(profile) if profile.__class__ is str else None
        if p is not None:
            return p(text)
    return _get(profile, skip, only, min_confidence)(text)


def explain(text: str, *, profile: str = "default", skip: Iterable[str] = (), only: Optional[Iterable[str]] = None,
            min_confidence: Optional[float] = None) -> Result:
    """Clean ``text`` and return a :class:`Result` with every change (and its confidence) and an offset map."""
    return _get(profile, skip, only, min_confidence).explain(text)


def is_word(word: str) -> bool:
    """Whether ``word`` is a Kazakh word form (attested, or a regular inflection of a known stem)."""
    from .lexicon import default_lexicon

    return default_lexicon().known(word)


def __getattr__(name):  # lazy: importing kaznorm must not load the lexicon module's data
    if name == "Lexicon":
        from .lexicon import Lexicon

        return Lexicon
    raise AttributeError(f"module 'kaznorm' has no attribute {name!r}")
