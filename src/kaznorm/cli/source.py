"""Reading the inputs of a ``kaznorm clean`` run as one ordered stream of items: a :class:`Begin`
and an :class:`End` around each output's inputs, between them the :class:`~kaznorm.chunks.Chunk`
of raw lines of each input file and a :class:`FileDone` after each file.

Problems found while reading (bytes a ``--encoding`` cannot decode, a line
longer than ``--max-line-bytes``) travel in the same order: as notes of the
next chunk, or, for ``--errors stop``, as a :class:`Stop` after the chunk of
the lines before the bad one, which ends the stream.  An over-long line that
``--errors replace`` lets through comes as a :class:`Passthrough`, read in
bounded pieces while it is written.  Input that is plainly UTF-16 or UTF-32
read as UTF-8 is an error naming the way out.
"""
from __future__ import annotations

import json
from typing import Iterator, List, NamedTuple, Optional

from .. import chunks
from ..chunks import Chunk
from ..io import (
    STDIN,
    InputError,
    LongLine,
    detect_format,
    iter_lines,
    open_input,
    peek,
    recoded_lines,
    sniff_encoding,
    unescape_bad,
)
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


class ReadProblem(NamedTuple):
    """A line the reader could not pass on as it was (``line``: 1-based; ``offset`` -1: not known)."""

    source: str
    line: int
    offset: int
    kind: str  # "decode" | "long"
    message: str
    skipped: bool = False


class Stop:
    """``--errors stop``: the run ends here, with ``problem``, after everything before it is written."""

    __slots__ = ("problem",)

    def __init__(self, problem: ReadProblem):
        self.problem = problem


class Passthrough:
    """An over-long line written as it is (``--errors replace``), with the warning that goes with it.

    A barrier for :func:`~kaznorm.parallel.ordered_map`: everything before it is
    written first, and the reader waits until its pieces have been written.
    """

    __slots__ = ("source", "line_no", "line", "problem")
    barrier = True

    def __init__(self, source: str, line_no: int, line: LongLine, problem: ReadProblem):
        self.source, self.line_no, self.line, self.problem = source, line_no, line, problem

    def pieces(self) -> Iterator[bytes]:
        for piece in self.line.pieces():
            yield piece if isinstance(piece, bytes) else piece.encode("utf-8", "surrogateescape")


class Options(NamedTuple):
    fmt: str = "auto"  # --format
    field_given: bool = False  # --field given: JSON lines
    encoding: Optional[str] = None  # a codec other than UTF-8, or None
    errors: str = "stop"
    max_line: int = 0  # --max-line-bytes (0: no limit)


