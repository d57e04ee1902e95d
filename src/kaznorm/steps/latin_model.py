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

import math
import re
import unicodedata
from typing import Dict, List, NamedTuple, Optional, Tuple

from ..kazakh.alphabet import LOWER_LETTERS, VOWEL_LETTERS
from ..kazakh.phonology import VOWELS
from ..kazakh.latin import APOSTROPHES, BACK, FRONT, INFORMAL, INFORMAL_RARE, READINGS, latin_lower
from ..text.script import foreign_zipf
from ..lexicon.queries import ask, corpus_count, derived_index, frequency_score
from ..lexicon.wordlists import SortedText

__all__ = ["Reading", "readings", "decide", "rule_reading", "kazakh_zipf", "normalise", "units_table",
           "FORMAL"]

FORMAL = ("2021", "2018", "2017")
_VOWELS = VOWEL_LETTERS
_TRUE_VOWELS = VOWELS - {"я", "ё"}  # vowels that are one sound (я ё ю и у also carry a glide)
_CONSONANTS = LOWER_LETTERS - VOWEL_LETTERS - {"ъ", "ь"}
_SOFT = ("ь", "ъ")
_CYRILLIC = LOWER_LETTERS
_APOS = str.maketrans({c: "'" for c in APOSTROPHES})


class Reading(NamedTuple):
    """A decision for one Latin word: ``cyrillic`` (lower case) or None (left), how it was decided
    (``how``: "lexicon", "rule" or "left"), the note, and the evidence for line detection (``zipf``: how common
    the reading is in Kazakh, 0 without one)."""

    cyrillic: Optional[str]
    how: str
    note: str
    zipf: float
    letters: str = ""  # the reading table that gave it: "2021", "2018", "2017" or "informal"


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
    """The attested forms, sorted in one string, for prefix tests (kept with the lexicon; no string per form)."""

    def __init__(self, lex):
        forms = getattr(lex, "forms", None)
        self.sorted = SortedText("".join([f + "\n" for f in sorted(f for f in (forms if forms is not None else ())
                                                                         if f.isalpha())]))
        counts = getattr(lex, "counts", None) or {}
        self.total = float(sum(counts.values())) or 1.0

    def has_prefix(self, p: str) -> bool:
        return self.sorted.has_prefix(p)


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
        steps.append(here)  # (none: a letter no reading table knows, or the inside of a letter group)
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
SIGN_PENALTY = 0.5  # a reading's score is multiplied by this for each soft or hard sign it puts back


def _scored(cands: List[str], lex, russian: bool = False) -> List[Tuple[str, float, float]]:
    """(reading, count, score) best first; a word the lexicon knows only as Russian only with ``russian`` (an
    official alphabet writes Russian words too; informal Latin Russian stays as typed), and never one with a
    soft or hard sign put back (кун, not кунь)."""
    out = []
    for c in cands:
        ru = ask(lex, "language_of", c, "kk") == "ru"
        if ru and (not russian or "ь" in c or "ъ" in c):
            continue
        n = corpus_count(lex, c)
        # a word known only as Russian weighs no more than a form only the morphology knows
        score = MORPH_ONLY if ru else frequency_score(lex, c, n, UNCOUNTED, MORPH_ONLY)
        signs = c.count("ь") + c.count("ъ")  # every Latin alphabet drops them: a reading that adds one must win
        out.append((c, n, score * SIGN_PENALTY ** signs))
    out.sort(key=lambda t: (-t[2], t[0]))
    return out


_INFORMAL_DIGRAPHS = ("sh", "zh", "kh", "gh")


