"""The error model: what Kazakh letters become when typed on a Russian layout, and the letter slips a
hand-typist or OCR makes (similar-letter pairs).  The one copy of both; the ``keyboard``, ``typo`` and
``segment`` steps, the lexicon and ``dictionaries/build_stages`` read them from here.
"""
from __future__ import annotations

from typing import Dict, Tuple

from .alphabet import ALPHABET, NON_RUSSIAN_LOWER

__all__ = ["RUSSIAN_LAYOUT", "KEYBOARD_OPTIONS", "TYPED_WITH_I", "TYPED_WITH_Y", "KEYBOARD_KEY", "keyboard_key",
           "keyboard_keys", "russian_layout_spellings", "SIMILAR_PAIRS", "SIMILAR", "SIMILAR_ALT", "KEY_ROWS",
           "NEIGHBOUR_KEYS", "final_u_slip", "COMPOSITE_I", "composite_i_variants", "COMPOSITE_Y",
           "composite_y_variants"]

#: What each of the nine letters a Russian layout lacks is typed as (KAZAKH_FACTS §3.1: KazNLP's
#: transliterator, the tesseract word list): the nearest Russian letter; і as и or as ы (биз, быз for біз).
RUSSIAN_LAYOUT: Dict[str, Tuple[str, ...]] = {
    "ә": ("а",),
    "ғ": ("г",),
    "қ": ("к",),
    "ң": ("н",),
    "ө": ("о",),
    "ұ": ("у",),
    "ү": ("у",),
    "һ": ("х",),
    "і": ("и", "ы"),
}
assert set(RUSSIAN_LAYOUT) == NON_RUSSIAN_LOWER

#: The inverse: the letters a letter typed on a Russian layout may stand for, itself first, then the
#: Kazakh letters in alphabet order (у: у ұ ү).
KEYBOARD_OPTIONS: Dict[str, Tuple[str, ...]] = {
    typed: (typed,) + tuple(k for k in ALPHABET if typed in RUSSIAN_LAYOUT.get(k, ()))
    for typed in sorted({t for ts in RUSSIAN_LAYOUT.values() for t in ts}, key=ALPHABET.index)
}

#: ``str.translate`` tables: a word as typed on a Russian layout, і typed as и, or as ы.
TYPED_WITH_I = str.maketrans({k: ts[0] for k, ts in RUSSIAN_LAYOUT.items()})
TYPED_WITH_Y = str.maketrans({k: ts[-1] for k, ts in RUSSIAN_LAYOUT.items()})

#: ``str.translate`` table to the key a word shares with every way of typing it on a Russian layout and
#: with every restoration of such a typing: each Kazakh letter and each letter it may be typed as become
#: the first of those (і and ы both become и).
KEYBOARD_KEY = str.maketrans({c: ts[0] for k, ts in RUSSIAN_LAYOUT.items() for c in (k,) + ts[1:]})
_KEY_PAIRS = tuple((chr(c), t) for c, t in KEYBOARD_KEY.items())
assert not {t for _c, t in _KEY_PAIRS} & {c for c, _t in _KEY_PAIRS}  # (so one replace after another = translate)


def keyboard_key(word: str) -> str:
    """``word.translate(KEYBOARD_KEY)`` (speed only: ten ``str.replace`` calls beat ``str.translate``'s
    per-character table lookups on Cyrillic text)."""
    for c, t in _KEY_PAIRS:
        word = word.replace(c, t)
    return word


def keyboard_keys(words) -> list:
    """``[keyboard_key(w) for w in words]``, found by :func:`keyboard_key` of the words joined by newlines (speed
    only: ten ``str.replace`` calls over one string, not ten per word; the key maps no letter to or from a
    newline, so the joined key splits back into the words' keys; words holding one are keyed one by one)."""
    words = words if isinstance(words, list) else list(words)
    keys = keyboard_key("\n".join(words)).split("\n")
    if len(keys) != len(words):
        return [keyboard_key(w) for w in words]
    return keys


