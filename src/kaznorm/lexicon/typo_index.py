"""Typo candidates from symspellpy over the lexicon's word forms, built lazily and bounded.

symspellpy finds dictionary words within a small edit distance of a query by
pre-computing "deletes" of every dictionary word.  Two things make the stock
use of it unsuitable here, and this module works around both:

* Build cost.  ``SymSpell.create_dictionary_entry`` costs tens of microseconds
  per word; a few hundred thousand Kazakh word forms would take seconds, and
  the first correction in a fresh process must stay well under one second.
  So the index is split into *shards by first letter* (typos in the first
  letter are rare, and the noise we measure never touches it) and a shard is
  built only when a word starting with that letter is first looked up.  A
  shard's delete table is filled in bulk: the words are grouped by their
  ``prefix_length`` prefix (all inflections of a stem share it) and
  ``SymSpell._edits_prefix`` is computed once per group instead of once per
  word.  symspellpy itself still does every lookup and distance computation.
* Memory.  Only the ``max_words`` most frequent forms are indexed (ties keep
  the shorter, then alphabetical order), and a shard's tables are compact
  (:mod:`kaznorm.lexicon.typo_shard`: each delete once, as an int in an array,
  pointing at prefixes; about 15 MB for every shard instead of 80 MB of dicts).
  A lookup within one edit (all but the aggressive profile's long words) uses a
  shard without the deletes two letters away, which such a lookup passes over:
  built in under half the time.  The tables of the shipped lexicon are built offline
  (:mod:`kaznorm.lexicon.typo_tables`) and read in a few ms per shard.

symspellpy is only ever asked about one lowercase token at a time (``lookup``,
never ``lookup_compound`` or ``word_segmentation``), so it cannot split words,
drop digits or hyphens; callers restore case themselves.
"""
from __future__ import annotations

import threading
from collections import defaultdict
from typing import Dict, Iterable, List, Mapping, Optional, Tuple

from .data import data_dir
from .typo_shard import CountView, DeleteTable, count_of
from .typo_tables import FILE as TABLES_FILE, ShippedTables
from .wordlists import SortedText

__all__ = ["TypoIndex", "lexicon_forms", "index_for"]

MAX_EDIT_DISTANCE = 2
PREFIX_LENGTH = 5
MAX_WORDS = 400_000
RECENT_LOOKUPS = 1024  # lookups whose answers are remembered (speed only)


def lexicon_forms(lexicon) -> Iterable[Tuple[str, float]]:
    """``(lowercase form, count)`` pairs for every attested single-word form of ``lexicon``.

    Uses a public ``forms()`` enumeration when the lexicon offers one (a mapping
    form -> count, or an iterable of forms / pairs); otherwise the kaznorm
    ``Lexicon``'s form set and count table.
    """
    forms = getattr(lexicon, "forms", None)
    if callable(forms):
        data = forms()
        if isinstance(data, Mapping):
            return ((str(k).lower(), float(v or 0)) for k, v in data.items())
        return _pairs(data, lexicon)
    fs = getattr(lexicon, "_forms", None)
    if fs is not None:
        counts = getattr(lexicon, "_counts", {}) or {}
        return ((f, float(counts.get(f, 0))) for f in fs)
    raise TypeError(f"{type(lexicon).__name__} offers no way to enumerate its word forms")


def _pairs(data, lexicon):
    for x in data:
        if isinstance(x, str):
            yield x.lower(), float(lexicon.count(x) if hasattr(lexicon, "count") else lexicon.frequency(x))
        else:
            yield str(x[0]).lower(), float(x[1] or 0)


