"""Cleaning a chunk of raw input lines: decode, parse JSON lines, run the pipeline, encode.

A :class:`Chunk` is consecutive raw lines (bytes, each with its own ending) of
one input file; :func:`clean_lines` turns its lines into a :class:`ChunkResult`
(the output bytes, one line per input line unless one is skipped, counts, the
change records and the problems met).  It runs in the worker processes of
:mod:`kaznorm.parallel`, or in the main process with ``--jobs 1``: the same
code, so the output is byte-identical whatever the number of jobs.
"""
from __future__ import annotations

import json
from typing import Dict, List, NamedTuple, Optional, Tuple

from .io import get_path, set_path, split_ending

__all__ = ["Job", "Chunk", "ChunkResult", "Problem", "clean_lines", "CHUNK_BYTES", "CHUNK_LINES"]

CHUNK_BYTES = 256 * 1024
CHUNK_LINES = 4000


class Job(NamedTuple):
    """What the workers need to know besides the lines (fixed for a whole run)."""

    field: Tuple[str, ...] = ("text",)  # JSONL field path
    errors: str = "stop"  # stop | replace | skip
    record: bool = False  # count changes per step (needs Pipeline.run(record=True))
    explain: bool = False  # return one record per change


class Chunk:
    """Consecutive raw lines of one input file."""

    __slots__ = ("source", "fmt", "lines", "first_line", "first_byte", "nbytes")

    def __init__(self, source: str, fmt: str, lines: List[bytes], first_line: int, first_byte: int, nbytes: int):
        self.source = source
        self.fmt = fmt
        self.lines = lines
        self.first_line = first_line  # 1-based number of lines[0] in its file
        self.first_byte = first_byte  # byte offset of lines[0] in the (decompressed) file
        self.nbytes = nbytes


class Problem(NamedTuple):
    index: int  # line index within the chunk
    offset: int  # byte offset within the chunk
    kind: str  # "decode" | "json"
    message: str


class ChunkResult(NamedTuple):
    out: bytes
    lines_in: int
    lines_out: int
    lines_changed: int
    steps: Dict[str, int]
    explain: List[tuple]  # (index, field or None, step, start, end, original, replacement, note)
    problems: List[Problem]
    fatal: Optional[Problem]
    without_field: int


def _decode_problem(idx: int, offset: int, body: bytes, exc: UnicodeDecodeError) -> Problem:
    bad = body[exc.start:exc.end][:4]
    shown = " ".join(f"0x{b:02x}" for b in bad)
    return Problem(idx, offset + exc.start, "decode", f"invalid UTF-8 ({exc.reason}: {shown})")


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def clean_lines(lines: List[bytes], fmt: str, pipeline, job: Job) -> ChunkResult:
    """Clean raw lines (each with its ending); one output line per input line unless skipped."""
    run = pipeline.run
    record = job.record or job.explain
    jsonl = fmt == "jsonl"
    field = job.field
    field_name = ".".join(field) if jsonl else None
    out: List[bytes] = []
    steps: Dict[str, int] = {}
    expl: List[tuple] = []
    problems: List[Problem] = []
    changed = 0
    without = 0
    offset = 0
    for idx, raw in enumerate(lines):
        line_offset = offset
        offset += len(raw)
        body, ending = split_ending(raw)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            prob = _decode_problem(idx, line_offset, body, exc)
            if job.errors == "stop":
                return ChunkResult(b"", idx, len(out), changed, steps, expl, problems, prob, without)
            problems.append(prob)
            if job.errors == "skip":
                continue
            text = body.decode("utf-8", "replace")
        if jsonl:
            if not text.strip():  # blank line between records: keep it
                out.append(_encode(text) + ending)
                continue
            try:
                obj = json.loads(text)
            except (ValueError, RecursionError) as exc:
                pos = getattr(exc, "pos", 0) or 0
                msg = getattr(exc, "msg", str(exc))
                prob = Problem(idx, line_offset + len(text[:pos].encode("utf-8", "surrogatepass")), "json",
                               f"invalid JSON ({msg})")
                if job.errors == "stop":
                    return ChunkResult(b"", idx, len(out), changed, steps, expl, problems, prob, without)
                problems.append(prob)
                if job.errors == "skip":
                    continue
                out.append(_encode(text) + ending)  # replace: the line goes through untouched
                continue
            value = get_path(obj, field, None)
            if not isinstance(value, str):
                without += 1
                out.append(_encode(text) + ending)
                continue
            res = run(value, record)
            if res.text != value:
                changed += 1
                set_path(obj, field, res.text)
                compact = b'": ' not in body and b'":' in body
                seps = (",", ":") if compact else (", ", ": ")
                try:
                    new = json.dumps(obj, ensure_ascii=False, separators=seps).encode("utf-8")
                except UnicodeEncodeError:  # lone surrogates from \ud800-style escapes
                    new = json.dumps(obj, ensure_ascii=True, separators=seps).encode("ascii")
                out.append(new + ending)
            else:
                out.append(_encode(text) + ending)
        else:
            res = run(text, record)
            if res.text != text:
                changed += 1
                out.append(_encode(res.text) + ending)
            else:
                out.append(_encode(text) + ending)
        if record:
            for c in res.changes:
                steps[c.step] = steps.get(c.step, 0) + 1
                if job.explain:
                    expl.append((idx, field_name, c.step, c.start, c.end, c.original, c.replacement, c.note))
    return ChunkResult(b"".join(out), len(lines), len(out), changed, steps, expl, problems, None, without)
