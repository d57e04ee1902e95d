"""What the ``keyboard`` and ``typo`` steps ask the lexicon.

Guarded calls (:func:`ask`: a lexicon without the method, or one that raises, gives the default), corpus
counts and the frequency evidence a candidate brings, and, for speed only, indexes derived from the
lexicon's data and kept with it (``Lexicon.derived``): the forms that are known and counted
(:func:`counted_forms`, also used by the ``segment`` and ``particle`` steps) and keys that rule out a
far-fetched candidate search (:func:`frequent_keys`).
"""
from __future__ import annotations

import re

from ..kazakh.alphabet import LOWER_CLASS
from ..kazakh.errors import KEYBOARD_KEY
from ..lexicon import Lexicon

__all__ = ["ask", "corpus_count", "frequency_score", "derived_index", "counted_forms", "deletions",
           "frequent_keys"]


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


def derived_index(lex, key: str, build):
    """``lex.derived(key, build)``: an index built from the lexicon's data, kept with it; built anew on
    every call for a lexicon-like object without ``derived`` (duck-typed lexicons)."""
    derived = getattr(lex, "derived", None)
    return derived(key, build) if derived is not None else build(lex)


_CYR_LOWER_RX = re.compile(f"[{LOWER_CLASS}]+")


def _build_counted(lex) -> tuple:
    if type(lex).count is not Lexicon.count or type(lex).known is not Lexicon.known:
        return (None,)  # a subclass that answers otherwise: no shortcut
    counts, forms = lex.counts, lex.forms
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


def frequent_keys(lex, kind: str, min_count):
    """Per lexicon and threshold, a set describing the forms counted at least ``min_count`` times (speed
    only; None when not applicable): ``"skeleton"``: their :data:`kaznorm.kazakh.errors.KEYBOARD_KEY` keys; ``"deletes1"`` /
    ``"deletes2"``: the forms and every string made from one by deleting up to 1 / 2 letters (a word
    within that many edits of such a form shares a key with it, as in symspell's own index)."""
    # (a threshold that is not a positive number comes only from a user's Config: no shortcut then)
    if type(min_count) not in (int, float) or not min_count > 0 or counted_forms(lex) is None:
        return None

    def build(lex) -> frozenset:
        out = set()
        for k, v in lex.counts.items():
            if v >= min_count:
                if kind == "skeleton":
                    out.add(k.translate(KEYBOARD_KEY))
                else:
                    out |= deletions(k, 2 if kind == "deletes2" else 1)
        return frozenset(out)

    return lex.derived(f"spelling.frequent_keys.{kind}.{min_count!r}", build)
