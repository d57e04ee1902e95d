"""Planning a ``kaznorm clean`` run before any input is read: which inputs go to which output
(stdout, one file, one file per input, or each file rewritten in place), and the checks that an
output is never one of the inputs."""
from __future__ import annotations

import os
import stat
import sys
from typing import Dict, List, Optional, Sequence, Tuple

from ..io import STDIN, same_file
from ..outputs import Target, partial_files
from .errors import CliError
from .report import warn


def is_dir_target(path: str) -> bool:
    return os.path.isdir(path) or path.endswith(("/", os.sep))


class Group:
    """Inputs written to one output (stdout, one file, or one file per input)."""

    __slots__ = ("output", "inputs", "target")

    def __init__(self, output: Optional[str], inputs: List[str], backup: Optional[str] = None):
        self.output = output  # None: stdout
        self.inputs = inputs
        self.target = Target(output, "output", backup)


def plan(args, inputs: List[Tuple[str, str]]) -> List[Group]:
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
        if args.backup is not None and ("/" in args.backup or os.sep in args.backup):
            raise CliError(f"--backup takes a suffix such as .orig, not a path ({args.backup!r})")
        seen: Dict[str, str] = {}
        for p in paths:
            real = os.path.realpath(p)
            if real in seen:
                raise CliError(f"{p}: given twice (also as {seen[real]})")
            seen[real] = p
        # a symbolic link stays a link: its target is rewritten
        return [Group(os.path.realpath(p), [p], args.backup) for p in paths]
    if not args.output or args.output == STDIN:
        check_stdout(paths)
        return [Group(None, paths)]
    out = args.output
    if is_dir_target(out):
        if STDIN in paths:
            raise CliError("stdin (-) cannot be written to an output directory; use -o FILE")
        _makedirs(out)
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
            _makedirs(os.path.dirname(dest) or ".")
            groups.append(Group(dest, [p]))
        return groups
    group = Group(out, paths)
    for p in paths:
        if same_file(out, p) or _same_as(group.target, p):
            raise CliError(f"{out}: the output is also an input ({p}); use --in-place to rewrite files")
    return [group]


def _same_as(target: Target, path: str) -> bool:
    """Whether ``target`` (e.g. /dev/stdout redirected to a file) writes to the input ``path``."""
    if path == STDIN:
        return False
    st = target.stat()
    if st is None or not stat.S_ISREG(st.st_mode):
        return False
    try:
        other = os.stat(path)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) == (other.st_dev, other.st_ino)


def _makedirs(path: str) -> None:
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as exc:
        raise CliError(f"cannot create the output directory {path} ({exc.strerror or exc})") from None


def check_targets(targets: Sequence[Target]) -> None:
    """Every output can be written: checked before any input is read."""
    for t in targets:
        t.check()
        if t.kind == "atomic":
            left = partial_files(t.path)  # type: ignore[arg-type]
            if left:
                warn(f"{t.name}: {len(left)} partial file(s) left by a kaznorm run that was killed: "
                     f"{', '.join(left)}; they are not output, delete them")


def check_stdout(paths: Sequence[str]) -> None:
    """Refuse ``kaznorm a.txt >> a.txt``: stdout is a regular file that is also an input."""
    try:
        out = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return
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


def check_side_targets(sides: Sequence[Target], inputs: Sequence[str], groups: Sequence[Group]) -> None:
    """--explain and --stats: never an input, never where the cleaned text or the other one goes."""
    for i, t in enumerate(sides):
        for p in inputs:
            if t.path is not None and (same_file(t.path, p) or _same_as(t, p)):
                raise CliError(f"{t.what} file {t.name} is also an input")
        for g in groups:
            if t.shares(g.target):
                if t.kind == "stdout":
                    raise CliError(f"{t.what} - and the cleaned text would both go to stdout; "
                                   f"give the text a file with -o, or {t.what} a file")
                raise CliError(f"{t.what} file {t.name} is also the output")
        for other in sides[i + 1:]:
            if t.shares(other):
                raise CliError(f"{other.what} and {t.what} name the same file ({t.name})")
