"""Protected places: spans no step may cut into, and gaps whose spacing the ``lookalike`` step reads.

* :func:`protected_spans` / :func:`inside`: URLs (any scheme), ``www.`` addresses and e-mail
  addresses; the spacing and punctuation steps add no space inside one.
* :func:`lookalike_latin_near`: whether a word next to a place is one the ``lookalike`` step may
  still change by its context, so that a space added or removed there could change that step's
  decision on a second run.

(Other steps still detect URLs their own way: ``lookalike._urls``, ``words._url_spans``,
``spelling._shields``; a later stage makes this module the one detector.)
"""
from __future__ import annotations

import bisect
import re
from typing import List, Tuple

from ..kazakh.alphabet import LETTERS

__all__ = ["LOOKALIKE_LATIN", "protected_spans", "inside", "lookalike_latin_near"]

# URLs (also with any scheme, as the lookalike step reads them: a space added inside one would cut
# it short and change that step's decision on a second run), www. addresses and e-mail addresses
_PROTECT = re.compile(
    r"(?:https?|ftp)://\S+|\b[a-zA-Z][a-zA-Z0-9+.\-]*://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)

# Latin letters the lookalike step may turn into Cyrillic ones: a Latin word made only
# of these is not evidence of a Latin word (a space before it could change its fate)
LOOKALIKE_LATIN = frozenset("aceopxyhiABCEHIKMOPTXY")


# a word as the lookalike step reads one (its _TOKEN)
_WORD_RUN = re.compile(r"(?:[^\W\d_]|[¥\u0300-\u036f])+")
_LOOKALIKE_WORD = re.compile("[" + "".join(sorted(LOOKALIKE_LATIN)) + "]+")
# a character neither ASCII nor a letter of the Kazakh alphabet (a letter if isalpha())
_OTHER_CHAR = re.compile(r"[^\x00-\x7f" + "".join(sorted(LETTERS)) + r"]")


def _unsettled(word: str) -> bool:
    """A word the character steps may still change by its context: a Latin word made only of
    look-alikes (``xa``, ``Ca``), or one with a letter neither ASCII nor Kazakh (``ə``, ``ɵ``,
    ``ӊ``: variant letters; ``ў``: a KZ-font letter)."""
    return _LOOKALIKE_WORD.fullmatch(word) is not None or any(ch.isalpha() for ch in _OTHER_CHAR.findall(word))


# a character that may be an ASCII letter or a letter outside the alphabet: everything but ASCII
# non-letters, the alphabet and common punctuation (none of them a letter)
_NEAR_SKIP = "".join(ch for ch in "«»„“”‘’–—…№°\u00a0\u00ad" if not ch.isalpha())
_NEAR_MAYBE = re.compile("[^\\x00-\\x40\\x5b-\\x60\\x7b-\\x7f" + "".join(sorted(LETTERS)) + _NEAR_SKIP + "]")


def lookalike_latin_near(text: str, a: int, b: int) -> bool:
    """Whether the word nearest to the place ``[a, b)`` on either side, in the non-space
    stretch ending at ``a`` (exclusive) or in the one starting at ``b``, is :func:`_unsettled`.

    The lookalike step judges a two-letter look-alike word by the gaps to its neighbours, so
    a space added between them could change its decision on a second run; such places are
    left alone.  Only the nearest words count (``x,7ғқд!ө``: ``ғқд``, not ``x``): the words
    further away may be split off by a later step (segment writes ``7 ғқд``, ``XI ңқ``), and
    the decision must be the same on the second run.  Each side is scanned at most 64 characters.
    """
    lo = max(0, a - 64)
    # speed only: both stretches lie between the nearest plain spaces around them; with no
    # letter but Cyrillic ones there, nothing below can match
    hi = text.find(" ", b, b + 64)
    if _NEAR_MAYBE.search(text, max(lo, text.rfind(" ", lo, a) + 1), hi if hi >= 0 else b + 64) is None:
        return False
    left = text[lo:a]
    if left and not left[-1].isspace():
        words = _WORD_RUN.findall(left.rsplit(None, 1)[-1])
        if words and _unsettled(words[-1]):
            return True
    right = text[b:b + 64]
    if right and not right[0].isspace():
        m = _WORD_RUN.search(right.split(None, 1)[0])
        if m and _unsettled(m.group()):
            return True
    return False


def protected_spans(text: str) -> Tuple[List[int], List[int]]:
    """The starts and the ends of the URLs and e-mail addresses in ``text``, in text order."""
    if "@" not in text and "://" not in text and "www." not in text:
        return [], []
    starts, ends = [], []
    for m in _PROTECT.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def inside(pos: int, spans) -> bool:
    """Whether position ``pos`` lies inside one of ``spans`` (from :func:`protected_spans`)."""
    starts, ends = spans
    if not starts:
        return False
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < ends[k]
