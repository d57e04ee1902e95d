"""The questions the word steps ask the lexicon, each safe against a lexicon-like object that lacks a method
or fails (a step must never break on its lexicon): known, foreign, counted, attested, its log-probability,
pair counts, hyphenated compounds and those written apart, the likeliest counted word one slip away; and,
for speed only, indexes derived from the lexicon's data and kept with it (``Lexicon.derived``): the forms
that are known and counted, and keys that rule out a far-fetched candidate search.

:func:`ask` and :func:`safe` are the guards; :func:`corpus_count` (a float, for the ``keyboard`` and ``typo``
steps' ratios; falls back on ``frequency``) and :func:`count` (an int, for ``segment``, ``particle`` and
``linebreak_hyphen``; falls back on ``attested``) answer alike for a :class:`~kaznorm.lexicon.Lexicon`.
"""
from __future__ import annotations

import math
import re
from itertools import filterfalse
from sys import intern
from typing import Dict

from ..kazakh.alphabet import LOWER_CLASS
from ..kazakh.errors import keyboard_keys
from ..kazakh.suffixes import CASE_ENDINGS, SUFFIX_PIECES
from .lexicon import Lexicon
from .wordlists import Forms

__all__ = ["ask", "safe", "corpus_count", "count", "frequency_score", "derived_index", "counted_forms", "deletions",
           "frequent_keys", "frequent_keys_apply", "KNOWN_FLOOR", "logprob", "foreign", "pair_count", "pair_starts", "is_compound", "compound_firsts", "spaced",
           "compound_keys", "hyphenated_seen", "typo_alternative", "slip_in", "rarest_triple", "stem_count"]


def ask(lex, name: str, word: str, default=False):
    f = getattr(lex, name, None)
    if f is None:
        return default
    try:
        return f(word)
    except Exception:
        return default


def corpus_count(lex, word: str) -> float:
    c = getattr(lex, "count", None)
    if c is not None:
        try:
            return float(c(word))
        except Exception:
            return 0.0
    return float(ask(lex, "frequency", word, 0.0)) * 1e6


def frequency_score(lex, w: str, count: float, uncounted: float = 0.3, morph_only: float = 0.1) -> float:
    """Frequency evidence: the corpus count; a never-counted attested form ``uncounted``, a morphology-only
    form ``morph_only`` (the steps pass their Config's values)."""
    if count > 0:
        return count
    return uncounted if ask(lex, "attested", w) else morph_only


def stem_count(lex, form: str, min_stem: int = 4) -> float:
    """The largest corpus count of a stem of ``min_stem`` letters or more that the analyser reads ``form`` with,
    an ending after it (0 when none)."""
    try:
        analyses = lex.analyze(form)
    except Exception:
        return 0.0
    return max((corpus_count(lex, a.stem) for a in analyses if a.suffixes and len(a.stem) >= min_stem), default=0.0)


def derived_index(lex, key: str, build):
    """``lex.derived(key, build)``: an index built from the lexicon's data, kept with it; built anew on
    every call for a lexicon-like object without ``derived`` (duck-typed lexicons)."""
    derived = getattr(lex, "derived", None)
    return derived(key, build) if derived is not None else build(lex)


_CYR_LOWER_RX = re.compile(f"[{LOWER_CLASS}]+")
_NOT_CYR_LOWER_RX = re.compile(f"[^{LOWER_CLASS}\n]")


def lines_not_cyrillic(text: str) -> list:
    """The lines of ``text`` holding a character that is not a lowercase Kazakh letter (what
    ``re.findall(f"^[{LOWER_CLASS}]*[^{LOWER_CLASS}\\n].*$", text, re.M)`` gives, found from each line's first
    such character: the regex skips the other lines in C instead of trying every line start)."""
    out, search = [], _NOT_CYR_LOWER_RX.search
    m = search(text)
    while m is not None:
        i = m.start()
        end = text.find("\n", i)
        if end < 0:
            out.append(text[text.rfind("\n", 0, i) + 1:])
            break
        out.append(text[text.rfind("\n", 0, i) + 1:end])
        m = search(text, end + 1)
    return out


