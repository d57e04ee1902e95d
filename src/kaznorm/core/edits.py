"""Edits, change records, the offset map and applying a step's edits to a text.

A *step* looks at the text and says where to change it and what each place
becomes (a list of :class:`Edit`).  It never builds the new text itself and
never does I/O.  The pipeline applies each step's edits (:func:`apply_validated`),
records them as :class:`Change` objects with their span in the *original* text,
and keeps an :class:`OffsetMap` between the original and the cleaned text.  So
``explain()`` and offsets come from one place, whatever the steps do.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Sequence, Tuple

__all__ = [
    "Edit",
    "Change",
    "Skip",
    "OffsetMap",
    "Result",
    "replay",
    "apply_edits",
    "apply_validated",
    "validated_edits",
    "NO_EDITS",
]


# --------------------------------------------------------------------------- edits


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of a step's input with ``replacement``.

    ``note`` is free text for ``explain()`` (candidates, reason...).  ``confidence`` (0 to 1) is how sure
    the step is that the change is right: the share of such changes found right where it was measured
    (a mechanical repair is 1.0).  A pipeline applies only edits at or above its ``min_confidence``.
    """

    start: int
    end: int
    replacement: str
    note: str = ""
    confidence: float = 1.0

    def __init__(self, start: int, end: int, replacement: str, note: str = "", confidence: float = 1.0):
        # what the generated __init__ does (a frozen dataclass sets its fields past __setattr__),
        # with one attribute lookup instead of five object.__setattr__ calls: steps make many edits
        d = self.__dict__
        d["start"] = start
        d["end"] = end
        d["replacement"] = replacement
        d["note"] = note
        d["confidence"] = confidence


class _NoEdits(list):
    """The empty edit list a step returns when it proposes no edit at all (see :data:`NO_EDITS`); it cannot
    be changed (one object, shared)."""

    __slots__ = ()

    def _frozen(self, *args, **kw):
        raise TypeError("NO_EDITS is shared and cannot be changed; build a new list")

    append = extend = insert = remove = pop = clear = sort = reverse = _frozen
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _frozen

    def __repr__(self) -> str:
        return "NO_EDITS"


#: What a step registered with ``quiet_lines`` returns when it proposed no edit on the text (so it left nothing
#: out for another language either): an empty list, equal to ``[]``, that the pipeline tells apart by identity.
#: Such a step is a function of the text (its memos are speed only), so a text on which every step of a run of
#: them returned it is one they all leave alone again: the pipeline remembers it and skips the run there.
NO_EDITS: List["Edit"] = _NoEdits()