class TypoIndex:
    """Lazy, first-letter-sharded symspellpy index.

    ``TypoIndex(pairs)`` takes ``(form, weight)`` pairs (or a zero-argument
    callable returning them, called on first lookup); :meth:`from_lexicon`
    reads a lexicon's forms and counts without copying them.  :meth:`lookup`
    returns ``[(term, distance, weight)]`` for dictionary terms within
    ``max_distance`` of ``word`` that share its first letter, nearest first,
    then most frequent.
    """

    def __init__(self, pairs=None, *, max_words: int = MAX_WORDS, max_edit_distance: int = MAX_EDIT_DISTANCE,
                 prefix_length: int = PREFIX_LENGTH, _forms=None, _weights: Optional[Mapping[str, float]] = None,
                 tables: Optional[ShippedTables] = None):
        self._source = pairs
        # delete tables built offline, used for a shard whose prefixes they were built from (typo_tables)
        self.tables = tables if tables is not None else ShippedTables(data_dir() / TABLES_FILE)
        self._src_forms = _forms
        self._weights: Mapping[str, float] = _weights if _weights is not None else {}
        self.max_words = max_words
        self.max_edit_distance = max_edit_distance
        self.prefix_length = prefix_length
        self._by_letter: Optional[Dict[str, SortedText]] = None
        self._shards: Dict[str, object] = {}
        self._near: Dict[str, object] = {}  # shards for lookups within one edit (see _shard)
        # the last lookups' answers (speed only: the keyboard, typo and segment steps look up the same word
        # within a line or two of each other); cleared when full
        self._recent: Dict[Tuple[str, int], List[Tuple[str, int, float]]] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_lexicon(cls, lexicon, **kw) -> "TypoIndex":
        """An index over ``lexicon``'s attested forms, weighted by its corpus counts (no copy of either)."""
        fs = getattr(lexicon, "_forms", None)
        counts = getattr(lexicon, "_counts", None)
        if fs is not None and isinstance(counts, Mapping) and not callable(getattr(lexicon, "forms", None)):
            return cls(None, _forms=fs, _weights=counts, **kw)
        return cls(lambda: lexicon_forms(lexicon), **kw)

    # -- building ----------------------------------------------------------
    def _letter(self, letter: str) -> List[str]:
        st = self._load().get(letter)
        return st.lines() if st is not None else []

    def _load(self) -> Dict[str, SortedText]:
        """Each first letter's indexed forms, sorted, in one string (no string per form is kept)."""
        if self._by_letter is None:
            with self._lock:
                if self._by_letter is None:
                    # (a letter's forms, sorted, each followed by a newline)
                    self._by_letter = {k: SortedText("\n".join(sorted(v)) + "\n" if v else "")
                                       for k, v in self._bucket().items()}
                    self._source = self._src_forms = None
        return self._by_letter

    def _bucket(self) -> Dict[str, List[str]]:
        by_letter: Dict[str, List[str]] = defaultdict(list)
        grouped = getattr(self._src_forms, "letters_only_by_initial", None)  # (the shipped forms: speed only)
        if grouped is not None:
            by_letter.update(grouped())
        elif self._src_forms is not None:
            for form in self._src_forms:
                if form.isalpha():
                    by_letter[form[0]].append(form)
        else:
            src = self._source() if callable(self._source) else (self._source or ())
            weights: Dict[str, float] = {}
            seen = set()
            for form, weight in src:
                if form.isalpha():
                    if form not in seen:
                        seen.add(form)
                        by_letter[form[0]].append(form)
                    if weight > weights.get(form, 0.0):
                        weights[form] = weight
            self._weights = weights
        n = sum(len(v) for v in by_letter.values())
        if n > self.max_words:
            # keep the most frequent; among equal weights the shorter, then alphabetical (deterministic)
            w = self._weights.get
            allw = sorted((w(f, 0.0) for lst in by_letter.values() for f in lst), reverse=True)
            cutoff = allw[self.max_words - 1]
            room = self.max_words - sum(1 for x in allw if x > cutoff)
            ties = sorted((f for lst in by_letter.values() for f in lst if w(f, 0.0) == cutoff),
                          key=lambda f: (len(f), f))
            keep_ties = set(ties[:room])
            by_letter = {k: [f for f in lst if w(f, 0.0) > cutoff or f in keep_ties] for k, lst in by_letter.items()}
        return dict(by_letter)

    def weight(self, form: str) -> float:
        return float(self._weights.get(form, 0.0))

    def forms_starting(self, letter: str) -> List[str]:
        """The indexed forms that start with ``letter``, sorted (a new list)."""
        return self._letter(letter)

    def has_prefix(self, p: str) -> bool:
        """Some indexed form starts with ``p`` (not empty)."""
        st = self._load().get(p[0])
        return st is not None and st.has_prefix(p)

    def _shard(self, letter: str, near: bool = False):
        """The shard of ``letter``; ``near``: one that answers lookups within one edit only (its delete table
        leaves out the prefixes two deletes away, which such a lookup passes over)."""
        shards = self._near if near and self.max_edit_distance > 1 else self._shards
        sh = shards.get(letter)
        if sh is not None:
            return sh
        items = self._letter(letter)
        with self._lock:
            sh = shards.get(letter)
            if sh is None:
                sh = self._build(items, shards is self._near)
                shards[letter] = sh
        return sh

    def _build(self, forms: List[str], near: bool = False):
        from symspellpy import SymSpell

        sym = SymSpell(max_dictionary_edit_distance=self.max_edit_distance, prefix_length=self.prefix_length)
        if not forms:
            return sym
        w = self._weights.get
        if not all(hasattr(sym, a) for a in ("_deletes", "_edits_prefix", "_words", "_max_length")):
            for form in forms:  # a symspellpy without the internals we rely on: the slow public way
                sym.create_dictionary_entry(form, _count(float(w(form, 0.0))))
            return sym
        distance = 1 if near else self.max_edit_distance
        one_letter = _one_letter(forms)
        shipped = self.tables.arrays(self.prefix_length, distance, forms[0][0]) if one_letter else None
        table = DeleteTable.build(forms, self.prefix_length, _edits_of(sym, distance, self.prefix_length), shipped)
        if near and table is None:
            return self._build(forms)
        if table is not None:
            # compact tables symspellpy reads as its own dicts (typo_shard)
            sym._deletes = table
            st = self._load().get(forms[0][0]) if one_letter else None
            if st is not None and table.groups.text == st.text:
                table.groups.text = st.text  # (one string for the letter's forms, its shards and their counts)
            sym._words = CountView(st if st is not None else sorted(forms), self._weights)
        else:  # (a shard the compact encoding does not fit)
            groups: Dict[str, List[str]] = defaultdict(list)
            for form in forms:
                groups[form[: self.prefix_length]].append(form)
            deletes: Dict[str, List[str]] = {}
            edits_prefix = sym._edits_prefix
            for prefix, members in groups.items():
                for d in edits_prefix(prefix):
                    lst = deletes.get(d)
                    if lst is None:
                        deletes[d] = members[:]
                    else:
                        lst.extend(members)
            sym._deletes = deletes
            # symspellpy reads counts as positive ints; the weights keep their order
            sym._words = {form: _count(float(w(form, 0.0))) for form in forms}
        sym._max_length = max(map(len, forms))
        return sym

    # -- querying ----------------------------------------------------------
    def lookup(self, word: str, max_distance: int = 1) -> List[Tuple[str, int, float]]:
        """Terms within ``max_distance`` of the lowercase ``word`` (same first letter), nearest first."""
        from symspellpy import Verbosity

        if not word or not word.isalpha():
            return []
        word = word.lower()
        max_distance = max(0, min(max_distance, self.max_edit_distance))
        key = (word, max_distance)
        out = self._recent.get(key)
        if out is not None:
            return list(out)
        sym = self._shard(word[0], max_distance <= 1)
        out = [(s.term, s.distance, self.weight(s.term))
               for s in sym.lookup(word, Verbosity.ALL, max_edit_distance=max_distance)]
        out.sort(key=lambda t: (t[1], -t[2], t[0]))
        if len(self._recent) >= RECENT_LOOKUPS:
            self._recent.clear()
        self._recent[key] = out
        return list(out)

    def built_shards(self) -> List[str]:
        return sorted(set(self._shards) | set(self._near))

    def letters(self) -> List[str]:
        """The first letters of the indexed forms (one shard each)."""
        return sorted(self._load())

    def delete_table(self, letter: str, near: bool = False) -> Optional[DeleteTable]:
        """The compact delete table of ``letter``'s shard (built now if need be; None for a shard kept as plain
        dicts); ``near``: the shard for lookups within one edit."""
        table = self._shard(letter, near)._deletes
        return table if isinstance(table, DeleteTable) else None

    def build_all(self) -> None:
        """Build every shard now (for benchmarks)."""
        for letter in list(self._load()):
            self._shard(letter)