def _build_counted(lex) -> tuple:
    if type(lex).count is not Lexicon.count or type(lex).known is not Lexicon.known:
        return (None,)  # a subclass that answers otherwise: no shortcut
    counts, forms = lex.counts, lex.forms
    if isinstance(forms, Forms) and forms.counted is counts:
        # the shipped forms hold every counted word: the Cyrillic ones found by one regex over all of them
        # every counted word but the few that are not (a line of the joined keys with another character),
        # as a set of the table's own strings (their hashes are cached)
        keys = counts.keys() if min(counts.values(), default=1) > 0 else [k for k, v in counts.items() if v > 0]
        # (frozenset(keys).difference(lines, ("",)), made in one pass: no copy of a whole set)
        other = set(lines_not_cyrillic("\n".join(keys)))
        other.add("")
        return (frozenset(filterfalse(other.__contains__, keys)),)
    full = _CYR_LOWER_RX.fullmatch
    return (frozenset(k for k, v in counts.items() if v > 0 and full(k) and k in forms),)


def counted_forms(lex):
    """Frozenset of the lexicon's forms that are known and counted (count > 0), lowercase Cyrillic only;
    None for lexicons other than :class:`kaznorm.lexicon.Lexicon`.

    Speed only: a step skips such a token without asking anything else exactly where its own rules would
    leave a known, counted word alone.  For a token of Cyrillic letters, ``t.lower() in counted`` is the
    same as ``lex.count(t) > 0`` (and implies ``lex.known(t)``)."""
    try:
        derived = lex.derived
    except AttributeError:  # not a Lexicon
        return None
    return derived("spelling.counted_forms", _build_counted)[0]


def deletions(w: str, depth: int) -> set:
    """``w`` and every string made from it by deleting up to ``depth`` letters."""
    out = {w}
    layer = {w}
    for _ in range(depth):
        layer = {x[:i] + x[i + 1:] for x in layer for i in range(len(x))}
        out |= layer
    return out


def frequent_keys_apply(lex, min_count) -> bool:
    """:func:`frequent_keys` is not None for this lexicon and threshold (known without making the set)."""
    # (a threshold that is not a positive number comes only from a user's Config: no shortcut then)
    return not (type(min_count) not in (int, float) or not min_count > 0 or counted_forms(lex) is None)


def frequent_keys(lex, kind: str, min_count):
    """Per lexicon and threshold, a set describing the forms counted at least ``min_count`` times (speed
    only; None when not applicable): ``"skeleton"``: their :data:`kaznorm.kazakh.errors.KEYBOARD_KEY` keys; ``"deletes1"`` /
    ``"deletes2"``: the forms and every string made from one by deleting up to 1 / 2 letters (a word
    within that many edits of such a form shares a key with it, as in symspell's own index); ``"pairs"``: every
    string made from one by deleting two adjacent letters, neither the first nor the last (a word with a
    syllable dropped inside, as the typo step's dropped-pair rule looks for)."""
    if not frequent_keys_apply(lex, min_count):
        return None

    def build(lex) -> frozenset:
        if kind == "skeleton":  # (the form itself when it is its own key; one string for the thresholds)
            words = [k for k, v in lex.counts.items() if v >= min_count]
            return frozenset([w if key == w else intern(key) for w, key in zip(words, keyboard_keys(words))])
        out = set()
        for k, v in lex.counts.items():
            if v >= min_count:
                if kind == "pairs":
                    out.update(k[:i] + k[i + 2:] for i in range(1, len(k) - 2))
                else:
                    out |= deletions(k, 2 if kind == "deletes2" else 1)
        return frozenset(out)

    return lex.derived(f"spelling.frequent_keys.{kind}.{min_count!r}", build)


