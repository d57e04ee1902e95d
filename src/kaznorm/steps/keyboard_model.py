"""The ``keyboard`` step's model: which Kazakh-letter restorations a word has, and which one wins.

:func:`keyboard_candidates` generates the forms the lexicon knows that a word typed on a Russian layout
could be (letter by letter, pruned by the attested prefixes and, past them, by vowel harmony);
:func:`kb_decide` picks a clear winner on corpus frequency; :func:`kb_token` is the whole per-word decision
for a word in a line that has Kazakh letters (where the line plays no part).
"""
from __future__ import annotations

import bisect
from typing import Dict, List, Optional, Tuple

from .lexicon_queries import SKELETON, ask, corpus_count, frequency_score, frequent_keys
from .spelling_caches import KB_CACHE, PREFIX_CACHE
from .typo_model import edit_kind
from .word_tokens import MAX_WORD, apply_case, case_class

__all__ = ["KEYBOARD_OPTIONS", "BACK_VOWELS", "FRONT_VOWELS", "keyboard_candidates", "kb_decide", "kb_token",
           "has_option"]

# what each Russian-layout letter may stand for
KEYBOARD_OPTIONS: Dict[str, Tuple[str, ...]] = {
    "а": ("а", "ә"),
    "г": ("г", "ғ"),
    "к": ("к", "қ"),
    "н": ("н", "ң"),
    "о": ("о", "ө"),
    "у": ("у", "ұ", "ү"),
    "х": ("х", "һ"),
    "и": ("и", "і"),
    "ы": ("ы", "і"),
}
BACK_VOWELS = frozenset("аоұы")
FRONT_VOWELS = frozenset("әеөүіэ")


# ---------------------------------------------------------------------------- keyboard: candidates

class _Prefixes:
    """Prefix tests against the attested forms (the typo index's first-letter buckets, sorted on demand)."""

    def __init__(self, lex):
        from ..lexicon.typo_index import index_for

        self.index = index_for(lex)

    def has_prefix(self, p: str) -> bool:
        lst = self.index.forms_starting(p[0])
        if not lst:
            return False
        i = bisect.bisect_left(lst, p)
        return i < len(lst) and lst[i].startswith(p)


def _prefixes(lex) -> _Prefixes:
    d = PREFIX_CACHE.get(lex)
    p = d.get("_")
    if p is None:
        p = d["_"] = _Prefixes(lex)
    return p


def _last_vowel_class(p: str) -> Optional[str]:
    for ch in reversed(p):
        if ch in BACK_VOWELS:
            return "back"
        if ch in FRONT_VOWELS:
            return "front"
    return None


def _suffix_options(ch: str, harmony: Optional[str]) -> Tuple[str, ...]:
    """Options for a letter past the attested prefixes (in the suffixes): harmony decides."""
    if ch == "н":
        return ("н", "ң")
    if harmony == "back":
        return {"к": ("қ",), "г": ("ғ",), "у": ("у", "ұ"), "ы": ("ы",), "и": ("и",)}.get(ch, (ch,))
    if harmony == "front":
        return {"к": ("к",), "г": ("г",), "у": ("у", "ү"), "ы": ("і",), "и": ("і", "и")}.get(ch, (ch,))
    return KEYBOARD_OPTIONS.get(ch, (ch,))


def keyboard_candidates(word: str, lex, *, max_nodes: int = 3000, max_out: int = 64) -> List[str]:
    """Known forms that ``word`` (lowercase) could be with Kazakh letters put back, ``word`` itself excluded.

    Depth-first, left to right: while the prefix built so far starts some attested form every option is
    tried; past that point (inside the suffixes of an inflected form) only the options vowel harmony
    allows.  At most ``max_nodes`` prefixes are expanded and ``max_out`` complete forms checked.
    """
    if not word or len(word) > MAX_WORD or not any(c in KEYBOARD_OPTIONS for c in word):
        return []
    pref = _prefixes(lex)
    out: List[str] = []
    budget = [max_nodes]
    n = len(word)

    def rec(i: int, p: str, in_lex: bool) -> None:
        if budget[0] <= 0 or len(out) >= max_out:
            return
        budget[0] -= 1
        if i == n:
            if p != word and lex.known(p):
                out.append(p)
            return
        ch = word[i]
        if in_lex:
            opts = KEYBOARD_OPTIONS.get(ch, (ch,))
        else:
            opts = _suffix_options(ch, _last_vowel_class(p))
        for c in opts:
            if i == 0 and c == "ң":
                continue
            q = p + c
            if in_lex:
                if pref.has_prefix(q):
                    rec(i + 1, q, True)
                elif i >= 2 and c == ch or (i >= 2 and c != ch and _harmonic(q)):
                    # leave the attested prefixes: the rest must be a regular suffix chain
                    rec(i + 1, q, False)
            else:
                rec(i + 1, q, False)

    rec(0, "", True)
    return sorted(set(out))


def _harmonic(q: str) -> bool:
    """A restored letter past the attested prefixes must agree with the preceding vowels."""
    c = q[-1]
    cls = _last_vowel_class(q[:-1])
    if cls is None:
        return True
    if c in "ғқұ":
        return cls == "back"
    if c in "әөүі":
        return cls == "front"
    return True


# ---------------------------------------------------------------------------- keyboard: decisions

