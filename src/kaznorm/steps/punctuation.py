"""Punctuation: doubled full stops, straight quotes, spaced hyphens, glued quotes.

Conventions (documented choices):

* ``..`` → ``.`` when it ends a word or a bracket (``толды..``, ``[1]..``).
  ``...``, ``…`` and runs of five or more dots (leaders in a table of contents)
  stay; ``....`` after a word becomes ``...``; ``?...``/``!...`` become the standard
  ``?..``/``!..``.  ``../``, ``1..10``, ``?..`` stay.
* Straight double quotes become « », nested ones „ “.  The quotes of a line
  are paired by position: an opening quote follows the line start, a space or
  an opening bracket; a closing one follows a word or punctuation.  A line
  whose quotes do not pair up cleanly (odd count, inch marks ``5"``) is left
  as it is.
* A dash between words: a hyphen or double hyphen with spaces on both sides
  becomes the dash the line already uses between words: an em dash `` — `` when
  it has one, else an en dash `` – ``.  Both dashes are correct Kazakh typography
  and stay as they are.  Hyphens inside words and numbers (``ата-ана``, ``4-5``,
  ``EXPO-2017``), minus signs (``-5``) and a dash that opens a line (a list item
  or dialogue line) are not touched.
* Straight quotes wrapped around a « » span (``"«Абай», «Шоқан»"``) are dropped, not
  turned into a second pair of « ».
* A line in another language (Russian, English, Latin-script text: see ``text/language.py``) keeps its
  quotes, dashes and dots: they follow that language's typography, not Kazakh's.
* Marks typed twice after a word: ``,,`` → ``,``; a comma and a full stop together (``жақсы,.``, ``аурады.,``)
  → one mark: the comma before a lower-case word, else the full stop.  A full stop and comma stay unless
  the word is a finite verb (``т.б.,``, ``мыс.,``, ``халықар.,``: an abbreviation's full stop and the
  clause's comma), and in the lexicon-free ``chars`` profile; ``,,,`` (an informal ellipsis), ``,...`` and
  numbers (``1,,5``) are not touched.
* A closing » glued to the next word gets a space (``«Тошибамен»бірігіп`` →
  ``«Тошибамен» бірігіп``), and so does an opening « glued to the word before;
  but not when the letters after » are only a suffix (``«Сумитомо»мен``):
  that is a case ending on the quoted name.

Its numbers are conventions, not tuned thresholds (two quote levels, « » then „ “; ``..`` and ``....``
after a word, ``?...``; five dots and more are leaders).  Its one setting says whether the lexicon may tell
a Russian line from a Kazakh one (off in the lexicon-free ``chars`` profile).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from dataclasses import dataclass
from typing import List

from ..kazakh.alphabet import LETTER_CLASS, LETTERS
from ..kazakh.morphotactics import SENTENCE_FINAL
from ..kazakh.suffixes import ALL_SUFFIX_FORMS
from ..lexicon.queries import parses
from ..core.context import Context
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from .chars_gate import chars_untouched
from ..text.language import typography_lines_only
from ..text.protected import LineSpans, lookalike_latin_near


@dataclass(frozen=True)
class Config:
    """Settings of the ``punctuation`` step."""

    ask_lexicon: bool = True  # a Cyrillic line without Kazakh letters keeps its typography when it reads as
                              # Russian; off in the lexicon-free "chars" profile (only other scripts are told apart)

_H = "[ \u00a0\u2000-\u200a\u202f\u205f\u3000]"

_HS = " \u00a0\u2000-\u200a\u202f\u205f\u3000"

# What the first test of punctuation() (below: its `in` tests, _matches and _line_rx) looks for: a text with
# none of these gets NO_EDITS.  Public: steps/chars_gate.py builds the chars profile's one test from them.
# (beyond the `in` tests, the line's regex makes every edit but the quotes' and the mixed marks', so its matches
# are what counts: a dash only in dash_rx, chosen for a line with a hyphen after a space)
GATE_CHARS = '"'  # a straight double quote (_quote_edits)
GATE_PAIRS = ("..", ",,", ",.", ".,")  # doubled dots (_RX_NODASH, dash_rx); a mark typed twice (_MIXED_MARKS)
DASH_AFTER_SPACE = rf"(?<={_H}-)"  # (a look-behind ending at a hyphen) a hyphen after a space (_DASH_NEAR)
# (look-arounds at a « or ») a quote glued to a word on its outer side: the gq match of _RX_NODASH and dash_rx
GLUED_QUOTE = rf"(?:(?<=»)(?=[{LETTER_CLASS}])|(?<=[{LETTER_CLASS}]«))"

# Each alternative starts with one consuming character (no leading look-behind);
# the context is checked in Python on the (rare) matches.  The pattern opens with
# the class of those first characters and tells the alternatives apart with a
# one-character look-behind, so the regex engine skips letters in C.
@lru_cache(maxsize=None)
def dash_rx() -> "re.Pattern[str]":
    """The step's regex for text with a dash after a space (compiled when such text is first met)."""
    return re.compile(
        rf"[.«»{_HS}](?:"
        rf"(?<=\.)\.+(?P<dots>)"
        # a space run that starts right after a non-space character (the look-behind sits
        # after the first space, so a long run of spaces is entered once, not at every space)
        rf"|(?<=[^\s\-–—]{_H}){_H}*(?:--?|—){_H}+(?P<dash>)"
        # a quote glued to a word on its outer side (» before a letter, « after one); the
        # rest is checked in Python
        rf"|{GLUED_QUOTE}(?P<gq>)"
        rf")"
    )