def _letter_triples(lex) -> Dict[str, int]:
    """How many counted forms hold each letter triple (with ``^``/``$`` marking the word's edges)."""
    out: Dict[str, int] = {}
    for w in lex.counts:
        p = "^" + w + "$"
        for i in range(len(p) - 2):
            t = p[i:i + 3]
            out[t] = out.get(t, 0) + 1
    return out


def rarest_triple(lex, word: str) -> int:
    """In how many counted forms the rarest letter triple of the lower-case ``word`` occurs (its edges marked):
    a word whose every triple is common looks like a Kazakh word, one with a triple no counted word has
    (атвобус, радияция, өңдіеу) like a slip of the hand."""
    triples = derived_index(lex, "letter_triples", _letter_triples)
    if triples is None:
        return 0
    p = "^" + word + "$"
    return min((triples.get(p[i:i + 3], 0) for i in range(len(p) - 2)), default=0)


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


def parses(lex, w: str) -> list:
    """The analyser's readings of ``w`` ((stem, pos, suffixes, names) tuples); none for a lexicon without an
    analyser, or where the analyser fails on ``w`` (a bug in one reading must not break cleaning)."""
    an = lex.analyser()
    if an is None:
        return []
    try:
        return an.parses(w)
    except Exception:
        return []


def safe(fn, *args) -> bool:
    try:
        return bool(fn(*args))
    except Exception:
        return False


def foreign(lex, w: str) -> bool:
    return safe(lex.is_protected, w) or safe(lex.is_russian, w) or safe(lex.is_english, w)


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
    if (bl in SUFFIX_PIECES or bl in CASE_ENDINGS) and not a.isupper():
        # (бақ-та, камаз-дың in the noisy web list: a word + its ending is no compound of two words; an
        # abbreviation in capitals takes its ending after a hyphen: НАТО-ның)
        return False
    if al + "-" + bl in comps:
        return True
    # (the listed base is looked for before asking the morphology: without one the answer is no)
    bases = [k for k in range(1, min(len(bl) - 2, 6)) if al + "-" + bl[:-k] in comps]
    if not bases or not safe(lex.compound, a + "-" + b):
        return False
    for k in bases:  # an inflection of 1-5 letters, a base of 3+ letters
        base = al + "-" + bl[:-k]
        rest = len(bl) - k
        if (len(al) >= 3 and (rest >= 4 or (rest == 3 and safe(lex.known, bl[:-k])))) \
                or count(lex, base) > 0:
            return True
    return False


def compound_firsts(lex):
    """Speed only: the first parts of the lexicon's listed compounds (the text before the first hyphen), or None
    for a lexicon without a compound list; :func:`is_compound` is False for a first word whose lower case is not
    among them."""
    if getattr(lex, "compounds", None) is None:
        return None
    return derived_index(lex, "spelling.compound_firsts",
                         lambda lx: frozenset(c.split("-", 1)[0] for c in lx.compounds))


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
        from .typo_index import index_for
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


def pair_starts(lex):
    """Speed only: the folded strings ``a`` for which :func:`pair_count` of ``a`` and some word can be more than 0;
    None (no shortcut) for a lexicon that answers ``pair_count`` otherwise than :class:`Lexicon`."""
    if not isinstance(lex, Lexicon) or type(lex).pair_count is not Lexicon.pair_count:
        return None
    try:
        return lex.pair_starts()
    except Exception:
        return None


def pair_count(lex, a: str, b: str) -> int:
    try:
        return int(lex.pair_count(a, b))
    except Exception:  # a lexicon without pair counts
        return 0


def hyphenated_seen(lex, a: str, b: str) -> bool:
    """The clean corpora write ``a-b`` (its last part possibly inflected) with the hyphen."""
    return any(count(lex, c) for c in compound_keys(a, b))
