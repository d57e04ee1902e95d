"""Clean the tesseract web list into the shipped word forms (README, "How the web list is cleaned"):
look-alikes normalised (rule 1), Russian-keyboard spellings (3), line-break fragments (5), common Russian
words (6) and misspellings (7) dropped, the corpus forms and single letters added (8), counts (9), the
late keyboard spellings, and which forms are names.  Glued pairs (rule 4) are ``glued``'s job."""
from __future__ import annotations

import collections
import os

from kaznorm.kazakh.alphabet import LETTERS, LOWER_LETTERS, NON_RUSSIAN_LOWER
from kaznorm.kazakh.errors import russian_layout_spellings
from kaznorm.kazakh.phonology import is_harmonic

from .analyzer import make_analyzer
from .common import deletes1, log
from .letters import FOREIGN_CYR, LATIN_TO_CYR, LOOKALIKE

RUSSIAN_ENDINGS = tuple("ого его ому ему ыми ими ами ями ых их ую юю ться тся ешь ишь".split())


def normalise_form(w: str) -> str | None:
    """Canonical spelling of a raw list entry, or None when it is not a Kazakh Cyrillic word."""
    w = w.translate(LOOKALIKE)
    if any(c in FOREIGN_CYR or c.lower() in FOREIGN_CYR for c in w):
        return None
    if any("a" <= c.lower() <= "z" for c in w):
        if not any(c in LETTERS for c in w):
            return None  # a Latin word: not for the Kazakh list
        w2 = w.translate(LATIN_TO_CYR)
        if any("a" <= c.lower() <= "z" for c in w2):
            return None
        w = w2
    if w.startswith("-") or w.endswith("-") or "--" in w:
        return None
    if not all(c in LETTERS or c == "-" for c in w):
        return None
    return w


def normalise_web_list(raw):
    """(lower-case forms, forms seen title-cased, forms seen in lower case) of the raw tesseract entries."""
    tess_lower = set()
    tess_title = set()
    tess_lowercase_seen = set()
    for w in raw:
        n = normalise_form(w)
        if n is None:
            continue
        lw = n.lower()
        tess_lower.add(lw)
        if n == lw:
            tess_lowercase_seen.add(lw)
        elif n[0].isupper() and n[1:] == n[1:].lower():
            tess_title.add(lw)
    log(f"tesseract normalised: {len(tess_lower)} lowercase types")
    return tess_lower, tess_title, tess_lowercase_seen


def corpus_word_forms(clean_counts):
    """The Cyrillic forms of the clean corpora with no Bashkir/Tatar/... letters."""
    corpus_forms = {w for w in clean_counts if all(c in LETTERS or c == "-" for c in w)
                    and not any(c in FOREIGN_CYR for c in w)}
    return corpus_forms


def keyboard_spellings(tess_lower, trusted, corpus_forms, tess_lowercase_seen):
    """(keyboard keys of the Kazakh forms, list forms dropped as Russian-keyboard spellings)."""
    # --- drop Russian-keyboard spellings: a form without Kazakh letters whose restoration is attested
    # (in trusted sources, or in the list itself when the restored form keeps vowel harmony)
    kaz_keys = set()
    strong_keys = set()  # restorations that are trusted or written in lower case: evidence even against a name
    for w in tess_lower | trusted:
        if any(c in NON_RUSSIAN_LOWER for c in w) and (w in corpus_forms or is_harmonic(w)):
            a, b = russian_layout_spellings(w)
            kaz_keys.add(a)
            kaz_keys.add(b)
            if w in trusted or w in tess_lowercase_seen:
                strong_keys.add(a)
                strong_keys.add(b)
    dropped_kb = set()
    for w in tess_lower:
        if w in trusted or any(c in NON_RUSSIAN_LOWER for c in w):
            continue
        is_name = w not in tess_lowercase_seen  # only capitalised in the list (Коншин, Хайям, КСРО)
        if w in (strong_keys if is_name else kaz_keys):
            dropped_kb.add(w)
    log(f"keyboard spellings dropped: {len(dropped_kb)}")
    return kaz_keys, dropped_kb


def hyphen_fragments(forms, trusted):
    """Hyphenated forms to drop: keep real compounds, drop line-break fragments."""
    plain = {w for w in forms | trusted if "-" not in w}
    dropped_hy = set()
    for w in [w for w in forms if "-" in w]:
        parts = w.split("-")
        joined = "".join(parts)
        if w in trusted:
            continue
        if joined in trusted or (joined in plain and not all(len(p) >= 2 and p in plain for p in parts)):
            dropped_hy.add(w)
        elif not all(p in plain for p in parts):
            dropped_hy.add(w)
    log(f"hyphenated fragments dropped: {len(dropped_hy)}")
    return dropped_hy


