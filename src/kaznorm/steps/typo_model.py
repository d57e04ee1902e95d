"""The ``typo`` step's model: what kind of slip a one-edit difference is, and which correction wins.

Candidates come from the typo index (symspellpy, :mod:`kaznorm.typo_index`); each is scored by its corpus
evidence times how likely its edit is as a slip (``EDIT_WEIGHT``), and one must clearly win.
:func:`typo_token` is the whole per-word decision; :func:`edit_kind` is also used by the keyboard model.
"""
from __future__ import annotations

from typing import Optional, Tuple

from ..kazakh.errors import SIMILAR
from .lexicon_queries import ask, corpus_count, deletions, frequency_score, frequent_keys
from .spelling_caches import TYPO_CACHE
from .spelling_settings import AGGRESSIVE, DEFAULT, EDIT_WEIGHT
from .word_tokens import apply_case, case_class

__all__ = ["edit_kind", "typo_decide", "typo_verdict", "typo_token"]

_DEGRADE = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"})


def _keyboard_pair(typed: str, cand: str) -> bool:
    """``cand`` differs from ``typed`` only by Kazakh letters that ``typed`` has in their Russian-layout form."""
    return len(typed) == len(cand) and typed.translate(_DEGRADE) == cand.translate(_DEGRADE) and typed != cand


def edit_kind(a: str, b: str) -> str:
    """Describe a one-edit difference between a (typed) and b (candidate)."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            i = diff[0]
            return "similar" if (a[i], b[i]) in SIMILAR else "substitution"
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return "transposition"
        return "other"
    if len(a) + 1 == len(b):
        at_end = a == b[:-1]
        return "insert-end" if at_end else "missing letter"
    if len(a) == len(b) + 1:
        at_end = b == a[:-1]
        return "delete-end" if at_end else "extra letter"
    return "other"


def typo_decide(lw: str, lex, s: dict, *, name_only: bool, suspicious: bool = False,
                own: float = 0.0, similar_only: bool = False) -> Tuple[Optional[str], str]:
    if s is DEFAULT or s is AGGRESSIVE:
        cache = TYPO_CACHE.get(lex)
        key = (lw, s is AGGRESSIVE, name_only, suspicious, own, similar_only)
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = _typo_decide_uncached(lw, lex, s, name_only=name_only, suspicious=suspicious,
                                                     own=own, similar_only=similar_only)
        return hit
    return _typo_decide_uncached(lw, lex, s, name_only=name_only, suspicious=suspicious, own=own,
                                 similar_only=similar_only)


def _typo_decide_uncached(lw: str, lex, s: dict, *, name_only: bool, suspicious: bool = False,
                          own: float = 0.0, similar_only: bool = False) -> Tuple[Optional[str], str]:
    from ..lexicon.typo_index import index_for

    idx = index_for(lex)
    maxd = 2 if len(lw) >= s["typo_long"] else 1
    if suspicious and maxd in (1, 2):
        # speed only: the winner must be within maxd edits and counted >= typo_suspicious_min times
        near = frequent_keys(lex, f"deletes{maxd}", s["typo_suspicious_min"])
        if near is not None and near.isdisjoint(deletions(lw, maxd)):
            return None, ""
    try:
        hits = idx.lookup(lw, maxd)
    except Exception:
        return None, ""
    cands = []
    for term, dist, _w in hits:
        if term == lw or dist == 0:
            continue
        if name_only and (not ask(lex, "capitalised", term) or corpus_count(lex, term) < 1
                          or _keyboard_pair(lw, term)):
            # names: only a counted name, and never a Kazakh-letter restoration (Жаксыбеков is how the
            # name is written in Russian documents)
            continue
        if not name_only and ask(lex, "capitalised", term):
            continue  # a lowercase word is not "corrected" into a name
        cands.append((term, dist, corpus_count(lex, term)))
    if not cands:
        return None, ""
    dmin = min(d for _, d, _ in cands)
    # noisy channel: the corpus evidence for a candidate times how likely its edit is as a slip
    near = []
    for t, d, n in cands:
        if d != dmin:
            continue
        kind = edit_kind(lw, t) if d == 1 else "two edits"
        if not name_only and lw[-1] != t[-1] and kind != "similar":
            kind = "ending"  # the ending carries the grammar: only a similar-letter slip may change it
        near.append((t, d, n, kind, frequency_score(lex, t, n) * EDIT_WEIGHT.get(kind, 0.01)))
    near.sort(key=lambda x: (-x[4], x[0]))
    best, d, nb, kind, sb = near[0]
    s2 = near[1][4] if len(near) > 1 else 0.0
    note = "typo: candidates " + " ".join(f"{t}({int(n)}, {k})" for t, _, n, k, _ in near[:5])
    if suspicious:
        if (nb >= s["typo_suspicious_min"] and sb >= 20 * s2 and own <= 0
                and kind in ("similar", "missing letter", "extra letter", "transposition")):
            return best, f"{note}; {lw}({int(own)}) attested but never counted"
        return None, ""
    if kind not in s["typo_kinds"] or (similar_only and kind != "similar"):
        return None, ""
    if name_only and (kind in ("substitution", "two edits") or len(lw) < 6):
        return None, ""  # a name is only corrected by one plain slip, and never a short one
    if len(near) == 1:
        need = 0 if kind == "similar" else 1 if kind in ("substitution", "two edits") else s["typo_unique_min_count"]
        if nb < need or (nb <= 0 and len(lw) < 8):
            return None, ""  # a never-counted form is evidence only for long words
        return best, f"{note}; only candidate at distance {d}"
    if nb >= s["typo_min_count"] and sb >= s["typo_ratio"] * s2:
        return best, f"{note}; weighted ratio {sb / s2:.0f}"
    return None, ""


def typo_verdict(w: str, initial: bool, lex, s: dict) -> Optional[Tuple[str, str]]:
    return typo_token(w, w.lower(), initial, lex, s)


def typo_token(w: str, lw: str, initial: bool, lex, s: dict) -> Optional[Tuple[str, str]]:
    """(replacement, note) or None for the word ``w`` (``lw`` lowercased) where its position allows a typo fix."""
    cls = case_class(w)
    if cls in ("mixed", "upper"):
        return None
    if ask(lex, "is_protected", w):
        return None
    known = lex.known(lw)
    if known:
        if not s["typo_suspicious"] or corpus_count(lex, lw) > 0:
            return None
    elif ask(lex, "is_russian", lw) or ask(lex, "is_english", lw):
        return None
    name_only = cls == "title" and not initial
    # a capitalised first word may be a name too: only a similar-letter slip corrects it (default)
    rep, note = typo_decide(lw, lex, s, name_only=name_only, suspicious=known, own=corpus_count(lex, lw),
                            similar_only=cls == "title" and initial)
    if rep is None and cls == "title" and initial:
        rep, note = typo_decide(lw, lex, s, name_only=True, suspicious=known, own=corpus_count(lex, lw))
    if rep is None:
        return None
    return apply_case(w, rep), note
