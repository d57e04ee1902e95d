"""The ``kaznorm`` console script.

``kaznorm clean [FILE|DIR ...]`` cleans text line by line (stdin to stdout by
default); ``kaznorm steps`` lists the steps.  ``kaznorm FILE`` is short for
``kaznorm clean FILE``.  Errors are reported on stderr without a traceback and
exit with status 2 (130 after Ctrl-C).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
import time
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from .io import (
    STDIN,
    AtomicWriter,
    InputError,
    StdoutWriter,
    compression_of,
    detect_format,
    expand_inputs,
    iter_lines,
    open_input,
    parse_path,
    same_file,
)
from .parallel import CHUNK_BYTES, CHUNK_LINES, Chunk, Job, default_jobs, ordered_map

PROG = "kaznorm"
SUBCOMMANDS = ("clean", "steps")
MAX_WARNINGS = 20


# --------------------------------------------------------------------------- help text


def _steps_text(width: int = 78) -> str:
    from .core.registry import ORDER, get_step, step_names
    from .core.pipeline import PROFILES

    names = step_names()
    lines = ["steps (use these names with --skip and --only; listed in pipeline order):"]
    pad = max((len(n) for n in names), default=8) + 2
    for n in names:
        doc = get_step(n).doc or "(no description)"
        wrapped = textwrap.wrap(doc, width - pad - 2) or [""]
        lines.append(f"  {n:<{pad}}{wrapped[0]}")
        lines.extend(" " * (pad + 2) + w for w in wrapped[1:])
    missing = [n for n in ORDER if n not in names]
    if missing:
        lines.append(f"  (not available in this installation: {', '.join(missing)})")
    lines.append("")
    lines.append("profiles (--profile):")
    for p, members in PROFILES.items():
        have = ", ".join(m for m in members if m in names) or "(no steps available)"
        wrapped = textwrap.wrap(have, width - pad - 2) or [""]
        lines.append(f"  {p:<{pad}}{wrapped[0]}")
        lines.extend(" " * (pad + 2) + w for w in wrapped[1:])
    return "\n".join(lines)


_CLEAN_DESCRIPTION = """\
Clean Kazakh text line by line: one output line per input line, each with its
original line ending (\\n or \\r\\n; a missing final newline stays missing).
Each line is cleaned on its own, so no step ever joins two lines here.

Inputs are files, directories (searched recursively for --glob, hidden entries
left out) or - for stdin (the default).  .gz, .bz2 and .xz files are
decompressed on read and compressed on write, by file name.  *.jsonl and
*.ndjson files are read as JSON lines (see --format).

Output: stdout by default (all inputs, one after another); with -o FILE into
FILE; with -o DIR/ (an existing directory, or a path ending in /) each input is
written to DIR under its own name, files found in a directory argument keeping
their path relative to it; with --in-place each file is rewritten.  Files are
written to a temporary name and renamed only on success, so an error or Ctrl-C
never leaves a half-written file; an input is never used as output.
"""

_EPILOG_EXAMPLES = """\
examples:
  kaznorm clean notes.txt                       clean to stdout
  kaznorm notes.txt -o clean.txt                same as 'kaznorm clean'
  cat a.txt | kaznorm clean --skip typo         stdin to stdout, without the typo step
  kaznorm clean corpus/ --glob '*.jsonl.gz' --field meta.body -o out/ --stats stats.json
  kaznorm clean big.txt.xz -o big.clean.txt.xz --jobs 2 --explain changes.jsonl