def _restored(typed: str, cand: str) -> int:
    return sum(1 for a, b in zip(typed, cand) if a != b)


def kb_decide(lw: str, lex, s: dict, *, name_only: bool = False, suspicious: bool = False,
              own: float = 0.0, degraded: bool = True, min_count: Optional[float] = None) -> Tuple[Optional[str], str]:
    """(replacement or None, note) for lowercase ``lw``.

    ``suspicious``: ``lw`` is itself a known (or Russian-looking) word with corpus count ``own``; only a
    far more frequent restoration replaces it.  ``degraded``: the line has no Kazakh letter at all.
    """
    if suspicious:
        # speed only: every candidate has lw's skeleton, and the winner needs a count >= min_count
        skel = frequent_keys(lex, "skeleton", s["kb_suspicious_min"] if min_count is None else min_count)
        if skel is not None and lw.translate(SKELETON) not in skel:
            return None, ""
    cache = KB_CACHE.get(lex)
    cands = cache.get(lw)
    if cands is None:
        found = keyboard_candidates(lw, lex)
        cands = []
        for c in found:
            n = corpus_count(lex, c)
            cands.append((c, n, frequency_score(lex, c, n)))
        cands.sort(key=lambda t: (-t[2], t[0]))
        cache[lw] = cands
    if name_only:
        cands = [t for t in cands if ask(lex, "capitalised", t[0])]
    if not cands:
        return None, ""
    best, nb, sb = cands[0]
    s2 = cands[1][2] if len(cands) > 1 else 0.0
    note = "keyboard: candidates " + " ".join(f"{c}({int(n)})" for c, n, _ in cands[:5])
    if suspicious:
        if min_count is None:
            min_count = s["kb_suspicious_min"]
        own_score = own if own > 0 else 0.1
        ratio = s["kb_suspicious_ratio"] if own > 0 else 1.0  # never counted: the winner's count decides
        if nb >= min_count and sb >= ratio * own_score and sb >= s["kb_ratio"] * s2 and \
                (degraded or not _slip_beats(lw, lex, best, nb)):
            why = "line typed without Kazakh letters" if degraded else "the typed form is attested but never counted"
            return best, f"{note}; {lw}({int(own)}); {why}; ratio {sb / own_score:.0f}"
        return None, ""
    if len(cands) == 1:
        if nb <= 0 and not ask(lex, "attested", best) and not s["kb_unique_morph"]:
            return None, ""
        if nb <= 0 and not degraded and _restored(lw, best) < s["kb_uncounted_min_letters"]:
            return None, ""  # one letter put back, into a form never counted, in a line with Kazakh letters
        if not degraded and _slip_beats(lw, lex, best, nb):
            return None, ""
        return best, f"{note}; only candidate"
    if degraded:
        # the typed form is certainly wrong: the best restoration only has to beat the others
        if sb >= s["kb_degraded_ratio"] * s2:
            return best, f"{note}; line typed without Kazakh letters; ratio {sb / s2:.1f}"
        return None, ""
    if nb > s["kb_min_count"] and sb >= s["kb_ratio"] * s2 and not _slip_beats(lw, lex, best, nb):
        return best, f"{note}; ratio {sb / s2:.0f}"
    return None, ""


def _slip_beats(lw: str, lex, best: str, nb: float) -> bool:
    """In a line typed with Kazakh letters, a counted word one similar-letter slip from ``lw`` (боліп: болып)
    more frequent than the keyboard restoration ``best`` (бөліп): the word is a typo, left to the typo step."""
    from ..lexicon.typo_index import index_for

    try:
        hits = index_for(lex).lookup(lw, 1)
    except Exception:
        return False
    return any(dist == 1 and term != best and edit_kind(lw, term) == "similar" and corpus_count(lex, term) > nb
               for term, dist, _w in hits)


def kb_token(w: str, initial: bool, lex, s: dict) -> Optional[Tuple[str, str]]:
    """(replacement, note) or None for the word ``w`` in a line that has Kazakh letters: what the two
    loops of :func:`kaznorm.steps.keyboard.keyboard` decide for it there (its line plays no part then)."""
    cls = case_class(w)
    if cls == "mixed" or not has_option(w):
        return None
    lw = w.lower()
    if ask(lex, "is_protected", w):
        return None
    common = cls == "lower" or (cls == "title" and initial)
    if lex.known(lw):
        if not common:
            return None
        own = corpus_count(lex, lw)
        if own <= 0 and cls == "lower" and ask(lex, "attested", lw):
            rep, note = kb_decide(lw, lex, s, suspicious=True, own=own, degraded=False,
                                  min_count=s["kb_uncounted_known_min"])
        else:
            return None
        if rep is None:
            return None
    elif ask(lex, "is_russian", lw) or ask(lex, "is_english", lw):
        return None
    else:
        name_only = not common
        rep, note = kb_decide(lw, lex, s, name_only=name_only, degraded=False)
        if rep is not None and name_only and corpus_count(lex, rep) < s["kb_name_min"]:
            rep = None
        if rep is None:
            return None
        if not common:
            if cls == "title":
                note += "; known name"
            else:
                return None
    return apply_case(w, rep), note


def has_option(w: str) -> bool:
    return any(c.lower() in KEYBOARD_OPTIONS for c in w)
