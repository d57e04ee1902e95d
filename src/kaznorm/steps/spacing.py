"""Spacing: runs of spaces, trailing spaces, spaces around punctuation.

What the step does (and documents as its conventions):

* A run of two or more spaces (plain, no-break or other typographic spaces;
  tabs are left alone) between two words becomes one plain space.
* Spaces at the end of a line are removed.  Leading indentation is **kept**:
  a run of spaces at the start of a line is never touched (it may be layout).
* No space before ``, . ; : ! ? ) »`` and none after ``« ( „``.  Exceptions:
  a space before a leading ellipsis or a dotted name (``деді ...және``,
  `` .NET``), before emoticons (``:)``), and after other punctuation
  (``. .`` stays, it is not a glued word).
* One space after sentence punctuation that is glued to the next word:
  ``жетті.Әлі`` → ``жетті. Әлі``, ``толды.1991`` → ``толды. 1991``,
  ``т.б.және`` → ``т.б. және``, ``[1].Қазақстан`` → ``[1]. Қазақстан``.
  Never inside initials (``Н.Ә.Назарбаевтың``), dotted abbreviations
  (``т.б.``, ``т.с.с.``), decimals (``4,4``, ``3.14``), times (``10:30``),
  numbered lists (``1.2.3``), domains and file names (``kaznorm.kz``,
  ``есеп.pdf``), URLs and e-mail addresses.  Only a Cyrillic letter (or, after
  a Cyrillic word, a digit, ``«`` or a capitalised Latin word) after the mark
  triggers it.
* Newlines are never added or removed.
* A line in another language (Russian, English: see ``text/language.py``) keeps its spacing as written.

Settings (:class:`Config`): how far back an unclosed ``(`` is looked for, the length of the word after a
dotted one-letter abbreviation, and whether the lexicon may tell a Russian line from a Kazakh one.  The
character sets are facts.
"""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from typing import List

from ..kazakh.alphabet import LETTERS, LOWER_LETTERS, UPPER_LETTERS
from ..kazakh.lookalikes import LOOKALIKE_LATIN
from ..core.context import Context
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from .chars_gate import chars_untouched
from ..text.language import typography_lines_only
from ..text.protected import inside, lookalike_latin_near, protected_spans

__all__ = ["Config", "DEFAULTS", "ELLIPSIS", "GLUED", "GLUED_MARKS", "OPENERS", "SPACE_DROPPED_BEFORE", "WIDE_SPACES", "spacing"]


@dataclass(frozen=True)
class Config:
    """Settings of the ``spacing`` step (the ``aggressive`` profile uses the same)."""

    paren_lookback: int = 300  # characters looked back (on the line) for the "(" a ")" closes; none: "сөз )" is a smiley
    abbreviation_word: int = 2  # letters a lower-case word glued to a dotted one-letter abbreviation needs (т.б.және)
    ask_lexicon: bool = True  # a Cyrillic line without Kazakh letters keeps its spacing when it reads as Russian
                              # (text/language.py); off in the lexicon-free "chars" profile


DEFAULTS = Config()


