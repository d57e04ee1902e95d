"""The ``keyboard`` step's counted evidence (:mod:`kaznorm.steps.keyboard_model` decides with it): which counted
form may be a word's restoration at all (:func:`counted_restoration`, speed only), the likelier of restorations no
corpus counted (:func:`uncounted_winner`), the rare counted forms that are Russian-layout slips of far commoner
ones (:func:`counted_slips`, :func:`slip_test`), and a similar-letter slip that beats a restoration
(:func:`slip_beats`).
"""
from __future__ import annotations

import bisect
from typing import Dict, List, Optional, Tuple

from ..kazakh.alphabet import LOWER_LETTERS, NEVER_INITIAL
from ..kazakh.errors import KEYBOARD_OPTIONS, composite_i_variants, keyboard_key
from ..lexicon.queries import corpus_count, derived_index
from .typo_layout import skeleton_forms, skeleton_index
from .typo_model import edit_kind

__all__ = ["counted_restoration", "uncounted_winner", "counted_slips", "slip_test", "slip_beats"]


def counted_restoration(lw: str, lex, least: float) -> bool:
    """Some form counted ``least`` times or more (more than 0 times for ``least`` 0) may be among
    :func:`~kaznorm.steps.keyboard_model.keyboard_candidates` of the lower-case ``lw``.  For a lexicon
    :func:`~kaznorm.lexicon.queries.frequent_keys` applies to (the counts are its own) this is exact as a test for "none of them is": such a candidate puts an option of
    ``errors.KEYBOARD_OPTIONS`` at each letter of ``lw`` (so it has ``lw``'s skeleton and length, and starts with no
    never-initial letter) and, ``lw`` being lower-case Kazakh letters, so is it, its own fold: a counted form of
    ``typo_layout.skeleton_index`` under that skeleton.  True (search) for any other ``lw``."""
    if not LOWER_LETTERS.issuperset(lw):
        return True
    counts = lex.counts
    n = len(lw)
    for form in skeleton_forms(skeleton_index(lex)[0], keyboard_key(lw)):
        if form == lw or len(form) != n or form[0] in NEVER_INITIAL:
            continue
        c = counts.get(form, 0)
        if (c >= least if least > 0 else c > 0) and \
                all(b == a or b in KEYBOARD_OPTIONS.get(a, ()) for a, b in zip(lw, form)):
            return True
    return False


def uncounted_winner(lex, tied: List[str], cfg) -> Optional[str]:
    """Of restorations no corpus counted (балықтарын, балықтарың), the likelier word: the one whose longest prefix
    starting counted forms is longest (its stem is a word the corpora use: сұра|ғанда, not сүра|ғанда), then
    the one whose last three letters end ``ratio`` times more counted words (the commoner ending: -рын, not
    -рың).  None when neither settles it."""
    forms, cum, ends = derived_index(lex, "keyboard.counted_mass", _counted_mass)

    def stem(c: str) -> Tuple[int, int]:
        for k in range(len(c), 2, -1):
            lo = bisect.bisect_left(forms, c[:k])
            hi = bisect.bisect_left(forms, c[:k] + "\uffff")
            if hi > lo:
                return k, cum[hi] - cum[lo]
        return 0, 0

    ranked = sorted(((stem(c)[0], ends.get(c[-3:], 0), c) for c in tied), reverse=True)
    (k1, e1, c1), (k2, e2, _c2) = ranked[0], ranked[1]
    if k1 > k2 or e1 >= cfg.ratio * max(e2, 1):
        return c1
    return None


def _counted_mass(lex) -> Tuple[List[str], List[int], Dict[str, int]]:
    """The counted forms sorted, their cumulative counts (the corpus mass under a prefix, by bisection) and the
    corpus mass of each three-letter ending."""
    counts = lex.counts
    forms = sorted(w for w, n in counts.items() if n > 0 and w.isalpha())
    cum, ends = [0], {}
    for w in forms:
        cum.append(cum[-1] + counts[w])
        ends[w[-3:]] = ends.get(w[-3:], 0) + counts[w]
    return forms, cum, ends


def counted_slips(lex, cfg) -> frozenset:
    """Counted forms the keyboard step still judges in a line with Kazakh letters: counted at most
    ``counted_slip_max`` times, with a Russian-layout restoration counted ``counted_slip_min`` times or more and
    ``counted_slip_ratio`` times more often (кушті: күшті).  Other counted forms are left alone unasked.
    The step itself asks :func:`slip_test` word by word (the same answers)."""
    key = f"keyboard.counted_slips.{cfg.counted_slip_max}.{cfg.counted_slip_min}.{cfg.counted_slip_ratio}"
    return derived_index(lex, key, lambda lx: frozenset(filter(slip_test(lx, cfg), getattr(lx, "counts", None) or ())))


def slip_test(lex, cfg):
    """``x in counted_slips(lex, cfg)`` as a function of one word (its restorations' counts gathered on the
    first word counted at most ``counted_slip_max`` times)."""
    counts = getattr(lex, "counts", None) or {}
    get, hi, ratio = counts.get, cfg.counted_slip_max, cfg.counted_slip_ratio
    best: List[Dict[str, int]] = []

    def slip(x: str) -> bool:
        n = get(x, 0)
        if not 0 < n <= hi:
            return False
        if not best:  # (kept with the lexicon)
            best.append(derived_index(lex, f"keyboard.slip_restorations.{cfg.counted_slip_min!r}",
                                      lambda lx: _best_restorations(counts, cfg.counted_slip_min)))
        return best[0].get(keyboard_key(x), 0) >= ratio * n

    return slip


def _best_restorations(counts, least) -> Dict[str, int]:
    """Skeleton -> the highest count of a form with Kazakh letters that has it, among those counted ``least``+."""
    best: Dict[str, int] = {}
    for y, n in counts.items():
        if n >= least:
            k = keyboard_key(y)
            if k != y and n > best.get(k, 0):
                best[k] = n
    return best


def slip_beats(lw: str, lex, best: str, nb: float) -> bool:
    """In a line typed with Kazakh letters, a counted word one similar-letter slip from ``lw`` (боліп: болып), or
    ``lw`` with и written for ый/ій (сиып: сыйып), more frequent than the keyboard restoration ``best`` (бөліп,
    сиіп): the word is a typo, left to the typo step."""
    from ..lexicon.typo_index import index_for

    try:
        hits = index_for(lex).lookup(lw, 1)
    except Exception:
        return False
    return any(dist == 1 and term != best and edit_kind(lw, term) == "similar" and corpus_count(lex, term) > nb
               for term, dist, _w in hits) or any(corpus_count(lex, v) > nb for v in composite_i_variants(lw))
