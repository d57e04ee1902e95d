"""Hyphenated compounds: the hand-written ``compounds.txt`` and the web list's one-hyphen forms, and among
them the ``spaced`` ones, which the clean corpora write with a space far more often than hyphenated."""
from __future__ import annotations

import collections
import os

from kaznorm.kazakh.closed_classes import HYPHEN_CLITICS

from .common import HERE, log, read_list

# A hyphenated form from the word list (кез-келген, алдын-ала) is shipped as "spaced" when the
# clean corpora write its two parts with a space at least SPACED_MIN times and at least SPACED_RATIO times
# as often as with the hyphen (its last part inflected or not).  One sentence is not enough evidence.
# Hand-written compounds need more: SPACED_MIN_WRITTEN.
SPACED_MIN = 2
SPACED_MIN_WRITTEN = 5
SPACED_RATIO = 2
SPACED_MAX_ENDING = 6  # letters of inflection allowed after the compound's last part


def spaced_compounds(compounds, written, pair_counts, token_counts) -> set[str]:
    """The compounds whose parts the clean corpora write apart far more often than hyphenated."""
    by_first = collections.defaultdict(list)  # first part -> [(second word, count written apart)]
    for (a, b), n in pair_counts.items():
        by_first[a].append((b, n))
    hyph_by_first = collections.defaultdict(list)  # first part -> [(second part, count hyphenated)]
    for w, n in token_counts.items():
        if w.count("-") == 1:
            a, b = w.split("-")
            hyph_by_first[a].append((b, n))

    def total(rows, y):
        # the last part in any inflection: its first four letters (all of a shorter one) and a length
        # within SPACED_MAX_ENDING letters (кез-кел, кез-келгенінің: кез келген)
        head = y[:4]
        return sum(n for b, n in rows if b.startswith(head) and abs(len(b) - len(y)) <= SPACED_MAX_ENDING)

    out = set()
    for c in compounds:
        if c.count("-") != 1:
            continue
        x, y = c.split("-")
        if len(x) < 2 or len(y) < 2 or y in HYPHEN_CLITICS:
            continue  # a clitic keeps its hyphen (көп-ақ, бар-ау) whatever the corpora do
        apart = total(by_first.get(x, ()), y)
        hyph = total(hyph_by_first.get(x, ()), y)
        need = SPACED_MIN_WRITTEN if c in written else SPACED_MIN
        if apart >= need and apart >= SPACED_RATIO * max(hyph, 1):
            out.add(c)
    return out


def compound_lists(forms, pair_counts, clean_counts):
    """(compounds, spaced compounds)."""
    written = set(read_list(HERE / "compounds.txt"))
    compounds = written | {w for w in forms if "-" in w and w.count("-") == 1}
    spaced = spaced_compounds(compounds, written, pair_counts, clean_counts)
    log(f"compounds the clean corpora write with a space: {len(spaced)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        log(sorted(spaced)[:200])
    return compounds, spaced