def rule_reading(word: str, alphabet: str, typed: str = "") -> Optional[str]:
    """``word`` (normalised) read letter by letter in an official alphabet, each merged letter by a documented
    rule: и/й → й after a vowel, и elsewhere; the groups for я/ю → я/ю after a vowel or first in the word, and
    ю after a consonant too, but иа after a consonant (материал); the ё group → ио after a consonant (радио),
    йо elsewhere (йод); х/һ → х; е/э → е; ts → ц first in a word, before и/ю/я or before е after a back vowel
    (цирк, станция, процесс), тс elsewhere (айтса); şş → щ (ащы); a soft or hard sign never.

    None when a letter is not in the alphabet, when a 2021 word has sh, zh, kh or gh (informal letters: the
    2021 alphabet writes them with one letter), when two vowels meet, when back and front vowels meet (е
    counted front) in a capitalised word (``typed`` as written: a foreign name) or a word of under six
    letters, and for a word of the drafts not capitalised (they live on in informal writing, where an
    unknown word is more often a typo: jazýp, kórp)."""
    table = READINGS[alphabet]
    if alphabet == "2021" and any(g in word for g in _INFORMAL_DIGRAPHS):
        return None
    i_key = {"2021": "i", "2018": "ı", "2017": "i'"}[alphabet]
    groups = {k: v[0] for k, v in table.items() if len(v) == 1 and v[0] in "ёюя"}
    out: List[str] = []
    pos, n = 0, len(word)
    while pos < n:
        after_vowel = bool(out) and out[-1][-1] in _VOWELS
        first = not out
        key = next((word[pos:pos + L] for L in (4, 3, 2) if word[pos:pos + L] in groups), None)
        if key is not None:
            c = groups[key]
            if c == "я" and not (after_vowel or first):
                c = "иа"
            elif c == "ё":
                c = "ио" if not (after_vowel or first) else "йо"
            out.append(c)
            pos += len(key)
            continue
        for L in (4, 3, 2, 1):
            key = word[pos:pos + L]
            if len(key) == L and key in table:
                break
        else:
            return None
        opts = table[key]
        c = opts[0]
        if key == "ts":
            # ц first in a word, before и/ю/я, or before е in a word with back vowels (процесс); тс elsewhere
            # (айтса, кетсе: a stem in т and a suffix in с)
            nxt = word[pos + 2:pos + 3]
            c = "ц" if first or nxt == i_key[0] or (nxt == "e" and any(ch in BACK for ch in "".join(out))) else "тс"
        if key == i_key or (alphabet == "2018" and key == "I" and c == "і"):
            c = "й" if after_vowel else "и"
        out.append(c)
        pos += len(key)
    cyr = "".join(out)
    if any(a in _TRUE_VOWELS and b in _TRUE_VOWELS for a, b in zip(cyr, cyr[1:])):
        return None
    vowels = set(cyr)
    if vowels & BACK and vowels & FRONT and (any(ch.isupper() for ch in typed) or len(cyr) < 6):
        return None  # a foreign name, or a short word that is no loan (olä)
    if alphabet != "2021" and not typed[:1].isupper():
        return None  # the drafts live on in informal writing, where an unknown word is more often a typo
    return cyr


def decide(word: str, alphabet: str, lex, cfg) -> Reading:
    return _with_letters(_decide(word, alphabet, lex, cfg))


