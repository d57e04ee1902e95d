"""The ``linebreak_hyphen`` step: a word broken at a line end and left with its hyphen is joined again.

``прези- дент``, ``арасын-\n да``, a soft hyphen before a line break: joined.  A known hyphenated
compound broken at its own hyphen keeps the hyphen (``ата-\nана`` -> ``ата-ана``).  This is the one
step that may remove a ``"\n"``: it rejoins the two lines and says so in the change note.  A plain
in-word hyphen (``ата-ана``) is never touched.  Decisions (``linebreak_decision``) are remembered per
pair of halves by the pipeline (``word_cache``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, List, Optional

from ..core.edits import NO_EDITS, Edit, apply_edits
from ..core.registry import register
from ..kazakh.alphabet import VOWEL_LETTERS
from ..kazakh.closed_classes import CONJUNCTIONS
from ..lexicon.queries import is_compound, safe
from ..text.tokens import casing_of, is_cyrillic_token, paired
from ..text.unicode import LINEBREAK_HYPHENS, LINEBREAK_SPACES
from ..text.language import outside_russian_lines
from .word_cache import MISSING, step_memos

__all__ = ["Config", "DEFAULTS", "linebreak_hyphen", "linebreak_decision", "linebreak_untouched"]


@dataclass(frozen=True)
class Config:
    """The ``linebreak_hyphen`` step's settings (``Pipeline.with_config("linebreak_hyphen", max_passes=1)``)."""

    max_passes: int = 9  # a word broken several times is joined break by break: at most this many passes
    memo_size: int = 50_000  # pairs of halves whose decision is remembered (speed only)


DEFAULTS = Config()

BREAK_CHAR = re.compile("[" + re.escape(LINEBREAK_HYPHENS) + "]")
# a break _linebreak_pass acts on: a soft hyphen, or a hyphen with spaces or a line end after it (a plain in-word
# hyphen, ата-ана, is passed over there): a text with none is left alone
_GAP_BREAK = re.compile("\u00ad|[" + re.escape(LINEBREAK_HYPHENS) + "](?=["
                        + re.escape("".join(sorted(LINEBREAK_SPACES))) + "\n])")


def _letters_left(text: str, i: int) -> int:
    """Start of the word ending at ``i``; soft hyphens between letters belong to the word
    (this same pass removes them, so a decision must see the word they break)."""
    j = i
    while j > 0:
        ch = text[j - 1]
        if ch.isalpha() or (ch == "\u00ad" and j >= 2 and text[j - 2].isalpha() and j < len(text)
                            and text[j].isalpha()):
            j -= 1
        else:
            break
    return j


def _letters_right(text: str, i: int) -> int:
    """End of the word starting at ``i`` (soft hyphens between letters included)."""
    j = i
    n = len(text)
    while j < n:
        ch = text[j]
        if ch.isalpha() or (ch == "\u00ad" and j > i and j + 1 < n and text[j + 1].isalpha()):
            j += 1
        else:
            break
    return j


# halves this long that are each a word, around a hyphen with no newline after it, are two words and a dash
# typed without its left space (амебасы- қарапайымдардың), unless they join into a known word: a line-break
# fragment of two letters (арасын- да) is a suffix far more often than a word
WORD_HALF_MIN = 3


def linebreak_decision(left: str, right: str, lex, newline: bool = True) -> Optional[str]:
    """What ``left-<break>right`` becomes: the joined word, ``left-right``, or ``None`` (leave it).

    KAZAKH_FACTS §7.2: a known compound keeps its hyphen; otherwise a known
    joined form is joined; otherwise a paired word or two capitalised names keep
    the hyphen, and anything else is joined (line-break fragments are usually
    not words).  Latin-script pieces are joined only into a known foreign word.  With no newline in the gap
    (``newline=False``), two halves that are each a known word of ``WORD_HALF_MIN`` letters or more stay.
    """
    if not left or not right:
        return None
    lc, rc = casing_of(left), casing_of(right)
    if lc == "x" or rc == "x":
        return None
    if rc == "t" and lc == "l":
        return None  # a new sentence or a name on the next line, not a continuation
    if is_cyrillic_token(left) != is_cyrillic_token(right):
        return None  # the two halves of one word are in one script (I-\nа is no broken word)
    joined = left + right
    hyph = left + "-" + right
    if is_compound(lex, left, right):
        return hyph
    if safe(lex.known, joined) and (not VOWEL_LETTERS.isdisjoint(joined.lower()) or not is_cyrillic_token(joined)):
        return joined  # (the list knows vowelless abbreviations, ңг: no word broken at a line end)
    if not is_cyrillic_token(joined):
        if safe(lex.is_english, joined) or safe(lex.is_russian, joined):
            return joined
        return None
    if not newline and len(left) >= WORD_HALF_MIN and len(right) >= WORD_HALF_MIN and safe(lex.known, left) \
            and safe(lex.known, right):
        return None  # "көпіршікке- финкаға": a dash that lost its left space, not a broken word
    if right.lower() in CONJUNCTIONS:
        return None  # a hanging hyphen: "орта- және шағын"
    if not any(ch in VOWEL_LETTERS for ch in left.lower()):
        return None  # an abbreviation before the hyphen (млн- жылдар)
    if paired(left, right) or (lc == "t" and rc == "t"):
        return hyph
    return joined


