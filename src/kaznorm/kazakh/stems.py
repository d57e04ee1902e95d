"""Stem lists for the analyser: drop inflected forms a word list carries as stems (:func:`prune_stems`),
and the verb stem of a dictionary (infinitive) form (:func:`verb_stem_from_infinitive`).

    verb_stem_from_infinitive(word, attested=None) -> str | None   # оқу -> оқы, қорқу -> қорық
    prune_stems(stems, protect=()) -> dict   # drop inflected forms listed as stems (баласы)
"""
from __future__ import annotations

from typing import Callable, Iterable, Mapping

from .alphabet import LOWER_LETTERS
from .analyser import Analyzer
from .morphotactics import INFLECTION
from .phonology import ALL_V, DEVOICE, VOWELS, harmony

__all__ = ["prune_stems", "verb_stem_from_infinitive"]


_PRUNE_SINGLE = frozenset({"PL", "GEN", "ACC", "DAT", "ABL", "INS", "PAST", "DAGI"})


def prune_stems(stems: Mapping[str, str], protect: Iterable[str] = ()) -> dict[str, str]:
    """Drop nominal "stems" that are themselves regular inflected forms of another stem.

    Word lists such as hunspell-kk list some inflected forms as stems (баласы, адамды, келеді);
    inflecting those again lets nonsense through (баласыға, адамдың).  A stem whose POS is only
    'n' and which analyses as another stem + a purely inflectional chain is removed (its own
    form stays valid through that analysis).
    """
    an = Analyzer(stems)
    out = dict(an.stems)
    protect = frozenset(protect)
    for s, pos in an.stems.items():
        if pos != "n" or len(s) < 4:
            continue
        if s in protect:
            continue
        for stem, p, sfx, names in an.parses(s):
            if not sfx or stem == s or len(stem) < 3 or not all(n in INFLECTION for n in names):
                continue
            n_letters = sum(map(len, sfx))
            if (len(names) >= 2 and n_letters >= 3) or (n_letters >= 2 and (
                    names[0] in _PRUNE_SINGLE or sfx[0] in ("сы", "сі"))):
                del out[s]
                break
    return out


# --------------------------------------------------------------------------------------------
# Dictionary (infinitive) form -> verb stem
# --------------------------------------------------------------------------------------------

# common verbs whose stem ends in ы/і (оқу <- оқы-): the infinitive alone cannot tell
_YI_VERBS = frozenset("""оқы тоқы таны ері қаны сасы жаны ұлы дамы есті жылжы кемі тасы қамты
өрші балқы саябырсы""".split())
# verb stems with a dropped vowel in the infinitive
_DROP_VERBS = {"қорқу": "қорық", "қырқу": "қырық", "ауру": "ауыр", "ерну": "ерін"}


def verb_stem_from_infinitive(word: str, attested: Callable[[str], bool] | None = None) -> str | None:
    """Verb stem for a dictionary form in -у/-ю: оқу→оқы, жазу→жаз, келу→кел, қою→қой,
    кию→ки, ойлау→ойла, сөйлеу→сөйле, жуу→жу, табу→тап, шығу→шық, қорқу→қорық.

    Returns None when `word` is not an -у/-ю infinitive.  The ы/і-final stems (оқу→оқы) are
    recognised from a built-in list, or with `attested(form)` (a predicate over attested word
    forms) when the aorist/participle with и (оқиды, оқитын) is attested.
    """
    w = word.lower().strip()
    if len(w) < 3 or any(c not in LOWER_LETTERS for c in w):
        return None
    if w in _DROP_VERBS:
        return _DROP_VERBS[w]
    if w.endswith("ю"):
        base = w[:-1]
        if base.endswith("и"):
            return base            # кию -> ки
        return base + "й"          # қою -> қой, сүю -> сүй
    if not w.endswith("у"):
        return None
    base = w[:-1]
    if not any(c in ALL_V for c in base):
        return None
    last = base[-1]
    if last in VOWELS or last == "у":
        return base                # ойлау -> ойла, жуу -> жу
    yi = base + ("ы" if harmony(base) == "b" else "і")
    if yi in _YI_VERBS:
        return yi
    if attested is not None:
        stem_i = base + "и"
        if any(attested(stem_i + e) for e in ("ды", "ді", "тын", "тін")):
            return yi
    if last in DEVOICE and len(base) >= 2 and base[-2] in VOWELS:
        return base[:-1] + DEVOICE[last]   # табу -> тап, шығу -> шық, тігу -> тік
    return base
