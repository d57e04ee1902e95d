"""The Kazakh lexicon: is this a word, how common is it, what is it made of, is it Russian or English.

Word steps use only these names; everything loads lazily, once per process::

    from kaznorm.lexicon import default_lexicon
    lex = default_lexicon()
    lex.known("балаларымыздың")      # attested form or a regular inflection of a known stem
    lex.logprob("жылы")              # natural log probability (segmentation)

``Lexicon.from_words(...)`` builds a small in-memory lexicon (tests, custom vocabularies);
``lex.with_words(words, protected)`` adds user words and protected terms to a copy.

The shipped data (``dictionaries/data`` in the repository, ``kaznorm/_data`` in the wheel) is produced
by ``dictionaries/build.py``; every file starts with ``#kaznorm <kind> format <N>`` and is refused when
``N`` is not :data:`FORMAT_VERSION`.
"""
from __future__ import annotations

import gzip
import re
from bisect import bisect_left
import math
import threading
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Mapping, NamedTuple, Optional, Tuple, Union

from .chars import SIMILAR_ALT as _SIMILAR_ALT

__all__ = ["Lexicon", "Analysis", "default_lexicon", "data_dir", "load_data", "load_stems", "fold", "FORMAT_VERSION", "LexiconDataError"]

FORMAT_VERSION = 1

_KAZ_SPECIFIC = frozenset("әғқңөұүһі")
_VOWELS = frozenset("аәеёиоөұүуыіэюя")
_CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")
# look-alikes folded before lookup (Latin/IPA variants of Kazakh letters)
_FOLD = str.maketrans({"ə": "ә", "ǝ": "ә", "ӛ": "ө", "ɵ": "ө", "ѳ": "ө", "ӊ": "ң", "ё": "ё"})
_LATIN_I = str.maketrans({"i": "і"})
_PLUS_ONE = 1.0  # add-one smoothing for counted forms


class LexiconDataError(RuntimeError):
    """A shipped data file is missing, damaged or of another format version."""


def __getattr__(name):  # Analysis lives in the morphology module, imported only when needed
    if name == "Analysis":
        try:
            from .morphology import Analysis
        except ImportError:  # pragma: no cover
            Analysis = _Analysis
        return Analysis
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Analysis(NamedTuple):
    stem: str
    pos: str
    suffixes: Tuple[str, ...]


# ---------------------------------------------------------------------------- data files

def data_dir() -> Path:
    """Directory of the shipped data: ``kaznorm/_data`` when installed, else ``<repo>/dictionaries/data``."""
    try:
        from importlib.resources import files

        p = files("kaznorm") / "_data"
        if p.is_dir() and (p / "lexicon.txt.gz").is_file():
            return Path(str(p))
    except Exception:  # pragma: no cover
        pass
    return Path(__file__).resolve().parents[2] / "dictionaries" / "data"


def _read(path: Path, kind: str) -> str:
    try:
        with gzip.open(path, "rb") as fh:
            text = fh.read().decode("utf-8")
    except FileNotFoundError:
        raise LexiconDataError(f"kaznorm data file missing: {path} (reinstall kaznorm or run dictionaries/build.py)") from None
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise LexiconDataError(f"kaznorm data file damaged: {path}: {exc}") from None
    first, _, rest = text.partition("\n")
    want = f"#kaznorm {kind} format "
    if not first.startswith(want):
        raise LexiconDataError(f"{path}: not a kaznorm {kind} file (header {first[:60]!r})")
    try:
        version = int(first[len(want):])
    except ValueError:
        raise LexiconDataError(f"{path}: bad header {first[:60]!r}") from None
    if version != FORMAT_VERSION:
        raise LexiconDataError(f"{path}: format version {version}, this kaznorm reads version {FORMAT_VERSION}")
    return rest


def _sections(path: Path, kind: str) -> Dict[str, List[str]]:
    """Read a sectioned data file: ``#name count`` lines each followed by ``count`` lines."""
    lines = _read(path, kind).split("\n")
    out: Dict[str, List[str]] = {}
    i, n = 0, len(lines)
    while i < n and lines[i]:
        head = lines[i]
        name, _, cnt = head[1:].partition(" ")
        if not head.startswith("#") or not cnt.isdigit():
            raise LexiconDataError(f"{path}: bad section header {head[:60]!r}")
        k = int(cnt)
        if i + 1 + k > n:
            raise LexiconDataError(f"{path}: section {name!r} truncated")
        out[name] = lines[i + 1:i + 1 + k]
        i += 1 + k
    return out