# (public regex pieces, class bodies but GLUED: steps/chars_gate.py builds the chars profile's one test with them)
WIDE_SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000"  # the horizontal spaces but the plain one
OPENERS = "«(„"  # no space after these
GLUED_MARKS = ".,;:!?"  # sentence punctuation that gets a space when glued to what follows
GLUED = rf"(?<=[{GLUED_MARKS}])(?=[^\W_]|[«„])"  # (look-arounds at such a mark) glued to a word, « or „
ELLIPSIS = "…"  # a space may go after one glued to a word
SPACE_DROPPED_BEFORE = r"\r\n,.;:!?)»"  # a space before one of these (or the end) is dropped
_HS = " " + WIDE_SPACES  # horizontal spaces (not tab)
_H = f"[{_HS}]"
_HSET = frozenset(" \u00a0\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B)))

# Every alternative starts with one consuming character, and the pattern opens with
# the class of all those characters, then tells the alternatives apart with a
# one-character look-behind.  With that leading class the regex engine skips the
# long stretches of letters in C instead of trying each alternative at every
# position.  Spans: "a", "e" and "p" are the whole match; "b" is its group.
#
# The plain space is left out of the opening class: it is by far the commonest character
# there, and _RX_PLAIN, a pattern that opens with the space itself, finds its runs much
# faster.  Together they find what one pattern opening with all the spaces would: a run
# of spaces is taken from its first character, whole (the look-behind "(?<![...].)"
# turns away its later characters and a run after an opening bracket, which belongs to
# the "b" match), so each pattern takes the runs that start with its own characters, and
# their matches never overlap.
_RX = re.compile(
    rf"[{WIDE_SPACES}{OPENERS}{ELLIPSIS}{GLUED_MARKS}](?:"
    # a run of two or more spaces, or one space before a line end / the end / closing punctuation
    rf"(?<={_H})(?<![{_HS}{OPENERS}].)(?:{_H}+|(?=[{SPACE_DROPPED_BEFORE}]|\Z))(?P<a>)"
    # spaces after an opening bracket or quote (the bracket is part of the match)
    rf"|(?<=[{OPENERS}])(?P<b>{_H}+)"
    # a run of dots or an ellipsis, taken whole (a look-ahead here would make a long
    # run of dots quadratic); an ellipsis glued to a word is checked in Python
    rf"|(?:(?<=\.)\.+|(?<={ELLIPSIS}))(?P<e>)"
    # sentence punctuation glued to what follows
    rf"|{GLUED}(?P<p>)"
    rf")"
)
# the "a" alternative for a run that starts with a plain space
_RX_PLAIN = re.compile(rf" (?<![{_HS}{OPENERS}] )(?:{_H}+|(?=[{SPACE_DROPPED_BEFORE}]|\Z))(?P<a>)")
# what every match of _RX_PLAIN starts with, without its look-behind (speed: most lines have none)
_PLAIN_GATE = re.compile(rf" (?:{_H}|[{SPACE_DROPPED_BEFORE}]|\Z)")

_CLOSERS = ",.;:!?)»"
# after these a space before closing punctuation is a stray one
_WORDISH_END = frozenset(")]»\"”'%")
_EMOTICON_NEXT = frozenset(")(DPp-3")


def _real_latin_word_at(text: str, i: int) -> bool:
    n = len(text)
    k = i
    while k < n and text[k].isascii() and text[k].isalpha():
        k += 1
    return any(ch not in LOOKALIKE_LATIN for ch in text[i:k])


def _removable_prev(ch: str) -> bool:
    return ch.isalnum() or ch in _WORDISH_END


def _may_drop_before(text: str, e: int, cfg: Config = DEFAULTS) -> bool:
    """Whether a space run ending at ``e`` may be dropped before the closing mark ``text[e]``."""
    nxt = text[e]
    n = len(text)
    if nxt == ".":
        j = e
        while j < n and text[j] == ".":
            j += 1
        after = text[j] if j < n else ""
        if j - e >= 2 and after and (after.isalnum() or after in "«„"):
            return False  # a leading ellipsis: "деді ...және"
        if j - e == 1 and after.isascii() and after.isalpha():
            return False  # " .NET", " .kz"
        return True
    if nxt in ":;":
        after = text[e + 1] if e + 1 < n else ""
        if after and after in _EMOTICON_NEXT:
            return False
    if nxt == ")":
        return _open_paren_before(text, e, cfg.paren_lookback)  # "рахмет )))" is a smiley, not a bracket
    return True


def _open_paren_before(text: str, e: int, lookback: int) -> bool:
    """Whether an unclosed "(" precedes ``e`` on its line (looking back at most ``lookback`` characters)."""
    depth = 0
    k = e - 1
    stop = max(0, e - lookback)
    while k >= stop:
        ch = text[k]
        if ch == "\n":
            break
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return True
            depth -= 1
        k -= 1
    return False


def _effective_prev(text: str, i: int, cfg: Config = DEFAULTS) -> int:
    """Index of the character before ``i`` once a droppable space run before ``i`` is gone; -1 if none."""
    j = i - 1
    if j < 0:
        return -1
    if text[j] not in _HSET:
        return j
    while j >= 0 and text[j] in _HSET:
        j -= 1
    if j < 0 or text[j] in "\r\n" or not _removable_prev(text[j]):
        return -1
    if text[i] in _CLOSERS and _may_drop_before(text, i, cfg):
        return j
    return -1


def _letter_run_back(text: str, j: int) -> int:
    """Start index of the run of letters ending at ``j`` (inclusive)."""
    k = j
    while k >= 0 and text[k].isalpha():
        k -= 1
    return k + 1


def _letter_run_len(text: str, i: int) -> int:
    n = len(text)
    k = i
    while k < n and text[k].isalpha():
        k += 1
    return k - i


def _insert_after_dot(text: str, i: int, p: int, cfg: Config = DEFAULTS) -> bool:
    c = text[i + 1]
    pc = text[p]
    cyr_next = c in LETTERS
    if pc in ")]»”":
        return cyr_next or c in "«„"
    if pc.isdigit():
        # "толды. 1991" but never 3.14, 1.2.3; a list number before a capital: "1. Кіріспе"
        return c in UPPER_LETTERS
    if not pc.isalpha():
        return False
    if p > 0 and text[p - 1].isalpha():  # a word of two letters or more before the dot
        if cyr_next:
            return True
        if not any(ch in LETTERS for ch in text[_letter_run_back(text, p):p + 1]):
            return False
        if c.isdigit() or c in "«„":
            return True
        # a capitalised Latin word after a Cyrillic one ("жетті.Toyota"), not "есеп.PDF"
        return (c.isascii() and c.isupper() and i + 2 < len(text) and text[i + 2].isascii() and text[i + 2].islower()
                and _real_latin_word_at(text, i + 1))
    # a single letter: an initial (Н.Ә.Назарбаев: never split) or a dotted
    # lower-case abbreviation (т.б., т.с.с., ж.) that ends before a word
    if c in LOWER_LETTERS and _letter_run_len(text, i + 1) >= cfg.abbreviation_word:
        return True  # "т.б.және", "ж.бастап"
    if pc in LOWER_LETTERS and (c in UPPER_LETTERS or c.isdigit()):
        return True  # "т.б.Жер", "1991 ж.Қазан", "б.з.б.2 ғасыр"
    return False


def _insert_after_mark(text: str, i: int, p: int) -> bool:
    mark = text[i]
    c = text[i + 1]
    pc = text[p]
    cyr_next = c in LETTERS or c in "«„"
    if mark in ",;":
        if pc.isdigit() and c.isdigit():
            return False  # 4,4  1,2
        if cyr_next:
            return True
        if pc in LETTERS and (c.isdigit() or (mark == "," and c.isascii() and c.isalpha()
                                                 and _real_latin_word_at(text, i + 1))):
            return True  # "жылы,1991", "компаниясы,Toyota"
        return False
    if mark == ":":
        if pc.isdigit() and c.isdigit():
            return False  # 10:30
        return cyr_next or (pc in LETTERS and c.isdigit())  # "дәрежесі:60"
    # ! ?
    return cyr_next


@register("spacing", doc="one space between words, none before , . ; : ! ? ) » or after « (, one after a glued full stop",
          config=Config, profiles={"chars": Config(ask_lexicon=False)}, quiet_lines=True, untouched=chars_untouched)
def spacing(text: str, ctx: Context) -> List[Edit]:
    # (NO_EDITS: nothing proposed, so core.passes may remember the text)
    found = _matches(text)
    if not found:
        return NO_EDITS  # (speed: most lines need no spacing edit)
    edits: List[Edit] = []
    spans = None
    n = len(text)
    cfg = ctx.config("spacing")
    for m in found:
        kind = m.lastgroup
        s, e = m.span("b") if kind == "b" else m.span()
        if kind == "a" or kind == "b":
            nxt = text[e] if e < n else ""
            if nxt in "\r\n":  # (or the end of the text)
                edits.append(Edit(s, e, "", "trailing space"))
                continue
            if s == 0 or text[s - 1] in "\r\n":
                continue  # indentation is kept
            if kind == "b" and not lookalike_latin_near(text, s, e):
                edits.append(Edit(s, e, "", f"space after {text[s - 1]!r}"))
                continue
            if (kind == "a" and nxt in _CLOSERS and _removable_prev(text[s - 1]) and _may_drop_before(text, e, cfg)
                    and not lookalike_latin_near(text, s, e)):
                edits.append(Edit(s, e, "", f"space before {nxt!r}"))
                continue
            if e - s >= 2:
                edits.append(Edit(s, e, " ", "run of spaces"))
            continue
        # insertions after punctuation
        if spans is None:
            spans = protected_spans(text)
        if inside(spans, s, s + 1):
            continue
        p = _effective_prev(text, s, cfg)
        if p < 0 or not (_removable_prev(text[p]) or text[p] in "?!."):
            continue
        if kind == "e":
            # not after «...және: an opening ellipsis
            ok = not (e - s == 2 or e >= n or text[e] not in LETTERS or text[s - 1] in _HSET
                      or not _removable_prev(text[p]))
            note = "space after an ellipsis"
        else:
            ok = _insert_after_dot(text, s, p, cfg) if text[s] == "." else _insert_after_mark(text, s, p)
            note = _AFTER_NOTES[text[s]]
        # (checked last, it costs most) "xa,а": the lookalike step decides per chunk; a space would change that
        if ok and not lookalike_latin_near(text, e, e):
            edits.append(Edit(e, e, " ", note))
    if not edits:
        return NO_EDITS
    return typography_lines_only(text, edits, ctx, cfg.ask_lexicon, "spacing")


def _matches(text: str) -> List["re.Match"]:
    """The matches of _RX and _RX_PLAIN, in text order."""
    m = _RX.search(text)
    # (from the first match on: its look-behinds still see the text before it)
    ms = [] if m is None else list(_RX.finditer(text, m.start()))
    if " " in text and _PLAIN_GATE.search(text) is not None:
        plain = list(_RX_PLAIN.finditer(text))
        if plain:
            if ms:
                ms.extend(plain)
                ms.sort(key=_START)
            else:
                ms = plain
    return ms


_START = operator.methodcaller("start")


_AFTER_NOTES = {ch: f"space after {ch!r}" for ch in ".,;:!?"}
