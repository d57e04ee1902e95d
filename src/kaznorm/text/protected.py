"""Protected places: spans no step may edit or cut into, and gaps whose spacing the ``lookalike`` step reads.

* :func:`protected_spans` / :func:`inside`: URLs, e-mail addresses and domain names, the one detector of
  them; every step that edits words or spacing leaves what lies inside alone (``spacing``,
  ``punctuation``, ``lookalike``, ``segment``, ``particle``, ``variants``, ``keyboard``, ``typo``).
* :class:`LineSpans`: the same spans found a line at a time, for the lines a step asks about.
* :func:`lookalike_latin_near`: whether a word next to a place is one the ``lookalike`` step may
  still change by its context, so that a space added or removed there could change that step's
  decision on a second run.
"""
from __future__ import annotations

import bisect
import re
import sys
from string import ascii_letters, digits
from typing import List, Sequence, Tuple

from ..kazakh.alphabet import LETTERS
from ..kazakh.lookalikes import LOOKALIKE_LATIN

__all__ = ["TLDS", "CYRILLIC_TLDS", "LineSpans", "protected_spans", "inside", "lookalike_latin_near"]

#: The top-level domains a bare domain name (``kaznorm.kz``, ``президент.рф``) is recognised by: the Latin
#: ones any case (``KAZNORM.KZ``) ...
TLDS = ("kz", "ru", "com", "org", "net", "info", "edu", "gov", "io", "su", "by", "ua", "uz", "kg", "de", "uk",
        "tr", "cn", "eu", "me", "tv")
#: ... and the Cyrillic ones in lower case only: in prose РФ is an abbreviation, Қаз and Бел begin words.
CYRILLIC_TLDS = ("қаз", "рф", "бел", "укр", "срб")
# a dot, a top-level domain, no letter or digit after it (a Kazakh suffix may follow a hyphen: сайт.kz-ке)
_TLD = re.compile(r"\.(?:(?i:" + "|".join(TLDS) + ")|" + "|".join(CYRILLIC_TLDS) + r")(?!\w)")
_WWW = re.compile(r"www\.", re.IGNORECASE)
_SCHEME_CHARS = frozenset(ascii_letters + digits + "+.-")
# besides letters and digits, the characters of host names and e-mail addresses
_ADDR_CHARS = frozenset(".-+_")
# characters no URL holds: they end one before any white space (<https://kaznorm.kz>, «www.kaznorm.kz»)
_URL_STOP = frozenset('<>"«»')


def protected_spans(text: str) -> List[Tuple[int, int]]:
    """The places of ``text`` no step may edit, as sorted, disjoint (start, end) spans:

    * a URL with a scheme (any: ``https://``, ``ftp://``, ``tg://``) or starting ``www.`` (any case), from
      its start to the next white space or one of ``< > " « »`` (punctuation at its end stays inside);
    * an e-mail address: a run of letters, digits and ``. - + _`` on each side of an ``@``, with a dot on
      the right (a dot or hyphen ending it is the sentence's);
    * a domain name: such a run before a dot and one of :data:`TLDS` / :data:`CYRILLIC_TLDS`, and a path
      after it when ``/`` follows at once.

    Linear time (found from literal anchors and scanned outwards, never by a backtracking pattern), also on
    runs like ``.....`` or ``a.a.a.a`` or ``www.www.www``.
    """
    if "." not in text and "@" not in text and "://" not in text:
        return []  # every URL, e-mail address and domain has one of these
    if "://" not in text and "@" not in text and _TLD.search(text) is None and _WWW.search(text) is None:
        return []  # (speed: no anchor below finds anything, the common case)
    n = len(text)
    spans: List[Tuple[int, int]] = []

    def url_end(i: int) -> int:
        while i < n and not text[i].isspace() and text[i] not in _URL_STOP:
            i += 1
        return i

    def addr(ch: str) -> bool:
        return ch.isalnum() or ch in _ADDR_CHARS

    # URLs with a scheme: the scheme's letters before "://"
    i = text.find("://")
    while i >= 0:
        a = i
        while a > 0 and text[a - 1] in _SCHEME_CHARS:
            a -= 1
        while a < i and not text[a].isalpha():
            a += 1  # a scheme starts with a letter
        e = url_end(i + 3)
        spans.append((a, e))
        i = text.find("://", max(e, i + 3))
    # www. addresses (not inside a word, not inside a URL found already)
    covered = 0
    for m in _WWW.finditer(text):
        s = m.start()
        if s < covered or (s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_")):
            continue
        covered = url_end(s)
        spans.append((s, covered))
    # e-mail addresses
    at = text.find("@")
    while at != -1:
        a = at
        while a > 0 and addr(text[a - 1]):
            a -= 1
        b = at + 1
        while b < n and addr(text[b]):
            b += 1
        e = b
        while e > at + 1 and text[e - 1] in ".-":
            e -= 1
        if a < at and "." in text[at + 1:e]:
            spans.append((a, e))
        at = text.find("@", b if b > at else at + 1)
    # domain names, by their top-level domain; a run of address characters reaching back to the previous
    # anchor started where that one's did (each character is scanned once)
    run_start = scanned = -1
    covered = 0
    for m in _TLD.finditer(text):
        p = m.start()
        if p < covered:
            continue  # inside the path of a domain found already
        i = p
        while i > scanned + 1 and addr(text[i - 1]):
            i -= 1
        a = run_start if (i == scanned + 1 and scanned >= 0) else i
        run_start, scanned = a, p
        if a < p:
            e = m.end()
            if e < n and text[e] == "/":
                e = url_end(e)
                covered = e
            spans.append((a, e))
    if len(spans) < 2:
        return spans
    spans.sort()
    merged = [spans[0]]
    for s, e in spans[1:]:
        ls, le = merged[-1]
        if s <= le:
            if e > le:
                merged[-1] = (ls, e)
        else:
            merged.append((s, e))
    return merged


def inside(spans: Sequence[Tuple[int, int]], a: int, b: int) -> bool:
    """Whether ``[a, b)`` overlaps one of ``spans`` (sorted and disjoint, from :func:`protected_spans`);
    ``inside(spans, p, p + 1)``: whether position ``p`` lies in one."""
    if not spans:
        return False
    k = bisect.bisect_right(spans, (a, sys.maxsize)) - 1
    if k >= 0 and spans[k][1] > a:
        return True
    return k + 1 < len(spans) and spans[k + 1][0] < b


class LineSpans:
    """:func:`protected_spans` of ``text`` found a line at a time, for the lines asked about (none crosses a line
    end: URLs, addresses and domain names hold no white space), so a document costs the lines that need them,
    not a scan of the whole text.  ``inside(a, b)``: :func:`inside` for ``[a, b)`` within one line."""

    __slots__ = ("text", "start", "end", "spans")

    def __init__(self, text: str):
        self.text = text
        self.start, self.end, self.spans = 0, -1, []  # the last line asked about and its spans

    def inside(self, a: int, b: int) -> bool:
        if not self.start <= a <= self.end:
            text = self.text
            s = text.rfind("\n", 0, a) + 1
            e = text.find("\n", a)
            e = len(text) if e < 0 else e
            self.start, self.end = s, e
            self.spans = [(x + s, y + s) for x, y in protected_spans(text[s:e])]
        return inside(self.spans, a, b)


# a word as the lookalike step reads one (its _TOKEN)
_WORD_RUN = re.compile(r"(?:[^\W\d_]|[¥\u0300-\u036f])+")
# a Latin word made only of the letters the lookalike step may turn into Cyrillic ones is not evidence of a
# Latin word (a space before it could change its fate)
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
