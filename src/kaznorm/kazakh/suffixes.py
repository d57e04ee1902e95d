"""Closed-list suffix forms (case, plural, possessive, -дағы, -ғы, -лық, ordinal) by stem harmony and
final sound, for the lexicon-free steps (``suffix_hyphen``, ``punctuation``).

The harmony ('b'/'f') and final-sound class (V R L N Z T) of a stem are those of
:mod:`kaznorm.kazakh.phonology`.  The full suffix grammar lives in :mod:`kaznorm.kazakh.morphotactics`.
"""
from __future__ import annotations

from functools import lru_cache

from typing import FrozenSet

__all__ = ["suffix_forms", "ALL_SUFFIX_FORMS", "BARE_SUFFIXES", "PLURAL", "GENITIVE", "DATIVE", "LOCATIVE",
           "ABLATIVE", "PLURAL_PX3", "PX3_DATIVE", "CONDITIONAL", "LOC_ENDINGS", "CASE_ENDINGS", "SUFFIX_PIECES",
           "NUMBER_SUFFIXES", "PX3_START", "PERSON_ENDINGS", "LY_ENDINGS", "PATRONYMIC_ENDINGS", "PRONOUN_GEN_ACC", "SURNAME",
           "NAME_ENDINGS", "without_case_ending", "DOUBLING_ENDINGS"]


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
    """All closed-list suffix forms for a stem of harmony ``harm`` ('b'/'f') ending in sound class ``final``."""
    forms = _forms(final)
    if harm == "f":
        forms = [f.translate(_FRONT) for f in forms]
    return frozenset(forms)


ALL_SUFFIX_FORMS: FrozenSet[str] = frozenset(
    f for h in ("b", "f") for c in _TABLE for f in suffix_forms(h, c)
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
    for h in ("b", "f")
    for c in _TABLE
    for f in (
        [x.translate(_FRONT) if h == "f" else x for x in _TABLE[c][:6] + (_TABLE[c][4] + "ғы", _TABLE[c][8])]
        + (["шы", "ншы", "ыншы"] if h == "b" else ["ші", "нші", "інші"])
    )
    if f not in _REAL_WORDS
)


# --------------------------------------------------------------------------- endings the word steps test

def _both(col: int) -> tuple:
    """A column of :data:`_TABLE` in both harmonies, in table order (лар тар дар ... лер тер дер ...)."""
    back = list(dict.fromkeys(forms[col] for forms in _TABLE.values()))
    return tuple(back + [f.translate(_FRONT) for f in back])


PLURAL = _both(0)
GENITIVE = _both(1)
DATIVE = _both(2)
ABLATIVE = _both(5)
LOCATIVE = _both(4) + _both(8)  # a locative, or a -ғы adjective
PLURAL_PX3 = tuple(p + ("ы" if p[1] == "а" else "і") for p in PLURAL)  # plural + possessive: locative -нда
PX3_DATIVE = ("ына", "іне")  # 3rd-person possessive + dative after a consonant
CONDITIONAL = ("са", "се")
LOC_ENDINGS = frozenset((e,) for e in ("да", "де", "та", "те", "нда", "нде"))  # a locative's suffix tuple
CASE_ENDINGS = frozenset(GENITIVE + ABLATIVE + _both(6) + ("да", "де", "та", "те", "нда", "нде", "ында", "інде",
                                                           "нан", "нен", "ынан", "інен"))

# Pieces of a run of glued words that are suffixes, never a word of their own in a split.  (Particles are
# words, but inside a run they are taken only as "X + particle" pieces with the right harmony form, or at
# the very start of the run.)
SUFFIX_PIECES = frozenset(
    """ды ді ты ті ны ні ға ге қа ке на ның нің дың дің тың тің лар лер дар дер тар тер
    сы сі ын ін ым ім ың ің ыз із мыз міз сың сің сыз сіз нан нен дан ден тан тен нда нде
    лық лік дық дік тық тік ған ген қан кен ып іп ғы гі қы кі дағы дегі тегі нікі
    дай дей тай тей мы мі бы бі пы пі сын сін ынан інен ына іне ында інде""".split()
)
# Number suffixes: "200ден" is a number with a suffix, never "200 ден".
NUMBER_SUFFIXES = SUFFIX_PIECES | frozenset("ыншы інші ншы нші шы ші нчі нчы жы".split())
PX3_START = ("ы", "і", "сы", "сі")  # the 3rd-person possessive's forms
# the person endings of a predicate (set 1: мен бармын, сіз барсыз, біз барамыз; KAZAKH_MORPHOLOGY §5.3): they
# close the word, so only the question particle, written apart, follows (Сәлеметсіз бе, жатырсыздар ма)
PERSON_ENDINGS = tuple("""мын мін бын бін пын пін мыз міз быз біз пыз піз сың сің сыз сіз сыңдар сіңдер
    сыздар сіздер""".split())
# the spoken first person of the past participle (алғам, көргем for алғанмын, көргенмін: KAZAKH_MORPHOLOGY's
# colloquial forms), and the written participle it stands beside: a typist writes it on purpose
COLLOQUIAL_PAST_1SG = {"ғам": "ған", "гем": "ген", "қам": "қан", "кем": "кен"}
LY_ENDINGS = ("лы", "лі", "ды", "ді", "ты", "ті")  # numeral + X-лы adjectives: біржақты, екіқабатты
LYQ_ENDINGS = ("лық", "лік", "дық", "дік", "тық", "тік")  # the -лық adjective after each final sound
# the endings whose first consonant repeats a stem's last (сурет-тер, уақыт-та, уақыт-тан, мемлекет-тік, пункт-тегі,
# магазин-нен), where writers drop one of the two; not the genitive and accusative: a stem's own possessive forms
# then read as them (уақыты, уақытың are words of their own)
DOUBLING_ENDINGS = frozenset(PLURAL + ABLATIVE + _both(4) + LYQ_ENDINGS
                             + tuple(loc + ("ғы" if loc[-1] == "а" else "гі") for loc in _both(4)))
# the case endings of a patronymic (Әбдіраманұлының, Асылханқызымен)
PATRONYMIC_ENDINGS = frozenset("н ның нің на не нан нен нда нде мен".split())
PRONOUN_GEN_ACC = frozenset({"ің", "ның", "і", "ны"})  # the genitive and accusative of pronouns: менің, оның; мені, оны
# the endings of surnames and of names in -бек, -бай, -ұлы, -қызы
SURNAME = ("ов", "ев", "ёв", "ин", "ова", "ева", "ина", "бек", "бай", "ұлы", "қызы")
# the endings of Kazakh and Russian names, surnames and patronymics (Қалдыбеков, Ақбай, Айгүл, Ержан): a
# capitalised word so ending is a name, whatever known word it resembles
NAME_ENDINGS = SURNAME + ("беков", "бекова", "баев", "баева", "байұлы", "жан", "гүл")


def without_case_ending(w: str) -> str:
    """``w`` without a case ending of two letters or more, leaving a stem of three or more (Төлепбаевтың ->
    Төлепбаев)."""
    for e in _CASE_ENDINGS_LONGEST_FIRST:
        if w.endswith(e) and len(w) - len(e) >= 3:
            return w[:-len(e)]
    return w


_CASE_ENDINGS_LONGEST_FIRST = sorted((e for e in CASE_ENDINGS if len(e) >= 2), key=len, reverse=True)
