"""Suffix hyphens: ``200 ден`` → ``200-ден``, ``АҚШтың`` → ``АҚШ-тың``, ``Corporationмен`` → ``Corporation-мен``.

A case or derivational ending written after digits, a capital abbreviation or a
Latin-script word takes a hyphen in Kazakh.  The step writes it when the
letters after the stem are *exactly* a suffix form from a closed list (plural,
3rd-person possessive, the seven cases, -дағы/-дегі, -ғы/-гі, -лық/-лік,
ordinal -ыншы/-інші and its short written form -шы/-ші, and the common chains
of these).  After digits the form must also agree with how the number is read
aloud (``200`` is *екі жүз*: front vowel, final з → ``200-ден``, not
``200-дан``; a time on the hour is read by its hour or digit by digit, so both
``18:00-ге`` and ``13:00-ден`` are taken); a short ordinal written in the other
harmony gets the number's (``2 шы`` → ``2-ші``: екінші).  After abbreviations
and Latin words the pronunciation is not computed, so any closed-list form is
accepted.

A *separate* word after the stem (``200 ден``) is joined only when it is a bare
suffix that is not also a word or particle of its own: ``5 мен 6``, ``1990
жылдары``, ``2 нан`` ("two loaves"), ``ҚР да`` stay as they are; so does
``8000 да``: the particle да "also, even" takes the harmony of the locative
-да, so nothing in the two words tells them apart.  Roman
numerals, look-alike-only Latin stems (``EXPO`` could be Cyrillic letters) and
anything already hyphenated are left alone.

Settings (:class:`Config`): what counts as a capital abbreviation.  The suffix forms are facts
(``kazakh.suffixes``, ``kazakh.numbers``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, List

from ..kazakh.alphabet import LOWER_CLASS, UPPER_CLASS, UPPER_LETTERS
from ..kazakh.lookalikes import LOOKALIKE_LATIN
from ..kazakh.suffixes import ALL_SUFFIX_FORMS, BARE_SUFFIXES
from ..kazakh.numbers import number_suffix_forms, number_word, short_ordinal
from ..core.context import BoundedSet, Context
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from ..text.language import kazakh_lines_only
from ..text.linebreaks import line_breaks
from ..text.unicode import char_class

__all__ = ["Config", "DEFAULTS", "suffix_hyphen", "suffix_hyphen_untouched"]


@dataclass(frozen=True)
class Config:
    """Settings of the ``suffix_hyphen`` step (the ``aggressive`` profile uses the same)."""

    abbreviation_len: int = 8  # letters of the longest Cyrillic abbreviation taken as a stem (АҚШ, ҚазҰУ; 12 at most)
    abbreviation_capitals: int = 2  # capitals a Cyrillic abbreviation needs
    memo_size: int = 50_000  # texts of matches remembered as passed over wherever they stand (speed only)


DEFAULTS = Config()

# an ordinal -шы/-ші after digits written in the other harmony (2 шы -> 2-ші): the share judged right (the
# real-noise gold of issue 21; the ending after digits is the ordinal, its harmony the number's)
ORDINAL_CONFIDENCE = 0.95

# One pass over the text; each match starts only at a word start, so every word is
# scanned a bounded number of times: linear time.  The pattern opens with the
# character class of a stem's first letter (a digit, a Latin letter, a Cyrillic
# capital), not with the word-start look-behind: the regex engine then skips the
# long stretches of lower-case words in C instead of trying every position.  The
# look-behind ``(?<!\w.)`` after that letter says "no word character before it".
# The groups hold the stem without its first character (``m.start()`` is the stem's start).
# The opening class lists 0-9 and every character from U+0660 up instead of ``\d`` (the
# other decimal digits all lie there): testing ``\d`` on each letter cost more than the
# few extra entries (dashes, quotes) that the ``(?<=\d)`` of the number branch turns away.
# A suffix is read up to 8 letters, one more than the longest form in ALL_SUFFIX_FORMS; an
# abbreviation stem up to 12 letters (Config.abbreviation_len then says which are abbreviations).
# That opening class, [0-9A-Za-z{UPPER_CLASS}\u0660-\U0010ffff], is written as the negation of the code
# points below U+0660 it leaves out: the same set, compiled in a fraction of the time (re builds a class's
# table code point by code point).
OPENING_NOT = char_class(chr(c) for c in range(0x660) if not (chr(c) in "0123456789" or "A" <= chr(c) <= "Z"
                                                             or "a" <= chr(c) <= "z" or chr(c) in UPPER_LETTERS))
_RX = re.compile(
    rf"[^{OPENING_NOT}](?<![\w].)(?:"
    rf"(?<=\d)(?P<num>\d*)(?P<nsep>[ \u00a0]?)(?P<nsuf>[{LOWER_CLASS}]{{1,8}})"
    rf"|(?<=[A-Za-z])(?P<lat>[A-Za-z]+)(?P<lsep>[ \u00a0]?)(?P<lsuf>[{LOWER_CLASS}]{{1,8}})"
    rf"|(?<=[{UPPER_CLASS}])(?P<abbr>[{UPPER_CLASS}{LOWER_CLASS}]{{0,10}}[{UPPER_CLASS}])(?P<asep>[ \u00a0]?)(?P<asuf>[{LOWER_CLASS}]{{1,8}})"
    rf")(?![\w])"
)

_ROMAN = re.compile(r"[IVXLCDM]+\Z")


def _abbreviation(stem: str, cfg: Config = DEFAULTS) -> bool:
    ups = sum(1 for c in stem if c.isupper())
    return ups >= cfg.abbreviation_capitals and len(stem) <= cfg.abbreviation_len


def _passed_over(ctx) -> BoundedSet:
    """The matches of ``_RX`` (their text) that :func:`suffix_hyphen` passed over by their text alone, wherever
    they stand (all but a number of zeros after a colon, read with the hour before it)."""
    return ctx.cache("suffix_hyphen.passed_over", lambda: BoundedSet(ctx.config("suffix_hyphen").memo_size))


def suffix_hyphen_untouched(ctx) -> Callable[[str], bool]:
    """The step's ``untouched`` test (:mod:`kaznorm.core.registry`): a line where its pattern matches nothing, or
    only texts it passed over (:func:`_passed_over`), so its loop makes no edit."""
    search, finditer, passed = _RX.search, _RX.finditer, _passed_over(ctx)

    def untouched(text: str) -> bool:
        if search(text) is None:
            return True
        for m in finditer(text):
            if m.group() not in passed:
                return False
        return True

    return untouched


@register("suffix_hyphen", doc="hyphen before a case/derivational suffix after digits, abbreviations, Latin words (200-ден)",
          needs_lexicon=True, config=Config, quiet_lines=True, untouched=suffix_hyphen_untouched)
def suffix_hyphen(text: str, ctx: Context) -> List[Edit]:
    edits: List[Edit] = []
    breaks = None
    cfg = None
    passed = _passed_over(ctx)  # (each match passed over by its text alone is remembered there)
    for m in _RX.finditer(text):
        st = m.start()
        fix = None
        # where the loop passes the match over below, its text alone decided (a number of zeros aside: its forms
        # may come from the hour before it)
        by_text = m.group("num") is None or text[st:m.end("num")].strip("0")
        if m.group("num") is not None:
            stem, sep, suf, kind = text[st:m.end("num")], m.group("nsep"), m.group("nsuf"), "number"
            forms = number_suffix_forms(stem)
            if not stem.strip("0") and st >= 2 and text[st - 1] == ":" and text[st - 2].isdigit():
                # a time on the hour is read by its hour (18:00-ге: он сегіз) or digit by digit (13:00-ден:
                # нөл нөл); both are written
                k = st - 1
                while k > 0 and text[k - 1].isdigit():
                    k -= 1
                forms = number_suffix_forms(text[k:st - 1]) | forms
            # a decimal or grouped number (4,5 / 1 000 / 3.14) is read by its last group
            if suf not in forms:
                # the short ordinal in the other harmony (2 шы): the ending can only be the ordinal there, and
                # the number says which form it takes (екінші: 2-ші)
                fix = short_ordinal(stem) if suf in ("шы", "ші") else None
                if fix is None or fix == suf:
                    if by_text:
                        passed.add(m.group())
                    continue
        elif m.group("lat") is not None:
            stem, sep, suf, kind = text[st:m.end("lat")], m.group("lsep"), m.group("lsuf"), "Latin word"
            if all(c in LOOKALIKE_LATIN for c in stem) or _ROMAN.match(stem) or suf not in ALL_SUFFIX_FORMS:
                passed.add(m.group())
                continue
        else:
            stem, sep, suf, kind = text[st:m.end("abbr")], m.group("asep"), m.group("asuf"), "abbreviation"
            if cfg is None:
                cfg = ctx.config("suffix_hyphen")
            if not _abbreviation(stem, cfg) or suf not in ALL_SUFFIX_FORMS:
                passed.add(m.group())
                continue
        if sep and suf not in BARE_SUFFIXES:
            if by_text:
                passed.add(m.group())
            continue
        if breaks is None:
            breaks = line_breaks(text)
        if m.end() in breaks[0] or st in breaks[1]:
            # a part of a word broken at a line end (ҚӘі-\nө): not a whole word; linebreak_hyphen,
            # a later step, judges the word it may become, and a hyphen here would change that
            continue
        pos = st + len(stem)
        if fix is not None:
            edits.append(Edit(pos, m.end(), "-" + fix, f"ordinal -{fix} after number (harmony of {number_word(stem)})",
                              ORDINAL_CONFIDENCE))
        else:
            edits.append(Edit(pos, pos + len(sep), "-", f"suffix -{suf} after {kind}"))
    if not edits:
        return NO_EDITS  # (nothing proposed: core.passes may remember the text)
    return kazakh_lines_only(text, edits, ctx, "suffix_hyphen")