def russian_layout_spellings(word: str) -> Tuple[str, str]:
    """``word`` (lower case) as typed on a Russian layout: with і typed as и, and as ы."""
    return word.translate(TYPED_WITH_I), word.translate(TYPED_WITH_Y)


#: Similar letters and neighbouring keys: the one-letter slips a hand-typist or OCR makes, and the only
#: substitutions the default ``typo`` step corrects.  The lexicon (a base + ending one such slip from a
#: counted form is not known) and ``dictionaries/build.py`` use the same pairs.
SIMILAR_PAIRS = (
    "аә", "ао", "ая", "ое", "оө", "уұ", "уү", "ұү", "ыі", "иі", "еи", "еэ", "ия", "ий",
    "нң", "кқ", "гғ", "хһ", "тд", "сз", "лр", "лд", "шщ", "бп", "вф", "жз", "мн", "ъь", "её",
)
#: ``SIMILAR_PAIRS`` as ordered pairs, both ways round.
SIMILAR = frozenset(p for a, b in SIMILAR_PAIRS for p in ((a, b), (b, a)))
#: ``SIMILAR`` by letter: the letters each letter may be a slip for.
SIMILAR_ALT = {a: tuple(sorted(b for x, b in SIMILAR if x == a)) for a in sorted({x for x, _ in SIMILAR})}

#: Consonant letters, after which a word-final ү is no Kazakh spelling (:func:`final_u_slip`).
_CONSONANTS = frozenset(ALPHABET) - frozenset("аәеёиоөуұүыіэюя")


def final_u_slip(typed: str, cand: str) -> bool:
    """``typed`` ends in ү after a consonant and ``cand`` is ``typed`` with у there (көрсетү: көрсету).  Kazakh
    spelling ends no word in ү after a consonant: the sound there is written у (the verbal noun -у, су, ту), and
    none of the corpora's counted forms ends so.  Such a ү is у mistyped, though elsewhere a Kazakh letter is
    not typed by mistake for its Russian-layout letter."""
    return len(typed) >= 2 and len(typed) == len(cand) and typed[-1] == "ү" and cand[-1] == "у" \
        and typed[-2] in _CONSONANTS and typed[:-1] == cand[:-1]


#: The letter rows of the Kazakh keyboard layout (KZ, ГОСТ-based; its three lower rows are the Russian
#: ЙЦУКЕН rows; the nine Kazakh letters sit on the number row, with the , and . keys between ғ and ү).
KEY_ROWS = ("әіңғ", "үұқөһ", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
#: Letters on neighbouring keys of one row (е|н, а|п): a finger landing one key off, the commonest typing slip
#: after a similar letter; both ways round.
NEIGHBOUR_KEYS = frozenset(p for row in KEY_ROWS for a, b in zip(row, row[1:]) for p in ((a, b), (b, a)))

#: И is a composite letter: it spells ый in back-vowel words and ій in front-vowel ones (KAZAKH_FACTS §1.3), so
#: writers put one for the other (силық for сыйлық, қыйындық for қиындық).
COMPOSITE_I = ("ый", "ій")


def composite_i_variants(word: str) -> set:
    """``word`` (lower case) with one и written as ый or ій, or one ый or ій written as и."""
    out = set()
    for i, ch in enumerate(word):
        if ch == "и":
            out.update(word[:i] + s + word[i + 1:] for s in COMPOSITE_I)
        elif word.startswith(COMPOSITE_I, i):
            out.add(word[:i] + "и" + word[i + 2:])
    out.discard(word)
    return out


#: Я and Ю spell й+а and й+у (KAZAKH_FACTS §1.3: ұя, аю), also across a morpheme boundary (қой+а: қоя), so a
#: native word never writes йа or йу; writers who spell the sounds out do (жайалық for жаялық).
COMPOSITE_Y = {"йа": "я", "йу": "ю"}


def composite_y_variants(word: str) -> set:
    """``word`` (lower case) with one йа or йу written as я or ю."""
    return {word[:i] + c + word[i + 2:] for i in range(len(word) - 1)
            for pair, c in COMPOSITE_Y.items() if word.startswith(pair, i)}
