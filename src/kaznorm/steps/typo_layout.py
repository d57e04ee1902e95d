"""The ``typo`` step's "Russian layout + one slip" path: a word typed on a Russian layout with one more slip.

A word typed without Kazakh letters (сиакты, колдынып) that also drops, adds, swaps or mistypes one letter is
two edits from the word meant (сияқты, қолданып), so neither the keyboard step (which only puts Kazakh letters
back) nor the one-slip typo path finds it.  In the keyboard error model's terms it is simple: its *skeleton*
(:data:`kaznorm.kazakh.errors.KEYBOARD_KEY`: the word as any Russian-layout typing of it reads) is one edit
from the skeleton of the word meant.

:func:`layout_slip` looks the typed word's skeleton up within one edit among the skeletons of the counted forms
(an index built once per lexicon) and accepts only a clear winner, scored as the one-slip path scores its
candidates (its count times ``edit_weight`` of the edit between the skeletons): counted ``layout_min_count``
times or more and ``layout_ratio`` times any rival's score; the edit keeps the skeleton's first and last letter
(a changed ending is grammar, not a slip); the winner is not a name and keeps every Kazakh letter the writer
typed (құаты is not күшті).  Left alone: a word the Russian layout alone explains (its skeleton is a counted
form's, or it has a restoration the lexicon knows: кашасы, қашасы; that is the keyboard step's reading, which
it declined), and a word one edit from a counted form as typed (the one-slip path's, which declined it).
The typed word must be lower case, unknown to the lexicon, not Russian or English:
:func:`kaznorm.steps.typo_model.typo_token` asks this path last, and lowers the confidence of a short word
that looks real as it does its own.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Dict, List, Tuple, Union

from ..kazakh.alphabet import NON_RUSSIAN_LOWER
from ..kazakh.errors import keyboard_key, keyboard_keys
from ..lexicon.queries import ask, derived_index
from .typo_model import edit_kind

__all__ = ["layout_slip", "skeleton_index", "skeleton_forms", "skeleton_edits"]

NOTHING = (None, "", 0.0)


def skeleton_index(lex) -> Tuple[Dict[str, Union[str, Tuple[str, ...]]], str]:
    """The counted forms by skeleton (``skeleton -> form``, or a tuple of forms for the few skeletons several
    share: :func:`skeleton_forms` reads either) and the letters skeletons use; built once per lexicon
    (``Lexicon.derived``)."""

    def build(lx):
        words = [w for w, n in getattr(lx, "counts", {}).items() if n > 0 and w.isalpha() and w.islower()]
        out: Dict[str, Union[str, Tuple[str, ...]]] = {}
        get = out.get
        # (most skeletons are one form's: the form itself, a tuple for the few others; the keys all at once)
        for w, k in zip(words, keyboard_keys(words)):
            if k == w:
                k = w  # (a form without Kazakh letters is its own skeleton: one string, not two)
            got = get(k)
            out[k] = w if got is None else (got, w) if got.__class__ is str else got + (w,)
        return out, "".join(sorted(set("".join(out))))

    return derived_index(lex, "typo.layout_skeletons", build)


def skeleton_forms(index, k: str) -> Tuple[str, ...]:
    """The counted forms under the skeleton ``k`` in :func:`skeleton_index`'s ``index`` (none: ``()``)."""
    got = index.get(k, ())
    return (got,) if got.__class__ is str else got


def skeleton_edits(k: str, letters: str) -> set:
    """The strings one edit (a letter dropped, added, changed, or two neighbours swapped) from the skeleton
    ``k`` that keep its first and last letter."""
    n = len(k)
    out = set()
    for i in range(1, n - 1):
        out.add(k[:i] + k[i + 1:])  # a letter added by the typist: drop it
        for c in letters:
            if c != k[i]:
                out.add(k[:i] + c + k[i + 1:])  # a letter mistyped
    for i in range(1, n - 2):
        if k[i] != k[i + 1]:
            out.add(k[:i] + k[i + 1] + k[i] + k[i + 2:])  # two letters swapped
    for i in range(1, n):
        for c in letters:
            out.add(k[:i] + c + k[i:])  # a letter dropped by the typist: put it back
    out.discard(k)
    return out


def _sorted_skeletons(lex) -> List[str]:
    """The skeletons of :func:`skeleton_index`, sorted (for :func:`_indexed_edits`; built once per lexicon)."""
    return derived_index(lex, "typo.layout_skeletons_sorted", lambda lx: sorted(skeleton_index(lx)[0]))


