"""The ``kaznorm clean`` run: plan the inputs and outputs, read the inputs in chunks of lines,
clean them (in this process or in worker processes), and write each output in input order."""
from __future__ import annotations

import json
import os
import sys
import time
from contextlib import closing
from typing import List, Optional

from ..io import STDIN, check_codec, expand_inputs, parse_path
from ..outputs import Sink, Target
from ..parallel import Chunk, ChunkResult, Job, default_jobs, ordered_map
from .args import PROG
from .errors import CliError
from .html_report import HtmlReport, check_report_stdout, discard_group
from .plan import check_side_targets, check_targets, is_dir_target, plan
from .profile import build_pipeline
from .report import MAX_WARNINGS, cpu_seconds, explain_lines, field_warning, isatty, new_stats, progress_bar, warn
from .source import Begin, End, FileDone, Options, Passthrough, ReadProblem, Stop, read_items


def where(source: str, line: int, offset: int) -> str:
    return f"{source}: line {line}" + (f", byte offset {offset}" if offset >= 0 else "")


def _hint(kind: str) -> str:
    if kind == "decode":
        return "use --errors replace or --errors skip to go on"
    if kind == "long":
        return ("raise the limit with --max-line-bytes (cleaning takes about 30 bytes of memory per byte of a "
                "line), or use --errors replace to pass such lines through unchanged, or --errors skip")
    return "use --errors replace to pass such lines through, or --errors skip"


class Run:
    """The state of one run: the open outputs, the statistics, the warnings given."""

    def __init__(self, args, pipeline, explain: Optional[Target], report: Optional[HtmlReport] = None):
        self.args = args
        self.report = report
        self.stats = new_stats(pipeline.names())
        self.warned = 0
        self.sink: Optional[Sink] = None
        self.open_line = False  # the last line written to this output had no line ending
        self.new_file = False  # an input ended since the last write to this output
        self.explain: Optional[Sink] = explain.open() if explain is not None else None
        self.field = ".".join(parse_path(args.field or "text"))
        self.file_fields = [0, 0, 0, {}]  # records, missing, not a string, keys seen: of the current input

    def begin(self, item: Begin) -> None:
        self.sink = item.group.target.open()
        self.open_line = self.new_file = False

    def write(self, data: bytes) -> None:
        """Output bytes; the first of a new input ends the previous input's unterminated last line."""
        if self.new_file and self.open_line:
            self.sink.write(b"\n")  # type: ignore[union-attr]
            self.stats["bytes_out"] += 1
        self.new_file = False
        self.sink.write(data)  # type: ignore[union-attr]
        self.stats["bytes_out"] += len(data)
        self.open_line = not data.endswith(b"\n")

    def end(self, item: End) -> None:
        sink, self.sink = self.sink, None
        sink.commit()  # type: ignore[union-attr]

    def chunk(self, item: Chunk, res: ChunkResult) -> None:
        stats, sink = self.stats, self.sink
        assert sink is not None
        for note in item.notes:
            self.problem(note.kind, where(note.source, note.line, note.offset), note.message)
            if note.skipped:
                stats["lines"] += 1
        for prob in res.problems:
            at = where(item.source, item.first_line + prob.index,
                       item.first_byte + prob.offset if item.first_byte >= 0 else -1)
            self.problem(prob.kind, at, prob.message)
        if res.out:
            self.write(res.out)
        stats["lines"] += res.lines_in
        stats["lines_out"] += res.lines_out
        stats["lines_changed"] += res.lines_changed
        stats["bytes"] += item.nbytes
        f, ff = res.fields, self.file_fields
        if f.records:
            ff[0] += f.records
            ff[1] += f.missing
            ff[2] += f.not_string
            ff[3].update((k, None) for k in f.keys if len(ff[3]) < 12)
        stats["records"] += f.records
        stats["records_without_field"] += res.without_field
        stats["records_field_not_string"] += f.not_string
        for k, v in res.steps.items():
            stats["changes"][k] = stats["changes"].get(k, 0) + v
        for k, v in (res.languages or {}).items():
            stats["languages"][k] = stats["languages"].get(k, 0) + v
        if self.explain is not None and res.explain:
            self.explain.write(explain_lines(item.source, item.first_line, res.explain))
        if self.report is not None:
            self.report.chunk(item, res)
        if res.fatal is not None:
            prob = res.fatal
            at = where(item.source, item.first_line + prob.index,
                       item.first_byte + prob.offset if item.first_byte >= 0 else -1)
            raise CliError(f"{at}: {prob.message}; {_hint(prob.kind)}")

    def problem(self, kind: str, at: str, message: str) -> None:
        """A bad line that --errors replace or skip lets through: counted, and a warning (the first few)."""
        self.stats["errors"][kind] += 1
        if self.warned < MAX_WARNINGS:
            action = "skipped" if self.args.errors == "skip" else (
                "bad bytes replaced by U+FFFD" if kind == "decode" else
                "passed through unchanged" if kind == "long" else "line passed through")
            warn(f"{at}: {message}; {action}")
        self.warned += 1

    def passthrough(self, item: Passthrough) -> None:
        """An over-long line written as it is, piece by piece."""
        p = item.problem
        self.problem(p.kind, where(p.source, p.line, p.offset), p.message)
        for piece in item.pieces():
            self.write(piece)
            self.stats["bytes"] += len(piece)
        self.stats["lines"] += 1
        self.stats["lines_out"] += 1

    def stop(self, item: Stop) -> None:
        p: ReadProblem = item.problem
        raise CliError(f"{where(p.source, p.line, p.offset)}: {p.message}; {_hint(p.kind)}")

    def file_done(self, item: FileDone) -> None:
        self.new_file = True
        records, missing, not_string, keys = self.file_fields
        msg = field_warning(item.source, self.field, records, missing, not_string, list(keys))
        if msg:
            warn(msg)
        self.file_fields = [0, 0, 0, {}]

    def finish(self) -> None:
        if self.explain is not None:
            self.explain.commit()
        if self.warned > MAX_WARNINGS:
            warn(f"{self.warned - MAX_WARNINGS} more problem lines not shown")
        self.stats["skipped_lines"] = self.stats["lines"] - self.stats["lines_out"]

    def abandon(self) -> None:
        """After an error or an interrupt: no output is committed."""
        for sink in (self.sink, self.explain):
            if sink is not None:
                sink.discard()
        self.sink = self.explain = None


