"""The ``kaznorm clean`` run: read the inputs in chunks of lines, clean them (in this process or
in worker processes), write each output in input order, and the warnings, ``--explain`` records
and ``--stats`` that go with it."""
from __future__ import annotations

import json
import os
import sys
import time
from typing import Iterator, List, Optional, Sequence

from .. import parallel
from ..io import (
    STDIN,
    AtomicWriter,
    compression_of,
    detect_format,
    expand_inputs,
    iter_lines,
    open_input,
    parse_path,
    same_file,
)
from ..parallel import Chunk, Job, default_jobs, ordered_map
from .args import PROG
from .errors import CliError
from .plan import Group, check_side_file, is_dir_target, plan
from .profile import build_pipeline

MAX_WARNINGS = 20


class Begin:
    __slots__ = ("group",)

    def __init__(self, group: Group):
        self.group = group


class End(Begin):
    __slots__ = ()


def _chunks(groups: List[Group], fmt_opt: str, stats: dict) -> Iterator[object]:
    for g in groups:
        yield Begin(g)
        for path in g.inputs:
            fmt = detect_format(path) if fmt_opt == "auto" else fmt_opt
            stats["files"] += 1
            stream = open_input(path)
            name = "<stdin>" if path == STDIN else path
            try:
                lines: List[bytes] = []
                size = 0
                line_no = 1
                offset = 0
                for raw in iter_lines(stream, name):
                    lines.append(raw)
                    size += len(raw)
                    if size >= parallel.CHUNK_BYTES or len(lines) >= parallel.CHUNK_LINES:
                        yield Chunk(name, fmt, lines, line_no, offset, size)
                        line_no += len(lines)
                        offset += size
                        lines, size = [], 0
                if lines:
                    yield Chunk(name, fmt, lines, line_no, offset, size)
            finally:
                if path != STDIN:
                    stream.close()
        yield End(g)


def _progress(args, total: Optional[int]):
    show = args.progress if args.progress is not None else _isatty(sys.stderr)
    if not show:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return None
    return tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr, desc="kaznorm",
                dynamic_ncols=True, leave=False)


def _total_bytes(paths: Sequence[str]) -> Optional[int]:
    total = 0
    for p in paths:
        if p == STDIN or compression_of(p) or not os.path.isfile(p):
            return None
        total += os.path.getsize(p)
    return total


def _isatty(stream) -> bool:
    try:
        return bool(stream and stream.isatty())
    except (AttributeError, ValueError):
        return False


def _warn(msg: str) -> None:
    sys.stderr.write(f"{PROG}: warning: {msg}\n")


