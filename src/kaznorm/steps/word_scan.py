"""Token scanning shared by the word steps: letter tokens, casing, the Cyrillic-word test, and the
URL, e-mail, file-name and identifier contexts in which a token is left alone."""
from __future__ import annotations

import re
from typing import List, Tuple

from ..kazakh.alphabet import LETTERS

TOKEN = re.compile(r"[^\W_]+")
TOKEN4 = re.compile(r"[^\W_]{4,}")  # the TOKEN tokens of 4+ characters
_CHUNK = re.compile(r"\S+")


def casing_of(w: str) -> str:
    """'l' lower, 't' Title, 'u' UPPER (2+ letters), 'x' anything else."""
    if w.islower():
        return "l"
    if w.isupper():
        return "u" if len(w) > 1 else "t"
    if w[0].isupper() and w[1:].islower():
        return "t"
    return "x"


def is_cyrillic_word(tok: str) -> bool:
    if not tok:
        return False
    for ch in tok:
        if ch not in LETTERS:
            return False
    return True


def url_spans(text: str) -> List[Tuple[int, int]]:
    spans = []
    if "@" not in text and "://" not in text and "www." not in text.lower():
        return spans
    for m in _CHUNK.finditer(text):
        s = m.group()
        if "@" in s or "://" in s or "www." in s.lower():
            spans.append((m.start(), m.end()))
    return spans


def in_spans(pos: int, spans: List[Tuple[int, int]], k: int) -> Tuple[bool, int]:
    while k < len(spans) and spans[k][1] <= pos:
        k += 1
    return (k < len(spans) and spans[k][0] <= pos < spans[k][1]), k


def domainish(text: str, start: int, end: int) -> bool:
    """Part of a file name, domain, hashtag or identifier (site.kz, #тег, a_b)."""
    prev = text[start - 1] if start > 0 else " "
    nxt = text[end] if end < len(text) else " "
    if prev in "@#/\\_&=%$":
        return True
    if prev == "." and start >= 2 and text[start - 2].isalnum():
        return True
    if nxt in "@/\\_":
        return True
    if nxt == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return True
    return False
