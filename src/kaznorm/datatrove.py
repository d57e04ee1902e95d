"""Clean datatrove documents with kaznorm (``pip install 'kaznorm[datatrove]'``; datatrove needs Python ≥ 3.10).

>>> from datatrove.executor import LocalPipelineExecutor                     # doctest: +SKIP
>>> from datatrove.pipeline.readers import JsonlReader                       # doctest: +SKIP
>>> from datatrove.pipeline.writers import JsonlWriter                       # doctest: +SKIP
>>> from kaznorm.datatrove import KaznormFormatter                           # doctest: +SKIP
>>> LocalPipelineExecutor([JsonlReader("corpus/"), KaznormFormatter(skip=["typo"]),
...                        JsonlWriter("clean/")], tasks=4, workers=2).run()  # doctest: +SKIP

:class:`KaznormFormatter` is a datatrove formatter (a ``BaseFormatter``, the base datatrove's own
``FTFYFormatter`` uses): it replaces each ``Document.text`` by the cleaned text and keeps document order.

* The pipeline: a :class:`~kaznorm.Pipeline` (``KaznormFormatter(Pipeline.default().without("typo"))``),
  or ``profile``/``skip``/``only``/``config``/``min_confidence`` as for :meth:`Pipeline.from_profile`.
* Stats (datatrove's, per task in ``logs/stats/NNNNN.json`` and merged in ``logs/stats.json``):
  ``total`` documents seen, ``changed`` documents whose text changed, ``changes`` (changes per document:
  ``total`` is all changes, ``mean`` the average per document), ``changes_<step>`` (one update per document the
  step changed, with the number of its changes there: ``total`` changes, ``n`` documents), and
  ``error_text_not_str``: documents whose text is not a ``str`` (``None``, a list, bytes...), passed on
  unchanged, not cleaned.
* ``explain=True`` keeps every change in ``Document.metadata[metadata_key]`` (default ``"kaznorm_changes"``)
  as a list of :meth:`Change.as_dict` records (step, start, end, original, replacement, at, before, note,
  confidence), an empty list when nothing changed; off by default.
* Shipping: datatrove pickles the executor, and with it this step, to each worker process.  The step holds the
  :class:`~kaznorm.Pipeline`, which pickles as step names and settings (the shipped lexicon as a reference,
  never its data); each worker process loads the dictionaries once, on first use, and every task it runs
  afterwards shares them.

Importing ``kaznorm`` never imports datatrove; importing this module without it raises an ``ImportError``
that says what to install.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Mapping, Optional

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.logging import logger
    from datatrove.utils.typeshelper import StatHints
except ImportError as exc:  # datatrove missing (or broken): say what to install
    raise ImportError(
        "kaznorm.datatrove needs datatrove (Python >= 3.10): pip install 'kaznorm[datatrove]' "
        f"(importing it failed: {exc})"
    ) from exc

from .core.pipeline import Pipeline

__all__ = ["KaznormFormatter", "NOT_STR", "CHANGED", "CHANGES"]

# stat names (besides datatrove's "total" and one "changes_<step>" per step)
CHANGED = "changed"
CHANGES = "changes"
NOT_STR = "error_text_not_str"


class KaznormFormatter(BaseFormatter):
    """A datatrove pipeline step that cleans ``Document.text`` with a kaznorm :class:`~kaznorm.Pipeline`.

    Args:
        pipeline: the :class:`~kaznorm.Pipeline` to run (default: the ``default`` profile).
        profile, skip, only, config, min_confidence: build the pipeline instead, as
            ``Pipeline.from_profile(profile, skip=..., only=..., config=..., min_confidence=...)``;
            ``config`` maps a step name to the settings to change (``{"typo": {"ratio": 20.0}}``).
        explain: keep each document's changes (``Change.as_dict()`` records) in ``metadata[metadata_key]``.
        metadata_key: where ``explain`` puts them (default ``"kaznorm_changes"``).
    """

    name = "🧹 kaznorm"

    def __init__(self, pipeline: Optional[Pipeline] = None, *, profile: Optional[str] = None,
                 skip: Iterable[str] = (), only: Optional[Iterable[str]] = None,
                 config: Optional[Mapping[str, Any]] = None, min_confidence: Optional[float] = None,
                 explain: bool = False, metadata_key: str = "kaznorm_changes"):
        super().__init__()
        if pipeline is not None:
            if not isinstance(pipeline, Pipeline):
                raise TypeError(f"pipeline must be a kaznorm.Pipeline, not {type(pipeline).__name__}")
            given = [k for k, v in (("profile", profile), ("only", only), ("config", config),
                                    ("min_confidence", min_confidence)) if v is not None]
            if skip:
                given.append("skip")
            if given:
                raise ValueError(f"give either a pipeline or {', '.join(given)} to build one, not both "
                                 "(e.g. pipeline.without(...), pipeline.with_config(...))")
        else:
            # built (and so checked) here, on the machine that launches the job, not in every task
            pipeline = Pipeline.from_profile("default" if profile is None else profile, skip=skip, only=only,
                                             config=config, min_confidence=min_confidence)
        if not isinstance(metadata_key, str) or not metadata_key:
            raise TypeError("metadata_key must be a non-empty str")
        self.pipeline = pipeline
        self.explain = bool(explain)
        self.metadata_key = metadata_key
        self._warned = False

    def format(self, text: str) -> str:
        """The cleaned ``text`` (``BaseFormatter``'s hook; :meth:`run` does the same with stats)."""
        return self.pipeline(text)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        pipeline, explain, key = self.pipeline, self.explain, self.metadata_key
        for doc in data:
            self.stat_update(StatHints.total)
            text = doc.text
            if not isinstance(text, str):
                self._not_str(doc)
                yield doc
                continue
            with self.track_time():
                result = pipeline.run(text, record=True)  # the changes, for the stats; ~3% slower than pipeline(text)
                changes = result.changes
                self.stat_update(CHANGES, value=len(changes))
                if changes:
                    for step, n in Counter(c.step for c in changes).items():
                        self.stat_update(f"{CHANGES}_{step}", value=n)
                    if result.text != text:
                        self.stat_update(CHANGED)
                        doc.text = result.text
                if explain:
                    doc.metadata[key] = [c.as_dict() for c in changes]
            yield doc

    def _not_str(self, doc) -> None:
        self.stat_update(NOT_STR)
        if not self._warned:  # once per task: the count is in the stats
            self._warned = True
            logger.warning(f"kaznorm: document {doc.id!r} has text of type {type(doc.text).__name__}, not str: "
                           f"passed on unchanged (counted in the stats as {NOT_STR!r})")

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_warned"] = False
        return state
