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

import os
import pickle
import signal
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import chain
from typing import Any, Iterable, Iterator, List, Optional, Tuple

from .chunks import CHUNK_BYTES, CHUNK_LINES, Chunk, ChunkResult, Job, clean_lines

__all__ = ["Job", "Chunk", "ChunkResult", "clean_lines", "ordered_map", "CHUNK_BYTES", "CHUNK_LINES"]

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
            elif getattr(it, "barrier", False):  # everything before it first; nothing read past it meanwhile
                while pending:
                    done, fut = pending.popleft()
                    yield done, (fut.result() if fut is not None else None)
                inflight = 0
                yield it, None
                continue
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
