"""The ``Lexicon`` class: word forms with counts, stems for the analyser, compounds, names, foreign words,
user terms; and :func:`default_lexicon`, the shipped one, loaded on first use."""
from __future__ import annotations

import math
import threading
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, Mapping, Optional, Tuple, Union

from .data import (load_bases, load_data, load_doubtful, load_foreign, load_pairs, load_russian,
                   load_russian_evidence, load_separate, load_stems)
from .folding import fold, fold_all
from .known import KnownWords
from .wordlists import Deferred, Forms, SetUnion, SortedText

__all__ = ["Lexicon", "default_lexicon", "CACHE_SIZE"]

_PLUS_ONE = 1.0  # add-one smoothing for counted forms
# the default limit of a lexicon's memos (speed only; each is emptied when full): known() answers, and the
# analyser's accepts() answers and closed-stem readings.  Set ``Lexicon.cache_size`` (on the class or on
# one lexicon, before its first question) for another.
CACHE_SIZE = 200_000


class Lexicon(KnownWords):
    """Word forms with counts, stems for the morphology, compounds, names, foreign words, user terms."""

    cache_size: int = CACHE_SIZE  # entries each memo of this lexicon and its analysers keeps (speed only)

    def __init__(self, counts: Mapping[str, int], forms: Iterable[str], *, stems: Optional[Mapping[str, str]] = None,
                 compounds: Iterable[str] = (), names: Iterable[str] = (), russian: Optional[Iterable[str]] = (),
                 english: Optional[Iterable[str]] = (), protected: Iterable[str] = (), bases=(),
                 russian_known=(), spaced: Iterable[str] = (), _default: bool = False):
        self._counts: Dict[str, int] = dict(counts) if not isinstance(counts, dict) else counts
        self._forms = forms if isinstance(forms, (set, frozenset, Forms, SetUnion)) else set(forms)
        # stems may be a zero-argument callable (the shipped stems are read when the morphology is first needed)
        self._stems_src = stems if callable(stems) else None
        self._stems: Dict[str, str] = {} if callable(stems) else dict(stems or {})
        self._compounds = fold_all(compounds)
        # compounds the corpora mostly write with a space (кез-келген): split, they take a space
        self._spaced = frozenset(fold(c) for c in spaced)
        self._names = names if isinstance(names, (SortedText, Deferred)) else frozenset(names)
        # None: the shipped Russian/English lists, read on first use
        self._russian = None if russian is None else frozenset(w.lower() for w in russian)
        self._english = None if english is None else frozenset(w.lower() for w in english)
        self._protected = frozenset(p.lower() for p in protected)
        self._total = float(sum(self._counts.values())) or 1.0
        self._floor = math.log(0.5 / (self._total + len(self._forms)))
        self._default = _default
        self._additions: Optional[Tuple[Tuple[str, ...], Tuple[str, ...]]] = None
        self._without_of: Optional[Tuple["Lexicon", frozenset]] = None  # without_words: (the parent, the words)
        self._analyzer = None
        self._analyzer_checked = False
        self._lock = threading.Lock()
        self._known_cache: Dict[str, bool] = {}
        # inflection bases and Russian words known as they are: zero-argument callables (the shipped
        # lists, read when an otherwise unknown word is first asked) or iterables
        self._bases_src = bases if callable(bases) else None
        self._bases: FrozenSet[str] = frozenset() if callable(bases) else frozenset(fold(b) for b in bases)
        self._ru_src = russian_known if callable(russian_known) else None
        self._ru_known = SortedText("") if callable(russian_known) else frozenset(w.lower() for w in russian_known)
        self._bases_analyzer = None
        self._acronyms: Optional[FrozenSet[str]] = None if _default else frozenset()
        self._derived: Dict[str, object] = {}
        self._derived_lock = threading.RLock()

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def from_words(cls, forms: Union[Mapping[str, int], Iterable[str]], *, stems: Optional[Mapping[str, str]] = None,
                   compounds: Iterable[str] = (), protected: Iterable[str] = (), names: Iterable[str] = (),
                   russian: Iterable[str] = (), english: Iterable[str] = (), spaced: Iterable[str] = ()) -> "Lexicon":
        """An in-memory lexicon: ``forms`` as {form: count} or an iterable of forms (count 0).
        ``spaced``: compounds that, split, are written as two words (кез-келген -> кез келген)."""
        if isinstance(forms, Mapping):
            counts = {fold(w): int(n) for w, n in forms.items() if int(n) > 0}
            fs = {fold(w) for w in forms}
        else:
            fs = {fold(w) for w in forms}
            counts = {}
        return cls(counts, fs, stems={fold(k): v for k, v in (stems or {}).items()}, compounds=compounds,
                   names={fold(n) for n in names}, russian=russian, english=english, protected=protected,
                   spaced=spaced)

    def with_words(self, words: Iterable[str] = (), protected: Iterable[str] = ()) -> "Lexicon":
        """A copy that also knows ``words`` (attested, uncounted) and protects ``protected``."""
        words = [fold(w) for w in words if w]
        new = Lexicon.__new__(Lexicon)
        new.__dict__.update(self.__dict__)
        new._forms = SetUnion(self._forms, frozenset(w for w in words if "-" not in w))
        new._compounds = self._compounds | frozenset(w for w in words if "-" in w)
        protected = [p for p in protected if p]
        new._protected = self._protected | frozenset(p.lower() for p in protected)
        new._default = False
        new._without_of = None  # (the additions pickle on the default lexicon; see below)
        # a user lexicon built on the default one pickles as "default + these additions"
        if self._default:
            new._additions = (tuple(words), tuple(protected))
        elif self._additions is not None:
            new._additions = (self._additions[0] + tuple(words), self._additions[1] + tuple(protected))
        else:
            new._additions = None
        new._lock = threading.Lock()
        new._known_cache = {}
        new._derived = {}
        new._derived_lock = threading.RLock()
        new._analyzer = self._analyzer
        new._analyzer_checked = self._analyzer_checked
        if self._stems_src is not None:
            new._stems_src = lambda: self.stems  # share the parent's stems, read once
        return new

    def without_words(self, words: Iterable[str]) -> "Lexicon":
        """A copy that has never seen ``words``: not counted, not attested (the morphology may still read them).
        For measuring how the steps treat words the dictionaries lack (``benchmarks/hapax_probe.py``: the
        words counted once stand in for unseen ones); the pair and separate-particle counts stay."""
        gone = frozenset(fold(w) for w in words if w)
        new = Lexicon.__new__(Lexicon)
        new.__dict__.update(self.__dict__)
        new._counts = {w: n for w, n in self._counts.items() if w not in gone}
        new._forms = _FormsWithout(self._forms, gone)
        new._additions = (), ()  # (pair_count and separate_count still answer from the shipped files)
        new._default = False
        new._lock = threading.Lock()
        new._known_cache = {}
        new._derived = {}
        new._derived_lock = threading.RLock()
        new._without_of = (self, gone)
        return new

    def __reduce__(self):
        without = getattr(self, "_without_of", None)
        if without is not None:
            return (_lexicon_without, (without[0], tuple(sorted(without[1]))))
        if self._default:
            return (default_lexicon, ())
        if self._additions is not None:
            return (_default_with, self._additions)
        self.stems  # materialise lazily loaded stems before pickling by value
        self._extras()  # materialise lazily loaded bases and Russian words too
        state = {k: v for k, v in self.__dict__.items()
                 if k not in ("_lock", "_analyzer", "_known_cache", "_bases_analyzer", "_derived", "_derived_lock")}
        return (_rebuild, (state,))

    def __repr__(self) -> str:
        return f"<Lexicon {len(self._forms)} forms, {len(self._counts)} counted, {len(self.stems)} stems>"

    def __contains__(self, word: str) -> bool:
        return self.known(word)

    def derived(self, key: str, build):
        """A structure derived from this lexicon's data (an index a step searches), ``build(self)`` on first
        use and kept with the lexicon: every pipeline using this lexicon shares it."""
        got = self._derived.get(key)
        if got is None:
            with self._derived_lock:
                got = self._derived.get(key)
                if got is None:
                    got = self._derived[key] = build(self)
        return got

    # -- morphology ----------------------------------------------------------------------------
    def analyser(self):
        """The analyser (:class:`kaznorm.kazakh.analyser.Analyzer`) over this lexicon's stems, built on first
        use; None when there are no stems."""
        if not self._analyzer_checked:
            with self._lock:
                if not self._analyzer_checked:
                    try:
                        from ..kazakh.analyser import Analyzer  # type: ignore

                        self._analyzer = Analyzer(self.stems, cache_size=self.cache_size) if self.stems else None
                    except ImportError:
                        self._analyzer = None
                    self._analyzer_checked = True
        return self._analyzer

    # -- questions -----------------------------------------------------------------------------
    def attested(self, word: str) -> bool:
        """The form itself is in the word list (or is a known hyphenated compound)."""
        if not isinstance(word, str) or not word:
            return False
        w = fold(word)
        return w in self._forms or w in self._compounds

    def known(self, word: str) -> bool:
        """An attested form, a regular inflection of a known stem, or a hyphenated word of known parts."""
        if word.__class__ is str:  # the cache is keyed by the word as asked and by its folded form
            r = self._known_cache.get(word)
            if r is not None:
                return r
        if not isinstance(word, str) or not word:
            return False
        w = fold(word)
        r = self._known_cache.get(w)
        if r is None:
            r = self._known(w)
            if len(self._known_cache) > self.cache_size:
                self._known_cache.clear()
            self._known_cache[w] = r
        self._known_cache[word] = r
        return r

    def regular(self, word: str) -> bool:
        """The analyser reads the word as a stem of the stem list (from hunspell-kk and the build's trusted
        sources), bare or with regular suffixes: a real form even when no corpus counted it (unlike a form that
        only the noisy web word list attests)."""
        if not isinstance(word, str) or not word:
            return False
        an = self.analyser()
        return bool(an is not None and an.accepts(fold(word)))

    def frequency(self, word: str) -> float:
        """Relative corpus frequency in [0, 1); 0.0 when never counted."""
        if not isinstance(word, str):
            return 0.0
        return self._counts.get(fold(word), 0) / self._total

    def count(self, word: str) -> int:
        """Raw corpus count (0 when never counted)."""
        return self._counts.get(fold(word), 0) if isinstance(word, str) else 0

    def doubtful(self, word: str, section: str = "words") -> bool:
        """``word`` is a shipped "doubtful" form (see :func:`load_doubtful`; ``words``: leave it unsplit;
        ``user_only``: counted in user reviews only). Only for the default lexicon and lexicons built on it."""
        if not isinstance(word, str) or not (self._default or self._additions is not None):
            return False
        try:
            return fold(word) in load_doubtful(section=section)
        except Exception:
            return False

    def user_only(self, word: str) -> bool:
        """``word`` is counted only in the user-written reviews, never in edited text (shipped data)."""
        return self.doubtful(word, "user_only")

    def separate_count(self, word: str) -> int:
        """How often ``word`` was seen followed by a separate да/де/та/те in the clean corpora (shipped
        data: 0 for a lexicon not built on the default one, below two sightings, or without the file)."""
        if not isinstance(word, str) or not (self._default or self._additions is not None):
            return 0  # the counts describe the shipped data, not a lexicon built from other words
        try:
            return load_separate().get(fold(word), 0)
        except Exception:
            return 0

    def pair_count(self, a: str, b: str) -> int:
        """How often ``a b`` (two words, white space between) was seen in the clean corpora (shipped
        data: 0 for a lexicon not built on the default one, below three sightings, or without the file)."""
        if not isinstance(a, str) or not isinstance(b, str) or not (self._default or self._additions is not None):
            return 0
        try:
            return load_pairs().get(fold(a) + " " + fold(b), 0)
        except Exception:
            return 0

    def pair_starts(self) -> FrozenSet[str]:
        """Speed only: every folded string ``a`` for which some ``pair_count(a, b)`` can be more than 0 (the
        text before a space in a counted pair; empty when :meth:`pair_count` is 0 for every pair)."""
        return self.derived("pair_starts", _pair_starts)

    def logprob(self, word: str) -> float:
        """Natural-log probability for segmentation: counted forms by count, known-uncounted forms get a
        floor (lower for forms only the morphology accepts), unknown words ``-inf``."""
        if not isinstance(word, str) or not word:
            return -math.inf
        w = fold(word)
        n = self._counts.get(w)
        if n:
            return math.log((n + _PLUS_ONE) / (self._total + len(self._forms)))
        if w in self._forms or w in self._compounds or w in self._protected:
            return self._floor - 6.0 if len(w) == 1 else self._floor  # single letters: initials
        if self.known(w):
            if self._known_kazakh(w):
                return self._floor - 1.5
            return self._floor - 6.0  # a Russian word (or one with Kazakh endings): a last resort for segmentation
        return -math.inf

    def analyze(self, word: str) -> list:
        """Morphological analyses (stem, pos, suffixes); [] when there is no analyser or no parse."""
        if not isinstance(word, str) or not word:
            return []
        m = self.analyser()
        if m is None:
            return []
        try:
            return list(m.analyze(fold(word)))
        except Exception:
            return []

    def _foreign(self) -> Tuple[FrozenSet[str], FrozenSet[str]]:
        if self._russian is None or self._english is None:
            with self._lock:
                if self._russian is None or self._english is None:
                    ru, en = load_foreign(compact=True)  # (asked for membership only)
                    if self._russian is None:
                        self._russian = ru
                    if self._english is None:
                        self._english = en
        return self._russian, self._english

    def is_russian(self, word: str) -> bool:
        """A common Russian word (wordfreq ``ru``) that is not a Kazakh form."""
        if not isinstance(word, str) or not word:
            return False
        w = word.lower()
        return w in self._foreign()[0] and fold(w) not in self._forms

    def russian_evidence(self, word: str) -> bool:
        """A common Russian word at least ten times rarer in the Kazakh corpora than in Russian: evidence that
        a line is Russian, where :meth:`is_russian` is not (it leaves out every form the noisy Kazakh web list
        also has: город, один, природы...).  Lexicons without that list (in-memory ones): a word of
        :meth:`is_russian`'s list or known as Russian that the corpora never count."""
        if not isinstance(word, str) or not word:
            return False
        w = word.lower()
        evidence = self.derived("russian_evidence", _russian_evidence)
        if evidence:
            return w in evidence
        return (w in self._foreign()[0] or w in self._extras()[2]) and not self._counts.get(fold(w))

    def is_english(self, word: str) -> bool:
        """A common English word (wordfreq ``en``)."""
        if not isinstance(word, str) or not word:
            return False
        return word.lower() in self._foreign()[1]

    def language_of(self, word: str) -> Optional[str]:
        """'kk', 'ru', 'en' or None (unknown)."""
        if self.known(word):
            w = fold(word)
            if w in self._extras()[2] and not self._known_kazakh(w):
                return "ru"  # a Russian word known as it is (рыбак), not a Kazakh form
            return "kk"
        if self.is_russian(word):
            return "ru"
        if self.is_english(word):
            return "en"
        return None

    def is_protected(self, word: str) -> bool:
        """A user-protected term (never changed by any step)."""
        return isinstance(word, str) and bool(word) and word.lower() in self._protected

    def capitalised(self, word: str) -> bool:
        """The form is attested with a capital letter and not (or rarely) in lower case: a name."""
        return isinstance(word, str) and bool(word) and fold(word) in self._names

    # -- sizes ---------------------------------------------------------------------------------
    @property
    def stems(self) -> Mapping[str, str]:
        """{stem: 'n' | 'v' | 'x' | 'nv'} given to the morphology."""
        if self._stems_src is not None:
            src, self._stems_src = self._stems_src, None
            self._stems = dict(src())
        return self._stems

    @property
    def compounds(self) -> FrozenSet[str]:
        return self._compounds

    @property
    def spaced(self) -> FrozenSet[str]:
        """Compounds (base forms) that the corpora mostly write as two words: алдын-ала, кез-келген."""
        return getattr(self, "_spaced", frozenset())

    @property
    def counts(self) -> Mapping[str, int]:
        """{folded form: corpus count} of the counted forms (the lexicon's own table: do not change it)."""
        return self._counts

    @property
    def forms(self):
        """The attested single-word forms, folded: a read-only container with ``in``, ``len`` and iteration."""
        return self._forms

    def __len__(self) -> int:
        return len(self._forms)


