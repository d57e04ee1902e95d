"""Paired and repeated words (қос сөздер, KAZAKH_FACTS §5.3): written with a hyphen.

* full reduplication of a word: көп-көп, қайта-қайта, тез-тез, жүре-жүре;
* intensive reduplication of an adjective: the first syllable of the word up to its first vowel, closed by п
  (or м), before the word: кіп-кішкентай, тап-таза, қып-қызыл, жап-жасыл, ап-айқын, бом-бос;
* echo pairs: the word again with one vowel changed (шарт-шұрт, жалт-жұлт, тарс-тұрс);
* synonym, antonym and collective pairs (ата-ана, аман-есен, ыдыс-аяқ): a list (the compounds of
  ``dictionaries/compounds.txt`` and those the corpora write with the hyphen), no rule.
"""
from __future__ import annotations

from .alphabet import VOWEL_LETTERS

__all__ = ["INTENSIVE_CLOSERS", "intensive_prefix", "reduplicated", "intensive_pair", "echo_pair"]

INTENSIVE_CLOSERS = ("п", "м")  # the consonant that closes the intensive syllable (тап-таза, бом-бос)


def intensive_prefix(word: str) -> str:
    """The word up to and including its first vowel letter (``кішкентай`` → ``кі``, ``айқын`` → ``а``); "" if none."""
    for i, ch in enumerate(word.lower()):
        if ch in VOWEL_LETTERS:
            return word[:i + 1].lower()
    return ""


def reduplicated(a: str, b: str) -> bool:
    """``a b`` is one word said twice (көп көп)."""
    return len(a) >= 2 and a.lower() == b.lower()


def intensive_pair(a: str, b: str) -> bool:
    """``a`` is the intensive syllable of ``b`` (кіп кішкентай, тап таза)."""
    p = intensive_prefix(b)
    al = a.lower()
    return bool(p) and len(b) > len(p) and len(al) == len(p) + 1 and al[:-1] == p and al[-1] in INTENSIVE_CLOSERS


def echo_pair(a: str, b: str) -> bool:
    """``b`` is ``a`` with one vowel letter changed (шарт шұрт, жалт жұлт)."""
    al, bl = a.lower(), b.lower()
    if len(al) < 3 or len(al) != len(bl):
        return False
    diff = [(x, y) for x, y in zip(al, bl) if x != y]
    return len(diff) == 1 and diff[0][0] in VOWEL_LETTERS and diff[0][1] in VOWEL_LETTERS
