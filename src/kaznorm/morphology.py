"""Kazakh suffix grammar: analyse a word as a known stem plus a legal chain of suffixes.

The grammar follows ../shared/docs/KAZAKH_MORPHOLOGY.md (sections 1-6):

* every suffix is a *template* whose initial consonant is chosen by the final sound of the
  string it attaches to (л/д/т, н/д/т, д/т, ғ/г/қ/к, м/б/п families), whose vowels follow
  vowel harmony (а/е, ы/і, қ/к) and whose initial ы/і drops after a vowel;
* stem-edge changes are applied when a suffix is attached (к/қ/п voicing before a vowel,
  listed vowel-drop stems, the verb fusions ы+й→и, ы+у→у, й+у→ю, й+а→я, п→у before -ып,
  -ст + т → -ст);
* morphotactics is a strict table of which morpheme may directly follow which
  (plural before possessive before case, one of each per cycle, -дағы/-нікі open a new
  cycle, verbs: voice → negation → tense/mood → person or nominal inflection).

Analysis works right to left: strip a surface that some morpheme can have, undo the stem-edge
changes to get the candidate string the morpheme was attached to, regenerate the suffix from
that string and compare (generate-and-compare, so harmony and assimilation are checked
exactly), then continue with the left part until a known stem of the right part of speech is
reached.

Public interface (kept stable for the lexicon):

    Analysis(stem, pos, suffixes)   # pos: the stem's part of speech; suffixes: surface morphs
    Analyzer(stems)            # {lowercase stem: 'n' nominal | 'v' verb stem | 'x' uninflected}
                               # a stem that is both may carry several letters: {"бар": "nv"}
    Analyzer.analyze(word) -> list[Analysis]
    Analyzer.accepts(word) -> bool   # fast path, memoised per word
    verb_stem_from_infinitive(word, attested=None) -> str | None   # оқу -> оқы, қорқу -> қорық
    prune_stems(stems, protect=()) -> dict   # drop inflected forms listed as stems (баласы)

Words are expected in lowercase Cyrillic; anything with other characters is rejected.  Stems of
one letter, or without a vowel, are ignored.
"""
from __future__ import annotations

from typing import Callable, Iterable, Mapping, NamedTuple

__all__ = ["Analysis", "Analyzer", "verb_stem_from_infinitive", "prune_stems", "harmony",
           "final_class", "generate", "MORPHEMES"]


class Analysis(NamedTuple):
    stem: str
    pos: str
    suffixes: tuple[str, ...]


# --------------------------------------------------------------------------------------------
# Phonology
# --------------------------------------------------------------------------------------------

BACK_V = frozenset("аоұыяё")
FRONT_V = frozenset("әеөүіэ")
WEAK_V = frozenset("иую")          # skipped when looking for the harmony vowel
VOWELS = BACK_V | FRONT_V          # "true" vowels for suffix selection (class V)
ALL_V = VOWELS | WEAK_V
KAZ_LETTERS = frozenset("абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә")

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


# --------------------------------------------------------------------------------------------
# Morphemes
# --------------------------------------------------------------------------------------------

class Morpheme(NamedTuple):
    name: str
    realize: Callable[[str], list[str]]   # raw allomorph(s) after the lexical left string
    after: frozenset                       # names of morphemes (or N0/V0 stems) that may precede
    final: bool                            # may end a word


def _t(template: str, fam=None, vowel_template: str | None = None):
    """Realiser: `template` after consonants (and everywhere unless vowel_template is given)."""
    if vowel_template is None:
        def r(left: str) -> list[str]:
            return [fill(template, left, fam)]
    else:
        def r(left: str) -> list[str]:
            if left and left[-1] in VOWELS:
                return [fill(vowel_template, left, fam)]
            return [fill(template, left, fam)]
    return r


def _px3(left: str) -> list[str]:
    return [fill("сI" if left[-1] in VOWELS else "I", left)]


def _aor(left: str) -> list[str]:
    # aorist / -а converb: -а/-е after consonants (й у и count as consonants), -й after vowels
    return ["й" if left[-1] in VOWELS else fill("A", left)]


def _pass(left: str) -> list[str]:
    if left[-1] in VOWELS:
        return ["н" if len(left) > 1 and left[-2] == "л" else "л"]
    if left[-1] == "л":
        return [fill("Iн", left)]
    return [fill("Iл", left)]


def _caus_t(left: str) -> list[str]:
    if left[-1] in VOWELS or (left[-1] in "рйл" and len(left) > 1 and left[-2] in VOWELS):
        return ["т"]
    return []


def _caus_dyr(left: str) -> list[str]:
    out = [fill("CIр", left, F_D)]
    if final_class(left) in "LN":
        out.append(fill("тIр", left))
    return out


def _caus_gyz(left: str) -> list[str]:
    if left[-1] in VOWELS:
        return []
    return [fill("GIз", left)]


def _caus_yr(left: str) -> list[str]:
    if left[-1] in ALL_V or left[-1] == "й":
        return []
    return [fill("Iр", left), fill("Aр", left)]


def _ins(left: str) -> list[str]:
    c = F_M1[final_class(left)]
    return [c + "ен", c + "енен"]


def _niki(left: str) -> list[str]:
    return [F_ACC[final_class(left)] + "ікі"]


NUMERALS = frozenset("бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс "
                     "жетпіс сексен тоқсан жүз мың миллион миллиард".split())