def common_russian(forms, trusted):
    """Russian words of the web crawl (который, для, это) to drop: not Kazakh forms."""
    from wordfreq import zipf_frequency
    # Kazakh text uses Russian nouns in their base form (момент, Осло), so only Russian function words
    # and forms with Russian-only endings go
    dropped_ru = set()
    for w in forms:
        if w in trusted or any(c in NON_RUSSIAN_LOWER for c in w):
            continue
        z = zipf_frequency(w, "ru")
        if z >= 5.6 or (z >= 3.0 and w.endswith(RUSSIAN_ENDINGS)):
            dropped_ru.add(w)
    log(f"common Russian words dropped: {len(dropped_ru)}")
    return dropped_ru


def add_corpus_forms(forms, corpus_forms):
    """``forms`` with every form of the clean corpora and the single letters."""
    forms |= {w for w in corpus_forms}
    # single letters are initials and list labels (Н. Назарбаев, а) ә) б)): known, never counted
    forms |= {c for c in LOWER_LETTERS}
    forms = {w for w in forms if w}
    return forms


def count_forms(forms, clean_counts, sandra_lower, trusted, tess_lower):
    """Counts: clean corpora, plus kazsandra for trusted forms."""
    counts = collections.Counter()
    for w, n in clean_counts.items():
        if w in forms and len(w) > 1:
            counts[w] += n
    for w, n in sandra_lower.items():
        if w in forms and len(w) > 1 and (w in trusted or w in tess_lower):
            counts[w] += n
    return counts


def drop_late_keyboard_spellings(forms, counts, clean_counts):
    """Remove from ``forms`` and ``counts`` (in place) the keyboard spellings that slipped through."""
    # --- keyboard spellings that slipped through as "trusted" (hunspell noise, user text): a form without
    # Kazakh letters, (almost) absent from the clean corpora, whose Kazakh-letter restoration is counted
    # at least ten times as often (кетеды, деды, созбен).  The morphology still decides known() for them.
    # The clean corpora have typos of their own (edited_extra writes китап twice beside кітап 25 times): a
    # spelling they write at least ten times more rarely than its restoration is no evidence of a real word.
    best, best_clean = {}, {}
    for w, n in counts.items():
        if any(c in NON_RUSSIAN_LOWER for c in w):
            for k in russian_layout_spellings(w):
                if n > best.get(k, 0):
                    best[k] = n
                    best_clean[k] = clean_counts.get(w, 0)
    late_kb = {w for w in forms if not any(c in NON_RUSSIAN_LOWER for c in w)
               and (clean_counts.get(w, 0) < 2 or 10 * clean_counts.get(w, 0) <= best_clean.get(w, 0))
               and best.get(w, 0) >= 20 and best.get(w, 0) >= 10 * (counts.get(w, 0) + 1)}
    log(f"late keyboard spellings dropped: {len(late_kb)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        log(sorted(late_kb))
    forms -= late_kb
    for w in late_kb:
        counts.pop(w, None)


def find_names(forms, clean_case, tess_title, tess_lowercase_seen, hun_forms):
    """Forms attested capitalised and not (or rarely) lowercase."""
    names = set()
    for w in forms:
        cap = clean_case.get((w, True), 0)
        low = clean_case.get((w, False), 0)
        if cap or low:
            if cap > low:
                names.add(w)
        elif w in tess_title and w not in tess_lowercase_seen and w not in hun_forms:
            names.add(w)
    log(f"names: {len(names)}")
    return names


def drop_misspellings(forms, trusted, counts, stems, analyzer=None) -> set:
    """Misspellings: one edit from a far better attested form, never in trusted text, and not a regular
    inflection of a known stem (қазастан, мемлекетік)."""
    analyzer = analyzer or make_analyzer(stems)
    if analyzer is None:
        return set()
    frequent = {w for w, n in counts.items() if n >= 20 and len(w) >= 5 and w in trusted}
    index = collections.defaultdict(set)
    for v in frequent:
        index[v].add(v)
        for k in deletes1(v):
            index[k].add(v)
    out = set()
    for w in forms:
        if w in trusted or w in counts or len(w) < 6 or "-" in w:
            continue
        near = set(index.get(w, ()))
        for k in deletes1(w):
            near |= index.get(k, set())
        near.discard(w)
        if near and not analyzer.accepts(w):
            out.add(w)
    return out


def remove_misspellings(forms, trusted, clean_counts, stems, analyzer):
    """Remove the misspellings from ``forms`` (in place)."""
    dropped_typo = drop_misspellings(forms, trusted, clean_counts, stems, analyzer)
    log(f"misspellings dropped: {len(dropped_typo)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        import random
        log(random.Random(1).sample(sorted(dropped_typo), min(100, len(dropped_typo))))
    forms -= dropped_typo