def linebreak_untouched(ctx) -> Callable[[str], bool]:
    """The step's ``untouched`` test (:mod:`kaznorm.core.registry`): its first return, no soft hyphen and no hyphen
    with a gap after it (``_linebreak_pass`` would go past every break)."""
    search = _GAP_BREAK.search
    return lambda text: search(text) is None


@register("linebreak_hyphen",
          doc="rejoin words hyphenated at a line break (прези- дент -> президент); may join two lines",
          needs_lexicon=True, config=Config, quiet_lines=True, untouched=linebreak_untouched)
def linebreak_hyphen(text: str, ctx) -> List[Edit]:
    # (NO_EDITS: nothing proposed, so core.passes may remember the text)
    if _GAP_BREAK.search(text) is None:  # no break _linebreak_pass acts on
        return NO_EDITS
    cfg: Config = ctx.config("linebreak_hyphen")
    if cfg.max_passes < 1:
        return NO_EDITS
    edits = _linebreak_pass(text, ctx, cfg)
    if not edits:
        return NO_EDITS
    edits = outside_russian_lines(text, edits, ctx, "linebreak_hyphen")  # (a Russian hanging hyphen stays)
    # A word broken more than once (колданыс-\nта\xad\nғ-\n ы) is judged break by break, each on the part
    # after it as far as the next break; a break left alone may be joined once its neighbour is (a second
    # run would do it).  So passes repeat on the result until one changes nothing (or ``max_passes`` ran),
    # and their edits, all at breaks the earlier passes left alone, are carried back to this text's offsets.
    for _ in range(cfg.max_passes - 1):
        if not edits:
            break
        cur = apply_edits(text, edits)
        if BREAK_CHAR.search(cur) is None:
            break
        more = _linebreak_pass(cur, ctx, cfg)
        if not more:
            break
        shift, k, back = 0, 0, []
        for e in more:  # each in text the earlier edits left alone: every earlier edit is before or after it
            while k < len(edits) and edits[k].start + shift + len(edits[k].replacement) <= e.start:
                shift += len(edits[k].replacement) - (edits[k].end - edits[k].start)
                k += 1
            back.append(Edit(e.start - shift, e.end - shift, e.replacement, e.note))
        merged = sorted(edits + back, key=lambda e: (e.start, e.end))
        edits = [e for i, e in enumerate(merged) if i == 0 or e.start >= merged[i - 1].end]
    return edits


def _linebreak_pass(text: str, ctx, cfg: Config) -> List[Edit]:
    edits: List[Edit] = []
    lex = cache = None
    n = len(text)
    last_end = 0
    carry = ""
    carry_at = -1  # where the word joined by the last edit continues
    for m in BREAK_CHAR.finditer(text):
        h = m.start()
        if h < last_end or h == 0 or not text[h - 1].isalpha():
            continue
        # the gap: horizontal spaces, at most one newline, horizontal spaces
        g = h + 1
        while g < n and text[g] in LINEBREAK_SPACES:
            g += 1
        newline = False
        if g < n and text[g] == "\n":
            newline = True
            g += 1
            while g < n and text[g] in LINEBREAK_SPACES:
                g += 1
        soft = text[h] == "\u00ad"
        if g == h + 1 and not soft:
            continue  # a plain in-word hyphen (ата-ана): not a line-break artefact
        if g >= n or not text[g].isalpha():
            continue
        if soft and g == h + 1:
            # a soft hyphen inside a word is always removable
            edits.append(Edit(h, h + 1, "", "soft hyphen removed"))
            last_end = h + 1
            continue
        ls = _letters_left(text, h)
        left = text[ls:h].replace("\u00ad", "")
        if ls == carry_at and carry:
            left = carry + left  # a word broken twice: decide on all of it, as a second run would
        right = text[g:_letters_right(text, g)].replace("\u00ad", "")
        if lex is None:
            lex = ctx.lexicon
            cache = step_memos(ctx, "linebreak_hyphen").decisions
        key = left + ("-\n" if newline else "- ") + right
        dec = cache.get(key, MISSING)
        if dec is MISSING:
            try:
                dec = linebreak_decision(left, right, lex, newline)
            except Exception:  # a bug in one decision must not break cleaning
                dec = None
            cache[key] = dec
        if dec is None:
            carry = ""
            continue
        rep = "-" if dec == left + "-" + right else ""
        carry = "" if rep else left
        note = ("line-break hyphen: lines rejoined" if newline else "line-break hyphen removed") + \
            (" (compound hyphen kept)" if rep else "")
        edits.append(Edit(h, g, rep, note))
        last_end = g
        carry_at = g
    return edits
