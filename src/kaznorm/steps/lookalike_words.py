"""The ``lookalike_words`` step: a Cyrillic word typed with Latin letters that look like Cyrillic ones only in
handwriting or italic type (``бipre`` -> ``бірге``: r for г, ``нeriзгi`` -> ``негізгі``, ``пicipуге`` ->
``пісіруге``).

The ``lookalike`` step, which runs before, maps the Latin letters whose printed glyph is a Cyrillic letter's
(``kazakh.lookalikes.LATIN_TO_CYRILLIC``) in a word that then becomes wholly Cyrillic; a word that also holds
r, n, m, u, g or k (``ITALIC_LATIN_TO_CYRILLIC``) it leaves alone, since those letters only look Cyrillic in
italics or handwriting.  This step reads such a word with both tables and takes the reading when the lexicon
counts it or its morphology reads it as a regular form (the lexicon decides which reading is a word); a Latin brand with a Cyrillic
ending (``Samsungтың``, ``Renaultмен``) has letters no table maps and stays as it is.
"""
from __future__ import annotations

import re
from typing import Callable, List, Optional

from ..core.context import Context
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from ..kazakh.alphabet import LETTER_CLASS
from ..kazakh.lookalikes import ITALIC_LATIN_TO_CYRILLIC, LATIN_TO_CYRILLIC
from ..lexicon.queries import ask, corpus_count
from ..text.protected import inside, protected_spans
from ..text.tokens import casing_of, touches_digit

__all__ = ["lookalike_words", "italic_reading", "lookalike_words_untouched"]

_MAP = {**LATIN_TO_CYRILLIC, **ITALIC_LATIN_TO_CYRILLIC}
# a Latin letter touching a Cyrillic one (either way round): the only place a mixed word can be; found by the
# regex engine alone, so a long text with one such word costs no Python loop over its other words
_GATE = re.compile(rf"[A-Za-z][{LETTER_CLASS}]|[{LETTER_CLASS}][A-Za-z]")
_ASCII_LETTER = re.compile("[A-Za-z]")
# the letters of either script around such a place: the mixed word (digits and underscores end it: codes such
# as Б52 are no words)
_BEFORE = re.compile(rf"[A-Za-z{LETTER_CLASS}]*\Z")
_AFTER = re.compile(rf"[A-Za-z{LETTER_CLASS}]*")
_REACH = 64  # letters looked at before the place (a longer run is no word: MAX_WORD is below it)


def italic_reading(tok: str, lex) -> Optional[str]:
    """The Cyrillic reading of the mixed-script ``tok`` with both look-alike tables, when it has an italic
    look-alike letter and the lexicon counts the reading (lower-cased) or reads it as a regular form; else
    None."""
    if not any(ch in ITALIC_LATIN_TO_CYRILLIC for ch in tok):
        return None  # (the printed look-alikes alone are the lookalike step's)
    if any(ch.isascii() and ch not in _MAP for ch in tok):
        return None  # a Latin letter no table maps: a Latin word (with a Cyrillic ending, maybe)
    reading = "".join(_MAP.get(ch, ch) for ch in tok)
    low = reading.lower()
    if casing_of(reading) == "x" or (corpus_count(lex, low) <= 0 and not ask(lex, "regular", low)):
        return None
    return reading


def lookalike_words_untouched(ctx) -> Callable[[str], bool]:
    """The step's ``untouched`` test (:mod:`kaznorm.core.registry`): no Latin letter next to a Cyrillic one, so
    no word to judge (its loop below finds none)."""
    search, latin = _GATE.search, _ASCII_LETTER.search  # (most lines have no Latin letter: one quick scan)
    return lambda text: latin(text) is None or search(text) is None


@register("lookalike_words", doc="a word typed with Latin letters that look Cyrillic in italics or handwriting "
                                 "(бipre -> бірге) -> the Cyrillic word the lexicon counts", needs_lexicon=True,
          quiet_lines=True, untouched=lookalike_words_untouched)
def lookalike_words(text: str, ctx: Context) -> List[Edit]:
    edits: List[Edit] = []
    spans = lex = None
    last = -1
    for g in _GATE.finditer(text):
        if g.start() < last:
            continue  # (another place in a word already judged)
        s = _BEFORE.search(text, max(0, g.start() - _REACH), g.start() + 1).start()
        e = _AFTER.match(text, g.end()).end()
        last = e
        tok = text[s:e]
        if touches_digit(text, s, e):
            continue  # a code (Б52r)
        if lex is None:
            lex = ctx.lexicon
        reading = italic_reading(tok, lex)
        if reading is None:
            continue
        if spans is None:
            spans = protected_spans(text)
        if inside(spans, s, e):
            continue
        edits.append(Edit(s, e, reading, f"Latin letters that look Cyrillic in italics -> {reading.lower()}, "
                                         "a word of the lexicon"))
    return edits if edits else NO_EDITS  # (nothing proposed: core.passes may remember the text)
