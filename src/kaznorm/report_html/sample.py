"""The sample of changes an audit report shows: for each step, a uniform random sample of its
changes, of bounded size, the same for a given seed whatever ``--jobs`` and the chunking.

Reservoir sampling with random keys (bottom-k): every change gets a pseudo-random 64-bit key,
a keyed hash of the seed, the file name, the line number and the change's place among the
line's changes; the sample of a step is the ``k`` changes of that step with the smallest keys.
The ``k`` smallest of independent uniform keys are a uniform random ``k``-subset, like
Algorithm R's reservoir, and because a change's key depends on nothing but where it is:

* a worker process keeps only the ``k`` smallest keys of each step in its chunk
  (:class:`ChunkSampler`, with the line around each change cut to a bounded context), so only
  small summaries cross the pipe;
* the main process merges them into one :class:`Reservoir` of at most ``k`` changes a step,
  so memory is bounded whatever the corpus size;
* the result does not depend on the number of worker processes, nor on how lines were
  grouped into chunks, nor on the order in which results arrive.
"""
from __future__ import annotations

import hashlib
import heapq
from itertools import count
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

__all__ = ["Sample", "ChunkSampler", "Reservoir", "change_key", "seed_prefix", "make_sample", "snippet", "shorten",
           "CONTEXT", "SPAN", "NOTE"]

CONTEXT = 120  # characters of the line shown before and after a change
SPAN = 160  # characters of an original or replacement shown at most (head and tail of a longer one)
NOTE = 300  # characters of a step's note kept


class Sample(NamedTuple):
    """One sampled change, with enough of its line to be read alone."""

    key: int  # the random key (smallest kept)
    file: str
    line: int  # 1-based line number in its file
    ordinal: int  # place among the changes of the line (all steps)
    field: Optional[str]  # JSON lines: the field cleaned; None for text
    step: str
    start: int  # span in the original line (or field), in characters
    end: int
    before: str  # the line before the change (at most CONTEXT characters)
    original: str  # the original text of the span (cut to SPAN characters, see ``cut``)
    replacement: str
    after: str  # the line after the change (at most CONTEXT characters)
    note: str
    confidence: float
    cut_left: bool  # the line goes on before ``before``
    cut_right: bool  # the line goes on after ``after``
    cut: int  # characters left out of the middle of a long original (0: none)
    cut_replacement: int  # the same for the replacement


def change_key(seed_file: bytes, line: int, ordinal: int) -> int:
    """The random key of a change: ``seed_file`` from :func:`seed_prefix`, the line and the ordinal."""
    data = seed_file + b"%d\x00%d" % (line, ordinal)
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


def seed_prefix(seed: int, source: str) -> bytes:
    return b"kaznorm-report\x00%d\x00" % seed + source.encode("utf-8", "surrogatepass") + b"\x00"


def shorten(text: str, limit: int = SPAN) -> Tuple[str, int]:
    """``text`` if it is at most ``limit`` characters, else its head and tail and the count left out."""
    if len(text) <= limit:
        return text, 0
    half = limit // 2
    return text[:half] + text[len(text) - half:], len(text) - 2 * half


def snippet(text: str, start: int, end: int, width: int = CONTEXT) -> Tuple[str, str, bool, bool]:
    """The ``width`` characters before ``start`` and after ``end`` in ``text``, and whether each is cut."""
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    return text[lo:start], text[end:hi], lo > 0, hi < len(text)


def make_sample(key: int, source: str, line: int, ordinal: int, field: Optional[str], text: str, change) -> Sample:
    """A :class:`Sample` of ``change`` (a :class:`~kaznorm.core.edits.Change`) in the line ``text``."""
    before, after, cut_left, cut_right = snippet(text, change.start, change.end)
    original, cut = shorten(change.original)
    replacement, cut_replacement = shorten(change.replacement)
    return Sample(key, source, line, ordinal, field, change.step, change.start, change.end, before, original,
                  replacement, after, (change.note or "")[:NOTE], float(change.confidence), cut_left, cut_right, cut,
                  cut_replacement)


class _BottomK:
    """The ``k`` items with the smallest keys offered so far (a max-heap of at most ``k``)."""

    __slots__ = ("k", "heap")

    def __init__(self, k: int):
        self.k = k
        self.heap: List[tuple] = []  # (-key, -order, item): the root is the largest key kept

    def wants(self, key: int) -> bool:
        return len(self.heap) < self.k or key < -self.heap[0][0]

    def offer(self, key: int, order: int, item) -> None:
        entry = (-key, -order, item)
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, entry)
        elif key < -self.heap[0][0]:
            heapq.heapreplace(self.heap, entry)

    def items(self) -> list:
        return [e[2] for e in self.heap]


class ChunkSampler:
    """Worker side: for one chunk, the ``k`` changes of each step with the smallest keys."""

    def __init__(self, k: int, seed: int, source: str, first_line: int):
        self.k = k
        self.source = source
        self.first_line = first_line
        self.prefix = seed_prefix(seed, source)
        self.steps: Dict[str, _BottomK] = {}
        self.order = count()

    def add(self, idx: int, field: Optional[str], text: str, changes: Sequence) -> None:
        """The changes (``Change`` records) of the chunk's line ``idx``, whose original is ``text``."""
        if self.k <= 0 or not changes:
            return
        line = self.first_line + idx
        for ordinal, c in enumerate(changes):
            box = self.steps.get(c.step)
            if box is None:
                box = self.steps[c.step] = _BottomK(self.k)
            key = change_key(self.prefix, line, ordinal)
            if box.wants(key):  # the context is cut only for changes that make the sample
                box.offer(key, next(self.order), (key, line, ordinal, field, text, c))

    def samples(self) -> List[Sample]:
        out = []
        for box in self.steps.values():
            for key, line, ordinal, field, text, c in box.items():
                out.append(make_sample(key, self.source, line, ordinal, field, text, c))
        return out


class Reservoir:
    """Main-process side: at most ``k`` samples a step, the smallest keys of all chunks' samples.

    ``add(samples, file_no)`` takes a chunk's samples with the number of its file in the run
    (the samples are shown in input order: file, line, place in the line).
    """

    def __init__(self, k: int):
        self.k = k
        self.steps: Dict[str, _BottomK] = {}
        self.order = count()

    def add(self, samples: Iterable[Sample], file_no: int = 0) -> None:
        for s in samples:
            box = self.steps.get(s.step)
            if box is None:
                box = self.steps[s.step] = _BottomK(self.k)
            if box.wants(s.key):
                box.offer(s.key, next(self.order), (file_no, s))

    def samples(self, step: str) -> List[Sample]:
        """The samples of ``step`` in input order."""
        box = self.steps.get(step)
        if box is None:
            return []
        return [s for _, s in sorted(box.items(), key=lambda e: (e[0], e[1].line, e[1].ordinal))]

    def size(self) -> int:
        return sum(len(b.heap) for b in self.steps.values())