# the same as dash_rx() without the dash alternative, for text with no dash after a space (the
# alternatives match disjoint characters, so the other matches are the same)
_RX_NODASH = re.compile(rf"[.«»](?:(?<=\.)\.+(?P<dots>)|{GLUED_QUOTE}(?P<gq>))")
# a hyphen after a space (opening with the hyphen, not the frequent spaces: the engine finds it in C)
_DASH_NEAR = re.compile("-" + DASH_AFTER_SPACE)
# a comma typed twice, or a comma and a full stop together, right after a word and before no other mark or
# digit (not ,... nor ,., nor ,,, nor 1,,5); opening with the class of its first character (not a look-behind),
# so that the regex engine skips the other characters in C
_MIXED_MARKS = re.compile(r"[,.](?:(?<=,)[,.]|(?<=\.),)(?<=[^\W_)\]»\"”'][,.][,.])(?![\d,.])")
_EM_DASH_BETWEEN = re.compile(rf"[^\s\-–—]{_H}+—{_H}+[^\s\-–—]")  # an em dash between words: the line's style
_CYRILLIC = re.compile("[\u0400-\u04ff]")

_HSET = frozenset(" \u00a0\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B)))
_WORDISH = frozenset(")]»\"”'%")
_OPEN_BEFORE = frozenset("([{«„<-–—/")
_STOP_AFTER = frozenset(".,;:!?)]}»…-–—")


def _word_after(text: str, i: int) -> str:
    n = len(text)
    k = i
    while k < n and text[k].isalpha():
        k += 1
    return text[i:k]


def _quote_edits(text: str, edits: List[Edit], spans: LineSpans) -> None:
    """Pair the straight double quotes of each line; convert a line only when they pair up."""
    n = len(text)
    q = text.find('"')
    while q >= 0:  # (from quote to quote: the lines without one are not visited)
        nl = text.find("\n", q)
        line_end = n if nl < 0 else nl
        line_start = text.rfind("\n", 0, q) + 1
        if _CYRILLIC.search(text, line_start, line_end):
            _quote_line(text, line_start, line_end, q, edits, spans)
        if nl < 0:
            break
        q = text.find('"', nl + 1)


def _quote_line(text: str, ls: int, le: int, q: int, edits: List[Edit], spans: LineSpans) -> None:
    positions = []
    while q >= 0:
        positions.append(q)
        q = text.find('"', q + 1, le)
    if len(positions) % 2:
        return
    depth = 0
    out = []
    opened = []  # positions of the open quotes, innermost last
    wrappers = set()  # quotes that only wrap a « » span: dropped
    for p in positions:
        prev = text[p - 1] if p > ls else ""
        nxt = text[p + 1] if p + 1 < le else ""
        can_open = (prev == "" or prev.isspace() or prev in _OPEN_BEFORE or prev.isalpha()) and nxt != "" \
            and not nxt.isspace() and nxt not in _STOP_AFTER
        can_close = prev != "" and not prev.isspace() and prev not in "([{«„"
        if can_open and not can_close:
            role = "open"
        elif can_close and not can_open:
            role = "close"
        elif can_open and can_close:
            role = "close" if depth else "open"
        else:
            return
        if role == "open":
            depth += 1
            if depth > 2:
                return
            out.append((p, "«" if depth == 1 else "„"))
            opened.append(p)
        else:
            if depth == 0:
                return
            out.append((p, "»" if depth == 1 else "“"))
            depth -= 1
            o = opened.pop()
            if text[o + 1] == "«" and text[p - 1] == "»":
                wrappers.update((o, p))
    if depth:
        return
    for p, ch in out:
        rep = ch
        if p in wrappers:
            edits.append(Edit(p, p + 1, "", "straight quotes around « » dropped"))
            continue
        if spans.inside(p, p + 1):
            pass  # no space added inside a URL: it would cut the URL short, and what follows it is unprotected
        elif lookalike_latin_near(text, p, p):
            pass  # no space added next to a look-alike Latin word (see text.protected)
        elif ch == "«" and p > ls and text[p - 1].isalpha():
            rep = " «"  # ЖШС"Алатау" → ЖШС «Алатау»
        elif ch == "»" and p + 1 < le and text[p + 1].isalpha() and not _suffix_after(text, p + 1):
            rep = "» "  # "Тошибамен"бірігіп → «Тошибамен» бірігіп
        edits.append(Edit(p, p + 1, rep, "straight quotes to « »"))


def _suffix_after(text: str, i: int) -> bool:
    w = _word_after(text, i)
    return w in ALL_SUFFIX_FORMS and (i + len(w) >= len(text) or text[i + len(w)] != "-")


def _prev_for_dots(text: str, s: int, e: int) -> str:
    """The character before the dot run ``text[s:e]``, looking past a stray space run that
    the spacing step will drop ("сөз .." is treated as "сөз..")."""
    prev = text[s - 1] if s > 0 else ""
    if prev and prev in _HSET:
        nxt = text[e] if e < len(text) else ""
        if nxt and nxt.isalnum():
            return ""  # " ..және": a leading ellipsis, spacing keeps the space
        j = s - 1
        while j >= 0 and text[j] in _HSET:
            j -= 1
        prev = text[j] if j >= 0 and text[j] not in "\r\n" else ""
        if not prev or not (prev.isalnum() or prev in _WORDISH):
            return ""
    return prev


def _dd_ok(text: str, s: int) -> bool:
    nxt = text[s + 2] if s + 2 < len(text) else ""
    if nxt and nxt in "/\\":
        return False  # ../path
    prev = _prev_for_dots(text, s, s + 2)
    if not prev or prev.isspace() or prev in "?!./\\":
        return False  # "cd ..", "Не?..", a leading ".."
    if prev.isdigit() and nxt.isdigit():
        return False  # 1..10
    return prev.isalnum() or prev in _WORDISH or prev in ",;:"


@register("punctuation", doc="'..' to '.', straight quotes to « », spaced hyphen to a dash, space after a glued »",
          config=Config, profiles={"chars": Config(ask_lexicon=False)}, quiet_lines=True, untouched=chars_untouched)
def punctuation(text: str, ctx: Context) -> List[Edit]:
    # (NO_EDITS: nothing proposed, so core.passes may remember the text)
    found = _matches(text)
    mixed = ",," in text or ",." in text or ".," in text
    if found is None and not mixed and '"' not in text:
        return NO_EDITS  # (speed: most lines hold nothing this step looks at)
    edits: List[Edit] = []
    spans = LineSpans(text)
    line_end, cyrillic, dash = -1, False, "–"  # the current line's end, script and dash (see the dash case)
    for m in found or ():
        kind = m.lastgroup
        s, e = m.span()
        if kind == "dots":
            if e - s == 3 and s > 0 and text[s - 1] in "?!":
                edits.append(Edit(s, e, "..", "'?...' to '?..'"))
                continue
            if e - s not in (2, 4):
                continue
            if spans.inside(s, s + 1):
                continue  # nothing inside URLs and e-mail addresses
            if e - s == 2:
                if _dd_ok(text, s):
                    edits.append(Edit(s, e, ".", "doubled full stop"))
            else:
                prev = _prev_for_dots(text, s, e)
                if prev and (prev.isalnum() or prev in _WORDISH):
                    edits.append(Edit(s, e, "...", "four dots to an ellipsis"))
        elif kind == "dash":
            prev = text[s - 1] if s > 0 else ""
            nxt = text[e] if e < len(text) else ""
            if not prev or prev.isspace() or prev in "-–—" or not nxt or nxt.isspace() or nxt in "-–—":
                continue
            k = s
            while text[k] in _HSET:
                k += 1
            j = k
            while text[j] in "-—":
                j += 1
            if "-" not in text[k:j]:
                continue  # a spaced em dash: correct as it is
            if k >= line_end:  # the line's dash and script, found once per line (linear time)
                ls = text.rfind("\n", 0, k) + 1
                line_end = text.find("\n", j)
                line_end = len(text) if line_end < 0 else line_end
                cyrillic = _CYRILLIC.search(text, ls, line_end) is not None
                dash = "—" if _EM_DASH_BETWEEN.search(text, ls, line_end) else "–"
            if cyrillic:  # (a line without Cyrillic is not Kazakh: its own typography)
                edits.append(Edit(k, j, dash, "spaced hyphen to the line's dash"))
        else:
            if text[s] == "»":
                if (e < len(text) and text[e] in LETTERS and not spans.inside(s, s + 1) and not _suffix_after(text, e)
                        and not lookalike_latin_near(text, e, e)):
                    edits.append(Edit(e, e, " ", "space after a closing »"))
            elif s > 0 and text[s - 1] in LETTERS and not spans.inside(s - 1, s) and not lookalike_latin_near(text, s, s):
                edits.append(Edit(s, s, " ", "space before an opening «"))
    if mixed:
        _mixed_marks(text, edits, ctx.lexicon if ctx.config("punctuation").ask_lexicon else None, spans)
        edits.sort(key=_START)
    if '"' in text:
        _quote_edits(text, edits, spans)
        edits.sort(key=_START)
    if not edits:
        return NO_EDITS
    return typography_lines_only(text, edits, ctx, ctx.config("punctuation").ask_lexicon, "punctuation")


def _START(e: Edit) -> int:
    return e.start


def _line_rx(line: str):
    """The regex for ``line``: :func:`dash_rx` with a dash after a space, else the same without the dash
    alternative (its other matches are then the same: the alternatives match disjoint characters, and a dash
    match with no hyphen makes no edit) when there is anything it finds, else None."""
    if "-" in line and _DASH_NEAR.search(line):
        return dash_rx()
    if ".." in line or "«" in line or "»" in line:  # (what _RX_NODASH needs; found faster than its class)
        return _RX_NODASH
    return None


def _matches(text: str):
    """The matches in ``text`` that can make an edit, found line by line (no match crosses a line end) with
    each line's :func:`_line_rx`: a document then costs about the sum of its lines.  None: no line has a
    regex to run (the caller may then skip its other work)."""
    if "\n" not in text:
        rx = _line_rx(text)
        return None if rx is None else rx.finditer(text)
    if "-" not in text and ".." not in text and "«" not in text and "»" not in text:
        return None
    found = []
    a = 0
    for line in text.split("\n"):
        rx = _line_rx(line)
        if rx is not None:
            found.append(rx.finditer(text, a, a + len(line)))
        a += len(line) + 1
    return chain.from_iterable(found)


def _mixed_marks(text: str, edits: List[Edit], lex, spans: LineSpans) -> None:
    """``,,`` → ``,``; ``,.`` / ``.,`` after a word → the comma before a lower-case word, else the full stop
    (``.,`` only after a finite verb, which no abbreviation is, and never without a lexicon)."""
    for m in _MIXED_MARKS.finditer(text):
        s, e = m.span()
        if spans.inside(s, e):
            continue
        if m.group() == ",,":
            edits.append(Edit(s, e, ",", "comma typed twice"))
            continue
        if m.group() == ".,":
            k = s
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            word = text[k:s].lower()
            if lex is None or (k > 0 and text[k - 1] == ".") or not _finite_verb(lex, word):
                continue  # т.б., млн., халықар.: an abbreviation's full stop and the clause's comma
        j = e
        while j < len(text) and text[j] in _HSET:
            j += 1
        mark = "," if j < len(text) and text[j].isalpha() and text[j].islower() else "."
        edits.append(Edit(s, e, mark, "a comma and a full stop together: one mark"))


def _finite_verb(lex, word: str) -> bool:
    """``word`` reads as a finite verb (аурады, келді), which no abbreviation does (мыс., млн., халықар.)."""
    return len(word) >= 3 and any(pos == "v" and names and names[-1] in SENTENCE_FINAL
                                  for _stem, pos, _suf, names in parses(lex, word))
