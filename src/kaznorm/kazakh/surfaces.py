"""The surfaces of the morpheme table: forward generation (:func:`generate`), every surface each
morpheme can take indexed right to left (:data:`REV_TRIE`), and the generate-and-compare check the
analyser runs on a candidate split (:func:`realises`).
"""
from __future__ import annotations

from typing import Iterable

from .closed_classes import NUMERALS
from .morphotactics import MORPHEMES
from .phonology import combine, harmony

# representative left contexts used to enumerate every surface a morpheme can take
_SAMPLE_LEFTS = (
    "бала", "кеме", "оқы", "білі", "қой", "сүй", "ки", "жу", "тау", "бар", "кел", "ал", "ел",
    "адам", "сен", "жаз", "сөз", "айт", "кет", "тап", "шық", "тік", "жоспарла", "белгіле",
    "бір", "он", "жиырма", "банк", "ми", "мұрын", "ерін", "журналист", "жаса", "сөйле", "ойна",
)


def _all_surfaces() -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    lefts = list(_SAMPLE_LEFTS) + sorted(NUMERALS)
    for name, m in MORPHEMES.items():
        for left in lefts:
            for raw in m.realize(left):
                forms = {raw}
                if raw:
                    if raw[0] == "й":
                        forms.add("и" + raw[1:])
                    if raw[0] == "у":
                        forms.add("ю" + raw[1:])
                    if raw[0] == "а":
                        forms.add("я" + raw[1:])
                    if raw[0] in "ыі":
                        forms.add("у" + raw)        # п -> у before -ып
                for f in forms:
                    table.setdefault(f, set()).add(name)
    return {k: tuple(sorted(v)) for k, v in table.items() if k}


SURFACES = _all_surfaces()
MAX_SURFACE = max(map(len, SURFACES))


def _build_trie() -> dict:
    """The surfaces reversed, letter by letter; where one ends, ``node[""]`` is ``{"": the morphemes with that
    surface}``, to which the analyser adds, under a morpheme's name (None: the word's end), those of them that may
    stand before it, and under (that name, a frozenset of names) those of these in the set (kaznorm.kazakh.analyser:
    a few hundred small tuples at most)."""
    root: dict = {}
    for surf, names in SURFACES.items():
        node = root
        for ch in reversed(surf):
            node = node.setdefault(ch, {})
        node[""] = {"": names}
    return root


REV_TRIE = _build_trie()
# morphemes whose allomorph depends on more than harmony + final class + the letter before last
_LEXICAL_REALISE = frozenset({"ORD", "APPROX", "COLL"})
_RAW_CACHE: dict = {}
# harmony() of the last lexical strings asked about (speed only: the analyser tries each left part with several
# morphemes in a row; 256 catch nine repeats in ten)
_HARMONY: dict = {}


def _raws(lex: str, name: str) -> list[str]:
    if name in _LEXICAL_REALISE:
        return MORPHEMES[name].realize(lex)
    h = _HARMONY.get(lex)
    if h is None:
        if len(_HARMONY) >= 256:
            _HARMONY.clear()
        h = _HARMONY[lex] = harmony(lex)
    key = (name, h, lex[-2:])
    r = _RAW_CACHE.get(key)
    if r is None:
        if len(_RAW_CACHE) > 100_000:
            _RAW_CACHE.clear()
        r = _RAW_CACHE[key] = MORPHEMES[name].realize(lex)
    return r


def realises(lex: str, name: str, s: str) -> bool:
    """Does morpheme ``name`` attached to the lexical string ``lex`` give the surface string ``s``?"""
    for raw in _raws(lex, name):
        if s in combine(lex, raw, name):
            return True
    return False


def generate(stem: str, names: Iterable[str]) -> list[str]:
    """All surface forms of `stem` followed by the named morphemes (no morphotactic check)."""
    forms = [stem]
    for name in names:
        m = MORPHEMES[name]
        forms = [full for s in forms for raw in m.realize(s) for full in combine(s, raw, name)]
    return sorted(set(forms))
