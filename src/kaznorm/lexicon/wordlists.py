"""Read-only word containers that load fast and stay small: the shipped forms (counted dict + sorted list),
sorted lines in one string (the Russian word list), and the union of two sets (a user lexicon on the default
one).  All support ``in``, ``len`` and iteration."""
from __future__ import annotations

from array import array
from bisect import bisect_left
from codecs import charmap_encode
from encodings.iso8859_5 import encoding_table as _ISO8859_5
from typing import Dict, List, Mapping, Optional, Union

__all__ = ["Forms", "SortedText", "NarrowSortedText", "narrow_sorted_text", "SetUnion", "Deferred"]


class Deferred:
    """A read-only container made on first use: ``load()`` makes it (a :class:`SortedText`, a list...) when it is
    first asked anything; ``size``, when given, is its length, answered without making it.  Stands for a
    section of the shipped data that the first lines of text seldom need (the uncounted forms, the names)."""

    __slots__ = ("load", "size", "value")

    def __init__(self, load, size: Optional[int] = None):
        self.load, self.size, self.value = load, size, None

    def get(self):
        v = self.value
        if v is None:
            v = self.value = self.load()  # (load() itself is safe to call from two threads at once)
        return v

    def __contains__(self, x) -> bool:
        return x in self.get()

    def __len__(self) -> int:
        return self.size if self.size is not None else len(self.get())

    def __iter__(self):
        return iter(self.get())

    def __getattr__(self, name):  # has_prefix, lines, text...
        if name in Deferred.__slots__:
            raise AttributeError(name)
        return getattr(self.get(), name)

    def __reduce__(self):  # pickled as what it stands for
        return _itself, (self.get(),)


def _itself(x):
    return x


class Forms:
    """The shipped forms: the counted ones (dict keys) plus the uncounted ones, sorted: a list searched by
    bisection, or (as the shipped data is read) one :class:`SortedText` searched in place, which loads much
    faster than hashing a quarter of a million strings into a set and holds a fifth of a list's memory.
    The uncounted ones may come as a :class:`Deferred` (read on the first word not counted)."""

    __slots__ = ("counted", "_sorted", "size")

    def __init__(self, counted: Mapping[str, int], sorted_uncounted: Union[List[str], "SortedText", Deferred]):
        self.counted = counted
        self._sorted = sorted_uncounted
        self.size = len(counted) + len(sorted_uncounted)  # (asked per word by Lexicon.logprob: counted once)

    @property
    def sorted(self) -> Union[List[str], "SortedText"]:
        """The uncounted forms: a sorted list or a :class:`SortedText` (made now if deferred)."""
        a = self._sorted
        if a.__class__ is Deferred:
            a = self._sorted = a.get()
        return a

    def __contains__(self, x) -> bool:
        if x in self.counted:
            return True
        a = self._sorted
        if a.__class__ is not list:  # (a SortedText: one string, searched in place)
            if a.__class__ is Deferred:
                return x in self.sorted
            return x in a
        i = bisect_left(a, x)
        return i < len(a) and a[i] == x

    def __len__(self) -> int:
        return self.size

    def letters_only_by_initial(self) -> Dict[str, List[str]]:
        """The forms made of letters only (``str.isalpha``) by their first letter, each list sorted: what
        grouping and sorting the iterated forms gives, made of two sorted lists (speed only: the uncounted
        forms are sorted already, so a letter's forms are one slice of each, merged by one sort of two runs)."""
        a = self.sorted
        out: Dict[str, List[str]] = {}
        for forms in (sorted(filter(str.isalpha, self.counted)),
                      list(filter(str.isalpha, _lines(a.text) if a.__class__ is SortedText else a))):
            i, n = 0, len(forms)
            while i < n:
                c = forms[i][0]
                j = bisect_left(forms, chr(ord(c) + 1), i) if ord(c) < 0x10FFFF else n
                out.setdefault(c, []).extend(forms[i:j])
                i = j
        return {c: sorted(v) for c, v in out.items()}

    def __iter__(self):
        yield from self.counted
        a = self.sorted
        yield from (_lines(a.text) if a.__class__ is SortedText else a)


def _lines(text: str) -> List[str]:
    """The lines of a :class:`SortedText`'s text."""
    return text.split("\n")[:-1] if text.endswith("\n") else (text.split("\n") if text else [])


