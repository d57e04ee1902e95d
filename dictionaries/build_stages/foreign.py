"""Foreign words from wordfreq: the common Russian and English words that are not Kazakh forms
(foreign.txt.gz), and the Russian words Kazakh text uses as they are (russian.txt.gz), less those that
would hide a Kazakh slip or two glued Kazakh words."""
from __future__ import annotations

from kaznorm.kazakh.alphabet import LETTERS, NON_RUSSIAN_LOWER
from kaznorm.kazakh.errors import russian_layout_spellings

from .bases import TWO_WORDS_MIN
from .common import log

# Russian words Kazakh text uses as they are (loans, names in Russian spelling: рыбак, молитва, куросава).
# A Russian word that is also the Russian-keyboard spelling of a Kazakh form (кол, казакстан) is left out:
# there the keyboard step, not the lexicon, must decide.
RU_KNOWN_ZIPF = 1.0  # the bottom of wordfreq's large list: rare words are mostly names and loans
RU_COMMON_ZIPF = 2.5  # ... unless a Russian word this common (zipf, wordfreq's large list)
RU_KNOWN_MIN_LEN = 3
# Russian words of this length or more are left out when one substitution from a Kazakh form (see
# near_kazakh); shorter ones stay: kaznorm's typo step never edits a word of fewer than five letters
# (``typo_min_len`` of the default profile), so a short Russian word hides no typo from it
RU_NEAR_MIN_LEN = 5


def foreign_words(kazakh: set[str]):
    from wordfreq import top_n_list, zipf_frequency

    ru = set()
    for w in top_n_list("ru", 60000):
        if all(c in LETTERS or c == "-" for c in w) and w not in kazakh and zipf_frequency(w, "ru") >= 2.5:
            ru.add(w)
    en = set()
    for w in top_n_list("en", 40000):
        if w.isascii() and w.isalpha() and zipf_frequency(w, "en") >= 2.5:
            en.add(w)
    return ru, en


def russian_known(kazakh: set[str]) -> set[str]:
    from wordfreq import get_frequency_dict

    degraded = set()
    for w in kazakh:
        if any(c in NON_RUSSIAN_LOWER for c in w):
            degraded.update(russian_layout_spellings(w))
    floor = 10 ** (RU_KNOWN_ZIPF - 9)
    out = set()
    for w, f in get_frequency_dict("ru", "large").items():
        if f < floor or len(w) < RU_KNOWN_MIN_LEN or w in kazakh or w in degraded:
            continue
        if all("а" <= c <= "я" or c == "ё" for c in w):
            out.add(w)
    return out


# Russian words that show a line is Russian (``foreign.txt.gz`` section ``ru_evidence``, read by
# ``kaznorm.text.language``): the commonest Russian words, less those Kazakh text uses about as often (loans
# such as парк, and words Kazakh shares: не, от).  Kept whatever the Kazakh web list holds (it holds much
# Russian), since only running-text counts say how Kazakh a word is.
RU_EVIDENCE_TOP = 30000  # the commonest Russian words of wordfreq looked at (zipf about 3 and up)
RU_EVIDENCE_MARGIN = 1.0  # kept when at least this much more common (zipf, a factor of 10) in Russian than in
                          # the Kazakh corpora's counts


def russian_evidence(counts) -> set[str]:
    """The common Russian words that are at least ten times rarer in the Kazakh corpora than in Russian."""
    import math

    from wordfreq import top_n_list, zipf_frequency

    total = sum(counts.values()) or 1
    out = set()
    for w in top_n_list("ru", RU_EVIDENCE_TOP):
        if len(w) < 2 or not all(c in LETTERS for c in w):
            continue
        n = counts.get(w, 0)
        kazakh_zipf = math.log10(n / total * 1e9) if n else 0.0
        if zipf_frequency(w, "ru") - kazakh_zipf >= RU_EVIDENCE_MARGIN:
            out.add(w)
    log(f"russian evidence words: {len(out)}")
    return out


def common_foreign(kazakh):
    """(common Russian words, common English words) that are not in ``kazakh``."""
    ru, en = foreign_words(kazakh)
    log(f"russian: {len(ru)}, english: {len(en)}")
    return ru, en


def known_russian(kazakh, counts, near_kazakh):
    """The Russian words ``known()`` accepts as loans and names."""
    from wordfreq import zipf_frequency
    # a word shorter than the typo step's minimum (five letters) cannot hide a typo from it: kept
    ru_known = {w for w in russian_known(kazakh) if len(w) < RU_NEAR_MIN_LEN or not near_kazakh(w)}
    # nor a rare Russian word (mostly a name) of five or more letters that is two common Kazakh words written
    # together (дебар: де бар): the segment step must split those, and it leaves a known word alone.  A
    # common Russian word stays (кинокомпания: кино компания)
    ru_known = {w for w in ru_known
                if len(w) < RU_NEAR_MIN_LEN
                or not any(counts.get(w[:i], 0) >= TWO_WORDS_MIN and counts.get(w[i:], 0) >= TWO_WORDS_MIN
                           for i in range(2, len(w) - 1))
                or zipf_frequency(w, "ru", wordlist="large") >= RU_COMMON_ZIPF}
    log(f"russian words known as loans/names: {len(ru_known)}")
    return ru_known
