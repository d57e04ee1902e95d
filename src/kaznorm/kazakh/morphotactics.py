"""Kazakh morphotactics as data: every morpheme (its allomorph templates and which morphemes may
directly precede it) and the named sets of morphemes the analyser and the lexicon reason with.

Plural before possessive before case, one of each per cycle, -дағы/-нікі open a new cycle; verbs:
voice -> negation -> tense/mood -> person or nominal inflection (../shared/docs/KAZAKH_MORPHOLOGY.md
§3-§5).  ``N0``/``V0`` in an ``after`` set stand for a nominal / verb stem.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from .closed_classes import NUMERALS
from .phonology import ALL_V, F_ABL, F_ACC, F_D, F_GEN, F_L, F_M1, F_M2, VOWELS, fill, final_class


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
    _m("IMP_SHY", _t("шI"), VNEG | {"IMP2P", "IMP2PL", "IMP2PLP", "OPT3"}),  # (келші; келіңізші, келіңдерші, келсінші)
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

# the person endings of set 1 (copula, aorist, participles) and set 2 (past, conditional)
SET1_PERSONS = frozenset({"P1SG", "P2SG", "P1PL", "P2PL", "P2SGP", "P2PLP"})
SET2_PERSONS = frozenset({"S2_1SG", "S2_2SG", "S2_1PL", "S2_2PL", "S2_2SGP", "S2_2PLP"})
# auxiliaries and copulas that take person endings directly (§5.3, §5.5): жатырмын, отырмыз,
# екенмін, емеспін, едім, едік
AUX = {"жатыр": SET1_PERSONS, "отыр": SET1_PERSONS, "тұр": SET1_PERSONS,
       "жүр": SET1_PERSONS, "екен": SET1_PERSONS, "емес": SET1_PERSONS,
       "еді": SET2_PERSONS}
# the pronominal-n forms: after a 3rd-person possessive (and only there)
AFTER_PX3_ONLY = frozenset({"GEN_N", "DAT_N", "ACC_N", "LOC_N", "ABL_N", "DAGI_N", "DAI_N",
                            "SHA_N"})
# morphemes that may end a word
FINAL_MORPHEMES = frozenset(name for name, m in MORPHEMES.items() if m.final)
# the plain cases a 3rd-person possessive never takes (it takes -на, -н, -нда, -нан, -ндағы, -ндай)
PLAIN_CASES = frozenset({"DAT", "ACC", "LOC", "ABL", "DAGI", "DAI"})
# morphemes that close a word: nothing follows them (a case, a finite verb ending).  The accusative
# -ды, past -ды and locative -да are left out: too many real nouns end like them (қарағанды, кесте)
CLOSING = frozenset({"GEN", "DAT", "ABL", "INS", "GEN_N", "DAT_N", "LOC_N", "ABL_N", "COND",
                     "P3AOR", "S2_1SG", "S2_2SG", "S2_1PL", "S2_2PL", "S2_2SGP", "S2_2PLP",
                     "OPT1SG", "OPT1PL", "OPT3", "IMP2P", "IMP2PL", "IMP2PLP"})

# the endings a predicate closes a sentence with (a finite verb: past, present, wish, command; a person ending
# on a predicate noun; an adjective in -лы/-лі): a word read only with these, or bare, may end a sentence
SENTENCE_FINAL = frozenset({"PAST", "P3AOR", "EVID", "OPT1SG", "OPT1PL", "OPT3", "IMP2P", "IMP2PL", "IMP2PLP",
                            "P1SG", "P2SG", "P1PL", "P2PL", "P2SGP", "P2PLP", "S2_1SG", "S2_2SG", "S2_1PL", "S2_2PL",
                            "S2_2SGP", "S2_2PLP", "LY"})

# morphemes after which a form cannot be a lexical nominal stem of its own (pure inflection)
INFLECTION = frozenset({"PL", "PX1SG", "PX2SG", "PX2SGP", "PX1PL", "PX2PL", "PX2PLP", "PX3",
                        "GEN", "DAT", "ACC", "LOC", "ABL", "INS", "DAT_A", "GEN_N", "DAT_N",
                        "ACC_N", "LOC_N", "ABL_N", "DAGI", "DAGI_N", "NIKI", "DAI", "DAI_N",
                        "SHA_N", "P1SG", "P2SG", "P1PL", "P2PL", "P2SGP", "P2PLP", "S2_1SG",
                        "S2_2SG", "S2_1PL", "S2_2PL", "S2_2SGP", "S2_2PLP", "AOR", "P3AOR",
                        "PAST", "COND", "OPT1SG", "OPT1PL", "OPT3", "IMP2P", "IMP2PL",
                        "IMP2PLP", "EVID", "CV_P", "NEG_CV", "GALY", "GANSHA", "IMP_SHY"})

# the nominal inflection: plural, possessive, the cases, -дағы, -нікі, -дай (no derivation, no predicative
# person): all an inflection base of the word lists may take (lexicon, dictionary build), and what makes a
# form an inflected one rather than a bare noun
NOMINAL_INFLECTION = frozenset(("PL",) + PX_ALL + ("GEN", "DAT", "ACC", "LOC", "ABL", "INS", "DAT_A", "GEN_N",
                                                  "DAT_N", "ACC_N", "LOC_N", "ABL_N", "DAGI", "DAGI_N", "NIKI",
                                                  "DAI", "DAI_N"))
