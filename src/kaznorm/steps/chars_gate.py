"""One test for the texts that none of the ``chars`` profile's steps would change (speed only).

The steps ``encoding``, ``invisible``, ``lookalike``, ``punctuation`` and ``spacing`` each start with a cheap
gate and return ``NO_EDITS`` when it finds nothing; most lines of a corpus pass all five, and then cost the
pipeline's loop and about six regex searches for nothing.  :func:`chars_untouched` makes one test that finds
everything any of the five gates looks for, so that a text it passes is one every gate lets go: each step
registers it (``untouched``, :mod:`kaznorm.core.registry`), and the pipeline returns such a text as it is
(:mod:`kaznorm.core.passes`).

Why it is exact: it is built from the gates' own pieces (each module's public names), and finds a superset of
what each gate finds, on the text as it is given.  A step whose gate finds nothing returns ``NO_EDITS`` before it
reads its settings, so whatever the settings, every step sees the very text and leaves it alone.  The gates:

* encoding: a character of ``encoding.GATE_CLASS`` (an ASCII text passes it too);
* invisible: a character of ``invisible.TRIGGER_CLASS`` (its ``_INVIS_RUN`` is that class, repeated);
* lookalike: a character of ``lookalike.GATE_CLASS`` (a Latin or variant letter);
* punctuation: a character of ``GATE_CHARS`` (``"``), a pair of ``GATE_PAIRS`` (``..``, ``,,``, ``,.``, ``.,``), a
  hyphen after a space (``DASH_AFTER_SPACE``) or a « » glued to a word (``GLUED_QUOTE``): without these,
  ``mixed`` is false, there is no ``"``, and no line's regex (``_line_rx``: ``_RX_NODASH``, since no line has a
  hyphen after a space) has a match (its dots need a pair, its quotes ``GLUED_QUOTE``), so no edit is made
  and the step returns ``NO_EDITS``;
* spacing: a match of ``_RX`` or of ``_PLAIN_GATE`` (``spacing._matches`` is empty without one).  ``_RX`` opens
  with a wide space (a single here), an opener followed by a space, a run of dots (``..``, a pair here), an
  ellipsis (a single), or a mark glued to a word (``GLUED``); ``_PLAIN_GATE`` is a plain space followed by a
  space (two plain spaces: tested with ``in``; a wide one: a single), by a character of
  ``SPACE_DROPPED_BEFORE``, or by the end of the text (tested with ``endswith``).

The pairs are tested as any first character of one followed by any second character of one (a superset).
``tests/steps/test_chars_gate.py`` checks the claim on random texts made of the characters the steps look at.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..text.unicode import char_class

__all__ = ["chars_untouched"]


def chars_untouched(ctx=None) -> Callable[[str], bool]:
    """``test(text)``: True only for texts on which each of the five steps returns ``NO_EDITS``, in any context
    ``ctx`` (one test, made on the first call, once the step modules, which register this function, are all
    imported)."""
    return _chars_test()


@lru_cache(maxsize=None)
def _chars_test() -> Callable[[str], bool]:
    from . import encoding, invisible, lookalike, punctuation, spacing

    # a character any gate acts on by itself
    singles = (encoding.GATE_CLASS + invisible.TRIGGER_CLASS + lookalike.GATE_CLASS
               + char_class(punctuation.GATE_CHARS) + spacing.WIDE_SPACES + char_class(spacing.ELLIPSIS))
    pairs = set(punctuation.GATE_PAIRS) | {".."}  # (".." also opens spacing's run of dots)
    firsts = char_class({p[0] for p in pairs})
    seconds = char_class({p[1] for p in pairs})
    spaces = " " + spacing.WIDE_SPACES
    dropped = spacing.SPACE_DROPPED_BEFORE
    # one pattern opening with the class of every character a match starts at (the regex engine skips the rest
    # in C), each alternative told apart by a look-behind at that character
    rx = re.compile(
        f"[{singles}{firsts}{spacing.GLUED_MARKS}{spacing.OPENERS}{dropped}«»\\-](?:"
        f"(?<=[{singles}])"  # encoding, invisible, lookalike; punctuation's quotes; spacing's wide spaces, ellipsis
        f"|(?<=[{firsts}])(?=[{seconds}])"  # punctuation's pairs, spacing's run of dots
        f"|{spacing.GLUED}"  # spacing: a mark glued to a word
        f"|(?<=[{spacing.OPENERS}])(?=[{spaces}])"  # spacing: a space after an opener
        f"|(?<= [{dropped}])"  # spacing: a plain space before a mark it is dropped before (or a line end)
        f"|{punctuation.DASH_AFTER_SPACE}"  # punctuation: a hyphen after a space
        f"|{punctuation.GLUED_QUOTE}"  # punctuation: » before a letter, « after one
        ")"
    )
    search = rx.search

    def untouched(text: str) -> bool:
        # (two plain spaces, a plain space at the end: the rest of spacing's _PLAIN_GATE)
        return search(text) is None and "  " not in text and not text.endswith(" ")

    return untouched