def _edits_of(sym, max_distance: int, n_pref: int):
    """symspellpy's ``_edits_prefix`` (a prefix, every string made from it by deleting 1 to ``max_distance``
    letters, and "" for a prefix that short), written with set comprehensions for 1 and 2.  (With 1 for an
    index of distance 2: the deletes a lookup within one edit can use, those one delete away or none.)"""
    if max_distance not in (1, 2) or n_pref < 1:
        return sym._edits_prefix

    def edits(key: str) -> set:
        key = key[:n_pref]
        out = {key[:i] + key[i + 1:] for i in range(len(key))}
        if max_distance == 2:
            out |= {x[:i] + x[i + 1:] for x in out for i in range(len(x))}
        out.add(key)
        if len(key) <= max_distance:
            out.add("")
        return out

    return edits


_count = count_of


def _one_letter(forms: List[str]) -> bool:
    c = forms[0][0]
    return all(f[0] == c for f in forms)


def index_for(lexicon) -> TypoIndex:
    """The (lazy) index over ``lexicon``'s forms, kept with the lexicon (one per lexicon object)."""
    derived = getattr(lexicon, "derived", None)
    if derived is None:  # a lexicon-like object of a user's: an index of its own each call
        return TypoIndex.from_lexicon(lexicon)
    return derived("typo_index", TypoIndex.from_lexicon)
