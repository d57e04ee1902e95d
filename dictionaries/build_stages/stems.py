"""The stem list for kaznorm's morphology: hunspell-kk's nominal and verb entries (verb stems from the
-у/-ю infinitive), cleaned of keyboard spellings, inflected forms and fragments, with the hand-written
particles, short nouns spelt like dropped verb entries, nominal stems attested as verbs, and loanword
stems."""
from __future__ import annotations

import os

from kaznorm.kazakh.alphabet import LETTERS, NON_RUSSIAN_LOWER, VOWEL_LETTERS
from kaznorm.kazakh.errors import russian_layout_spellings
from kaznorm.kazakh.phonology import DEVOICE, F_M2, VOWELS, fill, harmony

from .analyzer import make_analyzer
from .common import HERE, log, read_list

# unambiguous case, plural and possessive endings: a hunspell "stem" made of a stem and one of these
# is an inflected form listed by mistake
INFLECTION_ENDINGS = set("""
ның нің дың дің тың тің мен бен пен лар лер тар тер
ымыз іміз ыңыз іңіз ында інде ынан інен ына іне сына сіне сында сінде сынан сінен сының сінің ларды лерді дарды
дерді тарды терді лардың лердің дардың дердің тардың тердің ларға лерге дарға дерге тарға терге ларда лерде
дарда дерде тарда терде лары лері дары дері тары тері ларын лерін дарын дерін тарын терін дағы дегі тағы тегі
""".split())

LOAN_ENDINGS = tuple("ия ция изм ист ика ент ант тор ус ум ий".split())
# a loan candidate ending like a Kazakh inflection is an inflected form of a missing stem, not a stem
KAZAKH_ENDINGS = tuple("""ы і ын ін ны ні ға ге қа ке да де та те на не ның нің дың дің тың тің дан ден нан нен тан тен
мен бен пен лар лер дар дер тар тер ды ді ты ті сы сі""".split())
SHORT_NOUN_MIN_COUNT = 20  # corpus count that makes a dropped short verb entry a noun
VERB_ENDINGS = set("п ып іп ған ген қан кен ды ді ты ті уға уге уды уді удың удің уда уде удан уден".split())


def verb_stem(inf: str, attested) -> str | None:
    """Verb stem from the dictionary form in -у/-ю (see KAZAKH_MORPHOLOGY.md §2.4)."""
    if inf.endswith("ию"):
        return inf[:-1]  # кию -> ки
    if inf.endswith("ю"):
        return inf[:-1] + "й"  # қою -> қой, сүю -> сүй
    if not inf.endswith("у") or len(inf) < 2:
        return None
    base = inf[:-1]
    if base.endswith("у"):
        return base  # жуу -> жу
    if base[-1] in VOWEL_LETTERS:
        return base  # ойнау -> ойна, сөйлеу -> сөйле
    # consonant before -у: either a consonant stem (бару -> бар) or a ы/і stem (оқу -> оқы)
    hv = "ы" if harmony(base) == "b" else "і"
    vstem = base + hv
    ev_vowel = sum(1 for suf in ("ды", "ді", "ған", "ген", "п") if vstem + suf in attested)
    ev_vowel += sum(1 for suf in ("иды", "иді", "итын", "итін", "йды", "йді") if base + suf in attested)
    cons = base
    if base[-1] in DEVOICE:
        cons = base[:-1] + DEVOICE[base[-1]]
    ev_cons = sum(1 for suf in ("ты", "ті", "ды", "ді", "қан", "кен", "ған", "ген", "са", "се", "са", "пай", "пей",
                                "ма", "ме", "ба", "бе", "па", "пе")
                  if cons + suf in attested)
    if ev_vowel > ev_cons:
        return vstem
    return cons


def verb_evidence(st: str, attested) -> int:
    """How many kinds of verb-only forms of ``st`` are attested: the converb -ып, the participle -ған, the
    negated converb -май, the participle -атын, realised by kaznorm's phonology (harmony, final sound)."""
    conv = fill("Iп", st)
    part = fill("GAн", st)
    neg = fill("CAй", st, F_M2)
    aor = fill("йтIн" if st[-1] in VOWELS else "AтIн", st)
    return sum(1 for form in (conv, part, neg, aor) if st + form in attested)