def _ord(left: str) -> list[str]:
    if left not in NUMERALS:
        return []
    if left == "жиырма":
        return ["сыншы"]
    return [fill("IншI", left)]


def _approx(left: str) -> list[str]:
    if left not in NUMERALS:
        return []
    return [fill("CAGAн", left, F_L)]


def _coll(left: str) -> list[str]:
    if left not in NUMERALS or left[-1] in "аеұ":
        return []
    return [fill("Aу", left)]


def _ger(left: str) -> list[str]:
    return [] if final_class(left) == "T" else ["гер"]


def _vn(left: str) -> list[str]:
    return ["у"]


def _nonempty(f):
    def r(left: str) -> list[str]:
        return f(left) if left else []
    return r


# ---- groups -------------------------------------------------------------------------------
VOICE_M = ("REFL", "RECP", "CAUS_T", "CAUS_DYR", "CAUS_GYZ", "CAUS_YR", "PASS", "ATT")
VSTEMS = frozenset(("V0", "LA") + VOICE_M)
VNEG = VSTEMS | {"NEG"}

# nominal bases: things that can take PL / PX / case
NOM_DER = ("LYQ", "SHY", "LAS", "ABE", "LY", "GY", "SHA", "SHYL", "COMP", "ORD", "APPROX",
           "YM", "YS", "YNDY", "MA_N", "GYSH", "MALY", "TANU")
NBASE = frozenset(("N0", "VN", "PTCP_PAST", "PTCP_IMPF", "FUT", "DAGI", "DAGI_N", "INTENT",
                   "COLL", "GER", "HANA") + NOM_DER)
ADJ_DER = frozenset({"LY", "ABE", "GY", "COMP", "SHYL", "MALY", "SHA", "FUT", "MA_N"})
PX_NON3 = ("PX1SG", "PX2SG", "PX2SGP", "PX1PL", "PX2PL", "PX2PLP")
PX_ALL = PX_NON3 + ("PX3",)
PRE_PL = (NBASE - {"FUT", "COMP"}) | {"NIKI"}
PRE_PX = NBASE | {"PL", "GY_V"}
PRE_CASE = (NBASE - {"FUT"}) | {"PL", "PX2SGP", "PX1PL", "PX2PL", "PX2PLP", "PX1SG", "PX2SG"}
PRE_DAT = PRE_CASE - {"PX1SG", "PX2SG"}
PRE_N_CASE = frozenset({"PX3", "NIKI"})
PRE_PRED = (NBASE - {"VN", "DAGI", "DAGI_N"}) | {"PL", "LOC", "LOC_N", "ABL", "ABL_N", "DAI",
                                                  "DAI_N", "SHA_N", "NIKI", "AOR", "NEG_FUT",
                                                  "INTENT_SHY"} | set(PX_ALL)
PRE_PRED_V = frozenset({"AOR", "PTCP_PAST", "PTCP_IMPF", "FUT", "NEG_FUT", "INTENT",
                        "INTENT_SHY", "CV_P"})
SET2 = frozenset({"PAST", "COND"})

_VERBAL_A = frozenset({"AOR", "PTCP_IMPF", "FUT", "OPT1SG", "OPT1PL"})


def _m(name, realize, after, final=True):
    return Morpheme(name, realize, frozenset(after), final)


