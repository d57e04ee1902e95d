"""Kazakh phonology, the one copy every module uses: the vowel classes and vowel harmony, the final-sound
classes and the consonant families of suffix initials, template filling, and the stem-edge changes made
when a suffix is attached (voicing, vowel drop, verb fusions, epenthetic і).

Used by the analyser and its morpheme table, :mod:`.numbers` (suffixes after digits), :mod:`.agreement`
(the particle and suffix-shape checks of the ``segment`` and ``particle`` steps), the ``keyboard`` step's
candidate search, and ``dictionaries/build_stages``.

Vowel harmony (:func:`harmony`): which harmony a suffix takes after a stem or word, back ('b': а ы ұ
...) or front ('f': е і ү ...).  The rule is rule H of ../shared/docs/KAZAKH_MORPHOLOGY.md §1.1 with the
loanword rules of ../shared/docs/KAZAKH_FACTS.md §5.2, checked against how the corpus-counted forms of
each stem of the shipped lexicon take their suffixes (3,779 nominal stems counted 2+ times with harmonic
case, plural or possessive endings; tests/kazakh/test_phonology.py has a table of the words the older
copies disagreed on).  In order:

1. Lexical exceptions (:data:`HARMONY_EXCEPTIONS`): ми "brain" is back (миы, миға, миды); loans ending in a
   front и (such as таксиге, таксилер, counted), see rule 3.
2. The consonants after the last vowel letter, read from the end: ь makes it front (медаль → медальді,
   спираль); қ ғ х back (тарих → тарихқа, цех → цехта: FACTS "-х takes back"); к г front (банк → банкке,
   парк, округ, бокске), except a word-final г right after а о ы ұ, where the vowel decides (the -лог loans:
   диалогты, психологтар, каталогы: in the word lists 13 of 18 such stems have mostly back forms and none
   mostly front ones; the corpus counts педагогтар beside педагогтер, экологтер).  A single к there is
   back in the corpus too (блокқа, лактың) but stays front as MORPHOLOGY says: a back ток, мак, сак would
   let the keyboard-typed тоқта-, мақта-, сақта- pass as ток+та-, мак+та- (measured: keyboard fixes lost
   on the development set).
3. The last vowel letter, when it is one of the letters that are not plain vowels (и у ю ё), follows a
   consonant and is followed by one (a closed syllable): у is a loan's back [u] (ресурс → ресурста,
   институт, минут); ё or ю is front (FACTS: костюмді, актёрдің; волонтёрлер, абсолютті counted); и is
   front (магазинге 58 counted, карантин, актив, турнир, министр, туризм), unless the word has a letter
   only back words write, қ ғ ұ (мұхит → мұхиты).  A word-final и is not read here: it is a loan's
   front и (FACTS: такси-ге) as often as the и that an ы/і verb stem and the aorist й fuse into (тасы + й
   → таси-мыз, back; the analyser harmonises after such strings), so it is skipped like a glide and the
   loans are lexical exceptions.
4. Otherwise the last back vowel (а о ұ ы я ё) or front vowel (ә е ө ү і э) decides; и у ю elsewhere
   are glides or й + vowel (тау, аю, қою) and are skipped.
5. A word of и у ю only: қ/ғ back, к/г front, else the last у/ю back (су → суға), и front (би → биге).

Measured on the shipped lexicon (a stem's harmony is the one its back or front suffixed forms show three
times as often): of the 3,779 nominal stems with corpus-counted forms this rule gets 15 wrong (surnames in
-ев, which take back suffixes after a back stem, Назарбаевтың; блок, лак; fragments the word lists split
wrongly), of the 6,919 with 3+ forms in the word lists 34.  The copies it replaces got 34 / 134 (the
analyser's, without the closed и, ё/ю, х and -лог parts), 41 / 71 (the word steps', и front
anywhere), 49 / 87 (``suffixes``', и front, ю front) and 85 / 271 (the keyboard search's, а о ұ ы / ә е ө
ү і э only), not counting the words the last three could not tell.
"""
from __future__ import annotations