def build_stems(entries, forms, hun_forms, kaz_keys, corpus_forms, junk_entries, clean_counts) -> dict:
    """{stem: classes} (``n`` nominal, ``v`` verb, ``x`` particle) from the cleaned hunspell entries."""
    attested_all = forms | hun_forms
    stems = {}
    for word, flags in entries:
        lw = word.lower()
        if not all(c in LETTERS for c in lw):
            continue
        if word != lw:
            continue  # hunspell's capitalised names are typed without Kazakh letters: skip them
        if flags and flags[0] in "MmNnOoPpQqRrSsTtUuVvWwXxYyZz":
            st = verb_stem(lw, attested_all)
            if st:
                stems[st] = "".join(sorted(set(stems.get(st, "")) | {"v"}))
            stems.setdefault(lw, "n")  # the -у form is also a verbal noun
        else:
            stems[lw] = "".join(sorted(set(stems.get(lw, "")) | {"n"}))
    # clean the stems: hunspell lists Russian-keyboard spellings (жаксы, калган), one-letter verb stems
    # from noise entries, and inflected forms as stems (екенін, басқосуда) which would stack suffixes twice
    stem_keys = set()
    for st in stems:
        if any(c in NON_RUSSIAN_LOWER for c in st):
            stem_keys.update(russian_layout_spellings(st))
    entry_set = {w.lower() for w, _ in entries}
    corpus_prefixes = {w[:i] for w in corpus_forms for i in range(2, len(w) + 1)}
    junk = set()
    for st, pos in stems.items():
        if len(st) < 2:
            junk.add(st)
        elif pos == "n" and any(st.endswith(e) and "v" in stems.get(st[: -len(e)], "") for e in VERB_ENDINGS):
            junk.add(st)  # a verb form listed as a nominal stem (бастап, көрген, болуға)
        elif (pos == "n" and st.endswith("н") and (st + "а" in entry_set or st + "е" in entry_set)
              and (st[:-1] + "ның" in entry_set or st[:-1] + "нің" in entry_set)):
            junk.add(st)  # an accusative listed with its siblings (басын next to басына, басының)
        elif not any(c in NON_RUSSIAN_LOWER for c in st) and st not in corpus_prefixes and (st in kaz_keys or st in stem_keys):
            junk.add(st)
        else:
            for k in range(2, min(len(st) - 2, 6) + 1):
                base, end = st[:-k], st[-k:]
                if end in INFLECTION_ENDINGS and "n" in stems.get(base, "") and pos == "n":
                    junk.add(st)
                    break
    log(f"stems dropped (keyboard spellings, inflected forms, fragments): {len(junk)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        import random
        log(random.Random(1).sample(sorted(junk), min(150, len(junk))))
    for st in junk:
        del stems[st]
    for w in read_list(HERE / "particles.txt"):
        stems.setdefault(w.lower(), "x")
    # a short hunspell verb entry dropped for want of attested finite forms (see clean_hunspell_entries) that
    # the clean corpora use often as a word of its own is a noun that shares its spelling (су "water")
    for lw in junk_entries:
        if clean_counts[lw] >= SHORT_NOUN_MIN_COUNT and "n" not in stems.get(lw, "") and lw not in junk:
            stems[lw] = "".join(sorted(set(stems.get(lw, "")) | {"n"}))
            log(f"  short noun kept from a dropped verb entry: {lw} ({clean_counts[lw]})")
    # hunspell lists many verb stems with nominal classes only (айрыл, ұзай, жиыл, шылқылда): a stem with
    # at least two kinds of verb-only forms attested (converb, participle, negated converb, -атын) is a verb too
    attested_verbal = forms | hun_forms
    added_v = 0
    for st, pos in list(stems.items()):
        if "v" in pos or len(st) < 3:
            continue
        if verb_evidence(st, attested_verbal) >= 2:
            stems[st] = pos + "v"
            added_v += 1
    log(f"nominal stems also used as verbs: {added_v}")
    return stems


def add_loan_stems(stems, forms, dropped_kb):
    """Add to ``stems`` (in place) the loanword stems."""
    # loanword stems: attested base forms that look Russian/international (Russian-only letters, or a
    # typical loan ending) and that the morphology does not already read as an inflected form
    analyzer = make_analyzer(stems)
    if analyzer is not None:
        loans = set()
        for w in forms:
            if (w in stems or len(w) < 4 or "-" in w or any(c in NON_RUSSIAN_LOWER for c in w) or w in dropped_kb
                    or w.endswith(KAZAKH_ENDINGS)
                    or not (w.endswith(LOAN_ENDINGS) or any(c in "вфцчщъьэёю" for c in w))):
                continue
            if not analyzer.accepts(w):
                loans.add(w)
        log(f"loanword stems added: {len(loans)}")
        for w in loans:
            stems[w] = "n"
    log(f"stems: {len(stems)}")
