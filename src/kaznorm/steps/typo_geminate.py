"""The ``typo`` step's path for a doubled consonant written once where a stem meets its ending (уақытан: уақыттан).

A stem ending in т takes the plural -тар/-тер, the locative -та/-те, the ablative -тан/-тен, -тық/-тік and
-тағы/-тегі; one ending in н takes the ablative -нан/-нен: the two like letters meet (сурет-тер, магазин-нен),
and writers often type one (суретер, магазинен).  Symspell's one-edit search finds the word meant only when the
word lists hold that form; this path builds it from the stem.
:func:`~kaznorm.steps.typo_model.typo_token` asks :func:`geminate_slip` for a lower-case word the corpora never
count, not Russian or English; a candidate stands only where the analyser cannot read the word.  The genitive
and the accusative are left out: a stem's own possessive forms read as them (уақыты, уақытың are words).
-тық/-тік makes a new word rather than a form of the stem, so only a derived word the corpora count is put back
(мемлекеттік; not соттық for the loan сотық); a locative must end the word.
"""
from __future__ import annotations

from typing import Optional, Tuple

from ..kazakh.alphabet import VOWEL_LETTERS
from ..kazakh.suffixes import DOUBLING_ENDINGS, LOC_ENDINGS, LYQ_ENDINGS
from ..lexicon.queries import ask, corpus_count

__all__ = ["geminate_slip"]

NOTHING = (None, "", 0.0)
# the endings as one tuple for str.startswith: what the doubled consonant must begin (speed only)
_STARTS = tuple(DOUBLING_ENDINGS)


def geminate_slip(lw: str, lex, cfg) -> Tuple[Optional[str], str, float]:
    """(replacement or None, note, confidence) for the lower-case ``lw``: ``lw`` with one consonant doubled where a
    stem the corpora count ``cfg.composite_min_count`` times meets an ending of ``DOUBLING_ENDINGS`` that starts
    with that consonant, when the analyser reads it so and exactly one such place exists (``cfg``: the typo
    step's :class:`~kaznorm.steps.typo_model.Config`)."""
    found = []
    for i in range(cfg.geminate_min_stem, len(lw) - 1):
        c = lw[i - 1]
        if c in VOWEL_LETTERS or lw[i] == c:
            continue
        cand = lw[:i] + c + lw[i:]
        if not cand.startswith(_STARTS, i) or corpus_count(lex, lw[:i]) < cfg.composite_min_count:
            continue  # (no ending of the list there: no lookup, and no prefix kept in the lexicon's fold memo)
        try:
            analyses = lex.analyze(cand)
        except Exception:
            continue
        if any(a.stem == lw[:i] and a.suffixes and a.suffixes[0][0] == c and _doubling(a.suffixes, cand, lex)
               for a in analyses):
            found.append(cand)
    if len(found) != 1 or ask(lex, "regular", lw):  # (a form the analyser reads is a word: asked last, for speed)
        return NOTHING
    best = found[0]
    return best, f"typo: a doubled consonant written once where the stem meets its ending: {best}", \
        cfg.composite_confidence


def _doubling(suffixes: Tuple[str, ...], cand: str, lex) -> bool:
    """The first of ``suffixes`` is an ending of ``DOUBLING_ENDINGS`` in a reading of ``cand`` that may stand: a
    locative ends the word (айт-та-л-а-мын is the analyser's misreading of айта аламын); -лық makes a new word,
    not a form of the stem, so only a word the corpora count (мемлекеттік; not сот-тық for the loan сотық)."""
    first = suffixes[0]
    if first not in DOUBLING_ENDINGS or ((first,) in LOC_ENDINGS and len(suffixes) > 1):
        return False
    return first not in LYQ_ENDINGS or corpus_count(lex, cand) > 0