"""


def _build_parser() -> argparse.ArgumentParser:
    from . import __version__

    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=PROG, formatter_class=fmt,
        description="kaznorm: clean and normalise Kazakh text, explaining every change.\n"
                    "'kaznorm FILE ...' is short for 'kaznorm clean FILE ...'.",
        epilog=_steps_text() + "\n\n" + _EPILOG_EXAMPLES)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="{clean,steps}")

    c = sub.add_parser("clean", help="clean files or stdin (the default command)", formatter_class=fmt,
                       description=_CLEAN_DESCRIPTION, epilog=_steps_text() + "\n\n" + _EPILOG_EXAMPLES)
    c.add_argument("inputs", nargs="*", metavar="FILE|DIR", help="input files or directories; - is stdin (default)")
    c.add_argument("-o", "--output", metavar="OUT", help="output file, or directory (existing, or ending in /)")
    c.add_argument("--profile", default="default", metavar="P", help="profile (default: default; see below)")
    c.add_argument("--skip", action="append", default=[], metavar="STEP",
                   help="leave out a step (repeat, or separate names with commas)")
    c.add_argument("--only", action="append", default=None, metavar="STEP",
                   help="run only these steps (repeat, or separate names with commas)")
    c.add_argument("--words", action="append", default=[], metavar="FILE",
                   help="extra Kazakh words, one per line (# comments): never split or corrected away (repeatable)")
    c.add_argument("--protect", action="append", default=[], metavar="FILE",
                   help="protected terms, one per line: never changed by the word steps (repeatable)")
    c.add_argument("--explain", metavar="FILE",
                   help="write one JSON record per change to FILE: file, line, field (JSONL), step, start, end "
                        "(character offsets in the original line or field), original, replacement, note")
    c.add_argument("--stats", metavar="FILE",
                   help="write JSON statistics to FILE (- for stderr): lines, bytes, seconds, changes per step, "
                        "errors")
    c.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores); 1 cleans in this process")
    c.add_argument("--format", choices=("auto", "text", "jsonl"), default="auto",
                   help="input format; auto (default): jsonl for *.jsonl/*.ndjson[.gz|.bz2|.xz], else text")
    c.add_argument("--field", default="text", metavar="PATH",
                   help="JSONL field to clean, dotted for nested fields (meta.body); default: text. "
                        "Other fields are passed through; records without the field are left as they are")
    c.add_argument("--glob", default="*", metavar="PATTERN",
                   help="file name pattern for files inside directory inputs (default: *)")
    c.add_argument("--errors", choices=("stop", "replace", "skip"), default="stop",
                   help="undecodable (non-UTF-8) or invalid JSON lines: stop with an error (default), "
                        "replace (bad bytes become U+FFFD; bad JSON lines pass through unchanged), "
                        "or skip the line; replace/skip warn on stderr")
    c.add_argument("-i", "--in-place", action="store_true", help="rewrite each input file with its cleaned text")
    c.add_argument("--backup", metavar="SUFFIX", help="with --in-place: keep each original as FILE+SUFFIX")
    c.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: only when stderr is a terminal)")

    sub.add_parser("steps", help="list the step names with a description, and the profiles")
    return parser


# --------------------------------------------------------------------------- helpers


class CliError(Exception):
    pass


def _split_names(values: Optional[List[str]]) -> Optional[List[str]]:
    if values is None:
        return None
    return [n.strip() for v in values for n in v.split(",") if n.strip()]


def _pipeline(args):
    from .core.registry import ORDER, step_names
    from .core.pipeline import PROFILES, Pipeline

    known = step_names()
    skip = _split_names(args.skip) or []
    only = _split_names(args.only)
    for n in skip + (only or []):
        if n not in known and n not in ORDER:
            raise CliError(f"unknown step {n!r}; steps: {', '.join(known)}")
    if args.profile not in PROFILES:
        raise CliError(f"unknown profile {args.profile!r}; choose one of: {', '.join(PROFILES)}")
    # names from the canonical list that this installation lacks are accepted and ignored
    skip = [n for n in skip if n in known]
    if only is not None:
        only = [n for n in only if n in known]
    pipeline = Pipeline.from_profile(args.profile, skip=skip, only=only)
    from pathlib import Path

    for what, files in (("--words", args.words), ("--protect", args.protect)):
        for f in files:
            if not os.path.isfile(f):
                raise CliError(f"{what} {f}: no such file")
            try:
                if what == "--words":
                    pipeline = pipeline.with_words(Path(f))
                else:
                    pipeline = pipeline.with_words(protected=Path(f))
            except UnicodeDecodeError as exc:
                raise CliError(f"{what} {f}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return pipeline


def _is_dir_target(path: str) -> bool:
    return os.path.isdir(path) or path.endswith(("/", os.sep))


class Group:
    """Inputs written to one output (stdout, one file, or one file per input)."""

    __slots__ = ("output", "inputs", "backup")

    def __init__(self, output: Optional[str], inputs: List[str], backup: Optional[str] = None):
        self.output = output  # None: stdout
        self.inputs = inputs
        self.backup = backup

    def writer(self):
        return StdoutWriter() if self.output is None else AtomicWriter(self.output, self.backup)


class Begin:
    __slots__ = ("group",)

    def __init__(self, group: Group):
        self.group = group


class End(Begin):
    __slots__ = ()


def _plan(args, inputs: List[Tuple[str, str]]) -> List[Group]:
    paths = [p for p, _ in inputs]
    if paths.count(STDIN) > 1:
        raise CliError("stdin (-) can be read only once")
    if args.backup is not None and not args.in_place:
        raise CliError("--backup only goes with --in-place")
    if args.in_place:
        if args.output:
            raise CliError("--in-place and -o cannot be used together")
        if STDIN in paths:
            raise CliError("--in-place needs files, not stdin")
        if args.backup == "":
            raise CliError("--backup needs a non-empty suffix")
        seen: Dict[str, str] = {}
        for p in paths:
            real = os.path.realpath(p)
            if real in seen:
                raise CliError(f"{p}: given twice (also as {seen[real]})")
            seen[real] = p
        # a symbolic link stays a link: its target is rewritten
        return [Group(os.path.realpath(p), [p], args.backup) for p in paths]
    if not args.output:
        _check_stdout(paths)
        return [Group(None, paths)]
    out = args.output
    if _is_dir_target(out):
        if STDIN in paths:
            raise CliError("stdin (-) cannot be written to an output directory; use -o FILE")
        os.makedirs(out, exist_ok=True)
        groups = []
        dests: Dict[str, str] = {}
        for p, rel in inputs:
            dest = os.path.join(out, rel)
            key = os.path.realpath(dest)
            if key in dests:
                raise CliError(f"{p} and {dests[key]} would both be written to {dest}")
            dests[key] = p
            if same_file(dest, p):
                raise CliError(f"{dest}: output would overwrite its input {p}")
            os.makedirs(os.path.dirname(dest) or ".", exist_ok=True)
            groups.append(Group(dest, [p]))
        return groups
    for p in paths:
        if same_file(out, p):
            raise CliError(f"{out}: the output is also an input ({p}); use --in-place to rewrite files")
    return [Group(out, paths)]


def _check_stdout(paths: Sequence[str]) -> None:
    """Refuse ``kaznorm a.txt >> a.txt``: stdout is a regular file that is also an input."""
    try:
        out = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return
    import stat

    if not stat.S_ISREG(out.st_mode):
        return
    for p in paths:
        if p == STDIN:
            continue
        try:
            st = os.stat(p)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
            raise CliError(f"{p}: stdout is redirected to this input file; use -o or --in-place")


def _check_side_file(path: Optional[str], what: str, inputs: Sequence[str], groups: Sequence[Group]) -> None:
    if not path or path == STDIN:
        return
    for p in inputs:
        if same_file(path, p):
            raise CliError(f"{what} file {path} is also an input")
    for g in groups:
        if g.output is not None and same_file(path, g.output):
            raise CliError(f"{what} file {path} is also the output")


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
                    if size >= CHUNK_BYTES or len(lines) >= CHUNK_LINES:
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


def _cmd_clean(args) -> int:
    start = time.perf_counter()
    pipeline = _pipeline(args)
    try:
        field = parse_path(args.field)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    jobs = args.jobs if args.jobs is not None else default_jobs()
    if jobs < 1:
        raise CliError("--jobs must be at least 1")
    out = args.output
    exclude = out if out and _is_dir_target(out) and os.path.isdir(out) else None
    inputs = expand_inputs(args.inputs or [STDIN], args.glob, exclude=exclude)
    groups = _plan(args, inputs)
    paths = [p for p, _ in inputs]
    if STDIN in paths and _isatty(sys.stdin):
        sys.stderr.write(f"{PROG}: reading text from the terminal (end with Ctrl-D; '{PROG} --help' for usage)\n")
    _check_side_file(args.explain, "--explain", paths, groups)
    _check_side_file(args.stats, "--stats", paths, groups)
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


def _cmd_steps(args) -> int:
    sys.stdout.write(_steps_text() + "\n")
    return 0


# --------------------------------------------------------------------------- entry points


def _normalise_argv(argv: List[str]) -> List[str]:
    if not argv:
        return ["clean"]
    first = argv[0]
    if first in SUBCOMMANDS or first in ("-h", "--help", "--version"):
        return argv
    return ["clean"] + argv


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the console script with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _build_parser()
    try:
        args = parser.parse_args(_normalise_argv(argv))
    except SystemExit as exc:  # --help, --version, usage errors (argparse already printed)
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    try:
        if args.command == "steps":
            return _cmd_steps(args)
        return _cmd_clean(args)
    except (CliError, InputError) as exc:
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted; the output being written was discarded\n")
        return 130
    except BrokenPipeError:
        # the reader of stdout went away (e.g. `| head`): stop quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except OSError as exc:
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return 2
    except Exception as exc:  # a bug or damaged data: short message, traceback on request
        if os.environ.get("KAZNORM_DEBUG"):
            raise
        sys.stderr.write(f"{PROG}: internal error: {type(exc).__name__}: {exc}\n"
                         f"(run with KAZNORM_DEBUG=1 for the traceback)\n")
        return 1


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