def _need(sec: Dict[str, List[str]], path: Path, *names: str) -> None:
    for name in names:
        if name not in sec:
            raise LexiconDataError(f"{path}: section {name!r} missing")


def load_data(directory: Optional[Path] = None, *, stems: bool = True) -> dict:
    """The shipped data as plain Python objects (forms, counts, names, stems, compounds)."""
    d = Path(directory) if directory is not None else data_dir()
    p = d / "lexicon.txt.gz"
    sec = _sections(p, "lexicon")
    _need(sec, p, "counted", "counts", "uncounted", "names")
    words, counts = sec["counted"], sec["counts"]
    if len(words) != len(counts):
        raise LexiconDataError(f"{p}: counted and counts differ in length")
    counted = dict(zip(words, map(int, counts)))
    forms = _Forms(counted, sec["uncounted"])
    p = d / "compounds.txt.gz"
    comp = _sections(p, "compounds")
    _need(comp, p, "compounds")
    return {"counts": counted, "forms": forms, "names": frozenset(sec["names"]),
            "stems": load_stems(d) if stems else None, "compounds": comp["compounds"],
            "spaced": comp.get("spaced", [])}


def load_stems(directory: Optional[Path] = None) -> Dict[str, str]:
    """The shipped stems: {stem: 'n' | 'v' | 'x' | 'nv'}."""
    d = Path(directory) if directory is not None else data_dir()
    p = d / "stems.txt.gz"
    st = _sections(p, "stems")
    _need(st, p, "n", "v", "x")
    stems: Dict[str, str] = dict.fromkeys(st["x"], "x")
    stems.update(dict.fromkeys(st["v"], "v"))
    stems.update(dict.fromkeys(st["n"], "n"))
    for w in set(st["v"]).intersection(st["n"]):
        stems[w] = "nv"
    return stems


def load_bases(directory: Optional[Path] = None) -> List[str]:
    """Inflection bases (section ``b`` of the stems file): attested forms the morphology cannot read
    (names, loans) that take regular nominal inflection only. Empty for data without the section."""
    d = Path(directory) if directory is not None else data_dir()
    return _sections(d / "stems.txt.gz", "stems").get("b", [])


_SEPARATE: Dict[str, Dict[str, int]] = {}


def load_separate(directory: Optional[Path] = None) -> Dict[str, int]:
    """How often each word was seen followed by a separately written да/де/та/те in the clean
    corpora (``particles.txt.gz``, words seen at least twice; empty when the file is absent).
    Cached per directory."""
    d = Path(directory) if directory is not None else data_dir()
    key = str(d)
    got = _SEPARATE.get(key)
    if got is None:
        got = {}
        if (d / "particles.txt.gz").exists():
            for row in _sections(d / "particles.txt.gz", "particles").get("separate", []):
                w, _, n = row.rpartition(" ")
                if w and n.isdigit():
                    got[w] = int(n)
        _SEPARATE[key] = got
    return got


_PAIRS: Dict[str, Dict[str, int]] = {}


def load_pairs(directory: Optional[Path] = None) -> Dict[str, int]:
    """How often two known words stood one after the other in the clean corpora, keyed "a b"
    (``pairs.txt.gz``, pairs seen at least three times; empty when the file is absent).
    Cached per directory."""
    d = Path(directory) if directory is not None else data_dir()
    key = str(d)
    got = _PAIRS.get(key)
    if got is None:
        got = {}
        if (d / "pairs.txt.gz").exists():
            for row in _sections(d / "pairs.txt.gz", "pairs").get("pairs", []):
                ab, _, n = row.rpartition(" ")
                if " " in ab and n.isdigit():
                    got[ab] = int(n)
        _PAIRS[key] = got
    return got


_DOUBTFUL: Dict[str, FrozenSet[str]] = {}