MORPHEMES: dict[str, Morpheme] = {m.name: m for m in [
    # ---------------- nominal derivation (n -> n) ----------------
    _m("LYQ", _t("CIK", F_L), NBASE - {"LYQ", "DAGI", "DAGI_N", "ORD", "APPROX", "GYSH"}),
    _m("SHY", _t("шI"), {"N0", "VN"}),
    _m("LAS", _t("CAс", F_L), {"N0"}),
    _m("ABE", _t("сIз"), {"N0", "PL", "VN", "MA_N", "YM", "YS"}),
    _m("LY", _t("CI", F_L), {"N0", "YM", "MA_N", "YS", "VN"}),
    _m("GY", _t("GI"), {"N0"}),
    _m("SHA", _t("шA"), {"N0", "PL"}),
    _m("SHYL", _t("шIл"), {"N0"}),
    _m("COMP", _t("IрAK"), {"N0", "LY"}),
    _m("ORD", _ord, {"N0"}),
    _m("COLL", _coll, {"N0"}),
    _m("GER", _ger, {"N0"}),
    _m("HANA", _t("хана"), {"N0"}),
    # -тану "study of" compounds (дінтану, тілтану, өлкетану): a noun + the verbal noun of тан-
    _m("TANU", _t("тану"), {"N0"}),
    _m("APPROX", _approx, {"N0"}),
    # ---------------- noun -> verb ----------------
    # a bare -ла verb (imperative "ойла!") is rare in text and X+да/ла glue is common: not final
    _m("LA", _t("CA", F_L), {"N0", "ABE", "LYQ", "LY"}, final=False),
    # ---------------- voice (v -> v) ----------------
    _m("REFL", _t("Iн"), {"V0", "LA"}),
    _m("RECP", _t("Iс"), {"V0", "LA", "REFL"}),
    _m("CAUS_T", _caus_t, {"V0", "LA", "REFL", "RECP", "CAUS_DYR", "CAUS_GYZ", "CAUS_YR"}),
    _m("CAUS_DYR", _caus_dyr, {"V0", "LA", "REFL", "RECP", "CAUS_T"}),
    _m("CAUS_GYZ", _caus_gyz, {"V0", "LA", "REFL", "RECP"}),
    _m("CAUS_YR", _caus_yr, {"V0"}),
    _m("PASS", _pass, {"V0", "LA", "RECP", "CAUS_T", "CAUS_DYR", "CAUS_GYZ", "CAUS_YR"}),
    _m("NEG", _t("CA", F_M2), VSTEMS),
    # ---------------- verb -> noun (derivation) ----------------
    _m("YM", _t("Iм"), {"V0", "PASS"}),
    _m("YS", _t("Iс"), {"V0"}),
    _m("YNDY", _t("IндI"), {"V0", "CAUS_T"}),
    _m("MA_N", _t("CA", F_M2), {"V0", "CAUS_T", "CAUS_DYR", "CAUS_YR"}),
    _m("GYSH", _t("GIш"), VSTEMS),
    _m("MALY", _t("CAлI", F_M2), VSTEMS),
    _m("GY_V", _t("GI"), VNEG, final=False),
    # ---------------- tense / mood / non-finite ----------------
    _m("AOR", _aor, VNEG),
    _m("P3AOR", _t("CI", F_D), {"AOR"}),
    _m("PAST", _t("CI", F_D), VNEG),
    _m("PTCP_PAST", _t("GAн"), VNEG),
    _m("PTCP_IMPF", _t("AтIн", None, "йтIн"), VNEG),
    _m("FUT", _t("Aр", None, "р"), VSTEMS),
    _m("NEG_FUT", _t("CAс", F_M2), VSTEMS),
    _m("INTENT", _t("CAK", F_M2), VSTEMS),
    _m("INTENT_SHY", _t("CAKшI", F_M2), VSTEMS),
    _m("EVID", _t("IптI"), VNEG),
    _m("COND", _t("сA"), VNEG),
    _m("IMP2P", _t("IңIз"), VNEG),
    _m("IMP2PL", _t("IңдAр"), VNEG),
    _m("IMP2PLP", _t("IңIздAр"), VNEG),
    _m("OPT1SG", _t("AйIн", None, "йIн"), VNEG),
    _m("OPT1PL", _t("AйIK", None, "йIK"), VNEG),
    _m("OPT3", _t("сIн"), VNEG),
    _m("IMP_SHY", _t("шI"), VNEG),
    # wish / soft request: -сайшы (тұрсайшы, қылсайшы)
    _m("COND_SHY", _t("сAйшI"), VNEG),
    # attenuative "a little": -ыңқыра/-іңкіре (тығылыңқырап, күліңкіреп), a verb stem again
    _m("ATT", _t("IңKIрA"), frozenset(("V0", "LA") + VOICE_M) - {"ATT"}, final=False),
    _m("CV_P", _t("Iп"), VNEG),
    _m("NEG_CV", _t("CAстAн", F_M2), VSTEMS),
    _m("GALY", _t("GAлI"), VNEG),
    _m("GANSHA", _t("GAншA"), VNEG),
    _m("VN", _vn, VNEG),
    # ---------------- nominal inflection ----------------
    _m("PL", _t("CAр", F_L), PRE_PL),
    _m("PX1SG", _t("Iм"), PRE_PX - ADJ_DER),
    _m("PX2SG", _t("Iң"), PRE_PX - ADJ_DER),
    _m("PX2SGP", _t("IңIз"), PRE_PX - ADJ_DER),
    _m("PX1PL", _t("IмIз"), PRE_PX - ADJ_DER),
    _m("PX2PL", _t("IңдAр"), PRE_PX - ADJ_DER),
    _m("PX2PLP", _t("IңIздAр"), PRE_PX - ADJ_DER),
    _m("PX3", _px3, PRE_PX),
    _m("GEN", _t("CIң", F_GEN), PRE_CASE),
    _m("DAT", _t("GA"), PRE_DAT),
    _m("ACC", _t("CI", F_ACC), PRE_CASE),
    _m("LOC", _t("CA", F_D), PRE_CASE),
    _m("ABL", _t("CAн", F_ABL), PRE_CASE),
    _m("INS", _ins, PRE_CASE | {"PX3", "NIKI"}),
    _m("DAT_A", _t("A"), {"PX1SG", "PX2SG"}),
    _m("GEN_N", _t("нIң"), PRE_N_CASE),
    _m("DAT_N", _t("нA"), PRE_N_CASE),
    _m("ACC_N", _t("н"), PRE_N_CASE),
    _m("LOC_N", _t("ндA"), PRE_N_CASE),
    _m("ABL_N", _t("нAн"), PRE_N_CASE),
    _m("DAGI", _t("CAGI", F_D), PRE_DAT - {"DAGI", "DAGI_N"}),
    _m("DAGI_N", _t("ндAGI"), {"PX3"}),
    _m("NIKI", _niki, PRE_CASE | {"PX3"}),
    _m("DAI", _t("CAй", F_D), PRE_DAT | {"PX1SG", "PX2SG"}),
    _m("DAI_N", _t("ндAй"), {"PX3"}),
    _m("SHA_N", _t("ншA"), {"PX3"}),
    # ---------------- person endings ----------------
    # Set 1 (copula / aorist / participles)
    _m("P1SG", _t("CIн", F_M1), PRE_PRED | PRE_PRED_V),
    _m("P2SG", _t("сIң"), PRE_PRED | PRE_PRED_V),
    _m("P1PL", _t("CIз", F_M2), PRE_PRED | PRE_PRED_V),
    _m("P2PL", _t("сIңдAр"), PRE_PRED | PRE_PRED_V),
    _m("P2SGP", _t("сIз"), PRE_PRED | PRE_PRED_V),
    _m("P2PLP", _t("сIздAр"), PRE_PRED | PRE_PRED_V),
    # Set 2 (past, conditional)
    _m("S2_1SG", _t("м"), SET2),
    _m("S2_2SG", _t("ң"), SET2),
    _m("S2_1PL", _t("K"), SET2),
    _m("S2_2PL", _t("ңдAр"), SET2),
    _m("S2_2SGP", _t("ңIз"), SET2),
    _m("S2_2PLP", _t("ңIздAр"), SET2),
]}

