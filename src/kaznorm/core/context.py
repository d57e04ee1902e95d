"""The context a step runs in: the pipeline's settings per step, its lexicon, and its caches.

One :class:`Context` belongs to one :class:`~kaznorm.core.pipeline.Pipeline`.  It owns every memo the
steps keep between calls (per-word decisions, sets of words settled as "leave it"), so nothing is cached
in module globals: two pipelines with other settings or another lexicon never share a memo, and dropping
a pipeline frees its caches.  The caches are speed only (a step's answer never depends on them) and
bounded: each is emptied when it reaches its limit.
"""
from __future__ import annotations

import threading
from sys import intern
from typing import Any, Callable, Dict, Optional

__all__ = ["Context", "BoundedDict", "BoundedSet", "shared"]


def shared(x):
    """``x``, a str (or the str items of a tuple) replaced by the equal interned one: the words that several
    memos keep (each step finds its own copy of a word in the text) are then one string each.  Equal to ``x``."""
    c = x.__class__
    if c is str:
        return intern(x)
    if c is tuple:
        return tuple([intern(y) if y.__class__ is str else y for y in x])
    return x


class BoundedDict(dict):
    """A memo that empties itself before it would grow past ``limit`` entries (however an entry is added)."""

    __slots__ = ("limit",)

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def __setitem__(self, key, value) -> None:
        if len(self) >= self.limit and key not in self:
            self.clear()
        super().__setitem__(shared(key), value)

    def setdefault(self, key, default=None):
        if len(self) >= self.limit and key not in self:
            self.clear()
        return super().setdefault(shared(key), default)

    def update(self, *args, **kw) -> None:
        new = dict(*args, **kw)
        if len(self) + len(new) <= self.limit:
            super().update({shared(k): v for k, v in new.items()})
        else:
            for key, value in new.items():
                self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __reduce__(self):
        # (the default would put the entries back before ``limit`` is set)
        return (_bounded, (type(self), self.limit, list(self.items())))


class BoundedSet(set):
    """A set of settled items that empties itself before it would grow past ``limit`` entries."""

    __slots__ = ("limit",)

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def add(self, item) -> None:
        if item in self:
            return
        if len(self) >= self.limit:
            self.clear()
        super().add(shared(item))

    def update(self, *items) -> None:
        for it in items:
            if not isinstance(it, (set, frozenset, dict, list, tuple)):
                it = list(it)  # (read twice below)
            fresh = set(it)
            fresh.difference_update(self)  # (only the new items are made shared: most are in already)
            if len(self) + len(fresh) <= self.limit:
                try:  # mostly plain str (words, white-space chunks): interned without a Python call each
                    super().update(map(intern, fresh))
                except TypeError:  # (not all plain str: each made shared by its kind)
                    super().update(map(shared, fresh))
            else:
                for item in it:
                    self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def __reduce__(self):
        return (_bounded, (type(self), self.limit, list(self)))


def _bounded(cls, limit: int, items: list):
    """A :class:`BoundedDict` (``items`` as pairs) or :class:`BoundedSet` back from a pickle or a copy."""
    out = cls(limit)
    out.update(items)
    return out


class Context:
    """What a step may consult: its settings, the options, the lexicon (loaded lazily, once per process)
    and the pipeline's caches."""

    __slots__ = ("options", "_lexicon", "pipeline", "_configs", "_caches", "_lock", "skipped", "_base")

    def __init__(self, options: Optional[dict] = None, lexicon=None, pipeline=None,
                 configs: Optional[Dict[str, Any]] = None):
        self.options = options or {}
        self._lexicon = lexicon
        self.pipeline = pipeline
        self._configs = dict(configs or {})
        self._caches: Dict[str, Any] = {}
        self._lock = threading.RLock()  # a cache's factory may ask for another cache
        # None, or (in a recorded run: :meth:`recording`) the list where a step puts each edit it leaves out
        # because the text there is in another language: (step, edit, language, "line" or "span", note)
        self.skipped: Optional[list] = None
        self._base: Optional["Context"] = None

    def recording(self, skipped: list) -> "Context":
        """This context for one recorded run (``explain()``): the same settings, lexicon and caches, with
        :attr:`skipped` set to ``skipped`` (the shared context stays as it was, so threads do not mix)."""
        view = Context.__new__(Context)
        view.options, view.pipeline, view._configs = self.options, self.pipeline, self._configs
        view._caches, view._lock, view._lexicon = self._caches, self._lock, self._lexicon
        view.skipped, view._base = skipped, self
        return view

    @property
    def lexicon(self):
        if self._lexicon is None and self._base is not None:
            self._lexicon = self._base.lexicon  # (loaded once, for the shared context)
        if self._lexicon is None:
            from ..lexicon import default_lexicon

            lex = default_lexicon()
            if self.pipeline is not None:
                lex = self.pipeline.user_lexicon(lex)
            self._lexicon = lex
        return self._lexicon

    @property
    def min_confidence(self) -> float:
        """The least confidence an edit needs to be applied here (its pipeline's; 0 without one): a step may
        leave out, and remember as "leave it", a change less sure than this."""
        return self.pipeline.min_confidence if self.pipeline is not None else 0.0

    def config(self, name: str):
        """The settings the step ``name`` runs with here.

        For a step outside the pipeline (a step may consult another, as ``encoding`` runs ``lookalike``):
        that step's settings in the pipeline's profile.
        """
        got = self._configs.get(name)
        if got is None:
            from .registry import get_step  # (the registry imports this module)

            profile = self.pipeline.profile if self.pipeline is not None else "default"
            got = self._configs[name] = get_step(name).settings(profile)
        return got

    def cache(self, name: str, factory: Callable[[], Any]):
        """The cache called ``name`` (made by ``factory()`` on first use, e.g. ``lambda: BoundedDict(50_000)``)."""
        got = self._caches.get(name)
        if got is None:
            with self._lock:
                got = self._caches.get(name)
                if got is None:
                    got = self._caches[name] = factory()
        return got