def load_doubtful(directory: Optional[Path] = None) -> FrozenSet[str]:
    """Web-list forms the build dropped as two words written together (``doubtful.txt.gz``): real
    one-word compounds are among them, so the segment step must not split them either. Empty
    without the file. Cached per directory."""
    d = Path(directory) if directory is not None else data_dir()
    key = str(d)
    got = _DOUBTFUL.get(key)
    if got is None:
        got = frozenset()
        if (d / "doubtful.txt.gz").exists():
            got = frozenset(_sections(d / "doubtful.txt.gz", "doubtful").get("words", []))
        _DOUBTFUL[key] = got
    return got


def load_russian(directory: Optional[Path] = None) -> "_SortedText":
    """Russian words accepted as they are (loans, names in Russian spelling), as a container supporting
    ``in``; empty when the data has no ``russian.txt.gz``.  The half a million words stay one string
    searched by bisection (a list of that many strings would cost three times the memory)."""
    d = Path(directory) if directory is not None else data_dir()
    p = d / "russian.txt.gz"
    if not p.is_file():
        return _SortedText("")
    text = _read(p, "russian")
    head, _, rest = text.partition("\n")
    name, _, cnt = head[1:].partition(" ")
    if not head.startswith("#") or name != "words" or not cnt.isdigit():
        raise LexiconDataError(f"{p}: bad section header {head[:60]!r}")
    if int(cnt) and not rest.endswith("\n"):
        raise LexiconDataError(f"{p}: section 'words' truncated")
    if rest.count("\n") != int(cnt):
        raise LexiconDataError(f"{p}: section 'words' does not hold {cnt} lines")
    return _SortedText(rest)


def load_acronyms(directory: Optional[Path] = None) -> FrozenSet[str]:
    """Undotted abbreviations of three or more letters from the shipped list (КСРО, ЮНЕСКО), folded;
    shorter ones (ҚР, АҚ) are left out: as lower-case words they would stand for too much."""
    d = Path(directory) if directory is not None else data_dir()
    p = d / "abbreviations.txt.gz"
    if not p.is_file():
        return frozenset()
    sec = _sections(p, "abbreviations")
    return frozenset(fold(a) for a in sec.get("abbreviations", ()) if "." not in a and len(a) >= 3)


def _load_foreign(directory: Optional[Path] = None) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    d = Path(directory) if directory is not None else data_dir()
    p = d / "foreign.txt.gz"
    sec = _sections(p, "foreign")
    _need(sec, p, "ru", "en")
    return frozenset(sec["ru"]), frozenset(sec["en"])


# ---------------------------------------------------------------------------- helpers

_FOLDED: Dict[str, str] = {}  # memo of fold() (bounded): the same tokens are looked up by several steps


def fold(word: str) -> str:
    """Lookup key: lower case, canonical Kazakh letters (Latin ``i`` inside Cyrillic -> ``і``)."""
    w = _FOLDED.get(word) if word.__class__ is str else None
    if w is None:
        w = word.lower().translate(_FOLD)
        if "i" in w and any(c in _CYRILLIC for c in w):
            w = w.translate(_LATIN_I)
        if len(_FOLDED) > 200_000:
            _FOLDED.clear()
        _FOLDED[word] = w
    return w


def _is_cyrillic_word(w: str) -> bool:
    return bool(w) and all(c in _CYRILLIC or c == "-" for c in w)


# ---------------------------------------------------------------------------- the lexicon

