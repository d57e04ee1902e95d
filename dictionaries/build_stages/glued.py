"""Glued pairs (cleaning rule 4): web-list forms that are two words written together.  Candidates split
into two words seen next to each other in the clean corpora, or into two frequent words whose second part
is not suffix-like; they go unless the morphology reads them as one word or they inflect like a one-word
compound.  The dropped ones are shipped as ``doubtful``."""
from __future__ import annotations

import collections
import os

from kaznorm.kazakh.closed_classes import WITH

from .common import log

GLUE_PARADIGM_MIN = 4
_PARADIGM_CHAINS = (("PL",), ("GEN",), ("ACC",), ("DAT",), ("LOC",), ("ABL",), ("PX3",), ("PL", "GEN"),
                    ("PL", "DAT"), ("PX3", "GEN_N"), ("PX3", "DAT_N"))


def paradigm_evidence(w: str, attested) -> int:
    """How many of a noun's regular inflections of ``w`` are attested."""
    try:
        from kaznorm.kazakh.surfaces import generate
    except Exception:  # pragma: no cover
        return 0
    return sum(1 for chain in _PARADIGM_CHAINS if any(f in attested for f in generate(w, chain)))


def glued_candidates(forms, trusted, tess_lower, tess_title, tess_lowercase_seen, clean_counts, bigrams):
    """Forms of the web list that split into two words (dropped later unless the morphology reads them)."""
    # --- drop glued pairs: two frequent words written together.  The second part must be a word,
    # not a suffix-like string (-дай, -нан, -ына are endings of thousands of listed forms).
    productivity = collections.Counter()
    for w in tess_lower:
        for i in range(2, len(w) - 1):
            if w[:i] in tess_lower:
                productivity[w[i:]] += 1
    freq_words = {w for w, n in clean_counts.items() if n >= 3 and len(w) >= 3 and "-" not in w}
    right_words = {w for w in freq_words if productivity[w] < 150}
    dropped_glue = set()
    for w in forms:
        if w in trusted or "-" in w or len(w) < 6:
            continue
        if w in tess_title and w not in tess_lowercase_seen:
            continue  # a name built from words (Нұржан, Ақтөбе)
        for i in range(3, len(w) - 2):
            a, b = w[:i], w[i:]
            if b in WITH:
                continue
            if (a, b) in bigrams or (a in freq_words and b in right_words):
                dropped_glue.add(w)
                break
    log(f"glued-pair candidates: {len(dropped_glue)} (dropped below unless the morphology reads them)")
    return dropped_glue


def keep_readable_glued(dropped_glue, tess_lower, analyzer):
    """The candidates that really go: not read by the morphology, and not inflected like a compound."""
    # --- glued pairs go unless the morphology reads them as one word anyway (сыналатын, қаптаудың): dropping
    # those would only lose their frequency, not change known()
    if analyzer is not None:
        dropped_glue = {w for w in dropped_glue if not analyzer.accepts(w)}
        # a one-word compound inflects like any noun (теміржол: теміржолға, теміржолдың, теміржолы ...);
        # two words written together rarely show up in several case forms
        kept = {w for w in dropped_glue if paradigm_evidence(w, tess_lower) >= GLUE_PARADIGM_MIN}
        log(f"glued-pair candidates kept for their inflected forms: {len(kept)}")
        if os.environ.get("KAZNORM_BUILD_DEBUG"):
            log(sorted(kept)[:200])
        dropped_glue -= kept
    log(f"glued pairs dropped: {len(dropped_glue)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        import random
        log(random.Random(2).sample(sorted(dropped_glue), min(120, len(dropped_glue))))
    return dropped_glue


def drop_glued(forms, counts, names, dropped_glue):
    """Remove the glued pairs from ``forms``, ``counts`` and ``names`` (in place); returns the doubtful list."""
    forms -= dropped_glue
    doubtful = set(dropped_glue)  # shipped: the segment step leaves these alone (real compounds among them)
    for w in dropped_glue:
        counts.pop(w, None)
        names.discard(w)
    return doubtful
