"""Cleaning chunks of raw lines, in this process or in a pool of worker processes.

The console script reads a file as raw byte lines, groups them into chunks
(:class:`Chunk`) and maps :func:`clean_lines` over the chunks with
:func:`ordered_map`.  Decoding, JSON parsing, cleaning and encoding all happen
in the workers; the main process only reads, writes and keeps the order.

* The pipeline is pickled once and handed to each worker by the pool
  initializer; a worker keeps it (and the lexicon it loads on first use) for
  its whole life.
* Results come back in input order, and at most ``max_inflight`` chunks are
  in flight at any time, so memory stays flat whatever the input size.
* ``--jobs 1`` (or an input of a single chunk) runs in this process with the
  same code, so the output is byte-identical whatever the number of jobs.
"""
from __future__ import annotations

import json
import os
import pickle
import signal
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import chain
from typing import Any, Dict, Iterable, Iterator, List, NamedTuple, Optional, Tuple

from .io import get_path, set_path, split_ending

__all__ = ["Job", "Chunk", "ChunkResult", "clean_lines", "ordered_map", "CHUNK_BYTES", "CHUNK_LINES"]

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


# --------------------------------------------------------------------------- worker side

_STATE: Optional[Tuple[Any, Job]] = None


def _init_worker(blob: bytes) -> None:
    # Ctrl-C goes to the whole process group: the main process handles it and stops the pool
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _STATE
    _STATE = pickle.loads(blob)


def _work(lines: List[bytes], fmt: str) -> ChunkResult:
    assert _STATE is not None, "worker not initialised"
    pipeline, job = _STATE
    return clean_lines(lines, fmt, pipeline, job)


# --------------------------------------------------------------------------- main side


def ordered_map(items: Iterable[Any], pipeline, job: Job, jobs: int = 1,
                max_inflight: Optional[int] = None) -> Iterator[Tuple[Any, Optional[ChunkResult]]]:
    """Yield ``(item, result)`` in input order; ``result`` is None for items that are not chunks.

    Items that are not :class:`Chunk` (markers such as "file begins") pass
    through in order.  With ``jobs > 1`` a process pool is started once the
    input has at least two chunks; at most ``max_inflight`` chunks (default
    ``2 * jobs + 2``) are submitted and not yet consumed.
    """
    if jobs <= 1:
        for it in items:
            yield it, (clean_lines(it.lines, it.fmt, pipeline, job) if isinstance(it, Chunk) else None)
        return
    max_inflight = max_inflight or 2 * jobs + 2
    source = iter(items)
    head: List[Any] = []
    nchunks = 0
    for it in source:
        head.append(it)
        if isinstance(it, Chunk):
            nchunks += 1
            if nchunks >= 2:
                break
    if nchunks < 2:  # a small input: not worth starting processes
        for it in head:
            yield it, (clean_lines(it.lines, it.fmt, pipeline, job) if isinstance(it, Chunk) else None)
        return
    blob = pickle.dumps((pipeline, job))
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(blob,))
    ok = False
    try:
        pending: deque = deque()
        inflight = 0
        for it in chain(head, source):
            if isinstance(it, Chunk):
                pending.append((it, pool.submit(_work, it.lines, it.fmt)))
                it.lines = []  # the pool holds them now; free ours
                inflight += 1
            else:
                pending.append((it, None))
            while pending and (inflight >= max_inflight or len(pending) > 8 * max_inflight):
                done, fut = pending.popleft()
                if fut is not None:
                    inflight -= 1
                    yield done, fut.result()
                else:
                    yield done, None
        while pending:
            done, fut = pending.popleft()
            yield done, (fut.result() if fut is not None else None)
        ok = True
    finally:
        if ok:
            pool.shutdown(wait=True)
        else:  # error or Ctrl-C: do not wait for the chunks being cleaned
            procs = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for proc in procs:
                try:
                    proc.terminate()
                except Exception:  # already gone
                    pass


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
