"""Token scanning shared by the word steps: letter tokens, casing, the Cyrillic-word test, and the
file-name, domain, hashtag and identifier contexts in which a token is left alone (URLs, e-mail addresses
and domains themselves: :func:`kaznorm.text.protected.protected_spans`)."""
from __future__ import annotations

import re

from ..kazakh.alphabet import LETTERS

TOKEN = re.compile(r"[^\W_]+")
TOKEN4 = re.compile(r"[^\W_]{4,}")  # the TOKEN tokens of 4+ characters


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