from typing import Mapping, Optional

from .alphabet import NON_RUSSIAN_LOWER, VOWEL_LETTERS

__all__ = ["BACK_V", "FRONT_V", "WEAK_V", "VOWELS", "ALL_V", "NATIVE_BACK_V", "BACK_ONLY_LETTERS",
           "FRONT_ONLY_LETTERS", "harmony", "prefix_harmony", "is_harmonic", "final_class", "F_L", "F_ACC", "F_GEN", "F_D", "F_ABL",
           "F_M1", "F_M2", "fill", "combine", "DROP_STEMS", "DROP_SURFACE", "written_undropped", "NO_VOICE", "VOICE", "DEVOICE",
           "EPENTHESIS_CLUSTERS", "EPENTHESIS_NEXT", "letter_runs_of"]

BACK_V = frozenset("аоұыяё")       # back vowels (я ё of Russian loans count as back)
FRONT_V = frozenset("әеөүіэ")      # front vowels
WEAK_V = frozenset("иую")          # glides and "composite" letters: skipped unless rule 3 reads them
VOWELS = BACK_V | FRONT_V          # "true" vowels for suffix selection (class V)
ALL_V = VOWELS | WEAK_V
assert ALL_V == VOWEL_LETTERS
#: The back vowels of native words (я ё are written in loans only), and the front ones (э: loans only).
NATIVE_BACK_V = frozenset("аоұы")
NATIVE_FRONT_V = FRONT_V - {"э"}
#: The Kazakh letters only words of one harmony write (KAZAKH_FACTS §1.2-1.3: қ ғ in back-vowel words,
#: к г in front ones; ұ is a back vowel, ә ө ү і front ones).
BACK_ONLY_LETTERS = frozenset("қғұ")
FRONT_ONLY_LETTERS = NON_RUSSIAN_LOWER & FRONT_V

#: Stems whose harmony rule 1 gives: ми is a native back word with a front-looking и; the others are loans
#: ending in a front и (rule 3 skips a final и), with front forms in the word lists and no back ones.
HARMONY_EXCEPTIONS = {"ми": "b", "такси": "f", "шасси": "f", "фараби": "f"}


def harmony(s: str, default: Optional[str] = "b") -> Optional[str]:
    """'b' (back) or 'f' (front): the harmony of a suffix after the lower-case string ``s`` (the rule of
    the module docstring).  ``default`` is what a string with no vowel letter and no к г қ ғ х ь says:
    'b' in the analyser (rule H's last resort), None for a step that must not guess (:func:`harmony`'s
    "cannot tell" view: ``harmony(w, None)``)."""
    exc = HARMONY_EXCEPTIONS.get(s)
    if exc:
        return exc
    n = len(s)
    i = n - 1
    # 2. the consonants after the last vowel letter
    while i >= 0 and s[i] not in ALL_V:
        c = s[i]
        if c == "ь":
            return "f"
        if c in "қғх":
            return "b"
        if c == "к" or (c == "г" and not (i == n - 1 and i > 0 and s[i - 1] in NATIVE_BACK_V)):
            return "f"
        i -= 1
    if i < 0:
        return default
    # 3. the last vowel letter is и у ю ё in a closed syllable after a consonant
    c = s[i]
    if 0 < i < n - 1 and s[i - 1] not in ALL_V and s[i - 1] not in "ъь":
        if c == "у":
            return "b"
        if c in "ёю":
            return "f"
        if c == "и":
            return "b" if not BACK_ONLY_LETTERS.isdisjoint(s) else "f"
    # 4. the last back or front vowel
    for j in range(i, -1, -1):
        c = s[j]
        if c in BACK_V:
            return "b"
        if c in FRONT_V:
            return "f"
    # 5. only и у ю
    if "қ" in s or "ғ" in s:
        return "b"
    if "к" in s or "г" in s:
        return "f"
    for j in range(i, -1, -1):
        if s[j] in "ую":
            return "b"
        if s[j] == "и":
            return "f"
    return default


