"""The lookup key of a word (:func:`fold`: lower case, canonical Kazakh letters) and the Cyrillic-word test
the lexicon applies before asking the analyser."""
from __future__ import annotations

from sys import intern
from typing import Dict

from ..kazakh.alphabet import LOWER_LETTERS
from ..kazakh.lookalikes import LATIN_TO_CYRILLIC, WORD_VARIANTS

__all__ = ["fold", "fold_all", "is_cyrillic_word"]

# variant letters folded before lookup (ə ǝ → ә, ɵ ӛ ѳ → ө, ӊ → ң); ё stays ё: the shipped data write it,
# and folding it to е would merge Russian все and всё
_FOLD = str.maketrans({k: v for k, v in WORD_VARIANTS.items() if k.islower()})
# Latin i inside a Cyrillic word stands for і
_LATIN_I = str.maketrans({"i": LATIN_TO_CYRILLIC["i"]})
# the characters _FOLD changes (a text without them, in lower case, is its own fold: no str.translate to run,
# which is slow on non-ASCII text)
_FOLD_CHANGES = tuple(chr(k) for k, v in _FOLD.items() if v != k and v != chr(k))
_FOLD_SET = frozenset(_FOLD_CHANGES)

_FOLDED: Dict[str, str] = {}  # memo of fold() (bounded): the same tokens are looked up by several steps


def fold(word: str) -> str:
    """Lookup key: lower case, canonical Kazakh letters (Latin ``i`` inside Cyrillic -> ``і``)."""
    w = _FOLDED.get(word) if word.__class__ is str else None
    if w is None:
        w = word.lower()
        if not _FOLD_SET.isdisjoint(w):  # (speed only: most words have none, and str.translate is slow on Cyrillic)
            w = w.translate(_FOLD)
        if "i" in w and any(c in LOWER_LETTERS for c in w):
            w = w.translate(_LATIN_I)
        if word.__class__ is str:  # (the memo holds the words the steps keep: one string each)
            word = intern(word)
            w = word if w == word else intern(w)
        if len(_FOLDED) > 200_000:
            _FOLDED.clear()
        _FOLDED[word] = w
    return w


def fold_all(words) -> frozenset:
    """``frozenset(fold(w) for w in words)``; when every word is its own key (the shipped lists are written
    folded), found by folding them all joined in one string: no call per word."""
    words = list(words)
    if all(w.__class__ is str for w in words):
        joined = "\n".join(words)
        if "\n" not in "".join(words) and "i" not in joined and _folds_to_itself(joined):
            return frozenset(words)
    return frozenset(fold(w) for w in words)


def _folds_to_itself(text: str) -> bool:
    """``text.lower().translate(_FOLD) == text``."""
    low = text.lower()
    if low == text:
        return not any(c in text for c in _FOLD_CHANGES)
    return low.translate(_FOLD) == text


_WORD_CHARS = LOWER_LETTERS | {"-"}


def is_cyrillic_word(w: str) -> bool:
    return bool(w) and _WORD_CHARS.issuperset(w)  # (every character a lower-case letter or "-": one C loop)

