"""The evidence the segment model weighs beyond word probabilities: known compounds inside a run, what
joins two pieces (hyphen or space), inflected and coordinated pieces, place nouns after a name."""
from __future__ import annotations

from typing import Dict, Optional

from ..kazakh.closed_classes import GEO_HEADS
from ..kazakh.morphotactics import PX_ALL
from ..kazakh.suffixes import PRONOUN_GEN_ACC, PX3_START
from ..lexicon.queries import count, hyphenated_seen, is_compound, safe, spaced
from ..text.tokens import paired

# the morphemes coordinated nouns share (plural, possessive): "X мен Y" inflects both alike
_SHARED_TAGS = frozenset(("PL",) + PX_ALL)


def joiner(lex, a: str, b: str) -> str:
    """What joins two neighbouring words of a split run: a compound's hyphen, or a space.

    A listed compound the clean corpora never write hyphenated (әскери-оқу, қара-көк: the noisy web
    list has them) is two words inside a longer run: such runs lost their spaces, not hyphens.  (A run
    that is one compound, премьерминистрі, is judged before the search and keeps the hyphen.)"""
    if is_compound(lex, a, b):
        if spaced(lex, a, b) or (not paired(a, b) and not hyphenated_seen(lex, a, b)):
            return " "
        return "-"
    if paired(a, b):
        return "-"
    return " "


def geo_possessive(w: str) -> bool:
    """``w`` is a place noun in the 3rd-person possessive, maybe with a case after it (қаласы, көлінде)."""
    if not w.islower():
        return False
    return any(w.startswith(h) and w[len(h):].startswith(PX3_START) for h in GEO_HEADS)


def is_inflected(lex, w: str, memo: Dict[str, float], endings: Optional[frozenset] = None) -> bool:
    """Is ``w`` an inflected form (a case, possessive, plural or verb ending on a stem), not a stem?
    With ``endings``: one whose last morpheme is one of those."""
    key = ("\2" if endings is None else "\3") + w
    v = memo.get(key)
    if v is None:
        v = 0.0
        try:
            from ..kazakh.morphotactics import INFLECTION
            from ..kazakh.closed_classes import PRONOUNS
            an = lex.analyser()
            low = w.lower()
            if an is not None:
                if low in PRONOUNS:
                    case = PRONOUNS[low][1]  # the ending after the pronoun's stem
                    v = 1.0 if case and (endings is None or case in PRONOUN_GEN_ACC) else 0.0
                else:
                    # a word listed as a stem (word lists hold many inflected forms: ғасырда, балаға)
                    # reads as inflected when the stem of that reading is the more frequent form
                    bare = low in an.stems
                    # (a stem of two letters + one more letter is too often a misreading: ха-ң, не-п)
                    v = 1.0 if any(names and names[-1] in (endings or INFLECTION) and st != low and len(low) >= 4
                                   and (not bare or count(lex, st) > count(lex, low))
                                   for st, _p, _x, names in an.parses(low)) else 0.0
        except Exception:
            v = 0.0
        memo[key] = v
    return v > 0


def parsed(lex, w: str) -> bool:
    """The morphology reads the lower-case ``w`` as a stem or a stem + suffixes."""
    try:
        an = lex.analyser()
        return an is None or bool(an.parses(w))
    except Exception:
        return True


def coordinated(lex, a: str, b: str) -> bool:
    """``a`` and ``b`` are nouns inflected alike for number or possession (``a``'s morphemes, one at least
    of plural or possessive, begin ``b``'s), as the members of "a мен b" are."""
    try:
        an = lex.analyser()
        if an is None or not safe(lex.known, a):
            return False
        heads = {names for _s, pos, _x, names in an.parses(a.lower()) if pos == "n" and _SHARED_TAGS.intersection(names)}
        return bool(heads) and any(pos == "n" and names[:len(h)] == h for _s, pos, _x, names in an.parses(b.lower())
                                   for h in heads)
    except Exception:
        return False


def compound_heads(lex) -> Optional[frozenset]:
    """First parts of the lexicon's hyphenated compounds (a cheap filter before compound()); an index kept
    with the lexicon (``Lexicon.derived``).  None when there are none."""
    return lex.derived("segment.compound_heads", _compound_heads) or None


def _compound_heads(lex) -> frozenset:
    comps = getattr(lex, "compounds", None)
    try:
        return frozenset(c.rsplit("-", 1)[0] for c in comps) if comps is not None else frozenset()
    except Exception:
        return frozenset()


def compound_at(word: str, lex, positions) -> Optional[int]:
    """First position p where ``word[:p]-word[p:]`` is a known compound."""
    heads = compound_heads(lex)
    low = word.lower()
    for p in positions:
        if p < 2 or len(word) - p < 2:
            continue
        if heads is not None and low[:p] not in heads:
            continue
        if is_compound(lex, word[:p], word[p:]):
            return p
    return None
