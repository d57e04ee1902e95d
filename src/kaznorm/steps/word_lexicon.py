"""The lexicon questions the word steps ask, each safe against a lexicon that lacks a table or fails:
is a word known or foreign, how often is it counted, its log-probability, pair counts, compounds
(hyphenated, paired, written apart), and the likeliest counted word one slip away."""
from __future__ import annotations

import math
from typing import Dict

# The log-probability of a word the lexicon knows but never counted (a form of the morphology, a listed
# compound): a property of the lexicon's word model, the same for every step that asks (segment, particle),
# so not a step setting.
KNOWN_FLOOR = math.log(1e-8)


def logprob(lex, w: str, memo: Dict[str, float], morph: bool = True) -> float:
    """Log-probability of ``w`` as a word; with ``morph=False`` only attested forms count
    (no morphology: the cheap question asked of every substring in a search)."""
    key = w if morph else "\1" + w
    v = memo.get(key)
    if v is None:
        if not morph and not safe(lex.attested, w):
            v = -math.inf
        else:
            try:
                v = lex.logprob(w)
            except Exception:  # a lexicon bug must not break cleaning
                v = -math.inf
            if v is None or math.isnan(v):
                v = -math.inf
            if v == -math.inf and morph and len(w) > 1 and safe(lex.known, w):
                v = KNOWN_FLOOR
        memo[key] = v
    return v


def safe(fn, *args) -> bool:
    try:
        return bool(fn(*args))
    except Exception:
        return False


def foreign(lex, w: str) -> bool:
    return safe(lex.is_protected, w) or safe(lex.is_russian, w) or safe(lex.is_english, w)


def paired(a: str, b: str) -> bool:
    """Repeated/paired forms of one stem (бір|бірін, бірін|бірі, қайта|қайта)."""
    a, b = a.lower(), b.lower()
    cp = 0
    for x, y in zip(a, b):
        if x != y:
            break
        cp += 1
    return cp >= 3 and cp >= min(len(a), len(b))


def is_compound(lex, a: str, b: str) -> bool:
    """``a-b`` is a known hyphenated compound, its second part possibly inflected.

    Stricter than ``Lexicon.compound``: an inflected match must leave a known
    base of 3+ letters on a first part of 3+ letters, or a base seen in the
    corpus, so that line-break debris in the compound list (бір-бі) does not count.
    """
    comps = getattr(lex, "compounds", None)
    if comps is None:
        return safe(lex.compound, a + "-" + b)
    al, bl = a.lower(), b.lower()
    if al + "-" + bl in comps:
        return True
    if not safe(lex.compound, a + "-" + b):
        return False
    for k in range(1, min(len(bl) - 2, 6)):  # an inflection of 1-5 letters, a base of 3+ letters
        base = al + "-" + bl[:-k]
        if base in comps:
            rest = len(bl) - k
            if (len(al) >= 3 and (rest >= 4 or (rest == 3 and safe(lex.known, bl[:-k])))) \
                    or count(lex, base) > 0:
                return True
    return False


def count(lex, w: str) -> int:
    try:
        return int(lex.count(w))
    except Exception:
        return 1 if safe(lex.attested, w) else 0


def spaced(lex, a: str, b: str) -> bool:
    """``a-b`` (its last part possibly inflected) is a compound the corpora mostly write apart."""
    sp = getattr(lex, "spaced", None)
    if not sp:
        return False
    return any(c in sp for c in compound_keys(a, b))


def compound_keys(a: str, b: str):
    """``a-b`` in lower case with 0-5 letters (an ending) taken off ``b``: the forms a compound list holds."""
    al, bl = a.lower(), b.lower()
    return (al + "-" + bl[:len(bl) - k] for k in range(0, min(len(bl) - 1, 6)))


def typo_alternative(lex, word: str) -> float:
    """The log-probability of the likeliest counted word one edit away from ``word`` (-inf if none)."""
    try:
        from ..lexicon.typo_index import index_for
        cands = index_for(lex).lookup(word.lower(), 1)
    except Exception:  # no index (symspellpy missing, a custom lexicon without forms)
        return -math.inf
    best = -math.inf
    for form, dist, _w in cands:
        if dist == 1 and count(lex, form) > 0:
            best = max(best, logprob(lex, form, {}, morph=False))
    return best


def slip_in(lex, word: str, k: int) -> float:
    """The log-probability of the likeliest counted word one similar-letter slip from ``word`` within its
    first ``k`` letters (``Lexicon.slips``; -inf if none)."""
    try:
        forms = lex.slips(word.lower(), k)
    except Exception:  # a lexicon without counts
        return -math.inf
    return max((logprob(lex, f, {}, morph=False) for f in forms), default=-math.inf)


def pair_count(lex, a: str, b: str) -> int:
    try:
        return int(lex.pair_count(a, b))
    except Exception:  # a lexicon without pair counts
        return 0


def hyphenated_seen(lex, a: str, b: str) -> bool:
    """The clean corpora write ``a-b`` (its last part possibly inflected) with the hyphen."""
    return any(count(lex, c) for c in compound_keys(a, b))


def pronoun_forms() -> frozenset:
    try:
        from ..kazakh.closed_classes import PRONOUNS
        return frozenset(PRONOUNS)
    except Exception:  # pragma: no cover
        return frozenset()
