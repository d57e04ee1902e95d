"""Count the words of the sentence corpora the build learns from: the ``sentences.txt`` half of each
corpus, and nothing else in its folder (the other half is kept for measuring).

The clean corpora (KazNERD, the apertium segmentation corpus, edited_extra) give word counts, adjacent pairs,
capitalisation and separate-particle counts; the user-written KazSAnDRA reviews give counts only (the
build adds them to forms it already trusts).  ``apertium_tagged`` is never read.
"""
from __future__ import annotations

import collections
from pathlib import Path
from typing import NamedTuple

from kaznorm.kazakh.closed_classes import PARTICLES

from .common import log
from .letters import LOOKALIKE_IN_TEXT, TOKEN_RE

SENTENCES = "sentences.txt"  # the half of a corpus the build may read
CLEAN_CORPORA = ("kaznerd_valid", "apertium_segcorpus", "edited_extra")
USER_CORPUS = "kazsandra_dev"
SEPARATE_PARTICLES = frozenset(PARTICLES[:4])  # да де та те


class CleanCounts(NamedTuple):
    """What the clean corpora give the build."""
    counts: collections.Counter  # lower-case word counts
    bigrams: set  # adjacent lower-case word pairs, glued-pair evidence
    pair_counts: collections.Counter  # adjacent lower-case word pairs, counted: space-or-hyphen evidence
    case: collections.Counter  # (lower form, capitalised?) counts, non-initial tokens only
    separate: collections.Counter  # words followed by a separately written да/де/та/те


def count_clean_corpora(corpora: Path) -> CleanCounts:
    """Counts of the ``sentences.txt`` halves of the clean corpora under ``corpora``."""
    clean_counts = collections.Counter()
    bigrams = set()  # adjacent lower-case word pairs, glued-pair evidence
    pair_counts = collections.Counter()  # adjacent lower-case word pairs, counted: space-or-hyphen evidence
    clean_case = collections.Counter()  # (lower form, capitalised?) counts, non-initial tokens only
    separate = collections.Counter()  # words followed by a separately written да/де/та/те
    for name in CLEAN_CORPORA:
        p = corpora / name / SENTENCES
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                text = line.translate(LOOKALIKE_IN_TEXT)
                spans = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
                toks = [text[a:b] for a, b in spans]
                low = [t.lower() for t in toks]
                bigrams.update(zip(low, low[1:]))
                # only words with nothing but white space between them are "written apart"
                # (not "мінез - құлық", a tokenised hyphen, nor "алдын, ала")
                pair_counts.update((low[k], low[k + 1]) for k in range(len(low) - 1)
                                   if text[spans[k][1]:spans[k + 1][0]].isspace())
                separate.update(a for a, b in zip(low, low[1:]) if b in SEPARATE_PARTICLES)
                for i, t in enumerate(toks):
                    lw = t.lower()
                    clean_counts[lw] += 1
                    if i > 0 and t[:1].isupper() and not t.isupper():
                        clean_case[(lw, True)] += 1
                    elif t == lw:
                        clean_case[(lw, False)] += 1
    log(f"clean corpora: {sum(clean_counts.values())} tokens, {len(clean_counts)} types")
    return CleanCounts(clean_counts, bigrams, pair_counts, clean_case, separate)


def count_user_corpus(corpora: Path) -> collections.Counter:
    """Lower-case word counts of the ``sentences.txt`` half of KazSAnDRA."""
    sandra = count_corpus(corpora / USER_CORPUS / SENTENCES)
    sandra_lower = collections.Counter()
    for w, n in sandra.items():
        sandra_lower[w.lower()] += n
    return sandra_lower


def count_corpus(path: Path) -> collections.Counter:
    c = collections.Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            for w in TOKEN_RE.findall(line.translate(LOOKALIKE_IN_TEXT)):
                c[w] += 1
    return c