# morpheme -> part of speech it attaches to (for stems) and yields
_VERB_IN = {name for name, m in MORPHEMES.items() if m.after & VNEG and "N0" not in m.after}
_NOUN_IN = {name for name, m in MORPHEMES.items() if "N0" in m.after}

# representative left contexts used to enumerate every surface a morpheme can take
_SAMPLE_LEFTS = (
    "бала", "кеме", "оқы", "білі", "қой", "сүй", "ки", "жу", "тау", "бар", "кел", "ал", "ел",
    "адам", "сен", "жаз", "сөз", "айт", "кет", "тап", "шық", "тік", "жоспарла", "белгіле",
    "бір", "он", "жиырма", "банк", "ми", "мұрын", "ерін", "журналист", "жаса", "сөйле", "ойна",
)


def _all_surfaces() -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    lefts = list(_SAMPLE_LEFTS) + sorted(NUMERALS)
    for name, m in MORPHEMES.items():
        for left in lefts:
            for raw in m.realize(left):
                forms = {raw}
                if raw:
                    if raw[0] == "й":
                        forms.add("и" + raw[1:])
                    if raw[0] == "у":
                        forms.add("ю" + raw[1:])
                    if raw[0] == "а":
                        forms.add("я" + raw[1:])
                    if raw[0] in "ыі":
                        forms.add("у" + raw)        # п -> у before -ып
                for f in forms:
                    table.setdefault(f, set()).add(name)
    return {k: tuple(sorted(v)) for k, v in table.items() if k}


SURFACES = _all_surfaces()
MAX_SURFACE = max(map(len, SURFACES))


def _build_trie() -> dict:
    root: dict = {}
    for surf, names in SURFACES.items():
        node = root
        for ch in reversed(surf):
            node = node.setdefault(ch, {})
        node[""] = names
    return root


_REV_TRIE = _build_trie()
# compounds with a frozen 3rd-person possessive take the pronominal-n cases (отбасына, елбасының)
FROZEN_PX3 = ("басы", "басшысы")
_AFTER_PX3_ONLY = frozenset({"GEN_N", "DAT_N", "ACC_N", "LOC_N", "ABL_N", "DAGI_N", "DAI_N",
                             "SHA_N"})
_FINAL = frozenset(name for name, m in MORPHEMES.items() if m.final)
# morphemes whose allomorph depends on more than harmony + final class + the letter before last
_LEXICAL_REALISE = frozenset({"ORD", "APPROX", "COLL"})
_RAW_CACHE: dict = {}


def _raws(lex: str, name: str) -> list[str]:
    if name in _LEXICAL_REALISE:
        return MORPHEMES[name].realize(lex)
    key = (name, harmony(lex), lex[-2:])
    r = _RAW_CACHE.get(key)
    if r is None:
        if len(_RAW_CACHE) > 100_000:
            _RAW_CACHE.clear()
        r = _RAW_CACHE[key] = MORPHEMES[name].realize(lex)
    return r


def _realises(lex: str, name: str, s: str) -> bool:
    for raw in _raws(lex, name):
        if s in combine(lex, raw, name):
            return True
    return False

