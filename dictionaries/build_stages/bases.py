"""Inflection bases (stems.txt.gz section ``b``): attested forms the morphology cannot read (names and
loans), less those that are two frequent words written together or one slip away from a Kazakh form
(``near_kazakh``, also applied to the Russian words), and less the keyboard stems: bases or Russian words
that with a nominal ending are the Russian-keyboard spelling of a Kazakh form."""
from __future__ import annotations

import collections
import os

from kaznorm.kazakh.alphabet import LOWER_LETTERS, NON_RUSSIAN_LOWER
from kaznorm.kazakh.errors import SIMILAR as SIMILAR_LETTERS  # (the typo step's similar-letter pairs)
from kaznorm.kazakh.errors import russian_layout_spellings
# the nominal inflection a base or a Russian word may take, the letters of ending the lexicon peels off a
# Russian word, and the count of each of two words a base or Russian word that splits into them has: the
# lexicon's own, which the shipped data must agree with
from kaznorm.kazakh.morphotactics import NOMINAL_INFLECTION
from kaznorm.lexicon.known import MAX_RU_SUFFIX as MAX_ENDING
from kaznorm.lexicon.known import TWO_WORDS_MIN

from .common import deletes1, log, subs1

NEAR_MIN_COUNT = 3  # counted forms that bases and Russian words must not be one substitution from
# "similar": one substitution of similar letters (SIMILAR_LETTERS: the slips kaznorm's typo step corrects);
# "sub": any one substitution; "all": also one insertion/deletion
NEAR_EDITS = "similar"
NAME_NEAR_EDITS = "sub"  # for bases that are names


def near_kazakh_test(counts, stems):
    """``near_kazakh(w, edits)``: is ``w`` one edit (of the kind ``edits``) from a counted form or a stem?"""
    # Neither the bases nor the Russian words may shadow a slip in a Kazakh word: any within one
    # edit of a counted form or a stem (ұгым/ұғым, нәтеже/нәтиже, талой/талай) is left out.
    near_index = collections.defaultdict(set)
    for v in {w for w, n in counts.items() if n >= NEAR_MIN_COUNT} | set(stems):
        if len(v) >= 3 and "-" not in v:
            for k in subs1(v):
                near_index[k].add(v)
            if NEAR_EDITS == "all":
                near_index[v].add(v)
                for k in deletes1(v):
                    near_index[k].add(v)

    def near_kazakh(w: str, edits: str = NEAR_EDITS) -> bool:
        if edits == "similar":
            # only a substitution the typo step takes for a slip (ы/і, н/ң, а/о, е/и ...): радиан is no
            # slip of радиал, nor бирма of фирма, and the default typo step corrects no other substitution
            for i, c in enumerate(w):
                for v in near_index.get(w[:i] + "*" + w[i + 1:], ()):
                    if v != w and (c, v[i]) in SIMILAR_LETTERS:
                        return True
            return False
        keys = subs1(w) if edits != "all" else subs1(w) | deletes1(w) | {w}
        return any(v != w for k in keys for v in near_index.get(k, ()))

    return near_kazakh


def inflection_bases(forms, stems, counts, names, analyzer, near_kazakh):
    """Attested forms the morphology cannot read and that hide no two words and no slip."""
    # --- inflection bases: attested forms the morphology cannot read (names, loans: сәрсенбай, лизосома)
    # and that are not two frequent words written together (қарасөз, нарынқұм); lexicon.py lets them
    # take regular nominal inflection only (сәрсенбайға, лизосомаларының), never derivation
    bases = set()
    if analyzer is not None:
        for w in forms:
            if len(w) < 5 or "-" in w or w in stems or not all(c in LOWER_LETTERS for c in w):
                continue
            if any(counts.get(w[:i], 0) >= TWO_WORDS_MIN and counts.get(w[i:], 0) >= TWO_WORDS_MIN
                   for i in range(3, len(w) - 2)):
                continue
            # a name keeps the wider test (any substitution): known with a case ending, a name + -да
            # (Садырбайда) would pass for a locative where the particle step must split Садырбай да
            if not analyzer.accepts(w) and not near_kazakh(w, NAME_NEAR_EDITS if w in names else NEAR_EDITS):
                bases.add(w)
    log(f"inflection bases: {len(bases)}")
    return bases


def keyboard_stems(kazakh: set[str], candidates: set[str]) -> set[str]:
    """The candidates X (five letters or more) such that X + a nominal ending is the Russian-keyboard
    spelling of a form in ``kazakh`` (аркас + -ын = аркасын, typed for арқасын)."""
    try:
        from kaznorm.kazakh.analyser import Analyzer
    except Exception:  # pragma: no cover
        return set()
    out = set()
    for w in kazakh:
        if not any(c in NON_RUSSIAN_LOWER for c in w) or "-" in w:
            continue
        for d in set(russian_layout_spellings(w)):
            for i in range(max(5, len(d) - MAX_ENDING), len(d)):
                x = d[:i]
                if x in candidates and x not in out:
                    if any(stem == x and sfx and all(n in NOMINAL_INFLECTION for n in names)
                           for stem, _p, sfx, names in Analyzer({x: "n"}).parses(d)):
                        out.add(x)
    return out


def drop_keyboard_stems(kazakh, bases, ru_known):
    """Remove the keyboard stems from ``bases`` and ``ru_known`` (in place)."""
    # --- a base or Russian word that, with a Kazakh ending, is the Russian-keyboard spelling of an attested
    # Kazakh form goes (аркас: аркасын is арқасын typed on a Russian layout; наука: наукасына): lexicon.py
    # would let that spelling through, and only the keyboard step, with the line as context, can decide
    kb_stems = keyboard_stems(kazakh, bases | {w for w in ru_known if len(w) >= 5})
    log(f"bases and Russian words dropped as keyboard stems: {len(kb_stems & bases)}, {len(kb_stems & ru_known)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        log(sorted(kb_stems)[:200])
    bases -= kb_stems
    ru_known -= kb_stems
