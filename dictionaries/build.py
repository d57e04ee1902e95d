#!/usr/bin/env python3
"""Regenerate kaznorm's shipped dictionaries (dictionaries/data/*) from their sources.

Usage (from the repository root)::

    apt-get install -y tesseract-ocr tesseract-ocr-kaz hunspell-kk   # Debian/Ubuntu sources
    pip install wordfreq
    python dictionaries/build.py [--corpora ../shared/corpora] [--out dictionaries/data]

Sources (see dictionaries/README.md for licences):

* Debian ``tesseract-ocr-kaz``: the LSTM word DAWG, unpacked with ``combine_tessdata -u`` and
  listed with ``dawg2wordlist`` (both from ``tesseract-ocr``).  A noisy web word list: cleaned here.
* Debian ``hunspell-kk``: ``kk_KZ.dic``/``kk_KZ.aff``.  Stems with affix classes give the stem list for
  the morphology (nominal / verb) and, expanded, a set of *trusted* forms used while cleaning.
* Sentence corpora ``<corpora>/{kaznerd_valid,apertium_segcorpus,edited_extra,kazsandra_dev}/sentences.txt``
  for word counts (kazsandra is user-written: only forms already trusted are counted there).  The
  other halves and ``apertium_tagged`` are never read: the evaluation measures on them.
* wordfreq ``ru``/``en``: common Russian and English words that are not Kazakh forms.
* Hand-written lists next to this script: compounds.txt, particles.txt, abbreviations.txt.

Only word forms and counts are written, never sentences.

This file is the entry point: it reads the command line and runs the stages of ``build_stages/`` in
order (sources, corpus counts, web-list cleaning, stems, glued pairs, misspellings, compounds, inflection
bases, foreign words, writing, then the typo index's tables from the written files: ``--typo-tables-only``
runs that last stage alone on an already built ``--out``).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(HERE) not in sys.path:  # build_stages/ sits next to this file (also when not run as a script)
    sys.path.insert(0, str(HERE))

from build_stages.analyzer import make_analyzer  # noqa: E402
from build_stages.bases import drop_keyboard_stems, inflection_bases, near_kazakh_test  # noqa: E402
from build_stages.bases import keyboard_stems  # noqa: E402,F401  (tests/test_lexicon.py calls build.keyboard_stems)
from build_stages.compounds import compound_lists  # noqa: E402
from build_stages.corpus_counts import count_clean_corpora, count_user_corpus  # noqa: E402
from build_stages.foreign import common_foreign, known_russian, russian_evidence  # noqa: E402
from build_stages.forms import (add_corpus_forms, common_russian, corpus_word_forms, count_forms,  # noqa: E402
                                drop_late_keyboard_spellings, find_names, hyphen_fragments, keyboard_spellings,
                                normalise_web_list, remove_misspellings)
from build_stages.glued import drop_glued, glued_candidates, keep_readable_glued  # noqa: E402
from build_stages.sources import hunspell_forms, hunspell_source, web_list  # noqa: E402
from build_stages.stems import add_loan_stems, build_stems  # noqa: E402
from build_stages.typo_tables import write_typo_tables  # noqa: E402
from build_stages.write import write_all  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", default=str(REPO.parent / "shared" / "corpora"),
                    help="directory holding kaznerd_valid/, apertium_segcorpus/, edited_extra/, kazsandra_dev/ (default ../shared/corpora)")
    ap.add_argument("--out", default=str(HERE / "data"), help="output directory (default dictionaries/data)")
    ap.add_argument("--tessdata", default=None, help="path of kaz.traineddata (default: the Debian one)")
    ap.add_argument("--tess-list", default=None, help="use an already extracted tesseract word list instead")
    ap.add_argument("--hunspell", default="/usr/share/hunspell/kk_KZ", help="hunspell dictionary prefix")
    ap.add_argument("--typo-tables-only", action="store_true",
                    help="only the last stage: the typo index's tables, from the data files already in --out")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.typo_tables_only:
        write_typo_tables(out)
        return
    corpora = Path(args.corpora)

    # --- sources
    raw = web_list(args.tess_list, args.tessdata)
    entries, rules = hunspell_source(args.hunspell)
    clean = count_clean_corpora(corpora)
    sandra_lower = count_user_corpus(corpora)

    # --- the web list, cleaned (dictionaries/README.md, "How the web list is cleaned")
    tess_lower, tess_title, tess_lowercase_seen = normalise_web_list(raw)
    corpus_forms = corpus_word_forms(clean.counts)
    entries, junk_entries, hun_forms = hunspell_forms(entries, rules, tess_lower, corpus_forms)
    trusted = hun_forms | corpus_forms
    kaz_keys, dropped_kb = keyboard_spellings(tess_lower, trusted, corpus_forms, tess_lowercase_seen)
    forms = (tess_lower - dropped_kb)
    dropped_glue = glued_candidates(forms, trusted, tess_lower, tess_title, tess_lowercase_seen, clean.counts,
                                    clean.bigrams)
    forms -= hyphen_fragments(forms, trusted)
    forms -= common_russian(forms, trusted)
    forms = add_corpus_forms(forms, corpus_forms)
    counts = count_forms(forms, clean.counts, sandra_lower, trusted, tess_lower)
    drop_late_keyboard_spellings(forms, counts, clean.counts)
    names = find_names(forms, clean.case, tess_title, tess_lowercase_seen, hun_forms)

    # --- stems for the morphology
    stems = build_stems(entries, forms, hun_forms, kaz_keys, corpus_forms, junk_entries, clean.counts)
    add_loan_stems(stems, forms, dropped_kb)

    # --- with the final stems: glued pairs, misspellings, compounds
    analyzer = make_analyzer(stems)
    dropped_glue = keep_readable_glued(dropped_glue, tess_lower, analyzer)
    doubtful = drop_glued(forms, counts, names, dropped_glue)
    remove_misspellings(forms, trusted, clean.counts, stems, analyzer)
    compounds, spaced = compound_lists(forms, clean.pair_counts, clean.counts)

    # --- inflection bases and foreign words
    near_kazakh = near_kazakh_test(counts, stems)
    bases = inflection_bases(forms, stems, counts, names, analyzer, near_kazakh)
    ru, en = common_foreign(forms | hun_forms)
    ru_known = known_russian(forms | hun_forms, counts, near_kazakh)
    drop_keyboard_stems(forms | hun_forms, bases, ru_known)

    write_all(out, forms=forms, counts=counts, names=names, separate=clean.separate, pair_counts=clean.pair_counts,
              doubtful=doubtful, stems=stems, bases=bases, ru_known=ru_known, compounds=compounds, spaced=spaced,
              ru=ru, en=en, ru_evidence=russian_evidence(clean.counts),
              user_only={w for w in counts if not clean.counts.get(w)})
    write_typo_tables(out)  # from the files just written


if __name__ == "__main__":
    main()