def size_text(n: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size and n % size == 0:
            return f"{n // size} {unit}"
    return f"{n} bytes"


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


class _Chunker:
    """Groups the lines of one file into chunks, keeping line numbers and byte offsets."""

    def __init__(self, source: str, fmt: str, offsets: bool):
        self.source, self.fmt = source, fmt
        self.lines: List[bytes] = []
        self.size = 0
        self.line_no = 1  # number of the next line
        self.first_line = 1
        self.offset = 0 if offsets else -1
        self.notes: List[ReadProblem] = []

    def add(self, raw: bytes) -> Optional[Chunk]:
        self.lines.append(raw)
        self.size += len(raw)
        self.line_no += 1
        if self.size >= chunks.CHUNK_BYTES or len(self.lines) >= chunks.CHUNK_LINES:
            return self.flush()
        return None

    def skip(self, problem: ReadProblem) -> Optional[Chunk]:
        """A line left out: the next chunk starts after it, so its line numbers stay right."""
        chunk = self.flush()
        self.notes.append(problem)
        self.line_no += 1
        self.first_line = self.line_no
        return chunk

    def passed(self, nbytes: int) -> None:
        """A line written as it is (after a flush): count it and its bytes."""
        self.line_no += 1
        self.first_line = self.line_no
        if self.offset >= 0:
            self.offset += nbytes

    @property
    def next_offset(self) -> int:
        return self.offset + self.size if self.offset >= 0 else -1

    def flush(self) -> Optional[Chunk]:
        if not self.lines and not self.notes:
            return None
        chunk = Chunk(self.source, self.fmt, self.lines, self.first_line, self.offset, self.size, tuple(self.notes))
        if self.offset >= 0:
            self.offset += self.size
        self.lines, self.size, self.notes = [], 0, []
        self.first_line = self.line_no
        return chunk


def read_items(groups: List[Group], opts: Options, stats: dict) -> Iterator[object]:
    for g in groups:
        yield Begin(g)
        for path in g.inputs:
            fmt = input_format(path, opts.fmt, opts.field_given)
            stats["files"] += 1
            name = "<stdin>" if path == STDIN else path
            stream = open_input(path)
            try:
                for item in _file_items(name, stream, fmt, opts):
                    yield item
                    if isinstance(item, Stop):
                        return
            finally:
                if path != STDIN:
                    stream.close()
            yield FileDone(name, fmt)
        yield End(g)


def _file_items(name: str, stream, fmt: str, opts: Options) -> Iterator[object]:
    check = fmt == "text" and opts.fmt == "auto"  # text that may be JSON lines: say so once
    chunker = _Chunker(name, fmt, opts.encoding is None)
    if opts.encoding is None:
        found = sniff_encoding(peek(stream))
        if found:
            what, iconv, codec = found
            raise InputError(f"{name}: looks like {what}, not UTF-8; convert it with  iconv -f {iconv} -t UTF-8 "
                             f"{name}  or pass --encoding {codec}")
        lines = ((raw, None) for raw in iter_lines(stream, name, opts.max_line))
    else:
        lines = recoded_lines(stream, opts.encoding, name, opts.max_line)
    for raw, bad in lines:
        if isinstance(raw, LongLine) or bad is not None:
            if isinstance(raw, LongLine):
                unit = "bytes" if opts.encoding is None else "characters"
                problem = ReadProblem(name, chunker.line_no, chunker.next_offset, "long",
                                      f"line longer than {size_text(opts.max_line)} (--max-line-bytes; "
                                      f"counted in {unit})", opts.errors == "skip")
            else:
                shown = " ".join(f"0x{b:02x}" for b in bad[:4])
                problem = ReadProblem(name, chunker.line_no, -1, "decode", f"cannot decode as {opts.encoding} "
                                      f"({shown})", opts.errors == "skip")
            if opts.errors == "stop":
                chunk = chunker.flush()
                if chunk is not None:
                    yield chunk
                yield Stop(problem)
                return
            if opts.errors == "skip":
                chunk = chunker.skip(problem)
                if chunk is not None:
                    yield chunk
                continue
            if isinstance(raw, LongLine):
                chunk = chunker.flush()
                if chunk is not None:
                    yield chunk
                yield Passthrough(name, chunker.line_no, raw, problem)
                raw.drain()  # (all of it was written; this only makes sure)
                chunker.passed(raw.nbytes if opts.encoding is None else 0)
                continue
            chunker.notes.append(problem)
            raw = unescape_bad(raw)
        if opts.encoding is not None:
            raw = raw.encode("utf-8")
        chunk = chunker.add(raw)
        if chunk is not None:
            if check:
                _check_text(name, chunk.lines)
                check = False
            yield chunk
    chunk = chunker.flush()
    if chunk is not None:
        if check:
            _check_text(name, chunk.lines)
        yield chunk


def _check_text(name: str, lines: List[bytes]) -> None:
    if looks_like_json_lines(lines):
        warn(f"{name}: the lines look like JSON records; they are cleaned as plain text (JSON quotes may "
             f"become «»). To clean one field of each record pass --field NAME (e.g. --field text); "
             f"--format text silences this")
