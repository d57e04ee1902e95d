"""Kazakh phonology as the analyser uses it: vowel classes and harmony (rule H), final-sound classes,
the consonant families of suffix initials, template filling, and the stem-edge changes made when a
suffix is attached (voicing, vowel drop, verb fusions, epenthetic і).

Follows ../shared/docs/KAZAKH_MORPHOLOGY.md (§1 and §2).  Other, disagreeing copies of vowel harmony
still exist (:mod:`kaznorm.kazakh.suffixes`, the word steps, ``dictionaries/build.py``); a later stage
of issue 15 unifies them on this one.
"""
from __future__ import annotations

from typing import Mapping

BACK_V = frozenset("аоұыяё")
FRONT_V = frozenset("әеөүіэ")
WEAK_V = frozenset("иую")          # skipped when looking for the harmony vowel
VOWELS = BACK_V | FRONT_V          # "true" vowels for suffix selection (class V)
ALL_V = VOWELS | WEAK_V

_HARMONY_EXCEPTIONS = {"ми": "b"}


def harmony(s: str) -> str:
    """'b' (back) or 'f' (front) for the string built so far (rule H of §1.1)."""
    exc = _HARMONY_EXCEPTIONS.get(s)
    if exc:
        return exc
    i = len(s) - 1
    # coda override: consonants after the last vowel
    while i >= 0 and s[i] not in ALL_V:
        c = s[i]
        if c in "кгь":
            return "f"
        if c in "қғ":
            return "b"
        i -= 1
    # a final "и" + consonant cluster (журналист, министр, туризм) is front
    if i >= 0 and s[i] == "и" and len(s) - i - 1 >= 2:
        return "f"
    j = i
    while j >= 0:
        c = s[j]
        if c in BACK_V:
            return "b"
        if c in FRONT_V:
            return "f"
        # у between two consonants is the back vowel [u] of a loan (ресурс, бюрократ-ия aside)
        if c == "у" and 0 < j < len(s) - 1 and s[j - 1] not in ALL_V and s[j + 1] not in ALL_V \
                and s[j - 1] != "ь":
            return "b"
        j -= 1
    # only и/у/ю vowels (or none)
    if "қ" in s or "ғ" in s:
        return "b"
    if "к" in s or "г" in s:
        return "f"
    while i >= 0:
        c = s[i]
        if c in "ую":
            return "b"
        if c == "и":
            return "f"
        i -= 1
    return "b"


def final_class(s: str) -> str:
    """Final-sound class of §1.2: V R L N Z T."""
    if not s:
        return "V"
    c = s[-1]
    if c == "ь" and len(s) > 1:
        c = s[-2]
    if c in VOWELS:
        return "V"
    if c in "рйуию":
        return "R"
    if c == "л":
        return "L"
    if c in "мнң":
        return "N"
    if c in "жз":
        return "Z"
    return "T"


# consonant families for the initial of a suffix (table 1.3)
F_L = {"V": "л", "R": "л", "L": "д", "N": "д", "Z": "д", "T": "т"}
F_ACC = {"V": "н", "R": "д", "L": "д", "N": "д", "Z": "д", "T": "т"}
F_GEN = {"V": "н", "R": "д", "L": "д", "N": "н", "Z": "д", "T": "т"}
F_D = {"V": "д", "R": "д", "L": "д", "N": "д", "Z": "д", "T": "т"}
F_ABL = {"V": "д", "R": "д", "L": "д", "N": "н", "Z": "д", "T": "т"}
F_M1 = {"V": "м", "R": "м", "L": "м", "N": "м", "Z": "б", "T": "п"}   # -мен, -мын
F_M2 = {"V": "м", "R": "м", "L": "м", "N": "б", "Z": "б", "T": "п"}   # -мыз, -ма, -мас, -мақ


def fill(template: str, left: str, fam: Mapping[str, str] | None = None) -> str:
    """Realise a template after `left`.

    Placeholders: C = family initial (fam), G = ғ/г/қ/к (initial: by final class; inside: ғ/г),
    A = а/е, I = ы/і (dropped when it is the first letter and `left` ends in a vowel), K = қ/к.
    """
    h = harmony(left)
    back = h == "b"
    out = []
    for i, ch in enumerate(template):
        if ch == "C":
            out.append(fam[final_class(left)])  # type: ignore[index]
        elif ch == "G":
            if i == 0 and final_class(left) == "T":
                out.append("қ" if back else "к")
            else:
                out.append("ғ" if back else "г")
        elif ch == "A":
            out.append("а" if back else "е")
        elif ch == "I":
            if i == 0 and left and left[-1] in VOWELS:
                continue
            out.append("ы" if back else "і")
        elif ch == "K":
            out.append("қ" if back else "к")
        else:
            out.append(ch)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Stem-edge changes (§2)