# -- irregular pronoun forms (§6): surface -> (stem, suffixes)
_PRONOUNS = {
    "мен": ("мен", ""), "менің": ("мен", "ің"), "маған": ("мен", "аған"), "мені": ("мен", "і"),
    "менде": ("мен", "де"), "менен": ("мен", "ен"), "менімен": ("мен", "імен"),
    "сен": ("сен", ""), "сенің": ("сен", "ің"), "саған": ("сен", "аған"), "сені": ("сен", "і"),
    "сенде": ("сен", "де"), "сенен": ("сен", "ен"), "сенімен": ("сен", "імен"),
    "ол": ("ол", ""), "оның": ("ол", "ның"), "оған": ("ол", "ған"), "оны": ("ол", "ны"),
    "онда": ("ол", "нда"), "одан": ("ол", "дан"), "онымен": ("ол", "нымен"),
    "бұл": ("бұл", ""), "бұның": ("бұл", "ның"), "мұның": ("бұл", "ның"), "бұған": ("бұл", "ған"),
    "мұған": ("бұл", "ған"), "бұны": ("бұл", "ны"), "мұны": ("бұл", "ны"), "бұнда": ("бұл", "нда"),
    "мұнда": ("бұл", "нда"), "бұдан": ("бұл", "дан"), "мұнан": ("бұл", "нан"),
    "бұнымен": ("бұл", "нымен"), "мұнымен": ("бұл", "нымен"),
    "сол": ("сол", ""), "соның": ("сол", "ның"), "соған": ("сол", "ған"), "соны": ("сол", "ны"),
    "сонда": ("сол", "нда"), "содан": ("сол", "дан"), "сонан": ("сол", "нан"),
    "сонымен": ("сол", "нымен"),
    "осы": ("осы", ""), "осының": ("осы", "ның"), "осыған": ("осы", "ған"), "осыны": ("осы", "ны"),
    "осында": ("осы", "нда"), "осыдан": ("осы", "дан"), "осымен": ("осы", "мен"),
    "осынымен": ("осы", "нымен"),
    "олар": ("ол", "ар"), "бұлар": ("бұл", "ар"), "солар": ("сол", "ар"), "осылар": ("осы", "лар"),
    "менікі": ("мен", "ікі"), "сенікі": ("сен", "ікі"), "оныкі": ("ол", "ныкі"),
    "мұндай": ("бұл", "ндай"), "сондай": ("сол", "ндай"), "осындай": ("осы", "ндай"),
    "ондай": ("ол", "ндай"), "менімше": ("мен", "імше"), "сенімше": ("сен", "імше"),
    "біз": ("біз", ""), "сіз": ("сіз", ""), "өз": ("өз", ""),
}
# base forms that continue regularly (олар+дың, біз+дің, өз+і+нің ...)
_PRONOUN_STEMS = {"алд": "n", "олар": "n", "бұлар": "n", "солар": "n", "осылар": "n", "біз": "n",
                  "сіз": "n", "өз": "n", "біреу": "n", "екеу": "n", "үшеу": "n", "төртеу": "n",
                  "бесеу": "n", "алтау": "n", "жетеу": "n", "сегізеу": "n", "тоғызау": "n",
                  "онау": "n"}

MAX_MORPHEMES = 8
_SET1_PERSONS = frozenset({"P1SG", "P2SG", "P1PL", "P2PL", "P2SGP", "P2PLP"})
_SET2_PERSONS = frozenset({"S2_1SG", "S2_2SG", "S2_1PL", "S2_2PL", "S2_2SGP", "S2_2PLP"})
# auxiliaries and copulas that take person endings directly (§5.3, §5.5): жатырмын, отырмыз,
# екенмін, емеспін, едім, едік
_AUX = {"жатыр": _SET1_PERSONS, "отыр": _SET1_PERSONS, "тұр": _SET1_PERSONS,
        "жүр": _SET1_PERSONS, "екен": _SET1_PERSONS, "емес": _SET1_PERSONS,
        "еді": _SET2_PERSONS}
_POS_OK = frozenset({"n", "v", "x", "nv", "vn", "nx", "xn", "vx", "xv", "nvx"})

# words that take no suffix: conjunctions, postpositions, particles, adverbs (word lists tag some as
# nouns), and the pronouns ол/бұл/осы whose case forms are irregular (онда, мұнда, осында: *олда)
UNINFLECTED = frozenset("""және немесе бірақ тағы үшін дейін шейін туралы арқылы бойынша ғана қана тіпті
    егер өйткені сондықтан әйтпесе яғни ол бұл осы сосын сонсоң сірә әрине әлбетте әсіресе дегенмен алайда
    әйтеуір ешқашан кенет әбден ылғи үнемі әлі""".split())
# pronoun forms closed by a case (маған, оған, бұған, одан, онымен): no suffix follows, even where a word
# list also has them as plain stems (бұған+да is "бұған да", not a locative).  The locatives (онда, мұнда)
# are left out: they take -ғы (ондағы, мұндағы)
_CLOSED_PRONOUN_SUFFIXES = frozenset("ің ның аған ған і ны ен дан нан імен нымен мен".split())
# the plain cases a 3rd-person possessive never takes (it takes -на, -н, -нда, -нан, -ндағы, -ндай)
_PLAIN_CASES = frozenset({"DAT", "ACC", "LOC", "ABL", "DAGI", "DAI"})
# morphemes that close a word: nothing follows them (a case, a finite verb ending).  The accusative
# -ды, past -ды and locative -да are left out: too many real nouns end like them (қарағанды, кесте)
_CLOSING = frozenset({"GEN", "DAT", "ABL", "INS", "GEN_N", "DAT_N", "LOC_N", "ABL_N", "COND",
                      "P3AOR", "S2_1SG", "S2_2SG", "S2_1PL", "S2_2PL", "S2_2SGP", "S2_2PLP",
                      "OPT1SG", "OPT1PL", "OPT3", "IMP2P", "IMP2PL", "IMP2PLP"})

# loans ending in these clusters add і before their inflection (KAZAKH_FACTS §5: фактілер, контактіге,
# танкіге, дискіні), which then takes the suffixes of a front vowel-final stem
_EPENTHESIS_CLUSTERS = frozenset({"кт", "нк", "нг", "ск", "фт", "пт"})
_EPENTHESIS_NEXT = frozenset({"PL", "PX1SG", "PX2SG", "PX2SGP", "PX1PL", "PX2PL", "PX2PLP", "PX3", "GEN", "DAT",
                              "ACC", "LOC", "ABL", "INS", "DAGI", "NIKI", "DAI"})

# hyphenated clitics (§6): бір-ақ, сондай-ақ, жасаған-ау, елім-ай
CLITICS = frozenset({"ақ", "ау", "ай", "мыс", "міс"})

