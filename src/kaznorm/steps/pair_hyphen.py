"""The ``pair_hyphen`` step: paired and repeated words written with a space get their hyphen (``көп көп`` →
``көп-көп``, ``тап таза`` → ``тап-таза``, ``аман есен`` → ``аман-есен``).

Two words with only white space between them (on one line, no punctuation) are joined with a hyphen when
``a-b`` is a hyphenated compound of the lexicon (its second part possibly inflected: ``бір біріне``) and
(``kazakh.pairs``)

* ``b`` is ``a`` said twice and the corpora write ``a-a`` with the hyphen and never apart (``көп көп``,
  ``қайта қайта``, ``тез тез``; ``айта айта`` is not, so a word typed twice stays), or ``a`` is the
  intensive syllable of ``b`` (``кіп кішкентай``, ``тап таза``, ``жұп жұмсақ``): with the hyphen
  ``Config.min_count`` times in the corpora in the default profile, fewer in ``aggressive``
  (``Config.rare_confidence``: ``ап айқын``, ``теп тегіс``);
* or ``b`` echoes ``a`` with one vowel changed (``шарт шұрт``);
* or the corpora write ``a-b`` with the hyphen ``Config.min_count`` times and ``Config.ratio`` times as often
  as apart (``азық түлік``, ``ойын сауық``): in the ``aggressive`` profile only (``Config.listed_confidence``),
  since edited text writes many such pairs apart and a few of them are phrases (``ғылыми зерттеулер``).

A word said three times or more (``өте өте өте``) is left as it is.

Left alone: pairs the corpora mostly write apart (``кез келген``, ``алдын ала``, ``әр түрлі``: the compounds
list's ``spaced`` section), a pair with a capitalised word inside a sentence (names: ``Абай Шәкәрім``), pairs
across punctuation or a line break, a word already hyphenated, lines in another language.  The step runs
after ``keyboard``, so that a pair typed on a Russian layout (``кайта кайта``) is judged as the words it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, List, Optional, Tuple

from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from ..kazakh.alphabet import LETTER_CLASS
from ..kazakh.closed_classes import FUNCTION_WORDS
from ..kazakh.pairs import echo_pair, intensive_pair, reduplicated
from ..lexicon.queries import (compound_firsts, compound_keys, count, derived_index, is_compound, pair_count, safe,
                               spaced)
from ..text.language import kazakh_lines_only
from ..text.protected import inside, protected_spans
from ..text.tokens import casing_of, sentence_initial
from .word_cache import MISSING, StepMemos, step_memos

__all__ = ["Config", "DEFAULTS", "pair_hyphen", "pair_decision", "pair_hyphen_untouched"]


@dataclass(frozen=True)
class Config:
    """Settings of the ``pair_hyphen`` step (the ``aggressive`` profile uses the same)."""

    min_count: int = 2  # a listed pair (not a repetition) written with the hyphen this often in the corpora ...
    ratio: int = 3  # ... and this many times as often as apart
    # confidence (Edit.confidence: the share of such changes judged right on the reviews of the unseen halves and
    # the real-noise gold of issue 21)
    confidence: float = 0.95  # a word said twice, an intensive pair
    # a pair the corpora write with the hyphen: right on reviews (азық түлік, қарым қатынас, жеміс жидек) and
    # mostly on edited text by the rules (әлеуметтік экономикалық, әдет ғұрпын), but there a few are phrases
    # (ғылыми зерттеулер, шаруа қожалықтары) and edited text writes many apart: aggressive only
    listed_confidence: float = 0.85
    # a word said twice or an intensive pair that the corpora write with the hyphen only once or never (басты
    # басты, ап айқын: right by the rules, but edited text that writes them apart is left by the default)
    rare_confidence: float = 0.85
    memo_size: int = 50_000  # pairs whose decision is remembered (speed only)


DEFAULTS = Config()

# a word, white space (no line break), the next word; neither part of a hyphenated word
_PAIR = re.compile(rf"(?<![{LETTER_CLASS}\-‐])([{LETTER_CLASS}]{{2,}})([ \t\u00a0]+)"
                   rf"(?=([{LETTER_CLASS}]{{2,}})(?![{LETTER_CLASS}\-‐]))")


def pair_decision(a: str, b: str, lex, cfg: Config = DEFAULTS) -> Optional[Tuple[float, str]]:
    """(confidence, why) when the lower-case words ``a b`` are a pair written with a hyphen, else None."""
    if a in FUNCTION_WORDS or not is_compound(lex, a, b) or spaced(lex, a, b):
        return None
    written = max(count(lex, k) for k in compound_keys(a, b))  # with the hyphen, in the corpora
    apart = pair_count(lex, a, b)
    if reduplicated(a, b) or (intensive_pair(a, b) and safe(lex.known, b)):
        if reduplicated(a, b) and (not written or apart):
            return None
        why = "a word said twice" if reduplicated(a, b) else "an intensive pair"
        return (cfg.confidence if written >= cfg.min_count else cfg.rare_confidence), why
    if echo_pair(a, b) and safe(lex.known, a):
        return cfg.confidence, "an echo pair"
    if written >= cfg.min_count and apart * cfg.ratio <= written:
        return cfg.listed_confidence, "a pair the corpora write with the hyphen"
    return None


_WORD_BEFORE = re.compile(rf"([{LETTER_CLASS}]+)[ \t\u00a0]+\Z")
_WORD_AFTER = re.compile(rf"[ \t\u00a0]+([{LETTER_CLASS}]+)")


def _said_thrice(text: str, start: int, end: int, word: str) -> bool:
    """The word before ``start`` or after ``end`` is ``word`` again (lower case)."""
    before = _WORD_BEFORE.search(text, max(0, start - 60), start)
    after = _WORD_AFTER.match(text, end)
    return bool(before and before.group(1).lower() == word) or bool(after and after.group(1).lower() == word)


def _first_words(lex):
    """Speed only: the lower-case words that may start a pair (:func:`pair_decision`: the first part of a listed
    compound, :func:`compound_firsts`, and no function word); None for a lexicon without a compound list."""
    firsts = compound_firsts(lex)
    if firsts is None:
        return None
    return derived_index(lex, "pair_hyphen.first_words", lambda lx: firsts - FUNCTION_WORDS)


class _Memos(StepMemos):
    """pair_hyphen's memos: also :func:`_first_words` of the context's lexicon (looked up once, not per line)."""

    __slots__ = ("firsts",)

    def __init__(self):
        super().__init__()
        self.firsts = MISSING


def _decision(memos, lex, a: str, b: str, cut: float) -> Optional[Tuple[float, str]]:
    """:func:`pair_decision` for the words ``a b`` (as typed), remembered; None below the confidence ``cut``."""
    key = (a.lower(), b.lower())
    rep = memos.decisions.get(key, MISSING)
    if rep is MISSING:
        try:
            rep = pair_decision(key[0], key[1], lex, memos.cfg)
        except Exception:  # a bug in one decision must not break cleaning
            rep = None
        memos.decisions[key] = rep
    return None if rep is None or rep[0] < cut else rep


def _nothing_to_hyphenate(text: str, ctx) -> bool:
    """No white space that may part a pair, or no pair to hyphenate.  Speed: most lines hyphenate no pair.  The
    pairs' words alone (findall: no match objects) tell that, by the checks of :func:`pair_hyphen` that need no
    position; only a line with a pair left to hyphenate is gone through with them."""
    if " " not in text and "\t" not in text and "\u00a0" not in text:
        return True
    memos, lex, cut = step_memos(ctx, "pair_hyphen", _Memos), ctx.lexicon, ctx.min_confidence
    firsts = memos.firsts
    if firsts is MISSING:
        firsts = memos.firsts = _first_words(lex)
    decisions = memos.decisions
    for a, _sep, b in _PAIR.findall(text):
        la = a.lower()
        if (firsts is None or la in firsts) and b.islower() and casing_of(a) in ("l", "t"):
            rep = decisions.get((la, b.lower()), MISSING)  # (most are remembered: no call)
            if rep is MISSING:
                rep = _decision(memos, lex, a, b, cut)
            if rep is not None and rep[0] >= cut:
                return False
    return True


def pair_hyphen_untouched(ctx) -> Callable[[str], bool]:
    """The step's ``untouched`` test (:mod:`kaznorm.core.registry`): its first return (:func:`_nothing_to_hyphenate`,
    which asks the step's memos as the step does)."""
    return lambda text: _nothing_to_hyphenate(text, ctx)