def prefix_harmony(p: str) -> Optional[str]:
    """The harmony of a word being spelled letter by letter (the ``keyboard`` step's candidate search): what
    :func:`harmony` says of ``p``, where the consonants ``p`` ends in may still belong to the stem or already
    begin a suffix (күрмелу|ш-і: the у is no loan's closed [u] then).  'b' or 'f' when both readings agree,
    None when they differ or neither can tell."""
    h = harmony(p, None)
    i = len(p)
    while i > 0 and p[i - 1] not in ALL_V:
        i -= 1
    if i == len(p) or i == 0:
        return h
    return h if harmony(p[:i], None) == h else None


def is_harmonic(word: str) -> bool:
    """Whether a lower-case word keeps to one harmony the way native words do: no native back vowel (а о ұ ы)
    together with a letter only front words write (ә ө ү і).  Loans break this (кітап, мұғалім; KAZAKH_FACTS
    §1.3), so it is evidence, not a rule of the language."""
    return NATIVE_BACK_V.isdisjoint(word) or FRONT_ONLY_LETTERS.isdisjoint(word)


def final_class(s: str) -> str:
    """Final-sound class of the lower-case string ``s`` (KAZAKH_MORPHOLOGY §1.2), a final ь ignored: V vowel,
    R р й у и ю, L л, N м н ң, Z ж з, T anything else (voiceless, and the word-final stops б в г д ғ, which
    are said voiceless: клубқа)."""
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
# the stems that must drop their vowel, by their first two letters, in DROP_STEMS order (speed only: a word is
# compared with the few that start as it does)
_MUST_DROP_BY_START: dict[str, tuple] = {}
for _s, _must in DROP_STEMS.items():
    if _must:
        _MUST_DROP_BY_START[_s[:2]] = _MUST_DROP_BY_START.get(_s[:2], ()) + (_s,)
del _s, _must


def written_undropped(word: str) -> Optional[tuple]:
    """``(stem, the spelling with the vowel dropped)`` when the lower-case ``word`` is a stem that must drop its
    second vowel before a vowel-initial suffix, written in full before one (орыны: орны, қауіпін: қаупін);
    None otherwise.  Whether that is a misspelling (not another word that starts alike) is the caller's to ask."""
    for stem in _MUST_DROP_BY_START.get(word[:2], ()):
        if len(word) > len(stem) and word.startswith(stem) and word[len(stem)] in VOWELS:
            return stem, _dropped(stem) + word[len(stem):]
    return None


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


def letter_runs_of(word: str):
    """The runs of one letter (case folded) two or more long in ``word``: (start, length, kind) each.

    What a run can be in a written word (KAZAKH_FACTS §5.3 and the word lists: no counted form breaks these):
    no Kazakh or loan word has one letter three times in a row (``kind`` "tripled"; but for a loan ending in a
    double consonant before a suffix of that letter: ватт|ты, which the caller tells with its lexicon); Kazakh has no long
    vowels, so a doubled vowel letter (а о ұ ы я ё ә е ө ү і э) is only in loans (кооператив; "vowel"), while
    the glides у и ю double where a stem meets a suffix (жу|у, қу|у: "geminate"); no word starts with a
    doubled consonant ("initial"), no Kazakh word ends in one (loans do: класс, грамм; "final"); a doubled
    consonant inside a word is a geminate at a morpheme boundary (ат|та, кет|ті) or in a loan (касса)
    ("geminate").  Informal text lengthens letters for emphasis (рахмееет, тұрр): the kinds other than
    "geminate" are where to look for that.
    """
    out = []
    low = word.lower()
    i, n = 0, len(low)
    while i < n:
        j = i + 1
        while j < n and low[j] == low[i]:
            j += 1
        if j - i >= 2:
            if j - i >= 3:
                kind = "tripled"
            elif low[i] in VOWELS:
                kind = "vowel"
            elif low[i] in WEAK_V:
                kind = "geminate"
            elif i == 0:
                kind = "initial"
            elif j == n:
                kind = "final"
            else:
                kind = "geminate"
            out.append((i, j - i, kind))
        i = j
    return out
