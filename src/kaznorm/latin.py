"""Kazakh in Latin letters: write the official 2021 Latin, read Latin back into Cyrillic.

>>> import kaznorm
>>> kaznorm.to_latin("Қазақстан Республикасы")
'Qazaqstan Respublikasy'
>>> kaznorm.to_cyrillic("Qazaqstan Respublikasy")
'Қазақстан Республикасы'

* :func:`to_latin`: Cyrillic → the official 2021 Latin (or a draft alphabet), letter by letter, with Turkic
  casing and the loan-letter table (``kaznorm.kazakh.latin.LOAN_LETTERS``); Latin text is left as it is.
* :func:`to_cyrillic`: Kazakh Latin (2021, 2018, 2017 or informal) → Cyrillic with the lexicon, the ``latin``
  step told that the text is Kazakh (``assume_kazakh``): a run is read unless its words are mostly English,
  Turkish or Uzbek; a word the lexicon cannot decide stays in Latin.
* :func:`latin_decisions`: every Latin word of a text with what the ``latin`` step decides for it and why,
  the words it leaves included (``explain()`` records only changes).
* :func:`with_script`: a pipeline that writes its output in one script (``kaznorm clean --script latin``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import List, NamedTuple, Optional

from .core.pipeline import Pipeline

__all__ = ["to_latin", "to_cyrillic", "with_script", "latin_decisions", "LatinDecision", "SCRIPTS"]

SCRIPTS = ("cyrillic", "latin")


def _check(text, name: str) -> None:
    if not isinstance(text, str):
        hint = " (decode bytes first)" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"{name} expects text as a str, got {type(text).__name__}{hint}")


@lru_cache(maxsize=4)
def _writer(alphabet: str) -> Pipeline:
    return Pipeline(["write_latin"], config={"write_latin": {"alphabet": alphabet}})


@lru_cache(maxsize=1)
def _reader() -> Pipeline:
    # asked to read the text as Kazakh: every reading the step makes, letter-by-letter ones of unknown names
    # and loans included (their measured share right is about 0.8: Config's RULE_CONFIDENCE)
    return Pipeline(["latin"], profile="unify", config={"latin": {"assume_kazakh": True}}, min_confidence=0.5)


def to_latin(text: str, alphabet: str = "2021") -> str:
    """``text`` with every Cyrillic word written in the official 2021 Latin alphabet (``alphabet="2018"`` or
    ``"2017"``: the drafts).  ``Pipeline(["write_latin"]).explain(text)`` records each word."""
    _check(text, "to_latin")
    if not isinstance(alphabet, str):
        raise TypeError(f"alphabet is a str ('2021', '2018' or '2017'), not {type(alphabet).__name__}")
    from .kazakh.latin import ALPHABETS

    if alphabet not in ALPHABETS:
        raise ValueError(f"unknown alphabet {alphabet!r}; choose one of {', '.join(ALPHABETS)}")
    return _writer(alphabet)(text)


def to_cyrillic(text: str) -> str:
    """``text`` (Kazakh written in Latin letters) read back into Cyrillic with the lexicon.

    URLs, e-mail addresses, numbers and runs of English, Turkish or Uzbek words are left; so is every word
    whose reading the lexicon cannot decide (:func:`latin_decisions` says why)."""
    _check(text, "to_cyrillic")
    return _reader()(text)


def with_script(pipeline: Pipeline, script: str) -> Pipeline:
    """A copy of ``pipeline`` whose output is in ``script``.

    ``"latin"``: the ``write_latin`` step is added at the end (every Cyrillic word written in the official
    2021 Latin; Kazakh typed in another Latin alphabet is read first when the pipeline has the ``latin`` step,
    as the ``unify`` and ``aggressive`` profiles do).  ``"cyrillic"``: the ``latin`` step is added in its place
    when the pipeline lacks it (and ``write_latin`` removed)."""
    if not isinstance(pipeline, Pipeline):
        raise TypeError(f"with_script takes a Pipeline, not {type(pipeline).__name__}")
    if not isinstance(script, str):
        raise TypeError(f"script is a str ({' or '.join(SCRIPTS)}), not {type(script).__name__}")
    if script not in SCRIPTS:
        raise ValueError(f"unknown script {script!r}; choose one of {', '.join(SCRIPTS)}")
    names = pipeline.names()
    if script == "latin":
        return pipeline if names[-1:] == ["write_latin"] else \
            (pipeline.without("write_latin") if "write_latin" in names else pipeline).with_step("write_latin")
    p = pipeline.without("write_latin") if "write_latin" in names else pipeline
    if "latin" in p.names():
        return p
    from .core.registry import ORDER

    later = [n for n in ORDER[ORDER.index("latin") + 1:] if n in p.names()]
    return p.with_step("latin", before=later[0]) if later else p.with_step("latin")


class LatinDecision(NamedTuple):
    """A Latin word of the text, what the ``latin`` step makes of it (``cyrillic``, None when it is left),
    whether its run was read as Kazakh, and why."""

    start: int
    end: int
    word: str
    cyrillic: Optional[str]
    kazakh_run: bool
    note: str


def latin_decisions(text: str, pipeline: Optional[Pipeline] = None) -> List[LatinDecision]:
    """Every Latin word of ``text`` with the ``latin`` step's decision (settings of ``pipeline``'s ``latin``
    step, or those of the ``unify`` profile).  Words in runs not read as Kazakh have ``kazakh_run`` False."""
    _check(text, "latin_decisions")
    from .core.context import BoundedDict
    from .steps.latin import Config, address_spans, run_plan
    from .text.tokens import line_spans
    from .text.script import latin_runs

    p = pipeline if pipeline is not None else Pipeline.from_profile("unify")
    cfg = p.config("latin") if "latin" in p.names() else Config()
    ctx = p.context()
    memo = ctx.cache("latin.words", lambda: BoundedDict(cfg.memo_size))
    spans = address_spans(text)
    out: List[LatinDecision] = []
    for ls, le in line_spans(text):
        runs, mixed = latin_runs(text[ls:le], ls, spans)
        for run in runs:
            ok, why, plan = run_plan(run, mixed, ctx.lexicon, cfg, memo)
            for x in plan:
                out.append(LatinDecision(x.word.start, x.word.end, x.word.text, x.replacement, ok,
                                         f"{x.note}; run: {why}" if x.replacement is None else x.note))
    return out
