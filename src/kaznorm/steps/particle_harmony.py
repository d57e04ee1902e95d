"""The ``particle`` step's particles written apart in the wrong harmony: ``тәтті ма`` -> ``тәтті ме``,
``сөмкесі да`` -> ``сөмкесі де``.

A separately written да/де/та/те or ма/ме/ба/бе/па/пе takes its vowel from the harmony of the word before it
and its consonant from that word's final sound (:func:`kaznorm.kazakh.agreement.particle_form`).  Typists
write the back form after a front word or the reverse (керек па, жеңді ма, әдістері да); only the vowel is
put right, and only where the consonant already fits: a particle whose consonant is off too is another slip
(not measured), left alone.

The word before must be a Cyrillic word the lexicon knows as Kazakh (not read as a Russian or English word,
not protected, no ь: loans with ь take either harmony in use) whose harmony can be told, written in lower
case, or capitalised at a sentence start and not known as a name: names and surnames follow their own
harmony (Тоқаев та, as the -ов/-ев surnames take back endings; Мария де).  A particle touching a letter, a
digit or a hyphen is part of something else.
"""
from __future__ import annotations

import re
from typing import List

from ..core.edits import Edit
from ..kazakh.agreement import particle_form
from ..kazakh.alphabet import LETTERS
from ..lexicon.queries import ask
from ..text.protected import inside, protected_spans
from ..text.tokens import sentence_initial

__all__ = ["harmony_edits"]

# a lower-case particle standing alone after white space (no letter, digit or hyphen touching it after), and the
# word before it on its line: white space between, no letter, digit or hyphen touching the word before
_HINT = re.compile(r"\s[дтмбп][ае](?![\w\-])")
_WORD_BEFORE = re.compile(r"(?<![\w\-])([^\W\d_]+)[ \t\u00a0]+\Z")


def harmony_edits(text: str, lex, memo, confidence: float) -> List[Edit]:
    """Edits putting each separately written particle of ``text`` in the vowel its word takes; ``memo`` keeps
    (word, particle) -> the right particle or None (speed only)."""
    edits: List[Edit] = []
    spans = None
    done = 0  # (a particle taken is not the word before the next one)
    for h in _HINT.finditer(text):
        s = h.start() + 1
        # the word before, looked for from its line's start only (a document costs the sum of its lines)
        m = _WORD_BEFORE.search(text, text.rfind("\n", 0, s) + 1, s)
        if m is None or m.start(1) < done:
            continue
        word, part, e = m.group(1), text[s:s + 2], s + 2
        done = e
        if not word.islower() and not (word.istitle() and sentence_initial(text, m.start(1))):
            continue
        key = ("particle harmony", word, part)
        right = memo.get(key, False)
        if right is False:
            right = memo[key] = _right_form(word, part, lex)
        if right is None:
            continue
        if spans is None:
            spans = protected_spans(text)
        if inside(spans, m.start(1), e):
            continue
        edits.append(Edit(s, e, right, f"particle in the harmony of {word!r}: {part} -> {right}", confidence))
    return edits


def _right_form(word: str, part: str, lex):
    """The particle to write after ``word`` in place of ``part``, or None to leave it."""
    lw = word.lower()
    if len(lw) < 2 or not all(c in LETTERS for c in lw) or "ь" in lw:
        return None  # (a loan with ь takes either harmony in use: асфальт та, медальді)
    right = particle_form(lw, part)
    if right is None or right == part or right[0] != part[0]:
        return None  # (agrees already, cannot be told, or the consonant is off too: another slip)
    if not lex.known(lw) or ask(lex, "is_protected", word) or ask(lex, "russian_evidence", lw) \
            or ask(lex, "language_of", lw) != "kk" or (word != lw and ask(lex, "capitalised", word)):
        return None
    return right