class SortedText:
    """Sorted lines (each ending in a newline) in one string.

    Membership: where the lines sharing the word's first :data:`BUCKET` characters lie is found once (two
    bisections) and remembered as one int; the word is then searched for between those offsets with
    ``str.find`` (no copy); shorter words are bisected directly, and the answers for the last thousand or so
    remembered (speed only: the same short strings are asked again and again)."""

    __slots__ = ("text", "_buckets", "_marks", "_short")

    BUCKET = 5
    STEP = 512  # characters between two lines sampled for the first, C-speed, bisection
    SCAN = 4096  # the lines sharing a word's prefix are scanned with str.find when they span at most this much
    SHORT = 1024  # short words whose answers are remembered (emptied when full)

    def __init__(self, text: str):
        self.text = text
        self._buckets: dict = {}
        self._marks: Optional[tuple] = None
        self._short: dict = {}

    def __contains__(self, x) -> bool:
        if x.__class__ is not str:
            if not isinstance(x, str):
                return False
        if len(x) < self.BUCKET:
            got = self._short.get(x)
            if got is None:
                if len(self._short) >= self.SHORT:
                    self._short.clear()
                got = self._short[x] = self._bisect(x)
            return got
        if "\n" in x:
            return False
        lo, hi = self._bucket(x[:self.BUCKET])
        if lo >= hi:
            return False
        if hi - lo > self.SCAN:  # many lines share the prefix: bisected rather than scanned
            return self._bisect(x)
        t = self.text
        if lo == 0 and t.startswith(x + "\n"):
            return True
        # a line is preceded by a newline (but the first) and ends with one (or the text)
        if t.find("\n" + x + "\n", lo - 1 if lo else 0, hi) >= 0:
            return True
        return hi == len(t) and not t.endswith("\n") and (t.endswith("\n" + x) or t == x)

    def _line_at_or_after(self, x: str) -> int:
        """Offset of the first line ``>= x`` (``len(text)`` when none): bisected among the sampled lines
        (:meth:`_sample`), then among the lines between two of them, by their offsets in the text (speed only:
        no list of those lines is made)."""
        t = self.text
        lines, offsets = self._marks or self._sample()
        j = bisect_left(lines, x)  # lines[j - 1] < x <= lines[j]
        if j == 0:
            return 0  # (the first line is sampled)
        lo = offsets[j - 1]  # the start of a line < x ...
        hi = offsets[j] if j < len(offsets) else len(t)  # ... and of a line >= x (or the end of the text)
        find, rfind = t.find, t.rfind
        while True:
            # a line starting between lo and hi, near their middle
            nl = find("\n", (lo + hi) // 2, hi)
            if nl < 0 or nl + 1 >= hi:
                nl = rfind("\n", lo, (lo + hi) // 2)
                if nl < 0:
                    return hi  # no line starts between them: hi's is the first >= x
            s = nl + 1
            e = find("\n", s, hi)
            if t[s:e if e >= 0 else hi] >= x:
                hi = s
            else:
                lo = s

    def _sample(self) -> tuple:
        """(lines, offsets): the first line and the first line starting at or after every :data:`STEP`
        characters past the previous one, with their offsets (made on the first search)."""
        t, step = self.text, self.STEP
        offsets, lines, s, n = [], [], 0, len(t)
        while s < n:
            e = t.find("\n", s)
            e = n if e < 0 else e
            offsets.append(s)
            lines.append(t[s:e])
            nxt = t.find("\n", s + step - 1)
            if nxt < 0:
                break
            s = max(nxt + 1, e + 1)
        self._marks = (lines, array("I", offsets))
        return self._marks

    def _bucket(self, key: str) -> tuple:
        """``(lo, hi)``: the lines starting with ``key`` lie in ``text[lo:hi]`` (remembered per key)."""
        span = self._buckets.get(key)
        if span is None:
            span = self._buckets[key] = self._span(key)
        return span >> 32, span & 0xFFFFFFFF

    def _span(self, key: str) -> int:
        """``lo << 32 | hi``: the lines starting with ``key`` lie in ``text[lo:hi]`` (when none does, some
        ``lo == hi``)."""
        t = self.text
        lo = self._first_line_with(key, "")
        if lo < 0:
            return 0  # no line starts with key
        if ord(key[-1]) >= 0x10FFFF:
            return lo << 32 | len(t)
        hi = self._bucket_end(key, lo)
        if hi < 0:
            hi = self._line_at_or_after(key[:-1] + chr(ord(key[-1]) + 1))
        return lo << 32 | hi

    def _bucket_end(self, key: str, lo: int) -> int:
        """Speed only: the end of the lines starting with ``key`` (the first of them at ``lo``) when they end
        within :data:`SCAN` characters, found with ``str.rfind`` instead of a second bisection; -1 otherwise."""
        t = self.text
        for scan in (self.SCAN >> 4, self.SCAN):  # (most spans are short: a small window first)
            end = min(lo + scan, len(t))
            last = t.rfind("\n" + key, max(lo - 1, 0), end)  # the last such line starting before ``end``...
            last = lo if last < lo else last + 1
            nl = t.find("\n", last)
            if nl < 0:
                return len(t)
            # ... ends the span when the line after it does not start with key (the lines sharing it are adjacent)
            if nl + 1 >= len(t) or not t.startswith(key, nl + 1):
                return nl + 1
        return -1

    def _first_line_with(self, x: str, end: str) -> int:
        """Offset of the first line starting with ``x + end`` (``end``: "" or a newline), -1 when none does.
        (Speed only: such a line is the first line ``>= x`` (a line between ``x`` and it would start with ``x``
        too), so it starts after the last sampled line ``< x`` and at the latest at the next sampled line: one
        ``str.find`` of a newline and ``x + end`` there, where :meth:`_line_at_or_after` bisects line by line.)"""
        t = self.text
        lines, offsets = self._marks or self._sample()
        j = bisect_left(lines, x)  # lines[j - 1] < x <= lines[j]
        if j == 0:  # (the first line is sampled, and no newline precedes it)
            return 0 if t.startswith(x + end) else -1
        stop = (offsets[j] if j < len(offsets) else len(t)) + len(x) + len(end)
        at = t.find("\n" + x + end, offsets[j - 1], stop)
        return at + 1 if at >= 0 else -1

    def _bisect(self, x: str) -> bool:
        if not x or "\n" in x:
            return False
        t = self.text
        # a line followed by a newline, or the last line of a text that does not end with one
        return self._first_line_with(x, "\n") >= 0 or \
            (t.endswith(x) and (len(t) == len(x) or t.endswith("\n" + x)))

    def has_prefix(self, p: str) -> bool:
        """Some line starts with ``p`` (where the lines starting with its first :data:`BUCKET` characters lie
        is remembered, as for ``in``)."""
        if "\n" in p:
            return False
        if not p:
            return bool(self.text)
        lo, hi = self._bucket(p[:self.BUCKET])
        if lo >= hi:
            return False
        t = self.text
        return len(p) <= self.BUCKET or t.startswith(p, lo) or t.find("\n" + p, lo, hi) >= 0

    def lines(self) -> List[str]:
        """The lines, as a list (without their newlines)."""
        return _lines(self.text)

    def __len__(self) -> int:
        return self.text.count("\n")

    def __bool__(self) -> bool:
        return bool(self.text)

    def __iter__(self):
        return iter(self.text.splitlines())


# ISO-8859-5 keeps the code point order of every character but these three (it puts them among the Cyrillic)
_ISO_CYRILLIC_OUT_OF_ORDER = ("\u00ad", "\u00a7", "\u2116")


def _narrow(x: str) -> Optional[str]:
    """``x`` as a :class:`NarrowSortedText` holds it (its ISO-8859-5 bytes read as Latin-1); None when ISO-8859-5
    cannot write it.  (Speed only: the codec's table is used directly, a character it lacks dropped rather than
    raising, which is slow; a dropped character shows as a shorter result.)"""
    b = charmap_encode(x, "ignore", _ISO8859_5)[0]
    return b.decode("latin-1") if len(b) == len(x) else None


def narrow_sorted_text(text: str) -> SortedText:
    """``SortedText(text)``, as a :class:`NarrowSortedText` (one byte a character) when every character of
    ``text`` is one of ISO-8859-5 whose order it keeps (the Russian word list: а-я, ё)."""
    if not any(c in text for c in _ISO_CYRILLIC_OUT_OF_ORDER):
        try:
            return NarrowSortedText(text.encode("iso8859_5").decode("latin-1"))
        except UnicodeEncodeError:
            pass
    return SortedText(text)


class NarrowSortedText(SortedText):
    """A :class:`SortedText` of words written in ISO-8859-5 (each character one byte, read as Latin-1: a str
    of half the size for Cyrillic words).  A word is looked up by its own ISO-8859-5 bytes (one to one, so
    membership is the same); a word that ISO-8859-5 cannot write is in no such list.  Made by
    :func:`narrow_sorted_text`, which checks that the encoding keeps the lines' order."""

    __slots__ = ()

    def __contains__(self, x) -> bool:
        if not isinstance(x, str):
            return False
        x = _narrow(x)
        return x is not None and SortedText.__contains__(self, x)

    def has_prefix(self, p: str) -> bool:
        """Some line starts with ``p`` (looked up by its ISO-8859-5 bytes, as for ``in``)."""
        p = _narrow(p)
        return p is not None and SortedText.has_prefix(self, p)

    def __iter__(self):
        return iter(self.text.encode("latin-1").decode("iso8859_5").splitlines())


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