def _decide(word: str, alphabet: str, lex, cfg) -> Reading:
    """The decision for the Latin ``word`` (as typed) in a run written in ``alphabet``: "2021", "2018", "2017",
    "informal" (informal letters seen) or "plain" (no letter that tells).

    An official alphabet: the readings the lexicon knows; else the word letter by letter (:func:`rule_reading`);
    else the informal readings.  Plain: the informal
    readings, a reading that is also the 2021 one preferred unless another is ``plain_ratio`` times more
    common; letter by letter only with ``cfg.assume_kazakh``.  Informal: the informal readings, then the rarer
    ones (only a single counted reading).  ``cfg`` is the step's Config."""
    w = normalise(word, alphabet if alphabet in FORMAL else "informal")
    if not w or not any(ch.isalpha() for ch in w):
        return Reading(None, "left", "", 0.0)
    if len(w) == 1:  # an initial or a one-letter abbreviation (б., т.): the alphabet's first reading
        opts = (READINGS[alphabet] if alphabet in FORMAL else READINGS["2021"]).get(
            w if alphabet in FORMAL else normalise(word, "2021"))
        if opts is None:
            return Reading(None, "left", f"latin: {word} left: not a letter of the alphabet", 0.0)
        return Reading(opts[0], "rule", f"latin ({alphabet}): a single letter", 0.0)
    if alphabet in FORMAL:
        scored = _scored(readings(w, alphabet, lex, max_nodes=cfg.max_nodes), lex, russian=True)
        rule = rule_reading(w, alphabet, word) if cfg.rule_words else None
        if rule is not None and foreign_zipf(normalise(word, "informal")) >= cfg.foreign_zipf:
            rule = None  # a common English or Turkish word: not read letter by letter
        if scored and (scored[0][2] > MORPH_ONLY or alphabet == "2021"):
            return _choose(scored, alphabet, cfg.formal_ratio, lex, rule) or _undecided(word, scored)
        # no reading, or (a draft alphabet, which lives on in informal writing) only the morphology knows one:
        # a writer mixing in informal letters (jalgasy in a line with 2018 letters) when they give a counted word
        informal = _scored(readings(normalise(word, "informal"), "informal", lex, max_nodes=cfg.max_nodes), lex)
        if informal and informal[0][1] >= cfg.rare_min and (not scored or informal[0][0] != scored[0][0]):
            got = _choose(informal, "informal", cfg.ratio, lex, None)
            if got is not None:
                return got
        if scored:
            return _choose(scored, alphabet, cfg.formal_ratio, lex, rule) or _undecided(word, scored)
        if rule is not None:
            return Reading(rule, "rule", f"latin ({alphabet}): not in the lexicon; read letter by letter", 1.5)
        # (then as informal Latin: whatever a run of one alphabet leaves, a run with no letter that tells leaves
        # too, so the words a first pass leaves stay on a second pass)
    wi = normalise(word, "informal")
    scored = _scored(readings(wi, "informal", lex, max_nodes=cfg.max_nodes), lex)
    # a form never counted is weak evidence for a short word typed in informal letters (ary: әры, nakit: нақыт)
    scored = [t for t in scored if t[1] > 0 or len(t[0]) >= (cfg.uncounted_min_len if t[2] > MORPH_ONLY
                                                             else cfg.morph_min_len)]
    if alphabet == "plain":
        w21 = normalise(word, "2021")
        strict = [t for t in scored if t[0] in _spelled(w21, lex, cfg)]
        if strict and scored[0][2] <= cfg.plain_ratio * strict[0][2]:
            rule = rule_reading(w21, "2021", word) if cfg.assume_kazakh else None
            got = _choose(strict, "2021", cfg.formal_ratio, lex, rule)
            if got is not None:
                return got
        if not scored and cfg.assume_kazakh and cfg.rule_words:
            rule = rule_reading(w21, "2021", word)
            if rule is not None and foreign_zipf(wi) < cfg.foreign_zipf:
                return Reading(rule, "rule", "latin (2021): not in the lexicon; read letter by letter", 1.5)
    if scored:
        return _choose(scored, "informal", cfg.ratio, lex, None) or _undecided(word, scored)
    rare = _scored(readings(wi, "informal", lex, rare=True, max_nodes=cfg.max_nodes), lex)
    if len(rare) == 1 and rare[0][1] >= cfg.rare_min:
        c, n, _ = rare[0]
        return Reading(c, "lexicon", f"latin (informal, rarer letters): only known reading {c}({int(n)})",
                       kazakh_zipf(lex, c, n))
    return Reading(None, "left", f"latin: {word} left: no reading the lexicon knows", 0.0)


def _spelled(w21: str, lex, cfg) -> frozenset:
    """The readings the lexicon knows that spell ``w21`` exactly in the 2021 alphabet."""
    return frozenset(readings(w21, "2021", lex, max_nodes=cfg.max_nodes))


def _with_letters(r: Optional[Reading]) -> Optional[Reading]:
    if r is None or r.cyrillic is None:
        return r
    m = re.match(r"latin \((\w+)", r.note)
    return r._replace(letters=m.group(1) if m else "")


def _undecided(word: str, scored) -> Reading:
    listed = " ".join(f"{c}({int(n)})" for c, n, _ in scored[:4])
    return Reading(None, "left", f"latin: {word} left: the lexicon cannot decide between {listed}", 0.0)


def _choose(scored, tried: str, ratio: float, lex, rule: Optional[str]) -> Optional[Reading]:
    """The winner among scored readings (best first), or None when the lexicon cannot decide."""
    best, nb, sb = scored[0]
    listed = " ".join(f"{c}({int(n)})" for c, n, _ in scored[:4])
    if rule is not None and sb <= MORPH_ONLY and rule != best:
        # only the morphology knows the readings (often a loan it takes apart wrongly): the letter rules
        return Reading(rule, "rule", f"latin ({tried}): {listed} known only to the morphology; read letter by "
                                     f"letter", 1.5)
    zipf = kazakh_zipf(lex, best, nb)
    if len(scored) == 1:
        return Reading(best, "lexicon", f"latin ({tried}): only known reading {listed}", zipf)
    s2 = scored[1][2]
    if sb > s2 and sb >= ratio * s2 * (1 - 1e-9):
        return Reading(best, "lexicon", f"latin ({tried}): {listed}; ratio {sb / s2:.1f}", zipf)
    if rule is not None and any(c == rule for c, _, s in scored if s >= sb):
        return Reading(rule, "lexicon", f"latin ({tried}): {listed}; tie settled by the letter rules", zipf)
    return None