class _FormsWithout:
    """A set of forms less some (:meth:`Lexicon.without_words`)."""

    def __init__(self, forms, gone: frozenset):
        self.forms, self.gone = forms, gone

    def __contains__(self, x) -> bool:
        return x not in self.gone and x in self.forms

    def __len__(self) -> int:
        return len(self.forms)

    def __iter__(self):
        return (x for x in self.forms if x not in self.gone)


def _lexicon_without(parent: "Lexicon", words) -> "Lexicon":
    return parent.without_words(words)


def _default_with(words, protected):
    return default_lexicon().with_words(words, protected)


def _russian_evidence(lex: "Lexicon") -> FrozenSet[str]:
    """The shipped list for the default lexicon (and lexicons built on it); empty for others."""
    got = load_russian_evidence(compact=True) if lex._default or lex._additions is not None else None
    return got or frozenset()


def _pair_starts(lex: "Lexicon") -> FrozenSet[str]:
    try:
        pairs = load_pairs() if lex._default or lex._additions is not None else {}
    except Exception:  # (a damaged file: no pairs, as pair_count answers)
        pairs = {}
    return frozenset(k[:j] for k in pairs for j, c in enumerate(k) if c == " ")


def _rebuild(state):
    new = Lexicon.__new__(Lexicon)
    new.__dict__.update(state)
    new._lock = threading.Lock()
    new._derived = {}
    new._derived_lock = threading.RLock()
    new._analyzer = None
    new._analyzer_checked = False
    new._known_cache = {}
    new._bases_analyzer = None
    return new


@lru_cache(maxsize=None)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with kaznorm (loaded on first call, then cached for the process)."""
    data = load_data(stems=False)
    return Lexicon(data["counts"], data["forms"], stems=load_stems, compounds=data["compounds"],
                   names=data["names"], russian=None, english=None, bases=load_bases,
                   russian_known=load_russian, spaced=data["spaced"], _default=True)