@register("pair_hyphen", doc="paired and repeated words written with a space get their hyphen (көп көп -> көп-көп)",
          needs_lexicon=True, config=Config, quiet_lines=True, untouched=pair_hyphen_untouched)
def pair_hyphen(text: str, ctx) -> List[Edit]:
    # (NO_EDITS: nothing proposed, so core.passes may remember the text)
    if _nothing_to_hyphenate(text, ctx):
        return NO_EDITS
    memos = step_memos(ctx, "pair_hyphen", _Memos)
    lex = ctx.lexicon
    cut = ctx.min_confidence
    firsts = memos.firsts
    edits: List[Edit] = []
    spans = None
    last_end = -1
    for m in _PAIR.finditer(text):
        a, b = m.group(1), m.group(3)
        if firsts is not None and a.lower() not in firsts:
            continue  # (a pair needs is_compound: its first word starts a listed compound)
        s, gap = m.start(), m.end(2)
        if s < last_end or casing_of(b) != "l":
            continue
        ca = casing_of(a)
        if ca != "l" and not (ca == "t" and sentence_initial(text, s)):
            continue  # a capitalised word inside a sentence: a name (Абай Шәкәрім)
        key = (a.lower(), b.lower())
        if key[0] == key[1] and _said_thrice(text, s, gap + len(b), key[0]):
            continue  # өте өте өте: a word said over and over is no pair
        rep = _decision(memos, lex, a, b, cut)
        if rep is None:
            continue
        if spans is None:
            spans = protected_spans(text)
        if inside(spans, s, gap + len(b)):
            continue
        edits.append(Edit(m.end(1), gap, "-", f"paired words hyphenated; {rep[1]}", rep[0]))
        last_end = gap + len(b)
    if not edits:
        return NO_EDITS
    return kazakh_lines_only(text, edits, ctx, "pair_hyphen")