def _next_letters(keys: List[str], p: str) -> List[str]:
    """The letters that follow ``p`` in the sorted ``keys`` that start with it (one bisection each)."""
    out, n = [], len(p)
    i = bisect_left(keys, p)
    while i < len(keys) and keys[i].startswith(p):
        if len(keys[i]) == n:
            i += 1
            continue
        c = keys[i][n]
        out.append(c)
        if ord(c) >= 0x10FFFF:
            break
        i = bisect_left(keys, p + chr(ord(c) + 1), i)  # (past the keys starting with p + c)
    return out


def _indexed_edits(k: str, index, keys: List[str]) -> set:
    """``{e for e in skeleton_edits(k, letters) if e in index}`` (``letters``: those of the index's skeletons, sorted
    in ``keys``), without making the strings no skeleton starts as (speed only: a skeleton with a letter changed or
    put back at ``i`` starts with ``k[:i]`` and that letter)."""
    n = len(k)
    out = set()
    for i in range(1, n - 1):
        out.add(k[:i] + k[i + 1:])
    for i in range(1, n - 2):
        if k[i] != k[i + 1]:
            out.add(k[:i] + k[i + 1] + k[i] + k[i + 2:])
    for i in range(1, n):
        for c in _next_letters(keys, k[:i]):
            if i < n - 1 and c != k[i]:
                out.add(k[:i] + c + k[i + 1:])
            out.add(k[:i] + c + k[i:])
    out.discard(k)
    return {e for e in out if e in index}


def _within_one(a: str, b: str) -> bool:
    """``a`` and ``b`` are at most one edit apart (a letter dropped, added, changed, or two neighbours swapped)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i + 1] + b[i:i + 1])
    if la > lb:
        return a[i + 1:] == b[i:]
    return a[i:] == b[i + 1:]


def layout_slip(lw: str, lex, cfg) -> Tuple:
    """(replacement or None, note, confidence) for the lower-case ``lw``, unknown to the lexicon: the counted
    word whose skeleton is one edit from ``lw``'s, when one clearly wins (the module's rules; ``cfg``: the
    typo step's :class:`~kaznorm.steps.typo_model.Config`)."""
    from .keyboard_model import keyboard_candidates

    if not cfg.layout_slip or len(lw) < cfg.layout_min_len or not lw.isalpha():
        return NOTHING
    index, _letters = skeleton_index(lex)
    k = keyboard_key(lw)
    if k in index:
        return NOTHING  # the Russian layout alone explains it (the keyboard step's reading, which it declined)
    weight = dict(cfg.edit_weight)
    found = []  # (form, count, kind of the edit between the skeletons, score, two edits or more from lw)
    for e in _indexed_edits(k, index, _sorted_skeletons(lex)):
        for t in skeleton_forms(index, e):
            n = int(lex.counts[t])
            kind = edit_kind(k, e)
            if kind == "neighbour":  # (on skeletons, where a key stands for several letters, no likelier slip)
                kind = "substitution"
            found.append((t, n, kind, n * weight.get(kind, 0.01), not _within_one(lw, t)))
    if not found:
        return NOTHING
    found.sort(key=lambda x: (-x[3], x[0]))
    best, nb, kind, sb, _layout = found[0]
    s2 = found[1][3] if len(found) > 1 else 0.0
    if not all(f[4] for f in found):
        return NOTHING  # a counted form one slip from the word as typed: the one-slip path's, which declined it
    if kind not in cfg.layout_kinds or nb < cfg.layout_min_count or sb < cfg.layout_ratio * s2 \
            or ask(lex, "capitalised", best) or not _keeps_kazakh_letters(lw, best):
        return NOTHING
    if keyboard_candidates(lw, lex):  # (asked last: the search costs more than all the rest)
        return NOTHING  # the Russian layout alone explains it (the keyboard step's reading, which it declined)
    cands = " ".join(f"{t}({n}, {kd})" for t, n, kd, _s, _l in found[:4])
    note = (f"typo: candidates {cands}; {k} one edit from {keyboard_key(best)}: typed on a Russian "
            f"layout with one slip")
    return best, note, cfg.layout_confidence


def _keeps_kazakh_letters(typed: str, cand: str) -> bool:
    """Every Kazakh letter the writer typed is in ``cand`` (as often): a word typed with Kazakh letters was not
    typed on a Russian layout there (құаты is not күшті)."""
    return all(typed.count(c) <= cand.count(c) for c in set(typed) & NON_RUSSIAN_LOWER)