def cmd_clean(args) -> int:
    start = time.perf_counter()
    pipeline = build_pipeline(args)
    if args.field is not None and args.format == "text":
        raise CliError("--field names a field of JSON records; it cannot go with --format text")
    try:
        field = parse_path(args.field or "text")
    except ValueError as exc:
        raise CliError(str(exc)) from None
    encoding = None
    if args.encoding is not None:
        try:
            encoding = check_codec(args.encoding)
        except ValueError as exc:
            raise CliError(str(exc)) from None
        if encoding == "utf-8":
            encoding = None
    jobs = args.jobs if args.jobs is not None else default_jobs()
    if jobs < 1:
        raise CliError("--jobs must be at least 1")
    out = args.output
    exclude = out if out and is_dir_target(out) and os.path.isdir(out) else None
    inputs = expand_inputs(args.inputs or [STDIN], args.glob, exclude=exclude)
    paths: List[str] = [p for p, _ in inputs]
    report_t = Target(args.report, "--report") if args.report else None
    if args.command == "report":  # the report alone: the cleaned text goes nowhere
        check_report_stdout(report_t)
        groups = [discard_group(paths)]
    else:
        groups = plan(args, inputs)
    explain_t = Target(args.explain, "--explain") if args.explain else None
    stats_t = Target(args.stats, "--stats", dash="stderr") if args.stats else None
    sides = [t for t in (explain_t, stats_t, report_t) if t is not None]
    check_side_targets(sides, paths, groups)
    check_targets([g.target for g in groups] + sides)
    if STDIN in paths and isatty(sys.stdin):
        sys.stderr.write(f"{PROG}: reading text from the terminal (end with Ctrl-D; '{PROG} --help' for usage)\n")

    report = HtmlReport(report_t, args, pipeline, paths) if report_t is not None else None
    job = Job(field=field, errors=args.errors, record=bool(args.stats or args.explain or report),
              explain=bool(args.explain), sample=args.report_sample if report else 0, seed=args.report_seed,
              languages=bool(args.stats))
    opts = Options(args.format, args.field is not None, encoding, args.errors, args.max_line_bytes)
    run = Run(args, pipeline, explain_t, report)
    bar = progress_bar(args, paths)
    try:
        with closing(ordered_map(read_items(groups, opts, run.stats), pipeline, job, jobs)) as results:
            for item, res in results:
                if isinstance(item, Begin):
                    (run.end if isinstance(item, End) else run.begin)(item)
                elif isinstance(item, FileDone):
                    run.file_done(item)
                elif isinstance(item, Stop):
                    run.stop(item)
                elif isinstance(item, Passthrough):
                    run.passthrough(item)
                else:
                    run.chunk(item, res)
                    if bar is not None:
                        bar.update(item.nbytes)
        run.finish()
    except BaseException:
        run.abandon()
        raise
    finally:
        if bar is not None:
            bar.close()
    if report is not None:
        report.write(run.stats)
    if stats_t is not None:
        write_stats(stats_t, run.stats, pipeline, jobs, args, time.perf_counter() - start)
    return 0


def write_stats(target: Target, stats: dict, pipeline, jobs: int, args, seconds: float) -> None:
    stats.update(seconds=round(seconds, 3),
                 lines_per_second=round(stats["lines"] / seconds, 1) if seconds > 0 else None,
                 changes_total=sum(stats["changes"].values()), profile=pipeline.profile,
                 steps=pipeline.names(), jobs=jobs, errors_mode=args.errors, **cpu_seconds())
    sink = target.open()
    try:
        sink.write((json.dumps(stats, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    except BaseException:
        sink.discard()
        raise
    sink.commit()