def cmd_clean(args) -> int:
    start = time.perf_counter()
    pipeline = build_pipeline(args)
    try:
        field = parse_path(args.field)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    jobs = args.jobs if args.jobs is not None else default_jobs()
    if jobs < 1:
        raise CliError("--jobs must be at least 1")
    out = args.output
    exclude = out if out and is_dir_target(out) and os.path.isdir(out) else None
    inputs = expand_inputs(args.inputs or [STDIN], args.glob, exclude=exclude)
    groups = plan(args, inputs)
    paths = [p for p, _ in inputs]
    if STDIN in paths and _isatty(sys.stdin):
        sys.stderr.write(f"{PROG}: reading text from the terminal (end with Ctrl-D; '{PROG} --help' for usage)\n")
    check_side_file(args.explain, "--explain", paths, groups)
    check_side_file(args.stats, "--stats", paths, groups)
    if args.explain and args.stats and same_file(args.explain, args.stats):
        raise CliError("--explain and --stats name the same file")

    job = Job(field=field, errors=args.errors, record=bool(args.stats or args.explain), explain=bool(args.explain))
    stats = {"files": 0, "lines": 0, "lines_out": 0, "lines_changed": 0, "bytes": 0, "bytes_out": 0,
             "skipped_lines": 0, "records_without_field": 0, "errors": {"decode": 0, "json": 0},
             "changes": {n: 0 for n in pipeline.names()}}
    bar = _progress(args, _total_bytes(paths))
    warned = 0
    explain_w = AtomicWriter(args.explain) if args.explain else None
    explain_s = explain_w.__enter__() if explain_w else None
    writer = None
    stream = None
    open_line = False  # the last line written to this output had no line ending
    try:
        for item, res in ordered_map(_chunks(groups, args.format, stats), pipeline, job, jobs):
            if isinstance(item, End):
                writer.__exit__(None, None, None)
                writer = stream = None
                continue
            if isinstance(item, Begin):
                new_writer = item.group.writer()
                stream = new_writer.__enter__()
                writer = new_writer  # only once entered: __exit__ then always has a file to finish
                open_line = False
                continue
            assert isinstance(item, Chunk) and res is not None
            for prob in res.problems + ([res.fatal] if res.fatal else []):
                where = f"{item.source}: line {item.first_line + prob.index}, byte offset {item.first_byte + prob.offset}"
                if prob is res.fatal:
                    hint = "use --errors replace or --errors skip to go on" if prob.kind == "decode" else \
                        "use --errors replace to pass such lines through, or --errors skip"
                    raise CliError(f"{where}: {prob.message}; {hint}")
                stats["errors"][prob.kind] += 1
                if warned < MAX_WARNINGS:
                    action = "skipped" if args.errors == "skip" else (
                        "bad bytes replaced by U+FFFD" if prob.kind == "decode" else "line passed through")
                    _warn(f"{where}: {prob.message}; {action}")
                warned += 1
            if item.first_line == 1 and open_line:
                # several inputs into one output: a last line without newline gets one
                stream.write(b"\n")
                stats["bytes_out"] += 1
            if res.out:
                stream.write(res.out)
                open_line = not res.out.endswith(b"\n")
            stats["lines"] += res.lines_in
            stats["lines_out"] += res.lines_out
            stats["lines_changed"] += res.lines_changed
            stats["bytes"] += item.nbytes
            stats["bytes_out"] += len(res.out)
            stats["records_without_field"] += res.without_field
            for k, v in res.steps.items():
                stats["changes"][k] = stats["changes"].get(k, 0) + v
            if explain_s is not None:
                for idx, fld, step, s, e, orig, repl, note in res.explain:
                    rec = {"file": item.source, "line": item.first_line + idx}
                    if fld is not None:
                        rec["field"] = fld
                    rec.update(step=step, start=s, end=e, original=orig, replacement=repl)
                    if note:
                        rec["note"] = note
                    explain_s.write(json.dumps(rec, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n")
            if bar is not None:
                bar.update(item.nbytes)
    except BaseException as exc:
        info = (type(exc), exc, exc.__traceback__)
        if writer is not None:
            writer.__exit__(*info)
        if explain_w is not None:
            explain_w.__exit__(*info)
        raise
    finally:
        if bar is not None:
            bar.close()
    if explain_w is not None:
        explain_w.__exit__(None, None, None)
    if warned > MAX_WARNINGS:
        _warn(f"{warned - MAX_WARNINGS} more problem lines not shown")
    stats["skipped_lines"] = stats["lines"] - stats["lines_out"]
    seconds = time.perf_counter() - start
    if args.stats:
        stats.update(seconds=round(seconds, 3),
                     lines_per_second=round(stats["lines"] / seconds, 1) if seconds > 0 else None,
                     changes_total=sum(stats["changes"].values()), profile=pipeline.profile,
                     steps=pipeline.names(), jobs=jobs, errors_mode=args.errors, **_cpu_seconds())
        data = json.dumps(stats, ensure_ascii=False, indent=2) + "\n"
        if args.stats == STDIN:
            sys.stderr.write(data)
        else:
            with AtomicWriter(args.stats) as fh:
                fh.write(data.encode("utf-8"))
    return 0


def _cpu_seconds() -> dict:
    try:
        import resource
    except ImportError:  # not on Windows
        return {}
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_seconds_main": round(me.ru_utime + me.ru_stime, 3),
            "cpu_seconds_workers": round(kids.ru_utime + kids.ru_stime, 3)}


