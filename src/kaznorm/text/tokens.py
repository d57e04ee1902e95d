"""Tokens as the word steps scan them: Cyrillic letter runs and letter-or-digit tokens, lines and white-space
chunks, a token's case pattern and position, and the contexts in which a token is left alone.

* :data:`PART` / :func:`letter_runs`: runs of letters of the Kazakh alphabet (``keyboard``, ``typo``); whether
  one may be edited depends on what touches it (:func:`editable_part`).
* :data:`TOKEN`: runs of letters and digits of any script (``segment``, ``particle``); a token that is part
  of a file name, domain, hashtag or identifier is left alone (:func:`domainish`).  URLs, e-mail addresses
  and domains themselves: :func:`kaznorm.text.protected.protected_spans`.
* :func:`case_class` (and its one-letter view :func:`casing_of`), :func:`apply_case`, :func:`sentence_initial`.
* :func:`split_chunks` is the set of ``text.split()`` items, remembered in a pipeline's context for the word steps
  that split the same text; :func:`tokens_of` finds the few tokens left to look at when the rest are settled.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, List

from ..kazakh.alphabet import LETTER_CLASS, LETTERS

__all__ = ["PART", "TOKEN", "TOKEN4", "SENT_END", "OPENERS", "QUOTE_OPEN", "MAX_WORD", "letter_runs", "RUNS_BY_LEN",
           "sentence_initial", "case_class", "casing_of", "apply_case", "is_cyrillic_token", "line_spans",
           "split_chunks", "tokens_of", "editable_part", "domainish", "paired", "touches_digit"]

# a word part: a run of Cyrillic letters; what touches it decides whether we may edit it
PART = re.compile(rf"[{LETTER_CLASS}][{LETTER_CLASS}]*")  # (not "[...]+": a class first lets the regex engine skip non-letters in C)
SENT_END = frozenset(".!?…")
OPENERS = frozenset("«\"'“„([{-–—•*")
QUOTE_OPEN = frozenset("«“„\"")
MAX_WORD = 40  # longer letter runs are not words (and would make the candidate search deep)


@lru_cache(maxsize=16)
def letter_runs(n: int):
    """Maximal runs of at least ``n`` Cyrillic letters (the PART tokens of that length).

    Written with the class first, not as a repeat, so that the regex engine skips non-letters in C."""
    rx = re.compile(rf"[{LETTER_CLASS}][{LETTER_CLASS}]{{{n - 1},}}")
    if 1 <= n <= 8:
        RUNS_BY_LEN[n] = rx
    return rx


# the patterns of letter_runs(1..8), each compiled on first need (``RUNS_BY_LEN.get(n) or letter_runs(n)``)
RUNS_BY_LEN: dict = {}


def sentence_initial(text: str, a: int) -> bool:
    """Does the word at ``a`` start a sentence (only openers and spaces after a sentence end or the line start),
    or a quotation of direct speech (an opening quote after a colon or a dash)?  A capitalised word right after
    an opening quote inside a sentence is not sentence-initial: it is mostly a name (of a work, a firm...)."""
    i = a - 1
    while i >= 0 and (text[i] in OPENERS or text[i] in " \t\u00a0"):
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] in SENT_END:
        return True
    # right after an opening quote that follows a colon or a dash: a quoted sentence of direct speech starts
    j = a - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j >= 0 and text[j] in QUOTE_OPEN and text[i] in ":–—-"


def case_class(w: str) -> str:
    if w.islower():
        return "lower"
    if w.isupper():
        return "upper" if len(w) > 1 else "title"
    if w[0].isupper() and w[1:].islower():
        return "title"
    return "mixed"


def apply_case(model: str, new: str) -> str:
    """Give ``new`` the case pattern of ``model`` (same length: per letter; else title/upper/lower)."""
    if len(model) == len(new):
        return "".join(n.upper() if m.isupper() else n for m, n in zip(model, new))
    cls = case_class(model)
    if cls == "upper":
        return new.upper()
    if cls == "title":
        return new[:1].upper() + new[1:]
    return new


def line_spans(text: str):
    start = 0
    find = text.find
    while True:
        i = find("\n", start)
        if i < 0:
            yield start, len(text)
            return
        yield start, i
        start = i + 1


def _no_split() -> list:
    return [("", frozenset())]


def split_chunks(text: str, ctx=None) -> FrozenSet[str]:
    """The set of ``text.split()`` items: the word steps test it against their settled chunks (a set, so that
    ``issuperset`` does not build one from a list in each step).  With a pipeline's ``ctx`` the last answer is
    kept there, so ``typo`` reuses what ``keyboard`` split when the steps between them left the text (the same
    string object) alone.  Speed only: not a result cache."""
    if ctx is None:
        return frozenset(text.split())
    box = ctx.cache("split_chunks", _no_split)
    last = box[0]
    if last[0] is text:
        return last[1]
    chunks = frozenset(text.split())
    box[0] = (text, chunks)  # (one assignment: a thread sees either the old or the new pair)
    return chunks


_CYR_RUN = re.compile(rf"[{LETTER_CLASS}]*")


def tokens_of(text: str, words, quiet: set, limit: int = 8):
    """(start, end, word) of every PART token of ``text`` that is one of ``words`` and not in ``quiet``, in
    text order: the only tokens a step has to look at when the rest are settled.  None when more than
    ``limit`` distinct words are left (then the caller scans every token; this keeps the work linear)."""
    left = set(words)
    left.difference_update(quiet)
    if len(left) > limit:
        return None
    out = []
    n = len(text)
    find = text.find
    cyr = LETTERS
    run_end = _CYR_RUN.match
    for w in left:
        k = len(w)
        i = find(w)
        while i >= 0:
            j = i + k
            if (i == 0 or text[i - 1] not in cyr) and (j == n or text[j] not in cyr):
                out.append((i, j, w))
                i = find(w, j)
            else:
                # inside a longer run of letters: no token starts before that run ends
                i = find(w, run_end(text, i).end())
    out.sort()
    return out


def editable_part(text: str, a: int, b: int) -> bool:
    """A part of a (possibly hyphenated) Cyrillic word with nothing but hyphens/letters-of-the-word around."""
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    for ch in (before, after):
        if ch.isdigit() or ch in "_@/\\&=#+" or ch.isalpha():
            return False
    # a suffix after a number (2009-шы, 5-ке): the number decides it, not the lexicon
    if before == "-" and a >= 2 and (text[a - 2].isdigit() or not text[a - 2].isalpha() and text[a - 2] not in " "):
        return False
    if after == "-" and b + 1 < len(text) and text[b + 1].isdigit():
        return False
    if after == "." and b + 1 < len(text) and text[b + 1].isalpha():
        return False
    return True


# a token of the word steps: a run of letters and digits of any script
TOKEN = re.compile(r"[^\W_]+")
TOKEN4 = re.compile(r"[^\W_]{4,}")  # the TOKEN tokens of 4+ characters


_ONE_LETTER = {"lower": "l", "title": "t", "upper": "u", "mixed": "x"}


def casing_of(w: str) -> str:
    """:func:`case_class` in one letter: 'l' lower, 't' Title, 'u' UPPER (2+ letters), 'x' anything else."""
    return _ONE_LETTER[case_class(w)]


def is_cyrillic_token(tok: str) -> bool:
    """Every character of ``tok`` is a letter of the Kazakh alphabet (either case; no hyphen, unlike the
    lexicon's lower-case :func:`kaznorm.lexicon.folding.is_cyrillic_word`)."""
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


def paired(a: str, b: str) -> bool:
    """Repeated/paired forms of one stem (бір|бірін, бірін|бірі, қайта|қайта)."""
    a, b = a.lower(), b.lower()
    cp = 0
    for x, y in zip(a, b):
        if x != y:
            break
        cp += 1
    return cp >= 3 and cp >= min(len(a), len(b))


def touches_digit(text: str, s: int, e: int) -> bool:
    """A digit or an underscore touches the token at ``s:e`` of ``text``: a code or a formula (H2O, Б52), no word."""
    return (s > 0 and (text[s - 1].isdigit() or text[s - 1] == "_")) or (
        e < len(text) and (text[e].isdigit() or text[e] == "_"))