class Lexicon:
    """Word forms with counts, stems for the morphology, compounds, names, foreign words, user terms."""

    def __init__(self, counts: Mapping[str, int], forms: Iterable[str], *, stems: Optional[Mapping[str, str]] = None,
                 compounds: Iterable[str] = (), names: Iterable[str] = (), russian: Optional[Iterable[str]] = (),
                 english: Optional[Iterable[str]] = (), protected: Iterable[str] = (), bases=(),
                 russian_known=(), spaced: Iterable[str] = (), _default: bool = False):
        self._counts: Dict[str, int] = dict(counts) if not isinstance(counts, dict) else counts
        self._forms = forms if isinstance(forms, (set, frozenset, _Forms, _Union)) else set(forms)
        # stems may be a zero-argument callable (the shipped stems are read when the morphology is first needed)
        self._stems_src = stems if callable(stems) else None
        self._stems: Dict[str, str] = {} if callable(stems) else dict(stems or {})
        self._compounds = frozenset(fold(c) for c in compounds)
        # compounds the corpora mostly write with a space (кез-келген): split, they take a space
        self._spaced = frozenset(fold(c) for c in spaced)
        self._names = frozenset(names)
        # None: the shipped Russian/English lists, read on first use
        self._russian = None if russian is None else frozenset(w.lower() for w in russian)
        self._english = None if english is None else frozenset(w.lower() for w in english)
        self._protected = frozenset(p.lower() for p in protected)
        self._total = float(sum(self._counts.values())) or 1.0
        self._floor = math.log(0.5 / (self._total + len(self._forms)))
        self._default = _default
        self._additions: Optional[Tuple[Tuple[str, ...], Tuple[str, ...]]] = None
        self._analyzer = None
        self._analyzer_checked = False
        self._lock = threading.Lock()
        self._known_cache: Dict[str, bool] = {}
        # inflection bases and Russian words known as they are: zero-argument callables (the shipped
        # lists, read when an otherwise unknown word is first asked) or iterables
        self._bases_src = bases if callable(bases) else None
        self._bases: FrozenSet[str] = frozenset() if callable(bases) else frozenset(fold(b) for b in bases)
        self._ru_src = russian_known if callable(russian_known) else None
        self._ru_known = _SortedText("") if callable(russian_known) else frozenset(w.lower() for w in russian_known)
        self._bases_analyzer = None
        self._acronyms: Optional[FrozenSet[str]] = None if _default else frozenset()

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
        new._forms = _Union(self._forms, frozenset(w for w in words if "-" not in w))
        new._compounds = self._compounds | frozenset(w for w in words if "-" in w)
        protected = [p for p in protected if p]
        new._protected = self._protected | frozenset(p.lower() for p in protected)
        new._default = False
        # a user lexicon built on the default one pickles as "default + these additions"
        if self._default:
            new._additions = (tuple(words), tuple(protected))
        elif self._additions is not None:
            new._additions = (self._additions[0] + tuple(words), self._additions[1] + tuple(protected))
        else:
            new._additions = None
        new._lock = threading.Lock()
        new._known_cache = {}
        new._analyzer = self._analyzer
        new._analyzer_checked = self._analyzer_checked
        if self._stems_src is not None:
            new._stems_src = lambda: self.stems  # share the parent's stems, read once
        return new

    def __reduce__(self):
        if self._default:
            return (default_lexicon, ())
        if self._additions is not None:
            return (_default_with, self._additions)
        self.stems  # materialise lazily loaded stems before pickling by value
        self._extras()  # materialise lazily loaded bases and Russian words too
        state = {k: v for k, v in self.__dict__.items()
                 if k not in ("_lock", "_analyzer", "_known_cache", "_bases_analyzer")}
        return (_rebuild, (state,))

    def __repr__(self) -> str:
        return f"<Lexicon {len(self._forms)} forms, {len(self._counts)} counted, {len(self.stems)} stems>"

    def __contains__(self, word: str) -> bool:
        return self.known(word)

    # -- morphology ----------------------------------------------------------------------------
    def _morph(self):
        if not self._analyzer_checked:
            with self._lock:
                if not self._analyzer_checked:
                    try:
                        from .morphology import Analyzer  # type: ignore

                        self._analyzer = Analyzer(self.stems) if self.stems else None
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
            if len(self._known_cache) > 200_000:
                self._known_cache.clear()
            self._known_cache[w] = r
        self._known_cache[word] = r
        return r

    def _known(self, w: str) -> bool:
        if w in self._forms or w in self._compounds or w in self._protected:
            return True
        if "-" in w:
            parts = w.split("-")
            if any(not p for p in parts):
                return False
            return self._compound(w) or all(self._known_single(p) for p in parts)
        return self._known_single(w)

    def _known_single(self, w: str) -> bool:
        if w in self._forms or w in self._protected:
            return True
        if not _is_cyrillic_word(w):
            return False
        m = self._morph()
        if m is None:
            return False
        try:
            if m.accepts(w):
                return True
        except Exception:  # the analyser must never break a pipeline
            return False
        return self._known_extra(w)

    def _known_kazakh(self, w: str) -> bool:
        if w in self._forms or w in self._compounds or w in self._protected:
            return True
        m = self._morph()
        try:
            return bool(m is not None and m.accepts(w)) or self._known_extra(w, russian=False)
        except Exception:
            return False

    def _russian_inflected(self, w: str, ru) -> bool:
        """A Russian word of five or more letters (a loan or a name in Russian spelling) followed by
        Kazakh case, plural or possessive endings: кинокомпаниялар, хосокаваға, клапроттың."""
        try:
            from .morphology import Analyzer  # type: ignore
        except ImportError:  # pragma: no cover
            return False
        for i in range(len(w) - 1, max(5, len(w) - _MAX_RU_SUFFIX) - 1, -1):
            base = w[:i]
            if base not in ru:
                continue
            for stem, _pos, sfx, names in Analyzer({base: "n"}).parses(w):
                if sfx and stem == base and all(n in _RU_INFLECTION for n in names):
                    return True
        return False

    def _prefixed_noun(self, rest: str) -> bool:
        """``rest`` after the negative prefix бей- (бейресми, бейағзалық) is a nominal form of a known
        stem (not a verb form, not a Russian word)."""
        found = self.analyze(rest)
        if not found:
            return False
        fewest = min(len(a.suffixes) for a in found)
        simplest = [a for a in found if len(a.suffixes) == fewest]  # all of them nominal: not бейкелді
        return all(a.pos == "n" and len(a.stem) >= 3 for a in simplest)

    def _extras(self):
        """(bases analyser or None, bases, Russian words), loading the shipped lists on first use."""
        if self._bases_src is not None or self._ru_src is not None:
            with self._lock:
                if self._bases_src is not None:
                    src, self._bases_src = self._bases_src, None
                    self._bases = frozenset(src())
                if self._ru_src is not None:
                    src, self._ru_src = self._ru_src, None
                    self._ru_known = src()
        if self._bases and self._bases_analyzer is None:
            try:
                from .morphology import Analyzer  # type: ignore

                self._bases_analyzer = Analyzer(dict.fromkeys(self._bases, "n"))
            except ImportError:  # pragma: no cover
                self._bases_analyzer = False
        return self._bases_analyzer, self._bases, self._ru_known

    def _known_extra(self, w: str, russian: bool = True) -> bool:
        """A Russian word used as it is, or an inflection base followed by nominal inflection only
        (plural, possessive, case, -дағы, -нікі, -дай): сәрсенбайға, лизосомаларының."""
        an, bases, ru = self._extras()
        if russian and w in ru:
            return True
        if self._acronyms is None:
            self._acronyms = load_acronyms()
        if w in self._acronyms:
            return True
        if self._acronyms and 3 <= len(w) <= 5 and not _VOWELS.intersection(w) and not _KAZ_SPECIFIC.isdisjoint(w):
            # no Kazakh word lacks a vowel: with a Kazakh letter (ЖТҚБ, ҚХР, ҰҚШҰ aside) it is an abbreviation
            return True
        if w.startswith(_NEG_PREFIX) and len(w) >= len(_NEG_PREFIX) + 4 and self._prefixed_noun(w[len(_NEG_PREFIX):]):
            return True
        if russian and ru and self._russian_inflected(w, ru) and not self._two_words(w) and not self._slip(w):
            return True
        if russian and ru and "еу" in w and len(w) >= 5:
            # Kazakh spells Russian "ев" before a consonant "еу" (Еуропа, еуро-): еуровидение
            w2 = _EU.sub("ев", w)
            if w2 != w and (w2 in ru or (self._russian_inflected(w2, ru) and not self._two_words(w)
                                         and not self._slip(w))):
                return True
        if self._compound_word(w, russian, bases, ru):
            return True
        if not an:
            return False
        try:
            for stem, _pos, sfx, names in an.parses(w):
                if sfx and stem in bases and all(n in _BASE_INFLECTION for n in names):
                    return not self._two_words(w) and not self._slip(w)
        except Exception:
            return False
        return False

    def slips(self, word: str, upto: Optional[int] = None) -> List[str]:
        """The counted forms one similar-letter substitution (a slip the typo step corrects: ы/і, н/ң ...)
        from ``word``, changing one of its first ``upto`` letters (all letters by default)."""
        if not isinstance(word, str):
            return []
        w = fold(word)
        c = self._counts
        out = []
        for i in range(len(w) if upto is None else min(upto, len(w))):
            for alt in _SIMILAR_ALT.get(w[i], ()):
                cand = w[:i] + alt + w[i + 1:]
                if c.get(cand, 0) >= _SLIP_MIN_COUNT:
                    out.append(cand)
        return out

    def _slip(self, w: str) -> bool:
        """A base or Russian word + ending must not hide a slip in a counted form (жатат + -ың is жататын
        mistyped)."""
        return bool(self.slips(w))

    def _two_words(self, w: str) -> bool:
        """``w`` splits into two common words (each counted at least ``_TWO_WORDS_MIN`` times, of three or
        more letters): a rare Russian word or base with an ending must not let ``адам осы``, ``сен неге``
        through written together (адамо + -сы, сенне + -ге)."""
        c = self._counts
        return any(c.get(w[:i], 0) >= _TWO_WORDS_MIN and c.get(w[i:], 0) >= _TWO_WORDS_MIN
                   for i in range(3, len(w) - 2))

    def _bare_noun(self, x: str, russian: bool, bases, ru) -> bool:
        """``x`` is a nominal word as it stands (no inflection): a nominal stem, a base, a Russian word,
        or a listed form that the morphology does not read as inflected (жасуша: жасу + -ша at most)."""
        if len(x) < 3:
            return False
        if "n" in self.stems.get(x, "") or x in bases or (russian and x in ru):
            return True
        if x not in self._forms:
            return False
        m = self._morph()
        try:
            return m is not None and not any(set(names) & _INFLECTED for _s, _p, _x, names in m.parses(x))
        except Exception:
            return False

    def _compound_word(self, w: str, russian: bool, bases, ru) -> bool:
        """Productive one-word compounds: a learned prefix + a listed form or a regular Kazakh form
        (микроталшықтар, антиденелер, гидроэлектр; a Russian word takes its prefix in the Russian list
        already), a bare noun + аралық (мемлекетаралық, жасушааралық)."""
        n = len(w)
        if n >= 8:
            m = self._morph()
            for p in _LEARNED_PREFIXES:
                if w.startswith(p) and n - len(p) >= 4:
                    rest = w[len(p):]
                    try:
                        if rest in self._forms or (m is not None and m.accepts(rest)):
                            return True
                    except Exception:
                        return False
        return (n >= len(_BETWEEN) + 3 and w.endswith(_BETWEEN)
                and self._bare_noun(w[:-len(_BETWEEN)], russian, bases, ru))

    def frequency(self, word: str) -> float:
        """Relative corpus frequency in [0, 1); 0.0 when never counted."""
        if not isinstance(word, str):
            return 0.0
        return self._counts.get(fold(word), 0) / self._total

    def count(self, word: str) -> int:
        """Raw corpus count (0 when never counted)."""
        return self._counts.get(fold(word), 0) if isinstance(word, str) else 0

    def doubtful(self, word: str) -> bool:
        """``word`` is a shipped "doubtful" form (see :func:`load_doubtful`): leave it unsplit. Only for
        the default lexicon and lexicons built on it."""
        if not isinstance(word, str) or not (self._default or self._additions is not None):
            return False
        try:
            return fold(word) in load_doubtful()
        except Exception:
            return False

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
        m = self._morph()
        if m is None:
            return []
        try:
            return list(m.analyze(fold(word)))
        except Exception:
            return []

    def compound(self, word: str) -> bool:
        """``word`` is a known hyphenated compound, its last part possibly inflected (бір-бірін)."""
        if not isinstance(word, str) or "-" not in word:
            return False
        w = fold(word)
        if w in self._compounds:
            return True
        return self._compound(w)

    def _compound(self, w: str) -> bool:
        head, _, last = w.rpartition("-")
        if not head or not last or not self._known_single(last):
            return False  # the inflected last part must itself be a word (анасының, бірін, министрі)
        # the last part inflected: its analyses give stems to try
        for cand in self._stem_candidates(last):
            if f"{head}-{cand}" in self._compounds:
                return True
        return False

    def _stem_candidates(self, last: str) -> List[str]:
        out = []
        for a in self.analyze(last):
            stem = getattr(a, "stem", None)
            if stem and stem != last:
                out.append(stem)
                if getattr(a, "pos", "") == "v":
                    out.append(stem + "у")
        # without the morphology: peel common endings so that бір-бірін / премьер-министрі still work
        for k in range(1, min(len(last) - 1, 7)):
            out.append(last[:-k])
        return out

    def _foreign(self) -> Tuple[FrozenSet[str], FrozenSet[str]]:
        if self._russian is None or self._english is None:
            with self._lock:
                if self._russian is None or self._english is None:
                    ru, en = _load_foreign()
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

    def __len__(self) -> int:
        return len(self._forms)


