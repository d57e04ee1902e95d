"""Read-only word containers that load fast and stay small: the shipped forms (counted dict + sorted list),
sorted lines in one string (the Russian word list), and the union of two sets (a user lexicon on the default
one).  All support ``in``, ``len`` and iteration."""
from __future__ import annotations

from bisect import bisect_left
from typing import List, Mapping

__all__ = ["Forms", "SortedText", "SetUnion"]


class Forms:
    """The shipped forms: the counted ones (dict keys) plus a sorted list searched by bisection, which
    loads much faster than hashing a quarter of a million strings into a set."""

    __slots__ = ("counted", "sorted")

    def __init__(self, counted: Mapping[str, int], sorted_uncounted: List[str]):
        self.counted = counted
        self.sorted = sorted_uncounted

    def __contains__(self, x) -> bool:
        if x in self.counted:
            return True
        a = self.sorted
        i = bisect_left(a, x)
        return i < len(a) and a[i] == x

    def __len__(self) -> int:
        return len(self.counted) + len(self.sorted)

    def __iter__(self):
        yield from self.counted
        yield from self.sorted


class SortedText:
    """Sorted lines (each ending in a newline) in one string; membership by bisection over the text."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __contains__(self, x) -> bool:
        if not isinstance(x, str) or not x or "\n" in x:
            return False
        t = self.text
        lo, hi = 0, len(t)  # lo is always the start of a line, hi the start of a line or the end
        while lo < hi:
            mid = (lo + hi) // 2
            s = t.rfind("\n", lo, mid)
            s = lo if s < 0 else s + 1
            e = t.find("\n", s)
            if e < 0:
                e = len(t)
            line = t[s:e]
            if line == x:
                return True
            if line < x:
                lo = e + 1
            else:
                hi = s
        return False

    def __len__(self) -> int:
        return self.text.count("\n")

    def __bool__(self) -> bool:
        return bool(self.text)

    def __iter__(self):
        return iter(self.text.splitlines())


class SetUnion:
    """Read-only union of two sets (so with_words does not copy the default form set)."""

    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __contains__(self, x) -> bool:
        return x in self.a or x in self.b

    def __len__(self) -> int:
        return len(self.a) + len(self.b)

    def __iter__(self):
        yield from self.a
        yield from (x for x in self.b if x not in self.a)
