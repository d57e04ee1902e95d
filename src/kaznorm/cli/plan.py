"""Planning a ``kaznorm clean`` run before any input is read: which inputs go to which output
(stdout, one file, one file per input, or each file rewritten in place), and the checks that an
output is never one of the inputs."""
from __future__ import annotations

import os
import stat
import sys
from typing import Dict, List, Optional, Sequence, Tuple

from ..io import STDIN, AtomicWriter, StdoutWriter, same_file
from .errors import CliError


def is_dir_target(path: str) -> bool:
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
        seen: Dict[str, str] = {}
        for p in paths:
            real = os.path.realpath(p)
            if real in seen:
                raise CliError(f"{p}: given twice (also as {seen[real]})")
            seen[real] = p
        # a symbolic link stays a link: its target is rewritten
        return [Group(os.path.realpath(p), [p], args.backup) for p in paths]
    if not args.output:
        check_stdout(paths)
        return [Group(None, paths)]
    out = args.output
    if is_dir_target(out):
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


def check_side_file(path: Optional[str], what: str, inputs: Sequence[str], groups: Sequence[Group]) -> None:
    if not path or path == STDIN:
        return
    for p in inputs:
        if same_file(path, p):
            raise CliError(f"{what} file {path} is also an input")
    for g in groups:
        if g.output is not None and same_file(path, g.output):
            raise CliError(f"{what} file {path} is also the output")