class _Forms:
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


class _SortedText:
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


class _Union:
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


# the endings a Russian word takes in Kazakh text (no derivation, no predicative person), and their
# longest length (-лерінің, -дарымен)
_RU_INFLECTION = frozenset({"PL", "PX1SG", "PX1PL", "PX3", "GEN", "DAT", "ACC", "LOC", "ABL", "INS", "GEN_N",
                            "DAT_N", "ACC_N", "LOC_N", "ABL_N", "DAGI", "DAGI_N"})
_MAX_RU_SUFFIX = 9
_SLIP_MIN_COUNT = 1
_TWO_WORDS_MIN = 10  # as for the bases in build.py (қарасөз, нарынқұм are no bases)
_EU = re.compile("еу(?=[бвгджзклмнпрстфхцчшщ])")
_NEG_PREFIX = "бей"  # Persian-origin negative prefix of nouns and adjectives (бейресми, бейтаныс)
# Greek/Latin combining forms of scientific and international words (микроорганизм, антифашистік,
# гидроэлектр, индоеуропалық): bound prefixes that are not written as words of their own; the free words
# кино-, радио-, авто-, фото-, видео-, теле-, супер-, мега- are left out (кино өнері is also written apart)
_LEARNED_PREFIXES = tuple(sorted("""микро макро анти гидро гипер гипо нано ультра псевдо квази контр мульти
    поли моно нейро прото интер электро термо фито цито хромо лейко эритро гемо гисто морфо био гео эко нео
    палео индо англо афро франко греко австро авиа агро аэро астро хлоро кардио""".split(), key=len, reverse=True))
