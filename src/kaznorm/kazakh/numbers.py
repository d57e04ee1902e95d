"""The last spoken word of a number written in digits, and the suffix forms that agree with it
(a suffix after ``200`` agrees with ``жүз``, after ``10`` with ``он``).
"""
from __future__ import annotations

from functools import lru_cache

from typing import FrozenSet, Optional

from .phonology import final_class, harmony
from .suffixes import suffix_forms

__all__ = ["number_word", "number_suffix_forms", "short_ordinal"]

_UNITS = ("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")


def number_word(digits: str) -> Optional[str]:
    """The last word spoken when reading the digits aloud in Kazakh (``"1991"`` → ``"бір"``).

    None when it cannot be told (empty, not digits, longer than 15 digits).
    """
    if not digits or len(digits) > 15 or not digits.isdigit() or not digits.isascii():
        return None
    n = int(digits)
    if n == 0:
        return "нөл"
    if n % 10:
        return _UNITS[n % 10]
    if (n // 10) % 10:
        return _TENS[(n // 10) % 10]
    if (n // 100) % 10:
        return "жүз"
    if (n // 1000) % 1000:
        return "мың"
    if (n // 10**6) % 1000:
        return "миллион"
    if (n // 10**9) % 1000:
        return "миллиард"
    return "триллион"


@lru_cache(maxsize=4096)
def number_suffix_forms(digits: str) -> FrozenSet[str]:
    """Suffix forms that agree with how ``digits`` is read; empty when unknown."""
    w = number_word(digits)
    if w is None:
        return frozenset()
    return suffix_forms(harmony(w), final_class(w))


def short_ordinal(digits: str) -> Optional[str]:
    """The short written ordinal ending after ``digits`` (KAZAKH_FACTS §5.4: ``2-ші`` for екінші, ``20-шы`` for
    жиырмасыншы): ``шы`` or ``ші`` by the harmony of the last spoken word; None when it cannot be told."""
    w = number_word(digits)
    if w is None:
        return None
    return "шы" if harmony(w) == "b" else "ші"
