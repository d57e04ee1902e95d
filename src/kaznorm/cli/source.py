"""Reading the inputs of a ``kaznorm clean`` run as one ordered stream of items: a :class:`Begin`
and an :class:`End` around each output's inputs, and between them the :class:`~kaznorm.parallel.Chunk`
of raw lines of each input file."""
from __future__ import annotations

from typing import Iterator, List

from .. import chunks
from ..io import STDIN, detect_format, iter_lines, open_input
from ..chunks import Chunk
from .plan import Group


class Begin:
    """The inputs of ``group`` follow: open its output."""

    __slots__ = ("group",)

    def __init__(self, group: Group):
        self.group = group


class End(Begin):
    """The inputs of ``group`` are done: finish its output."""

    __slots__ = ()


def read_items(groups: List[Group], fmt_opt: str, stats: dict) -> Iterator[object]:
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
                    if size >= chunks.CHUNK_BYTES or len(lines) >= chunks.CHUNK_LINES:
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
