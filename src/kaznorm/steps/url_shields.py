"""URLs, e-mail addresses and domains, which the spelling steps never edit inside (their "shields").

Used by ``variants``, ``keyboard`` and ``typo``.  One of four URL detectors in kaznorm (the others:
``steps/lookalike.py`` ``_urls``, ``steps/word_scan.py`` ``url_spans``, ``text/protected.py`` ``_PROTECT``),
to be merged into one protected-span detector later; this one is linear-time (no backtracking regex) and
also finds bare domains by their top-level domain.
"""
from __future__ import annotations

import re
from typing import List, Sequence, Tuple

__all__ = ["URL_START", "TLD", "shield_spans", "inside_any"]

# URLs, e-mails, domains: never edited inside.  Found without backtracking regexes (linear time on
# "....." or "a.a.a.a" runs): a literal start or an "@" / top-level-domain anchor, then a scan outwards.
URL_START = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"«»]+", re.IGNORECASE)
TLD = re.compile(r"\.(?:kz|ru|com|org|net|edu|gov|info|io|uk|de|рф|қаз)(?![\w-])", re.IGNORECASE)
_ADDR_CHARS = frozenset(".-+_")


def shield_spans(text: str) -> List[Tuple[int, int]]:
    if "." not in text and "@" not in text:
        return []
    # URL_START needs "://" or "www." (any case): the cheap test first (speed only)
    spans = [m.span() for m in URL_START.finditer(text)] if ("://" in text or "www." in text.lower()) else []
    n = len(text)

    def left(i: int) -> int:  # start of the address-like run ending before i
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] in _ADDR_CHARS):
            i -= 1
        return i

    def right(i: int) -> int:  # end of the address-like run starting at i
        while i < n and (text[i].isalnum() or text[i] in _ADDR_CHARS):
            i += 1
        return i

    at = text.find("@")
    while at != -1:
        a, b = left(at), right(at + 1)
        if a < at and "." in text[at + 1:b]:
            spans.append((a, b))
        at = text.find("@", b if b > at else at + 1)
    if "." in text:
        run_start = scanned = -1
        for m in TLD.finditer(text):
            p = m.start()
            i = p
            while i > scanned + 1 and (text[i - 1].isalnum() or text[i - 1] in _ADDR_CHARS):
                i -= 1
            # reached the previous anchor inside one unbroken run: the run started where that one did
            a = run_start if (i == scanned + 1 and scanned >= 0) else i
            run_start, scanned = a, p
            if a < p:
                e = m.end()
                if e < n and text[e] == "/":
                    while e < n and not text[e].isspace() and text[e] not in "<>\"«»":
                        e += 1
                spans.append((a, e))
    spans.sort()
    return spans


def inside_any(spans: Sequence[Tuple[int, int]], a: int, b: int) -> bool:
    for s, e in spans:
        if s < b and a < e:
            return True
    return False
