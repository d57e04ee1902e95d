"""The ``latin`` step's model: the Cyrillic words a Latin word may be, and which one the lexicon chooses.

:func:`readings` searches, letter group by letter group, the Cyrillic forms a Latin word spells in an
alphabet's reading table (:mod:`kaznorm.kazakh.latin`): while the Cyrillic built so far starts some attested
form every reading is tried (with a soft or hard sign after a consonant, which every Latin alphabet drops);
past that point (inside the suffixes of an inflected form) only the readings vowel harmony allows, and the
whole form must then be known to the lexicon.  :func:`decide` scores them on corpus counts and says which
one wins, or that the word is left, and why.  For the official alphabets a word the lexicon does not know
is read letter by letter (:func:`rule_reading`) when every merged letter is settled by a documented rule
and the result looks like a Kazakh word.
"""
from __future__ import annotations

import bisect
import math
import unicodedata
from typing import Dict, List, NamedTuple, Optional, Tuple

from ..kazakh.latin import APOSTROPHES, BACK, FRONT, INFORMAL, INFORMAL_RARE, READINGS, latin_lower
from .lexicon_queries import ask, corpus_count, derived_index, frequency_score

__all__ = ["Reading", "readings", "decide", "rule_reading", "kazakh_zipf", "normalise", "units_table",
           "FORMAL"]

FORMAL = ("2021", "2018", "2017")
_VOWELS = frozenset("аәеёиоөуұүыіэюя")
_TRUE_VOWELS = frozenset("аәеоөұүыіэ")
_CONSONANTS = frozenset("бвгғджзйкқлмнңпрстфхһцчшщ")
_SOFT = ("ь", "ъ")
_CYRILLIC = frozenset("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя")
_APOS = str.maketrans({c: "'" for c in APOSTROPHES})


class Reading(NamedTuple):
    """A decision for one Latin word: ``cyrillic`` (lower case) or None (left), how it was decided
    (``how``: "lexicon", "rule" or "left"), the note, and the evidence for line detection (``zipf``: how common
    the reading is in Kazakh, 0 without one)."""

    cyrillic: Optional[str]
    how: str
    note: str
    zipf: float


def normalise(word: str, alphabet: str) -> str:
    """``word`` as the reading tables spell it: NFC, apostrophes as ``'``, lower case as ``alphabet`` reads it."""
    w = unicodedata.normalize("NFC", word).translate(_APOS)
    return latin_lower(w, "2021" if alphabet == "2021" else alphabet)


def units_table(alphabet: str, rare: bool = False) -> Dict[str, Tuple[str, ...]]:
    """The reading table of ``alphabet`` ("2021", "2018", "2017", "informal"; ``rare``: with the rarer informal
    readings added).  Cyrillic letters typed inside a Latin word read as themselves."""
    base = dict(INFORMAL if alphabet == "informal" else READINGS[alphabet])
    if rare:
        for k, v in INFORMAL_RARE.items():
            base[k] = tuple(dict.fromkeys(base.get(k, ()) + v))
    for c in _CYRILLIC:
        base.setdefault(c, (c,))
    return base


_TABLES: Dict[Tuple[str, bool], Tuple[Dict[str, Tuple[str, ...]], int]] = {}


def _table(alphabet: str, rare: bool):
    got = _TABLES.get((alphabet, rare))
    if got is None:
        t = units_table(alphabet, rare)
        got = _TABLES[(alphabet, rare)] = (t, max(len(k) for k in t))
    return got


class _Forms:
    """The attested forms, sorted, for prefix tests (kept with the lexicon)."""

    def __init__(self, lex):
        forms = getattr(lex, "forms", None)
        self.sorted = sorted(f for f in (forms if forms is not None else ()) if f.isalpha())
        counts = getattr(lex, "counts", None) or {}
        self.total = float(sum(counts.values())) or 1.0

    def has_prefix(self, p: str) -> bool:
        lst = self.sorted
        i = bisect.bisect_left(lst, p)
        return i < len(lst) and lst[i].startswith(p)


