"""The tables of one typo-index shard in a compact form that symspellpy reads as its own.

symspellpy's ``SymSpell`` keeps ``_deletes`` (every delete of every word's prefix -> the words) and
``_words`` (word -> count) as dicts; ``lookup`` only asks ``d in _deletes``, ``_deletes[d]``, ``w in _words``
and ``_words[w]``.  Built as dicts for a quarter of a million Kazakh forms they took about 80 MB and a second.
Here the words are grouped by prefix (all the inflections of a stem share one), and each delete is kept once,
as an int in a sorted ``array`` pointing at the prefixes it comes from: :class:`DeleteTable`
answers ``_deletes[d]`` with the same words (grouped by prefix, which changes no lookup: symspellpy
decides each word on its own and the index sorts what it returns).  :class:`CountView` answers ``_words``
from the sorted forms and the lexicon's weights, without a copy.
"""
from __future__ import annotations

import zlib
from array import array
from bisect import bisect_left
from itertools import groupby
from operator import itemgetter
from typing import Callable, Dict, Iterable, List, Mapping, Optional

__all__ = ["DeleteTable", "GroupText", "CountView", "count_of", "prefixes_digest"]

_MAX_KEY_BYTES = 7  # a delete is encoded as one byte per letter; 7 bytes + the prefix id stay under 2**64


class DeleteTable:
    """``delete -> words`` for symspellpy, from the words' prefixes and their deletes.

    :meth:`build` returns None when the shard does not fit the encoding (over 254 distinct letters in
    its prefixes, or prefixes longer than 7 letters): the caller keeps plain dicts then."""

    __slots__ = ("letters", "table", "keys", "starts", "ids", "groups", "_last")

    def __init__(self, letters: frozenset, table: dict, keys: array, starts: array, ids: array,
                 groups: "GroupText"):
        self.letters = letters
        self.table = table
        self.keys = keys
        self.starts = starts
        self.ids = ids
        self.groups = groups
        self._last = (None, -1)

    @classmethod
    def build(cls, forms: Iterable[str], prefix_length: int, edits: Callable[[str], Iterable[str]],
              shipped: Optional[Callable[[int, int], Optional[tuple]]] = None) -> Optional["DeleteTable"]:
        """The table of ``forms``; ``edits(prefix)``: the deletes symspellpy files a prefix under.
        ``shipped(number of prefixes, prefixes_digest)``: the arrays built offline for exactly these prefixes
        (``lexicon.typo_tables``), or None: then they are computed here."""
        by_prefix: Dict[str, List[str]] = {}
        # (speed only: the runs of one prefix are found in C; the forms come sorted, so a prefix is one run)
        for p, run in groupby(forms, itemgetter(slice(0, prefix_length))):
            lst = by_prefix.get(p)
            if lst is None:
                by_prefix[p] = list(run)
            else:
                lst.extend(run)
        prefixes = sorted(by_prefix)
        letters = frozenset("".join(prefixes))
        if len(letters) > 254 or any(len(p) > _MAX_KEY_BYTES for p in prefixes):
            return None
        table = {ord(c): i for i, c in enumerate(sorted(letters), 1)}
        groups = GroupText.of([by_prefix[p] for p in prefixes])
        del by_prefix  # (the words stay in one string: no list of strings per prefix)
        got = shipped(len(prefixes), prefixes_digest(prefixes)) if shipped is not None else None
        if got is not None:
            return cls(letters, table, got[0], got[1], got[2], groups)
        shift = max(1, len(prefixes)).bit_length()
        from_bytes = int.from_bytes
        coded: List[int] = []
        for pid, p in enumerate(prefixes):
            # the deletes of the prefix as symspellpy files them, each encoded one byte per letter (no byte
            # is 0, so strings of other lengths never share a code), with the prefix id in the low bits
            coded.extend([(from_bytes(d.translate(table).encode("latin-1"), "big") << shift) | pid
                          for d in edits(p)])
        coded.sort()
        mask = (1 << shift) - 1
        codes = [c >> shift for c in coded]
        firsts = [0]
        firsts += [i for i in range(1, len(codes)) if codes[i] != codes[i - 1]]
        keys = array("Q", [codes[i] for i in firsts])
        firsts.append(len(codes))
        starts = array("I", firsts)
        ids = array("I", [c & mask for c in coded])
        return cls(letters, table, keys, starts, ids, groups)

    def _find(self, d) -> int:
        last = self._last
        if last[0] == d:
            return last[1]
        i = -1
        if d.__class__ is str and self.letters.issuperset(d):
            k = int.from_bytes(d.translate(self.table).encode("latin-1"), "big")
            keys = self.keys
            j = bisect_left(keys, k)
            if j < len(keys) and keys[j] == k:
                i = j
        self._last = (d, i)
        return i

    def __contains__(self, d) -> bool:
        return self._find(d) >= 0

    def __getitem__(self, d) -> List[str]:
        i = self._find(d)
        if i < 0:
            raise KeyError(d)
        ids, groups = self.ids, self.groups
        a, b = self.starts[i], self.starts[i + 1]
        if b - a == 1:
            return groups[ids[a]]
        out: List[str] = []
        for j in range(a, b):
            out.extend(groups[ids[j]])
        return out

    def __len__(self) -> int:
        return len(self.keys)


class GroupText:
    """The words of each prefix (a list of lists of words) held as one string, the words one a line, group
    after group, and the offset where each group starts: ``groups[i]`` is the list of group ``i``'s words (a new
    list), iterating gives every group's list in turn.  When the groups follow one another in a shard's sorted
    forms, :attr:`text` equals that shard's sorted text, and the index shares that string."""

    __slots__ = ("text", "starts")

    def __init__(self, text: str, starts: array):
        self.text, self.starts = text, starts

    @classmethod
    def of(cls, groups: List[List[str]]) -> "GroupText":
        starts, pos = array("I", [0]), 0
        parts = ["\n".join(g) + "\n" if g else "" for g in groups]  # (each word followed by a newline)
        for part in parts:
            pos += len(part)
            starts.append(pos)
        return cls("".join(parts), starts)

    def __getitem__(self, i: int) -> List[str]:
        if not 0 <= i < len(self.starts) - 1:
            raise IndexError(i)
        return self.text[self.starts[i]:self.starts[i + 1] - 1].split("\n")

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __iter__(self):
        return (self[i] for i in range(len(self)))


def prefixes_digest(prefixes: List[str]) -> int:
    """A checksum of a shard's sorted prefixes: a shipped table is used only for the prefixes it was built from."""
    return zlib.crc32("\n".join(prefixes).encode("utf-8"))


class CountView:
    """``word -> positive int count`` for symspellpy: membership in the shard's sorted forms (a sorted list, or
    a container such as :class:`kaznorm.lexicon.wordlists.SortedText`), the count from the lexicon's weight
    (:func:`count_of`)."""

    __slots__ = ("forms", "weights")

    def __init__(self, sorted_forms, weights: Mapping[str, float]):
        self.forms = sorted_forms
        self.weights = weights

    def __contains__(self, form) -> bool:
        a = self.forms
        if a.__class__ is not list:
            return form in a
        i = bisect_left(a, form)
        return i < len(a) and a[i] == form

    def __getitem__(self, form) -> int:
        if form not in self:
            raise KeyError(form)
        return count_of(float(self.weights.get(form, 0.0)))

    def __len__(self) -> int:
        return len(self.forms)


def count_of(weight: float) -> int:
    """symspellpy wants positive int counts; relative frequencies are scaled, order kept."""
    return max(1, int(round(weight * 1e9)) if weight < 1 else int(weight))