# --------------------------------------------------------------------------------------------

# two-syllable stems that lose their second vowel before a vowel-initial suffix:
# citation -> (dropped form, obligatory?)
DROP_STEMS: dict[str, bool] = {
    "мұрын": True, "ерін": True, "орын": True, "халық": True, "ауыз": False, "мойын": True,
    "қарын": True, "ерік": True, "мүлік": True, "қалып": True, "кейіп": True, "қауіп": True,
    "құлық": True, "көрік": True, "қойын": True, "ауыл": False, "дауыс": False, "көңіл": False,
    "қорық": True, "кәсіпорын": True, "сиық": True, "шырық": True, "тұрық": True, "ырық": True,
    "қырық": True, "ауыр": False, "ойын": False, "бөрік": True, "сұрық": True, "нарық": False,
    "тағдыр": False, "әріп": False, "ағыз": False, "бұйрық": False,
}


def _dropped(stem: str) -> str:
    # remove the last ы/і
    i = max(stem.rfind("ы"), stem.rfind("і"))
    return stem[:i] + stem[i + 1:]


DROP_SURFACE = {_dropped(s): s for s in DROP_STEMS}

NO_VOICE = frozenset({"құқ", "рок", "клип", "блок", "шок", "док", "ток", "код", "топ-топ"})

VOICE = {"п": "б", "к": "г", "қ": "ғ"}
DEVOICE = {"б": "п", "г": "к", "ғ": "қ"}


def _vowel_initial(raw: str) -> bool:
    return bool(raw) and (raw[0] in VOWELS or raw[0] == "у")


# morphemes whose initial а fuses with a stem-final й into я (the aorist and its kin)
_VERBAL_A = frozenset({"AOR", "PTCP_IMPF", "FUT", "OPT1SG", "OPT1PL"})


def combine(left: str, raw: str, mname: str = "") -> list[str]:
    """Surface string(s) of lexical `left` followed by the raw suffix `raw` (fusions applied)."""
    if not raw:
        return [left]
    r0 = raw[0]
    # verb fusions
    last = left[-1] if left else ""
    if r0 == "й" and last in "ыі":
        return [left[:-1] + "и" + raw[1:]]
    if mname == "VN":
        if last in "ыі":
            return [left[:-1] + "у" + raw[1:]]
        if last == "й":
            return [left[:-1] + "ю" + raw[1:]]
        if last == "и":
            return [left + "ю" + raw[1:]]
    if mname == "COLL" and last in "ыі":
        return [left[:-1] + raw]
    if r0 == "а" and last == "й" and mname in _VERBAL_A:
        return [left[:-1] + "я" + raw[1:]]
    outs = []
    if _vowel_initial(raw):
        drop = DROP_STEMS.get(left)
        if drop is not None:
            outs.append(_dropped(left) + raw)
            if drop:
                return outs
        if len(left) >= 2 and last in VOICE and left[-2] in VOWELS and left not in NO_VOICE:
            if last == "п" and mname in ("CV_P", "EVID") and left[-2] in "аеоө":
                return [left[:-1] + "у" + raw]
            outs.append(left[:-1] + VOICE[last] + raw)
            return outs
    elif r0 == "т" and left.endswith("ст") and len(left) > 4:
        outs.append(left[:-1] + raw)
        outs.append(left + raw)
        return outs
    outs.append(left + raw)
    return outs


# loans ending in these clusters add і before their inflection (KAZAKH_FACTS §5: фактілер, контактіге,
# танкіге, дискіні), which then takes the suffixes of a front vowel-final stem
EPENTHESIS_CLUSTERS = frozenset({"кт", "нк", "нг", "ск", "фт", "пт"})
EPENTHESIS_NEXT = frozenset({"PL", "PX1SG", "PX2SG", "PX2SGP", "PX1PL", "PX2PL", "PX2PLP", "PX3", "GEN", "DAT",
                             "ACC", "LOC", "ABL", "INS", "DAGI", "NIKI", "DAI"})
