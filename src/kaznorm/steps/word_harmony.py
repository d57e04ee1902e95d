"""Vowel harmony and consonant assimilation as the word steps judge them: the right form of a
particle or conjunction after a stem, and whether a word starts the way a suffix of another would.

(One of the copies of vowel harmony issue 15 unifies in ``kaznorm/kazakh/``.)
"""
from __future__ import annotations

from typing import Optional

from ..kazakh.alphabet import VOWEL_LETTERS
from .word_classes import (AFTER_VOICED, AFTER_VOICELESS, AFTER_VOWEL, BACK, FRONT, NASAL_VOICED, PARTICLES,
                           SONORANT_Q, VOICELESS, WITH)


def last_vowel_class(w: str) -> Optional[str]:
    seen_i = False
    for ch in reversed(w.lower()):
        if ch in BACK:
            return "f" if seen_i and ch == "ы" else "b"
        if ch in FRONT:
            return "f"
        if ch == "и":
            seen_i = True
            break
    return "f" if seen_i else None


def harmony_ok(stem: str, particle: str) -> bool:
    """Is ``particle`` (да/де/та/те/ма/ме/ба/бе/па/пе) the right form after ``stem``?"""
    stem_l = stem.lower()
    p = particle.lower()
    if not stem_l:
        return False
    last = stem_l[-1]
    if last in "ьъ":
        return False
    if p in WITH:  # мен after vowels and й л м н ң р у; бен after ж з; пен after voiceless
        if last in VOWEL_LETTERS or last in "йлмнңру":
            return p == "мен"
        if last in "жз":
            return p == "бен"
        return p == "пен" and last in VOICELESS
    if p in ("ғой", "қой"):  # ғой after vowels and voiced sounds, қой after voiceless
        return (p == "қой") == (last in VOICELESS)
    if p in ("ше", "ша"):
        return False
    if p not in PARTICLES:
        return False
    vc = last_vowel_class(stem_l)
    if vc is None:
        return False
    if (p[1] == "а") != (vc == "b"):
        return False
    first = p[0]
    if first in "дт":  # да/де after vowels, sonorants and ж з; та/те after voiceless
        return (first == "т") == (last in VOICELESS)
    # question particle: ма/ме after vowels and л р й у; ба/бе after м н ң ж з; па/пе after voiceless
    if last in VOWEL_LETTERS or last in SONORANT_Q:
        return first == "м"
    if last in NASAL_VOICED:
        return first == "б"
    if last in VOICELESS:
        return first == "п"
    return False


def first_vowel_class(w: str) -> Optional[str]:
    for ch in w.lower():
        if ch in BACK:
            return "b"
        if ch in FRONT:
            return "f"
    return None


def suffix_like(left: str, right: str) -> bool:
    """Does ``right`` start the way a suffix of ``left`` would (harmony and first consonant)?

    Words the lexicon misses are often split by a search at a stem boundary
    (интеллигент|терінің); glued words rarely look like that by chance.
    """
    l, r = left.lower(), right.lower()
    vc = last_vowel_class(l)
    if vc is None or first_vowel_class(r) != vc:
        return False
    fin, c = l[-1], r[0]
    if c in "ыіаеу":
        return fin not in VOWEL_LETTERS
    if len(r) < 2 or r[1] not in "аеыі":  # the vowels of suffixes (no suffix starts ғұ-, мө-)
        return False
    if fin in VOWEL_LETTERS:
        return c in AFTER_VOWEL
    if fin in VOICELESS:
        return c in AFTER_VOICELESS
    return c in AFTER_VOICED