@dataclass(frozen=True)
class Change:
    """One applied edit, as ``explain()`` reports it.

    ``start``/``end``/``original`` are in the original text given to the
    pipeline; ``before``/``at`` are the replaced substring and its position in
    the text *as the step saw it* (after the earlier steps), so applying the
    changes in order with ``at``/``before``/``replacement`` rebuilds the output
    exactly (see :meth:`Result.replay`).
    """

    step: str
    start: int
    end: int
    original: str
    replacement: str
    at: int
    before: str
    note: str = ""
    confidence: float = 1.0

    def as_dict(self) -> dict:
        return {
            "step": self.step,
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "at": self.at,
            "before": self.before,
            "note": self.note,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Skip:
    """A change a step proposed and left out because the text there is in another language: ``explain()``
    lists these in ``Result.skipped``, apart from the changes (nothing was changed; ``replay`` ignores them).

    ``start``/``end``/``original`` are in the original text given to the pipeline; ``before`` is what the
    step saw there and ``replacement`` what it would have written.  ``language`` is ``"ru"`` (Russian) or
    ``"other"`` (another script or language: English, Uzbek...); ``scope`` is ``"line"`` (the whole line reads
    so) or ``"span"`` (a quotation or clause inside a Kazakh line); ``note`` says so in words.
    """

    step: str
    start: int
    end: int
    original: str
    before: str
    replacement: str
    language: str
    scope: str
    note: str = ""

    def as_dict(self) -> dict:
        return {"step": self.step, "start": self.start, "end": self.end, "original": self.original,
                "before": self.before, "replacement": self.replacement, "language": self.language,
                "scope": self.scope, "note": self.note}


# --------------------------------------------------------------------------- offsets


class OffsetMap:
    """Monotone map between positions in the original and the cleaned text.

    Stored as the sorted, disjoint list of changed regions
    ``(orig_start, orig_end, clean_start, clean_end)``; outside them the two
    texts are identical copies.  Built by composing each step's edits, in
    O(regions + edits) per step.
    """

    __slots__ = ("o0", "o1", "c0", "c1", "orig_len", "clean_len")

    def __init__(self, length: int = 0):
        self.o0: List[int] = []
        self.o1: List[int] = []
        self.c0: List[int] = []
        self.c1: List[int] = []
        self.orig_len = length
        self.clean_len = length

    # -- queries ---------------------------------------------------------
    def regions(self) -> List[Tuple[int, int, int, int]]:
        return list(zip(self.o0, self.o1, self.c0, self.c1))

    @staticmethod
    def _map(i: int, src0, src1, dst0, dst1, src_len: int, dst_len: int) -> int:
        if i < 0 or i > src_len:
            raise IndexError(f"position {i} outside 0..{src_len}")
        k = bisect.bisect_right(src0, i) - 1
        if k < 0:
            return i
        if i < src1[k]:  # inside a changed region (or at its start)
            return dst0[k] + min(i - src0[k], dst1[k] - dst0[k])
        return dst1[k] + (i - src1[k])

    def to_original(self, i: int) -> int:
        """Position in the original text for position ``i`` of the cleaned text."""
        return self._map(i, self.c0, self.c1, self.o0, self.o1, self.clean_len, self.orig_len)

    def to_clean(self, i: int) -> int:
        """Position in the cleaned text for position ``i`` of the original text."""
        return self._map(i, self.o0, self.o1, self.c0, self.c1, self.orig_len, self.clean_len)

    def span_to_original(self, start: int, end: int) -> Tuple[int, int]:
        """Original span covering current span ``[start, end)`` (widened to whole changed regions)."""
        c0, c1, o0, o1 = self.c0, self.c1, self.o0, self.o1
        k = bisect.bisect_right(c0, start) - 1
        if k >= 0 and start < c1[k]:
            os_ = o0[k]
        elif k >= 0:
            os_ = o1[k] + (start - c1[k])
        else:
            os_ = start
        k = bisect.bisect_left(c1, end)  # first region whose end >= end
        if k < len(c0) and c0[k] < end <= c1[k]:
            oe = o1[k]
        else:
            k = bisect.bisect_right(c0, end) - 1
            if k >= 0 and end >= c1[k]:
                oe = o1[k] + (end - c1[k])
            elif k >= 0:
                oe = o0[k]
            else:
                oe = end
        return os_, max(os_, oe)

    # -- composition -----------------------------------------------------
    def compose(self, edits: Sequence[Edit], new_len: int) -> None:
        """Update the map after ``edits`` (sorted, disjoint, in current coordinates) were applied."""
        if not edits:
            return
        old = list(zip(self.o0, self.o1, self.c0, self.c1))
        # items: (cur_start, cur_end, kind, payload); kind 0 = old region, 1 = new edit
        items: List[Tuple[int, int, int, object]] = [(r[2], r[3], 0, r) for r in old]
        items.extend((e.start, e.end, 1, e) for e in edits)
        items.sort(key=lambda t: (t[0], t[1], t[2]))
        no0: List[int] = []
        no1: List[int] = []
        nc0: List[int] = []
        nc1: List[int] = []
        shift = 0  # new - current, accumulated from new edits before the cluster
        old_delta = 0  # current - original, accumulated from old regions before the cluster
        i, n = 0, len(items)
        while i < n:
            cs, ce, kind, payload = items[i]
            cluster = [items[i]]
            i += 1
            while i < n and items[i][0] <= ce:  # overlapping or touching: one region
                cluster.append(items[i])
                ce = max(ce, items[i][1])
                i += 1
            # original span of the cluster
            first_old = next((p for s, e, k, p in cluster if k == 0), None)
            last_old = None
            for s, e, k, p in cluster:
                if k == 0:
                    last_old = p
            os_ = first_old[0] if first_old is not None and first_old[2] == cs else cs - old_delta
            if last_old is not None:
                delta_after = old_delta + sum((p[3] - p[2]) - (p[1] - p[0]) for s, e, k, p in cluster if k == 0)
            else:
                delta_after = old_delta
            oe = last_old[1] if last_old is not None and last_old[3] == ce else ce - delta_after
            growth = sum(len(p.replacement) - (p.end - p.start) for s, e, k, p in cluster if k == 1)
            ns = cs + shift
            ne = ce + shift + growth
            no0.append(os_)
            no1.append(oe)
            nc0.append(ns)
            nc1.append(ne)
            shift += growth
            old_delta = delta_after
        self.o0, self.o1, self.c0, self.c1 = no0, no1, nc0, nc1
        self.clean_len = new_len


# --------------------------------------------------------------------------- result


@dataclass
class Result:
    """What :func:`kaznorm.explain` returns: the changes made, the offset map, and (``skipped``) the changes
    steps left out because the text there is in another language."""

    original: str
    text: str
    changes: List[Change] = field(default_factory=list)
    offsets: Optional[OffsetMap] = field(default_factory=OffsetMap)
    skipped: List[Skip] = field(default_factory=list)

    def _map(self) -> OffsetMap:
        if self.offsets is None:
            raise ValueError("this result was made without recording offsets; use explain() or run(record=True)")
        return self.offsets

    def to_original(self, i: int) -> int:
        return self._map().to_original(i)

    def to_clean(self, i: int) -> int:
        return self._map().to_clean(i)

    def replay(self) -> str:
        """Rebuild the output by applying the recorded changes to the original, in order."""
        return replay(self.original, self.changes)

    def __str__(self) -> str:
        return self.text

    def report(self) -> str:
        """A human-readable list of the changes, then of those left out as another language."""
        lines = []
        for c in self.changes:
            extra = f"  ({c.note})" if c.note else ""
            lines.append(f"{c.step:15s} [{c.start}:{c.end}] {c.original!r} -> {c.replacement!r}{extra}")
        for k in self.skipped:
            lines.append(f"{k.step:15s} [{k.start}:{k.end}] {k.original!r} left as written, not "
                         f"{k.replacement!r}  ({k.note})")
        return "\n".join(lines)


def replay(original: str, changes: Sequence[Change]) -> str:
    """Apply ``changes`` in order; each step's changes are in that step's own input coordinates."""
    text = original
    i = 0
    while i < len(changes):
        j = i
        while j < len(changes) and changes[j].step == changes[i].step:
            j += 1
        for c in reversed(changes[i:j]):  # right to left keeps earlier positions valid
            if text[c.at:c.at + len(c.before)] != c.before:
                raise ValueError(f"change {c} does not match the text")
            text = text[:c.at] + c.replacement + text[c.at + len(c.before):]
        i = j
    return text


# --------------------------------------------------------------------------- applying edits


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with ``edits`` (sorted, disjoint, in ``text``'s coordinates) applied."""
    parts = []
    pos = 0
    for e in edits:
        parts.append(text[pos:e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def apply_validated(name: str, text: str, edits: Iterable[Edit]) -> str:
    """``apply_edits(text, validated_edits(name, text, edits))``, in one pass when the edits come sorted and well
    formed (as the built-in steps make them); anything else takes that slower path, errors included."""
    if edits.__class__ is not list:
        edits = list(edits)
    parts = []
    pos = 0  # end of the last kept edit
    last = -1  # start of the last kept edit
    n = len(text)
    try:
        for e in edits:
            s = e.start
            t = e.end
            r = e.replacement
            if text[s:t] == r:
                continue
            if not pos <= s <= t <= n or s == t == last:
                break  # out of order, overlapping or outside the text
            parts.append(text[pos:s])
            parts.append(r)
            pos = t
            last = s
        else:
            if not parts:
                return text
            parts.append(text[pos:])
            return "".join(parts)
    except TypeError:
        pass
    return apply_edits(text, validated_edits(name, text, edits))


def validated_edits(name: str, text: str, edits: Iterable[Edit]) -> List[Edit]:
    """Sorted, non-overlapping, non-trivial edits; a step that breaks these rules is a bug."""
    out = [e for e in edits if text[e.start:e.end] != e.replacement]
    if len(out) > 1:
        # steps usually emit their edits in order: sort only when they are not
        prev = out[0]
        for e in out:
            if e.start < prev.start or (e.start == prev.start and e.end < prev.end):
                out.sort(key=lambda e: (e.start, e.end))
                break
            prev = e
    prev_end = -1
    prev_start = -1
    n = len(text)
    for e in out:
        if not (0 <= e.start <= e.end <= n):
            raise RuntimeError(f"step {name!r} produced an edit outside the text: {e}")
        if e.start < prev_end or (e.start == e.end and e.start == prev_start):
            raise RuntimeError(f"step {name!r} produced overlapping edits at {e.start}")
        prev_end = e.end
        prev_start = e.start
    return out
