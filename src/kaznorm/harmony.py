"""Small vowel-harmony helpers shared by the lexicon-free steps.

Only what the suffix-hyphen and punctuation steps need: vowel classes, the
harmony of a word's last vowel, the suffix allomorphs a stem takes after its
final sound, and the last spoken word of a number written in digits (a suffix
after ``200`` agrees with ``жүз``, after ``10`` with ``он``).  The full suffix
grammar lives in :mod:`kaznorm.morphology`.
"""
from __future__ import annotations

from functools import lru_cache

from typing import FrozenSet, Optional

__all__ = [
    "BACK_VOWELS",
    "FRONT_VOWELS",
    "harmony",
    "suffix_forms",
    "ALL_SUFFIX_FORMS",
    "BARE_SUFFIXES",
    "number_word",
    "number_suffix_forms",
]

BACK_VOWELS = frozenset("аоұыяАОҰЫЯ")
FRONT_VOWELS = frozenset("әеөүіэюӘЕӨҮІЭЮ")
# у and и are written for both harmonies (ту/ту-ға, елу/елу-ге, такси-ге); look further back
_NEUTRAL = frozenset("уиУИ")

_VOWEL_END = frozenset("аоұыяәеөүіэюиАОҰЫЯӘЕӨҮІЭЮИ")


def harmony(word: str) -> Optional[str]:
    """``"back"`` or ``"front"`` from the last vowel that decides it, or None."""
    for ch in reversed(word):
        if ch in BACK_VOWELS:
            return "back"
        if ch in FRONT_VOWELS:
            return "front"
        if ch in "иИ":
            return "front"  # loanwords: такси-ге, Тбилиси-ге
    return None


def _final_class(word: str) -> str:
    """V vowel, R р й у, L л, N м н ң, Z ж з, T voiceless or б в г д."""
    ch = word[-1:].lower()
    if ch in ("у", "й", "р"):
        return "R"
    if ch in _VOWEL_END:
        return "V"
    if ch == "л":
        return "L"
    if ch in ("м", "н", "ң"):
        return "N"
    if ch in ("ж", "з"):
        return "Z"
    return "T"


# back-vowel forms by final class; the front forms follow by а→е, ы→і, ғ→г, қ→к, ұ→ү
_TABLE = {
    #            plural  genitive dative acc   loc   abl    instr  -лық   -ғы
    "V": ("лар", "ның", "ға", "ны", "да", "дан", "мен", "лық", "ғы"),
    "R": ("лар", "дың", "ға", "ды", "да", "дан", "мен", "лық", "ғы"),
    "L": ("дар", "дың", "ға", "ды", "да", "дан", "мен", "дық", "ғы"),
    "N": ("дар", "ның", "ға", "ды", "да", "нан", "мен", "дық", "ғы"),
    "Z": ("дар", "дың", "ға", "ды", "да", "дан", "бен", "дық", "ғы"),
    "T": ("тар", "тың", "қа", "ты", "та", "тан", "пен", "тық", "қы"),
}
_FRONT = str.maketrans({"а": "е", "ы": "і", "ғ": "г", "қ": "к", "ұ": "ү"})

# after the 3rd-person possessive (-ы/-сы): accusative -н, loc -нда, abl -нан, dat -на, gen -ның, instr -мен
_AFTER_POSS = ("", "н", "нда", "нан", "на", "ның", "мен", "ндағы")
# after the plural (which ends in р)
_AFTER_PLURAL = ("", "ы", "да", "дан", "ға", "ды", "дың", "мен", "дағы", "ын", "ында", "ынан", "ына", "ының")


def _forms(final: str) -> list:
    pl, gen, dat, acc, loc, abl, ins, lyq, gy = _TABLE[final]
    out = [pl, gen, dat, acc, loc, abl, ins, lyq, gy, loc + "ғы"]
    out += [pl + x for x in _AFTER_PLURAL if x]
    poss = "сы" if final == "V" else "ы"
    out += [poss + x for x in _AFTER_POSS]
    # ordinal -ыншы/-інші (after a vowel -ншы); after digits also written -шы/-ші
    out += ["ншы" if final == "V" else "ыншы", "шы"]
    return out


@lru_cache(maxsize=None)  # a dozen (harmony, final class) pairs
def suffix_forms(harm: str, final: str) -> FrozenSet[str]:
    """All closed-list suffix forms for a stem of harmony ``harm`` ending in sound class ``final``."""
    forms = _forms(final)
    if harm == "front":
        forms = [f.translate(_FRONT) for f in forms]
    return frozenset(forms)


ALL_SUFFIX_FORMS: FrozenSet[str] = frozenset(
    f for h in ("back", "front") for c in _TABLE for f in suffix_forms(h, c)
)

# Forms that are also ordinary words (or particles written apart): a separate word
# equal to one of these is never taken for a detached suffix.
_REAL_WORDS = frozenset(
    "мен бен пен да де та те ма ме ба бе па пе нан тан тар тер дар дер тағы тегі лық тік "
    "ы і н ін сы ала ана ене".split()
)
# Suffixes that may stand detached after a number / abbreviation (``200 ден``): case
# endings, plural, -дағы, -ғы, ordinal.  Possessive chains are left to the glued form.
BARE_SUFFIXES: FrozenSet[str] = frozenset(
    f
    for h in ("back", "front")
    for c in _TABLE
    for f in (
        [x.translate(_FRONT) if h == "front" else x for x in _TABLE[c][:6] + (_TABLE[c][4] + "ғы", _TABLE[c][8])]
        + (["шы", "ншы", "ыншы"] if h == "back" else ["ші", "нші", "інші"])
    )
    if f not in _REAL_WORDS
)


# --------------------------------------------------------------------------- numbers

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
    h = harmony(w)
    if h is None:
        return frozenset()
    return suffix_forms(h, _final_class(w))