# morphemes after which a form cannot be a lexical nominal stem of its own (pure inflection)
INFLECTION = frozenset({"PL", "PX1SG", "PX2SG", "PX2SGP", "PX1PL", "PX2PL", "PX2PLP", "PX3",
                        "GEN", "DAT", "ACC", "LOC", "ABL", "INS", "DAT_A", "GEN_N", "DAT_N",
                        "ACC_N", "LOC_N", "ABL_N", "DAGI", "DAGI_N", "NIKI", "DAI", "DAI_N",
                        "SHA_N", "P1SG", "P2SG", "P1PL", "P2PL", "P2SGP", "P2PLP", "S2_1SG",
                        "S2_2SG", "S2_1PL", "S2_2PL", "S2_2SGP", "S2_2PLP", "AOR", "P3AOR",
                        "PAST", "COND", "OPT1SG", "OPT1PL", "OPT3", "IMP2P", "IMP2PL",
                        "IMP2PLP", "EVID", "CV_P", "NEG_CV", "GALY", "GANSHA", "IMP_SHY"})


def generate(stem: str, names: Iterable[str]) -> list[str]:
    """All surface forms of `stem` followed by the named morphemes (no morphotactic check)."""
    forms = [stem]
    for name in names:
        m = MORPHEMES[name]
        forms = [full for s in forms for raw in m.realize(s) for full in combine(s, raw, name)]
    return sorted(set(forms))


# --------------------------------------------------------------------------------------------
# Analyzer
# --------------------------------------------------------------------------------------------

