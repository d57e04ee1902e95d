"""Cleaning chunks of raw lines, in this process or in a pool of worker processes.

The console script reads a file as raw byte lines, groups them into chunks
(:class:`~kaznorm.chunks.Chunk`) and maps :func:`~kaznorm.chunks.clean_lines`
over the chunks with :func:`ordered_map`.  Decoding, JSON parsing, cleaning and
encoding all happen in the workers; the main process only reads, writes and
keeps the order.

The pool is small and has no threads, so nothing can be left blocked on a pipe
when the run ends early:

* Workers are started with ``spawn`` (a fresh interpreter holding only its own
  pipe), get the pipeline once, and load the lexicon once, on first use.
* Each worker has one duplex pipe and holds at most two chunks (the one it
  cleans and the next).  A thread in the worker takes tasks off the pipe as
  they come, so the main process never blocks sending; the main process waits
  for results with :func:`multiprocessing.connection.wait` and reads each one
  whole, so no side ever blocks writing to a side that is not reading.
* Results come back in input order and at most ``max_inflight`` chunks are
  read ahead, so memory stays flat whatever the input size.
* On an error, Ctrl-C or SIGTERM the workers are killed at once (their chunks
  are discarded with the output); on success they are told to stop.
* Workers die with their parent: on Linux the kernel kills them when the main
  process ends (``PR_SET_PDEATHSIG``), elsewhere they notice within a second
  (their pipe ends, or their parent process changes).  They ignore SIGINT, which
  a terminal sends to the whole process group: the main process handles it.
* A worker that dies (the out-of-memory killer's SIGKILL) is
  :class:`WorkerDied`, naming the signal and the lines it was cleaning; an
  exception inside a worker (a bug) is :class:`WorkerError`.  Either is raised
  when that chunk's turn comes, after every result before it.
* ``--jobs 1`` (or an input of a single chunk) runs in this process with the
  same code, so the output is byte-identical whatever the number of jobs.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
import traceback
from collections import deque
from itertools import chain
from multiprocessing.connection import wait
from typing import Any, Iterable, Iterator, List, Optional, Tuple

from .chunks import CHUNK_BYTES, CHUNK_LINES, Chunk, ChunkResult, Job, clean_lines

__all__ = ["Job", "Chunk", "ChunkResult", "clean_lines", "ordered_map", "WorkerDied", "WorkerError",
           "CHUNK_BYTES", "CHUNK_LINES", "default_jobs"]

_SIGNALS = {signal.SIGINT, signal.SIGTERM} | ({signal.SIGHUP} if hasattr(signal, "SIGHUP") else set())


class WorkerDied(Exception):
    """A worker process ended while it had work (killed by a signal, or exited)."""

    def __init__(self, exitcode: Optional[int], where: str):
        self.exitcode = exitcode
        self.where = where
        if exitcode is not None and exitcode < 0:
            try:
                name = signal.Signals(-exitcode).name
            except ValueError:
                name = f"signal {-exitcode}"
            what = f"was killed by {name}"
        else:
            what = f"ended unexpectedly (exit status {exitcode})"
        super().__init__(f"a worker process {what} while cleaning {where}")


class WorkerError(Exception):
    """An exception inside a worker (a bug): its type, message and the worker's traceback."""

    def __init__(self, kind: str, message: str, tb: str, where: str):
        self.kind, self.tb, self.where = kind, tb, where
        super().__init__(f"{kind}: {message} (while cleaning {where})")


def describe_chunk(chunk: Chunk, nlines: Optional[int] = None) -> str:
    n = len(chunk.lines) if nlines is None else nlines
    return f"{chunk.source} lines {chunk.first_line}-{chunk.first_line + max(n, 1) - 1}"


# --------------------------------------------------------------------------- worker side


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG: killed when the parent ends
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent ended before that took effect
        os._exit(0)