# noun + аралық "between Xs" (мемлекетаралық, ұлтаралық, қалааралық): bare only, as the adjective it is;
# the inflected аралығы/аралығында follows its noun as a separate word (жас аралығында)
_BETWEEN = "аралық"
# morphemes of inflection (a word carrying one is no bare noun)
_INFLECTED = frozenset({"PL", "PX1SG", "PX2SG", "PX2SGP", "PX1PL", "PX2PL", "PX2PLP", "PX3", "GEN", "DAT",
                        "ACC", "LOC", "ABL", "INS", "DAT_A", "GEN_N", "DAT_N", "ACC_N", "LOC_N", "ABL_N",
                        "DAGI", "DAGI_N", "NIKI", "DAI", "DAI_N"})

# nominal inflection an inflection base may take (morphology.MORPHEMES names)
_BASE_INFLECTION = frozenset({
    "PL", "PX1SG", "PX2SG", "PX2SGP", "PX1PL", "PX2PL", "PX2PLP", "PX3", "GEN", "DAT", "ACC", "LOC", "ABL",
    "INS", "DAT_A", "GEN_N", "DAT_N", "ACC_N", "LOC_N", "ABL_N", "DAGI", "DAGI_N", "NIKI", "DAI", "DAI_N"})


def _default_with(words, protected):
    return default_lexicon().with_words(words, protected)


def _rebuild(state):
    new = Lexicon.__new__(Lexicon)
    new.__dict__.update(state)
    new._lock = threading.Lock()
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
