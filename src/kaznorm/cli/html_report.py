"""The audit report of a run (``kaznorm clean --report FILE``, ``kaznorm report FILE...``).

The report is built in the cleaning pass: each chunk's result carries, for each step, the
chunk's candidates for the sample (chosen in the worker, see
:mod:`kaznorm.report_html.sample`); :class:`HtmlReport` merges them into a reservoir of at
most ``--report-sample`` changes a step, so memory stays bounded whatever the corpus size
and the sample is the same whatever ``--jobs``.  The totals are the run's statistics (the
figures ``--stats`` writes).  At the end the page is written in one go, atomically for a
file (:class:`~kaznorm.outputs.Target`).

``kaznorm report`` cleans without writing the cleaned text: its output group writes to
:class:`Discard`.
"""
from __future__ import annotations

import sys
from typing import List, Optional, Sequence

from ..io import STDIN, parse_path
from ..outputs import Sink
from ..report_html.render import MAX_INPUTS_SHOWN, ReportData, render
from ..report_html.sample import Reservoir
from .errors import CliError
from .plan import Group
from .profile import step_docs
from .report import isatty

__all__ = ["HtmlReport", "Discard", "discard_group", "check_report_stdout"]


class _NullSink(Sink):
    name = "<none>"

    def write(self, data: bytes) -> None:
        pass

    def commit(self) -> None:
        pass

    def discard(self) -> None:
        pass


class Discard:
    """An output that keeps nothing (the cleaned text of ``kaznorm report``); a stand-in for a Target."""

    kind = "discard"
    path = None
    name = "<none>"
    what = "output"
    fd = None

    def open(self) -> Sink:
        return _NullSink()

    def check(self) -> None:
        pass

    def stat(self):
        return None

    def shares(self, other) -> bool:
        return False


def discard_group(paths: List[str]) -> Group:
    """All inputs, their cleaned text thrown away."""
    if paths.count(STDIN) > 1:
        raise CliError("stdin (-) can be read only once")
    group = Group(None, paths)
    group.target = Discard()  # type: ignore[assignment]
    return group


def check_report_stdout(target) -> None:
    """``kaznorm report`` without ``-o``: HTML to stdout, but not onto a terminal."""
    if target.kind == "stdout" and isatty(sys.stdout):
        raise CliError("the report is an HTML page: write it to a file with -o report.html (or redirect stdout)")


class HtmlReport:
    """The sample and the input names of a run, and the page written at its end."""

    def __init__(self, target, args, pipeline, paths: Sequence[str]):
        self.target = target
        self.pipeline = pipeline
        self.sample_size = args.report_sample
        self.seed = args.report_seed
        self.field = ".".join(parse_path(args.field or "text")) if args.field is not None else None
        self.inputs = ["<stdin>" if p == STDIN else p for p in paths[:MAX_INPUTS_SHOWN]]
        self.reservoir = Reservoir(self.sample_size)
        self.file_no = 0
        self.source: Optional[str] = None

    def chunk(self, item, res) -> None:
        """A chunk's result: its sample candidates join the reservoir."""
        if item.source != self.source:
            self.source = item.source
            self.file_no += 1
        if res.samples:
            self.reservoir.add(res.samples, self.file_no)

    def page(self, stats: dict) -> str:
        from .. import __version__

        steps = self.pipeline.names()
        names = list(steps) + [s for s in stats.get("changes", {}) if s not in steps]
        data = ReportData(version=__version__, profile=str(self.pipeline.profile), steps=steps,
                          docs=step_docs(names), stats=stats,
                          samples={s: self.reservoir.samples(s) for s in names},
                          sample_size=self.sample_size, seed=self.seed, inputs=self.inputs, field=self.field)
        return render(data)

    def write(self, stats: dict) -> None:
        html = self.page(stats).encode("utf-8")
        sink = self.target.open()
        try:
            sink.write(html)
        except BaseException:
            sink.discard()
            raise
        sink.commit()
