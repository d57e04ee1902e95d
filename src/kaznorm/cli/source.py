"""Reading the inputs of a ``kaznorm clean`` run as one ordered stream of items: a :class:`Begin`
and an :class:`End` around each output's inputs, and between them the :class:`~kaznorm.parallel.Chunk`
of raw lines of each input file."""
from __future__ import annotations

import json
from typing import Iterator, List, Optional

from .. import chunks
from ..chunks import Chunk
from ..io import STDIN, detect_format, iter_lines, open_input
from .plan import Group
from .report import warn


class Begin:
    """The inputs of ``group`` follow: open its output."""

    __slots__ = ("group",)

    def __init__(self, group: Group):
        self.group = group


class End(Begin):
    """The inputs of ``group`` are done: finish its output."""

    __slots__ = ()


class FileDone:
    """The input ``source`` (read as ``fmt``) has been read to its end."""

    __slots__ = ("source", "fmt")

    def __init__(self, source: str, fmt: str):
        self.source = source
        self.fmt = fmt


def input_format(path: str, fmt_opt: str, field_given: bool) -> str:
    """``--format``, else JSON lines when ``--field`` is given, else by the file name."""
    if fmt_opt != "auto":
        return fmt_opt
    return "jsonl" if field_given else detect_format(path)


def looks_like_json_lines(lines: List[bytes]) -> bool:
    """Whether the first non-blank line is a JSON object (a text input that may be JSON lines)."""
    for raw in lines[:50]:
        line = raw.strip()
        if not line:
            continue
        if not (line.startswith(b"{") and line.endswith(b"}")):
            return False
        try:
            return isinstance(json.loads(line), dict)
        except ValueError:
            return False
    return False


def read_items(groups: List[Group], fmt_opt: str, stats: dict, field: Optional[str] = None) -> Iterator[object]:
    for g in groups:
        yield Begin(g)
        for path in g.inputs:
            fmt = input_format(path, fmt_opt, field is not None)
            stats["files"] += 1
            stream = open_input(path)
            name = "<stdin>" if path == STDIN else path
            try:
                lines: List[bytes] = []
                size = 0
                line_no = 1
                offset = 0
                first = fmt == "text" and fmt_opt == "auto"
                for raw in iter_lines(stream, name):
                    lines.append(raw)
                    size += len(raw)
                    if size >= chunks.CHUNK_BYTES or len(lines) >= chunks.CHUNK_LINES:
                        if first:
                            _check_text(name, lines)
                            first = False
                        yield Chunk(name, fmt, lines, line_no, offset, size)
                        line_no += len(lines)
                        offset += size
                        lines, size = [], 0
                if lines:
                    if first:
                        _check_text(name, lines)
                    yield Chunk(name, fmt, lines, line_no, offset, size)
            finally:
                if path != STDIN:
                    stream.close()
            yield FileDone(name, fmt)
        yield End(g)


def _check_text(name: str, lines: List[bytes]) -> None:
    if looks_like_json_lines(lines):
        warn(f"{name}: the lines look like JSON records; they are cleaned as plain text (JSON quotes may "
             f"become «»). To clean one field of each record pass --field NAME (e.g. --field text); "
             f"--format text silences this")