class Analyzer:
    """Analyse lowercase Kazakh words as stem + suffix chain."""

    def __init__(self, stems: Mapping[str, str], *, max_morphemes: int = MAX_MORPHEMES,
                 cache_size: int = 200_000):
        st: dict[str, str] = dict(_PRONOUN_STEMS)
        for k, v in stems.items():
            if len(k) < 4:
                k = k.lower()
                if len(k) < 2 or not any(c in ALL_V for c in k):
                    continue
            elif not k.islower():
                k = k.lower()
            if v not in _POS_OK:
                v = "".join(c for c in "nvx" if c in v)
                if not v:
                    continue
            old = st.get(k)
            if old is None:
                st[k] = v
            elif old != v:
                st[k] = old + "".join(c for c in v if c not in old)
        for k in UNINFLECTED:
            if k in st:
                st[k] = "x"
        for k, (_stem, suf) in _PRONOUNS.items():
            if suf in _CLOSED_PRONOUN_SUFFIXES and k in st:
                st[k] = "x"
        self.stems = st
        self.max_morphemes = max_morphemes
        self._cache: dict[str, bool] = {}
        self._cache_size = cache_size
        self._closed_memo: dict[str, bool] = {}

    def __reduce__(self):
        return (self.__class__, (self.stems, ))

    # -- stems ----------------------------------------------------------------------------
    def _stem_analyses(self, s: str, right: str | None) -> list[tuple[str, str]]:
        aux = _AUX.get(s)
        if aux is not None and right in aux:
            return [(s, "v")]
        pos = self.stems.get(s)
        if pos is None:
            return [(s, "n")] if self._epenthetic(s, right) else []
        if right is None:
            return [(s, p) for p in pos]
        return [(s, p) for p in self._stem_pos(s, pos, right)]

    def _epenthetic(self, s: str, right: str | None) -> bool:
        """``s`` is a listed loan noun ending in кт/нк/нг/ск/фт/пт + the і that such a loan adds before
        its inflection (факт: фактілер, фактіні, контактіге, объектісі, митингіде)."""
        return (right in _EPENTHESIS_NEXT and len(s) >= 5 and s[-1] == "і" and s[-3:-1] in _EPENTHESIS_CLUSTERS
                and "n" in self.stems.get(s[:-1], ""))

    def _stem_pos(self, s: str, pos: str, right: str) -> str:
        """The parts of speech of listed stem ``s`` that ``right`` may follow."""
        if right == "LA" and s in _AUX:
            return ""  # an auxiliary or copula makes no -ла verb: екендеп is екен деп (*екенде-)
        px3 = "n" in pos and self._px3_stem(s)
        if px3 and right in _AFTER_PX3_ONLY:
            return "n"
        after = MORPHEMES[right].after
        out = ""
        for p in pos:
            if (p == "n" and "N0" in after) or (p == "v" and "V0" in after):
                out += p
        if "n" in out and ((px3 and right in _PLAIN_CASES) or self._closed(s)):
            out = out.replace("n", "")
        return out

    def _closed(self, s: str) -> bool:
        """A listed nominal "stem" that is really an inflected form closed by a case ending or a
        finite verb ending (word lists carry such forms as stems: оларға, барлығына, әлсірейді):
        its simplest readings as another stem (of 4+ letters: тұлға is no тұл + -ға) + suffixes
        all end that way, so no further suffix may follow (*оларғада)."""
        r = self._closed_memo.get(s)
        if r is not None:
            return r
        self._closed_memo[s] = False  # cycle guard
        r = False
        if len(s) >= 5:
            readings = [(len(names), names[-1] in _CLOSING and len(sfx[-1]) >= 2 and len(stem) >= 4)
                        for stem, pos, sfx, names in self._parse(s, None, 0, {}, False)
                        if stem != s and names and len(stem) >= 3 and not (pos == "x" and sfx)]
            if readings:
                fewest = min(k for k, _ in readings)
                r = all(c for k, c in readings if k == fewest)  # the simplest readings all close it
        if len(self._closed_memo) > 200_000:
            self._closed_memo.clear()
        self._closed_memo[s] = r
        return r

    # -- recursive right-to-left parse ----------------------------------------------------
    def _parse(self, s: str, right: str | None, depth: int, memo: dict, first_only: bool):
        key = (s, right, depth)
        if key in memo:
            return memo[key]
        memo[key] = []   # cycle guard
        results: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = []
        for stem, pos in self._stem_analyses(s, right):
            results.append((stem, pos, (), ()))
            if first_only:
                memo[key] = results
                return results
        if depth < self.max_morphemes and len(s) > 1:
            allowed = _FINAL if right is None else MORPHEMES[right].after
            node = _REV_TRIE
            i = len(s) - 1
            while i >= 1:
                node = node.get(s[i])
                if node is None:
                    break
                names = node.get("")
                i -= 1
                if not names:
                    continue
                head = s[:i + 1]
                surf = s[i + 1:]
                for name in names:
                    if name not in allowed:
                        continue
                    for lex in self._lexical_lefts(head, surf):
                        if not _realises(lex, name, s):
                            continue
                        for stem, pos, sfx, nm in self._parse(lex, name, depth + 1, memo,
                                                              first_only):
                            results.append((stem, pos, sfx + (surf,), nm + (name,)))
                            if first_only:
                                memo[key] = results
                                return results
        memo[key] = results
        return results

    def _acc(self, s: str, right: str | None, depth: int, memo: dict) -> bool:
        """Boolean version of _parse (the fast path of accepts)."""
        key = (s, right, depth)
        r = memo.get(key)
        if r is not None:
            return r
        memo[key] = False
        aux = _AUX.get(s)
        if aux is not None and right in aux:
            memo[key] = True
            return True
        pos = self.stems.get(s)
        if pos is not None:
            if right is None:
                memo[key] = True
                return True
            if self._stem_pos(s, pos, right):
                memo[key] = True
                return True
        elif right is not None and s[-1:] == "і" and self._epenthetic(s, right):
            memo[key] = True
            return True
        if depth >= self.max_morphemes or len(s) < 2:
            return False
        allowed = _FINAL if right is None else MORPHEMES[right].after
        node = _REV_TRIE
        i = len(s) - 1
        lexical_lefts = self._lexical_lefts
        while i >= 1:
            node = node.get(s[i])
            if node is None:
                break
            names = node.get("")
            i -= 1
            if not names:
                continue
            head = s[:i + 1]
            lefts = None
            for name in names:
                if name not in allowed:
                    continue
                if lefts is None:
                    lefts = lexical_lefts(head, s[i + 1:])
                for lex in lefts:
                    if _realises(lex, name, s) and self._acc(lex, name, depth + 1, memo):
                        memo[key] = True
                        return True
        return False

    def _px3_stem(self, s: str) -> bool:
        """A listed stem that is itself a 3rd-person possessive form (отбасы, жартысы, қалпы,
        ауданы): it takes the pronominal-n cases (отбасына, жартысында, қалпына)."""
        if s.endswith(FROZEN_PX3):
            return True
        if len(s) < 4 or s[-1] not in "ыі":
            return False
        if s[-2] == "с" and s[-3] in VOWELS:
            return True
        head = s[:-1]
        st = self.stems
        if len(head) >= 2 and head[-1] not in ALL_V and "n" in st.get(head, "") and harmony(head) == \
                ("b" if s[-1] == "ы" else "f"):
            return True  # a listed noun + its possessive ы/і (беделі, ойы): pronominal-n cases only
        # a voiced or vowel-dropped edge shows the ы/і is the possessive (қалпы, тарабы)
        for cand in (head[:-1] + DEVOICE[head[-1]] if head[-1] in DEVOICE else None,
                     DROP_SURFACE.get(head)):
            if cand and "n" in st.get(cand, ""):
                return True
        return False

    @staticmethod
    def _lexical_lefts(head: str, surf: str) -> list[str]:
        if len(head) < 1:
            return []
        out = [head]
        s0 = surf[0]
        last = head[-1]
        if s0 in "иу":
            out.append(head + "ы")
            out.append(head + "і")
        if s0 in "юя":
            out.append(head + "й")
        if last in DEVOICE and (s0 in VOWELS or s0 == "у"):
            out.append(head[:-1] + DEVOICE[last])
        if head in DROP_SURFACE:
            out.append(DROP_SURFACE[head])
        if last == "у" and s0 in "ыі" and len(head) > 1:
            out.append(head[:-1] + "п")
        if s0 == "т" and last == "с":
            out.append(head + "т")
        if surf in ("еу", "ау"):
            out.append(head + "ы")
            out.append(head + "і")
        return out


    # -- public ---------------------------------------------------------------------------
    def parses(self, word: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
        """(stem, pos, surface suffixes, morpheme names) for every parse of a lowercase word."""
        w = word.lower()
        if not w or any(c not in KAZ_LETTERS for c in w):
            return []
        return [r for r in self._parse(w, None, 0, {}, False) if not (r[1] == "x" and r[2])]

    def analyze(self, word: str) -> list[Analysis]:
        w = word.lower()
        if "-" in w:
            head, _, cl = w.rpartition("-")
            if cl in CLITICS and head and "-" not in head:
                return [Analysis(a.stem, a.pos, a.suffixes + ("-" + cl,))
                        for a in self.analyze(head)]
            return []
        out: list[Analysis] = []
        seen = set()
        pr = _PRONOUNS.get(w)
        if pr:
            a = Analysis(pr[0], "n", (pr[1],) if pr[1] else ())
            out.append(a)
            seen.add(a)
        if not w or any(c not in KAZ_LETTERS for c in w):
            return out
        pos = self.stems.get(w, "")
        if "x" in pos:
            a = Analysis(w, "x", ())
            if a not in seen:
                out.append(a)
                seen.add(a)
        found = []
        for stem, p, sfx, _ in self._parse(w, None, 0, {}, False):
            if p == "x" and sfx:
                continue
            a = Analysis(stem, p, sfx)
            if a not in seen:
                seen.add(a)
                found.append(a)
        # simplest analyses first: fewest suffixes, then the longest stem
        found.sort(key=lambda a: (len(a.suffixes), -len(a.stem)))
        return out + found

    def accepts(self, word: str) -> bool:
        c = self._cache.get(word)
        if c is not None:
            return c
        r = self._accepts(word)
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[word] = r
        return r

    def _accepts(self, word: str) -> bool:
        w = word.lower()
        if "-" in w:
            head, _, cl = w.rpartition("-")
            return cl in CLITICS and bool(head) and "-" not in head and self._accepts(head)
        if w in _PRONOUNS or w in self.stems:
            return True
        for c in w:
            if c not in KAZ_LETTERS:
                return False
        return self._acc(w, None, 0, {})


_PRUNE_SINGLE = frozenset({"PL", "GEN", "ACC", "DAT", "ABL", "INS", "PAST", "DAGI"})


def prune_stems(stems: Mapping[str, str], protect: Iterable[str] = ()) -> dict[str, str]:
    """Drop nominal "stems" that are themselves regular inflected forms of another stem.

    Word lists such as hunspell-kk list some inflected forms as stems (баласы, адамды, келеді);
    inflecting those again lets nonsense through (баласыға, адамдың).  A stem whose POS is only
    'n' and which analyses as another stem + a purely inflectional chain is removed (its own
    form stays valid through that analysis).
    """
    an = Analyzer(stems)
    out = dict(an.stems)
    protect = frozenset(protect)
    for s, pos in an.stems.items():
        if pos != "n" or len(s) < 4:
            continue
        if s in protect:
            continue
        for stem, p, sfx, names in an.parses(s):
            if not sfx or stem == s or len(stem) < 3 or not all(n in INFLECTION for n in names):
                continue
            n_letters = sum(map(len, sfx))
            if (len(names) >= 2 and n_letters >= 3) or (n_letters >= 2 and (
                    names[0] in _PRUNE_SINGLE or sfx[0] in ("сы", "сі"))):
                del out[s]
                break
    return out


# --------------------------------------------------------------------------------------------
# Dictionary (infinitive) form -> verb stem
# --------------------------------------------------------------------------------------------

# common verbs whose stem ends in ы/і (оқу <- оқы-): the infinitive alone cannot tell
_YI_VERBS = frozenset("""оқы тоқы таны ері қаны сасы жаны ұлы дамы есті жылжы кемі тасы қамты
өрші балқы саябырсы""".split())
# verb stems with a dropped vowel in the infinitive
_DROP_VERBS = {"қорқу": "қорық", "қырқу": "қырық", "ауру": "ауыр", "ерну": "ерін"}


def verb_stem_from_infinitive(word: str, attested: Callable[[str], bool] | None = None) -> str | None:
    """Verb stem for a dictionary form in -у/-ю: оқу→оқы, жазу→жаз, келу→кел, қою→қой,
    кию→ки, ойлау→ойла, сөйлеу→сөйле, жуу→жу, табу→тап, шығу→шық, қорқу→қорық.

    Returns None when `word` is not an -у/-ю infinitive.  The ы/і-final stems (оқу→оқы) are
    recognised from a built-in list, or with `attested(form)` (a predicate over attested word
    forms) when the aorist/participle with и (оқиды, оқитын) is attested.
    """
    w = word.lower().strip()
    if len(w) < 3 or any(c not in KAZ_LETTERS for c in w):
        return None
    if w in _DROP_VERBS:
        return _DROP_VERBS[w]
    if w.endswith("ю"):
        base = w[:-1]
        if base.endswith("и"):
            return base            # кию -> ки
        return base + "й"          # қою -> қой, сүю -> сүй
    if not w.endswith("у"):
        return None
    base = w[:-1]
    if not any(c in ALL_V for c in base):
        return None
    last = base[-1]
    if last in VOWELS or last == "у":
        return base                # ойлау -> ойла, жуу -> жу
    yi = base + ("ы" if harmony(base) == "b" else "і")
    if yi in _YI_VERBS:
        return yi
    if attested is not None:
        stem_i = base + "и"
        if any(attested(stem_i + e) for e in ("ды", "ді", "тын", "тін")):
            return yi
    if last in DEVOICE and len(base) >= 2 and base[-2] in VOWELS:
        return base[:-1] + DEVOICE[last]   # табу -> тап, шығу -> шық, тігу -> тік
    return base