def _forms(lex) -> _Forms:
    return derived_index(lex, "latin.forms", _Forms)


def _last_vowel_class(p: str) -> Optional[str]:
    for ch in reversed(p):
        if ch in BACK:
            return "back"
        if ch in FRONT:
            return "front"
    return None


def _harmonic(q: str) -> bool:
    """A letter added past the attested prefixes agrees with the vowels before it (no ә/ө there)."""
    c = q[-1]
    if c in "әө":
        return False
    cls = _last_vowel_class(q[:-1])
    if cls is None:
        return True
    if c in "ғқұы":
        return cls == "back"
    if c in "үіг" or c == "к":
        return cls == "front"
    return True


def readings(word: str, alphabet: str, lex, *, rare: bool = False, max_nodes: int = 4000,
             max_out: int = 48) -> List[str]:
    """The forms the lexicon knows that ``word`` (as :func:`normalise` gives it) spells in ``alphabet``."""
    table, longest = _table(alphabet, rare)
    n = len(word)
    steps: List[List[Tuple[int, Tuple[str, ...]]]] = []
    for i in range(n):
        here = []
        for L in range(min(longest, n - i), 0, -1):
            opts = table.get(word[i:i + L])
            if opts:
                here.append((L, opts))
        if not here:
            return []  # a letter no reading table knows (ß, ø in a formal alphabet...): not Kazakh
        steps.append(here)
    forms = _forms(lex)
    has_prefix = forms.has_prefix
    out: Dict[str, None] = {}
    budget = [max_nodes]

    def rec(i: int, p: str, in_lex: bool) -> None:
        if budget[0] <= 0 or len(out) >= max_out:
            return
        budget[0] -= 1
        if i == n:
            if p and p not in out and lex.known(p):
                out[p] = None
            return
        for L, opts in steps[i]:
            for c in opts:
                q = p + c
                if in_lex:
                    if has_prefix(q):
                        rec(i + L, q, True)
                        if c[-1] in _CONSONANTS:
                            for s in _SOFT:
                                if has_prefix(q + s):
                                    rec(i + L, q + s, True)
                    elif len(p) >= 2 and _harmonic(q):
                        rec(i + L, q, False)  # leave the attested prefixes: the rest must be regular suffixes
                elif _harmonic(q) and (c != "й" or (p and p[-1] in _VOWELS)):
                    rec(i + L, q, False)

    rec(0, "", True)
    return list(out)


def kazakh_zipf(lex, form: str, count: float) -> float:
    """How common ``form`` is in Kazakh on the Zipf scale (log10 per billion words) from its corpus count; an
    attested form never counted 2.5, a form only the morphology knows 2.0."""
    if count > 0:
        return math.log10(count / _forms(lex).total * 1e9)
    return 2.5 if ask(lex, "attested", form) else 2.0


UNCOUNTED, MORPH_ONLY = 0.3, 0.1  # scores of a reading attested but never counted / known only to the morphology


def _scored(cands: List[str], lex) -> List[Tuple[str, float, float]]:
    out = []
    for c in cands:
        if ask(lex, "language_of", c, "kk") == "ru":
            continue  # a Russian word the lexicon knows only as Russian: never written from Kazakh Latin
        n = corpus_count(lex, c)
        out.append((c, n, frequency_score(lex, c, n, UNCOUNTED, MORPH_ONLY)))
    out.sort(key=lambda t: (-t[2], t[0]))
    return out