def _worker_main(conn, pipeline, job: Job, parent: int) -> None:
    """A worker: receive ``(lines, fmt, (source, first_line))``, send back the :class:`ChunkResult`, in order;
    ``None`` ends it.

    A reader thread takes every task off the pipe as soon as it arrives (the
    main process may queue a second chunk while this one is cleaned), so the
    main process never waits to send; this thread cleans and sends results.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_SETMASK, set())  # started with SIGINT/SIGTERM blocked
    _die_with_parent(parent)
    try:  # the text goes through the pipe only: a stray print must not reach the user's stdout
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass
    tasks: "queue.SimpleQueue" = queue.SimpleQueue()

    def read() -> None:
        try:
            while True:
                task = conn.recv()
                tasks.put(task)
                if task is None:
                    return
        except (EOFError, OSError):  # the main process is gone
            tasks.put(None)

    threading.Thread(target=read, name="kaznorm-reader", daemon=True).start()
    while True:
        try:
            task = tasks.get(timeout=1.0)
        except queue.Empty:
            if os.getppid() != parent:
                return
            continue
        if task is None:
            return
        try:
            result: Any = clean_lines(task[0], task[1], pipeline, job, task[2])
        except Exception as exc:  # a bug: reported in the main process with this traceback
            result = ("error", type(exc).__name__, str(exc), traceback.format_exc())
        try:
            conn.send(result)
        except (OSError, EOFError):
            return


# --------------------------------------------------------------------------- main side


DEPTH = 2  # chunks a worker holds at most: the one it cleans and the next


class _Worker:
    __slots__ = ("proc", "conn", "slots")

    def __init__(self, proc, conn):
        self.proc, self.conn = proc, conn
        self.slots: deque = deque()  # its chunks, in the order it returns them


class _Slot:
    """An item in input order; for a chunk, its result once back."""

    __slots__ = ("item", "result", "done", "nlines", "error")

    def __init__(self, item: Any, done: bool):
        self.item, self.result, self.done = item, None, done
        self.error: Optional[Exception] = None  # raised when the slot's turn comes
        self.nlines = len(item.lines) if isinstance(item, Chunk) else 0

    def describe(self) -> str:
        return describe_chunk(self.item, self.nlines)


class Pool:
    """``jobs`` worker processes holding ``pipeline`` and ``job``."""

    def __init__(self, jobs: int, pipeline, job: Job):
        self.jobs, self.pipeline, self.job = jobs, pipeline, job
        self.workers: List[_Worker] = []
        self.dead: List[_Worker] = []

    def start(self) -> None:
        """Start the workers with SIGINT and SIGTERM held back, so none is half-started when one comes."""
        ctx = multiprocessing.get_context("spawn")
        masked = hasattr(signal, "pthread_sigmask")
        try:  # spawn starts multiprocessing's resource tracker on first use, and unblocks the signals
            from multiprocessing import resource_tracker  # after it: start it before blocking them

            resource_tracker.ensure_running()
        except (ImportError, AttributeError, OSError):  # not on POSIX
            pass
        if masked:
            signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        try:
            for i in range(self.jobs):
                here, there = ctx.Pipe(duplex=True)
                proc = ctx.Process(target=_worker_main, args=(there, self.pipeline, self.job, os.getpid()),
                                   name=f"kaznorm-worker-{i + 1}", daemon=True)
                try:
                    proc.start()
                finally:
                    there.close()
                self.workers.append(_Worker(proc, here))
        finally:
            if masked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)  # a pending signal is raised here

    def close(self, graceful: bool) -> None:
        """``graceful``: ask the workers to stop and wait for them; else kill them now."""
        if graceful:
            for w in self.workers:
                try:
                    w.conn.send(None)
                except (OSError, EOFError):
                    pass
            for w in self.workers:
                w.proc.join(5)
        for w in self.workers:
            if w.proc.is_alive():
                w.proc.kill()
        for w in self.workers + self.dead:
            w.proc.join(2)
            w.conn.close()
            try:
                w.proc.close()
            except ValueError:  # still running after SIGKILL and 2 s: leave it to the kernel
                pass
        self.workers, self.dead = [], []

    def _died(self, w: _Worker) -> WorkerDied:
        w.proc.join(1)
        where = w.slots[0].describe() if w.slots else "nothing (it was idle)"
        return WorkerDied(w.proc.exitcode, where)

    def _fail(self, w: _Worker, error: Exception) -> None:
        """``w`` died: its chunks fail, raised when their turn comes (what came before is yielded first)."""
        for slot in w.slots:
            slot.error, slot.done = error, True
        w.slots.clear()
        self.workers.remove(w)
        self.dead.append(w)

    def run(self, items: Iterator[Any], max_inflight: int) -> Iterator[Tuple[Any, Optional[ChunkResult]]]:
        slots: deque = deque()  # every item in input order, until yielded
        unsent: deque = deque()  # chunk slots waiting for a worker
        inflight = 0  # chunks read and not yet yielded
        barrier = None  # an item that waits until everything before it is yielded
        more = True
        while True:
            while more and barrier is None and inflight < max_inflight:
                try:
                    it = next(items)
                except StopIteration:
                    more = False
                    break
                if isinstance(it, Chunk):
                    slot = _Slot(it, False)
                    slots.append(slot)
                    unsent.append(slot)
                    inflight += 1
                elif getattr(it, "barrier", False):
                    barrier = it
                else:
                    slots.append(_Slot(it, True))
            while unsent and self.workers:
                w = min(self.workers, key=lambda w: len(w.slots))  # the least busy
                if len(w.slots) >= DEPTH:
                    break
                slot = unsent.popleft()
                w.slots.append(slot)
                try:
                    w.conn.send((slot.item.lines, slot.item.fmt, (slot.item.source, slot.item.first_line)))
                except (OSError, EOFError):
                    self._fail(w, self._died(w))
                    continue
                slot.item.lines = []  # the worker holds them now
            while slots and slots[0].done:
                slot = slots.popleft()
                if slot.error is not None:
                    raise slot.error
                if isinstance(slot.item, Chunk):
                    inflight -= 1
                yield slot.item, slot.result
            if not slots:
                if barrier is not None:
                    it, barrier = barrier, None
                    yield it, None
                    continue
                if not more:
                    return
                continue
            busy = [w for w in self.workers if w.slots]
            if not busy:  # cannot happen: a chunk is waiting and no worker is alive to clean it
                raise WorkerDied(None, "this run (no worker process left)")
            by_conn = {w.conn: w for w in busy}
            by_sentinel = {w.proc.sentinel: w for w in busy}
            for ready in wait(list(by_conn) + list(by_sentinel)):
                w = by_conn.get(ready) or by_sentinel[ready]
                if not w.slots or w not in self.workers:
                    continue  # handled through its other handle
                if ready in by_sentinel and not w.conn.poll():
                    self._fail(w, self._died(w))
                    continue
                try:
                    result = w.conn.recv()
                except (EOFError, OSError):
                    self._fail(w, self._died(w))
                    continue
                slot = w.slots.popleft()
                if isinstance(result, tuple) and result and result[0] == "error":
                    slot.error = WorkerError(result[1], result[2], result[3], slot.describe())
                else:
                    slot.result = result
                slot.done = True


def _clean(chunk: Chunk, pipeline, job: Job) -> ChunkResult:
    return clean_lines(chunk.lines, chunk.fmt, pipeline, job, (chunk.source, chunk.first_line))


def ordered_map(items: Iterable[Any], pipeline, job: Job, jobs: int = 1,
                max_inflight: Optional[int] = None) -> Iterator[Tuple[Any, Optional[ChunkResult]]]:
    """Yield ``(item, result)`` in input order; ``result`` is None for items that are not chunks.

    Items that are not :class:`Chunk` (markers such as "file begins") pass
    through in order; one with a true ``barrier`` attribute is yielded only
    when everything before it has been, and nothing after it is read until the
    caller asks for the next item.  With ``jobs > 1`` a pool of worker
    processes is started once the input has at least two chunks; at most
    ``max_inflight`` chunks (default ``2 * jobs + 2``) are read ahead.  Close
    the generator (``contextlib.closing``) to stop the workers at once.
    """
    if jobs <= 1:
        for it in items:
            yield it, (_clean(it, pipeline, job) if isinstance(it, Chunk) else None)
        return
    source = iter(items)
    head: List[Any] = []
    nchunks = 0
    for it in source:
        if getattr(it, "barrier", False):  # not read past before it is handled: what came before, here
            for h in head:
                yield h, (_clean(h, pipeline, job) if isinstance(h, Chunk) else None)
            head, nchunks = [], 0
            yield it, None
            continue
        head.append(it)
        if isinstance(it, Chunk):
            nchunks += 1
            if nchunks >= 2:
                break
    if nchunks < 2:  # a small input: not worth starting processes
        for it in head:
            yield it, (_clean(it, pipeline, job) if isinstance(it, Chunk) else None)
        return
    pool = Pool(jobs, pipeline, job)
    ok = False
    try:
        pool.start()
        yield from pool.run(chain(head, source), max_inflight or 2 * jobs + 2)
        ok = True
    finally:
        pool.close(graceful=ok)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