def rule_reading(word: str, alphabet: str) -> Optional[str]:
    """``word`` (normalised) read letter by letter in an official alphabet, each merged letter by its documented
    rule: и/й → й after a vowel before a consonant or at the end, и elsewhere; х/һ → х; е/э → е; ts → тс;
    io/iu/ia → ё/ю/я; a soft or hard sign never.  None when a letter is not in the alphabet or the result
    does not look like a Kazakh word (two vowels in a row; back and front vowels together, е counted front)."""
    table = READINGS[alphabet]
    out: List[str] = []
    i, n = 0, len(word)
    while i < n:
        # the loan groups io/iu/ia (2018: ıo/ıý/ıa; 2017: i'o/i'y'/i'a) and the letter groups sh, ch, şş...
        for L in (4, 3, 2, 1):
            key = word[i:i + L]
            if len(key) == L and key in table and not (L == 2 and key == "ts"):
                break
        else:
            return None
        opts = table[key]
        c = opts[0]
        if len(opts) > 1 and c == "и":  # и/й
            nxt = word[i + L] if i + L < n else ""
            prev_vowel = bool(out) and out[-1][-1] in _VOWELS
            next_cons = not nxt or (table.get(nxt, ("",))[0][:1] in _CONSONANTS)
            c = "й" if prev_vowel and next_cons else "и"
        out.append(c)
        i += L
    cyr = "".join(out)
    if any(a in _TRUE_VOWELS and b in _TRUE_VOWELS for a, b in zip(cyr, cyr[1:])):
        return None
    vowels = set(cyr)
    if vowels & BACK and vowels & FRONT:
        return None
    return cyr


def decide(word: str, alphabet: str, lex, cfg) -> Reading:
    """The decision for the Latin ``word`` (as typed) in a run written in ``alphabet``.

    The alphabet's own readings first; when the lexicon knows none of them (a writer mixing alphabets), the
    informal ones, then the rarer informal ones (only a single counted reading).  ``cfg`` is the step's Config
    (``ratio``, ``formal_ratio``, ``rare_min``, ``morph_min_len``, ``rule_words``, ``max_nodes``)."""
    w = normalise(word, alphabet)
    if not w or not any(ch.isalpha() for ch in w):
        return Reading(None, "left", "", 0.0)
    tried, ratio = alphabet, cfg.formal_ratio
    scored = _scored(readings(w, alphabet, lex, max_nodes=cfg.max_nodes), lex) if alphabet != "informal" else []
    if not scored:
        tried, ratio = "informal", cfg.ratio
        wi = normalise(word, "informal")
        scored = _scored(readings(wi, "informal", lex, max_nodes=cfg.max_nodes), lex)
        # a form only the morphology knows is weak evidence for a short word typed in informal letters
        scored = [t for t in scored if t[2] > cfg.morph_only or len(t[0]) >= cfg.morph_min_len]
        if not scored:
            rare = _scored(readings(wi, "informal", lex, rare=True, max_nodes=cfg.max_nodes), lex)
            if len(rare) == 1 and rare[0][1] >= cfg.rare_min:
                c, n, _ = rare[0]
                return Reading(c, "lexicon", f"latin (informal, rarer letters): only known reading {c}({int(n)})",
                               kazakh_zipf(lex, c, n))
    if not scored:
        if alphabet in FORMAL and cfg.rule_words:
            r = rule_reading(w, alphabet)
            if r is not None:
                return Reading(r, "rule", f"latin ({alphabet}): not in the lexicon; read letter by letter", 1.5)
        return Reading(None, "left", f"latin: {word} left: no reading the lexicon knows", 0.0)
    best, nb, sb = scored[0]
    zipf = kazakh_zipf(lex, best, nb)
    listed = " ".join(f"{c}({int(n)})" for c, n, _ in scored[:4])
    if len(scored) == 1:
        return Reading(best, "lexicon", f"latin ({tried}): only known reading {listed}", zipf)
    s2 = scored[1][2]
    if sb > s2 and sb >= ratio * s2 * (1 - 1e-9):
        return Reading(best, "lexicon", f"latin ({tried}): {listed}; ratio {sb / s2:.1f}", zipf)
    if tried in FORMAL:
        r = rule_reading(w, tried)
        if r is not None and any(c == r for c, _, s in scored if s >= sb):
            return Reading(r, "lexicon", f"latin ({tried}): {listed}; tie settled by the letter rules", zipf)
    return Reading(None, "left", f"latin: {word} left: the lexicon cannot decide between {listed}", zipf)
