"""The ``encoding`` step: repair text decoded with the wrong character set.

Three kinds of damage, checked on every line, so the common case (nothing
suspicious) costs one precompiled regex search:

1. UTF-8 read as cp1251 / cp1252 / latin-1 ("ТљР°Р·Р°Т›", "ÒšÐ°Ð·Ð°Ò›").
   A suspicious span is a run of at least two "lead + continuation" pairs
   (a lead is what a UTF-8 lead byte D0-D3 / C2-C3 / E2 looks like in the wrong
   charset, a continuation what a byte 80-BF looks like), possibly with ASCII
   between the pairs.  Only that span is handed to ``ftfy.fix_encoding``; the
   rest of the text is never given to ftfy.  ftfy is imported on first need.

2. KZ-1048 / old "KZ" fonts read as cp1251 (``Ќазаќстан Республикасыныѕ``) and
   PTCP154 read as cp1251.  The KZ-font letters (Ј Є Ќ Ѕ Ґ Ў Ї Ћ and lower
   case) are real letters of Ukrainian, Belarusian, Uzbek, Serbian and
   Macedonian, so the rule is built on alphabets, and each line is judged by
   itself ("text" below: a line, or lines joined by a line-break hyphen; so
   ``clean(document)`` decides as ``clean`` of each line, at the cost of its lines):

   * a word is *evidence* when it holds a KZ-font letter and its letters fit
     none of those alphabets (``жаќсы``: ы is not Macedonian; ``ўлттыќ``: no
     language has both ў and ќ; ``Республикасыныѕ``);
   * when the text has at least one evidence word and no letter that only a
     foreign alphabet has (ђ љ џ ҳ ...), every word with KZ-font letters in it
     is mapped (so ``Ќазаќстан`` next to ``Республикасыныѕ`` is mapped too);
   * a text with і (Cyrillic, or a Latin i the lookalike step will convert)
     whose only KZ-font letters are Ќ Ѕ Ј Ћ (or PTCP154's Ѓ Њ) is KZ-font
     Kazakh too: Serbian and Macedonian have no і, Ukrainian and Belarusian no
     Ќ Ѕ Ј Ћ (``Ќазаќ тілі``);
   * so is a text with a frequent Kazakh word or ending spelled in shared
     letters (``жылы``, ``керек``, ``-ында``: ``chars.KAZAKH_MARKER_WORDS``);
   * otherwise nothing is mapped: a Ukrainian sentence (``Київ є столицею
     України, її...``) or a Serbian word (``Југославија``) fits its alphabet
     and stays.  The price: a KZ-font text whose words all happen to fit a
     foreign alphabet (a lone ``Ќазаќ``) is left alone.

   PTCP154 is chosen when the text shows letters only PTCP154 produces (Ѓ Њ
   and the symbols ¤ µ ¦ ± ‡ ‰ inside words), KZ-1048 when it shows letters
   only KZ-1048 produces (Ј Ѕ Ґ Ў Ї) or only the shared ones (Є Ќ Ћ); a text
   with both kinds is left alone.  The two differ on Є/є (Ғ in KZ-1048, Ә in
   PTCP154).

Decomposed forms (к + U+0301 for ќ, і + U+0308 for ї ...) are judged in NFC,
so the ``invisible`` step composing them later cannot change the decision.

Settings (:class:`Config`): the gap allowed inside a mojibake span and the pairs a span needs.
The letter tables and alphabets are facts (module constants and ``kazakh.legacy_encodings``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Tuple

from ..kazakh.alphabet import CYRILLIC_VOWELS
from ..kazakh.legacy_encodings import (FOREIGN_ALPHABETS, FOREIGN_ONLY, KAZAKH_MARKER_ENDINGS, KAZAKH_MARKER_WORDS,
                                      KZ1048_AS_CP1251, KZ1048_SIGNALS, KZ_FONT_ALTERNATIVES, PTCP154_AS_CP1251,
                                      PTCP154_SIGNALS)
from ..kazakh.lookalikes import LATIN_TO_CYRILLIC, VARIANT_LETTERS, WEAK_VARIANT_LETTERS
from ..text.linebreaks import line_units, shifted
from ..text.unicode import ALWAYS_DELETE, BIDI_CONTROLS, EXOTIC_SPACES, JOINERS, LINE_CONTROLS, STRESS_MARKS
from ..core.context import Context
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from .chars_gate import chars_untouched

__all__ = ["Config", "DEFAULTS", "GATE_CLASS", "encoding"]


@dataclass(frozen=True)
class Config:
    """Settings of the ``encoding`` step (the ``aggressive`` profile uses the same)."""

    gap: int = 12  # visible ASCII characters allowed between two mojibake pairs of one span
    min_pairs: int = 2  # "lead + continuation" pairs a span needs to be repaired (one is enough for an E2 punctuation reading)
    ask_lexicon: bool = True  # a KZ-font letter with two readings (ї: ү or һ) takes the one the lexicon knows;
                              # off in the lexicon-free "chars" profile (then the KZ-1048 reading, ү)


DEFAULTS = Config()

# --------------------------------------------------------------------------- mojibake


class _LazyRe:
    """A regex compiled on first use: only the gate is needed on clean lines, so the
    big patterns of the slow path do not cost anything until a suspicious line comes."""

    __slots__ = ("_pattern", "_re")

    def __init__(self, pattern: str):
        self._pattern = pattern
        self._re = None

    def __getattr__(self, name):
        if self._re is None:
            self._re = re.compile(self._pattern)
        return getattr(self._re, name)


def _decode_range(codec: str) -> str:
    out = []
    for b in range(0x80, 0xC0):
        try:
            out.append(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            out.append(chr(b))  # browsers map undefined bytes to the C1 control of the same value
    return "".join(out)


def _cls(chars: str) -> str:
    return "".join("\\u%04x" % ord(c) for c in sorted(set(chars)))


_CONT_1251 = _cls(_decode_range("cp1251"))
_CONT_1252 = _cls(_decode_range("cp1252") + _decode_range("latin-1"))
# leads: UTF-8 D0-D3 in cp1251 are Р С Т У, in cp1252/latin-1 Ð Ñ Ò Ó (Cyrillic: the
# pairs that count); C2/C3 (Latin-1 supplement) are В Г / Â Ã, CE/CF (Greek) О П / Î Ï and
# E2 (punctuation, currency) is в / â followed by two continuation bytes: these may sit in a
# span but do not make one
_E2_1251 = "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ"  # cp1251 readings of 80-8F, the second byte of E2 80-8F
# characters the invisible step deletes between Latin/Cyrillic characters: a pair may have
# them inside (so deleting them later cannot create a pair this step did not see)
_T_CHARS = (
    "".join(chr(c) for c in list(range(0x20)) + list(range(0x7F, 0xA0))
            if chr(c) not in "\t\n\r" and chr(c) not in LINE_CONTROLS)
    + "".join(ALWAYS_DELETE | BIDI_CONTROLS | JOINERS) + "\u200b\u00ad"
)
_T = f"[{_cls(_T_CHARS)}]*"
# the pairs of each wrong charset: a span is made of one charset's pairs, since one text read
# in one wrong charset shows no other (a cp1251 pair next to a cp1252 one, Р°9Ð», is no one
# mojibake run: ftfy would repair a part of it, and a later step changing the characters
# between them must not make a span that a second run repairs)
_STRONG_1251 = f"(?:[РСТУ]{_T}[{_CONT_1251}]|в{_T}[{_E2_1251}]{_T}[{_CONT_1251}])"
_STRONG_1252 = f"(?:[ÐÑÒÓ]{_T}[{_CONT_1252}]|â{_T}[{_CONT_1252}]{_T}[{_CONT_1252}])"
_STRONG = f"(?:{_STRONG_1251}|{_STRONG_1252})"
_PAIR_1251 = f"(?:{_STRONG_1251}|[ВГОП]{_T}[{_CONT_1251}])"
_PAIR_1252 = f"(?:{_STRONG_1252}|[ÂÃÎÏ]{_T}[{_CONT_1252}])"
# between two pairs: at most ``Config.gap`` visible ASCII characters, and any spaces and characters the
# invisible step deletes or makes a space (they do not count: the later steps remove them or
# shorten their runs, and must not make a span that a second run repairs)
_GAP_FREE = f"[ {_cls(_T_CHARS)}{_cls(''.join(EXOTIC_SPACES))}]*"


@lru_cache(maxsize=8)
def _mojibake_span(gap: int) -> "re.Pattern":
    """The pattern of a mojibake span whose pairs are at most ``gap`` visible ASCII characters apart
    (compiled on first need: clean lines stop at the gate)."""
    between = f"{_GAP_FREE}(?:[\\x21-\\x7e]{_GAP_FREE}){{0,{gap}}}"
    return re.compile(f"{_PAIR_1251}(?:{between}{_PAIR_1251})*|{_PAIR_1252}(?:{between}{_PAIR_1252})*")


_PAIR_RE = _LazyRe(_STRONG)
# what every span starts with (a lead, then a continuation): most lines the gate lets through (ё, a
# stress mark) have none, and then the span pattern, slow to compile, is not needed
_ANY_PAIR = _LazyRe(f"[РСТУВГОП]{_T}[{_CONT_1251}]|в{_T}[{_E2_1251}]|[ÐÑÒÓÂÃÎÏâ]{_T}[{_CONT_1252}]")
_STRONG_SINGLE = _LazyRe(f"в{_T}[{_E2_1251}]|â{_T}[{_CONT_1252}]")
_T_RE = _LazyRe(f"[{_cls(_T_CHARS)}]")
_TO_SPACE = str.maketrans(dict.fromkeys(EXOTIC_SPACES, " "))

# --------------------------------------------------------------------------- KZ-font / PTCP154

_KZ_MAP = KZ1048_AS_CP1251
_PT_MAP = PTCP154_AS_CP1251
_SIGNAL_CHARS = set(_KZ_MAP) | set(_PT_MAP)
_PT_SYMBOLS = "¤¦±‡‰"  # not letters: allowed inside a word token only for PTCP154
# what the invisible step removes inside a word: judged (and replaced) without them
_INVIS_IN_WORD = _cls(
    "".join(ALWAYS_DELETE | BIDI_CONTROLS | JOINERS)
    + "\u200b\u00ad\u00ac"
    + "".join(chr(c) for c in list(range(0x20)) + list(range(0x7F, 0xA0))
              if chr(c) not in "\t\n\r" and chr(c) not in LINE_CONTROLS)
)
_INVIS_RE = _LazyRe(f"[{_INVIS_IN_WORD}]")
_EDGE_KEEP = "\u00ac\u00ad"
# stress marks on Cyrillic vowels go (as the invisible step removes them) before NFC
_STRESS_RE = _LazyRe("(?<=[" + "".join(sorted(CYRILLIC_VOWELS)) + "])[\u0300-\u036f]+")


def _drop_stress(m: "re.Match") -> str:
    return "".join(ch for ch in m.group() if ch not in STRESS_MARKS)


# The gate every line passes: one character class of things clean Kazakh text (almost)
# never has.  Mojibake of Cyrillic always shows some of the rarer cp1251 readings of the
# bytes 80-BF (а-п are D0 B0-BF, р-я D1 80-8F), or a cp1252 lead (Ð Ñ Ò Ó Â Ã â).
_COMMON_PUNCT = set("«»–—“”„…‘’‚№§°·©®•™\u00a0\u00ad¬Іі")
# (public, a regex class body: steps/chars_gate.py builds the chars profile's one test with it)
GATE_CLASS = (_cls("".join(_SIGNAL_CHARS) + "".join(set(_decode_range("cp1251")) - _COMMON_PUNCT) + "ÐÑÒÓÂÃâ")
              + "\u0301\u0306\u0308")
_GATE = re.compile(f"[{GATE_CLASS}]")
_WORD = _LazyRe(f"(?:[^\\W\\d_]|[¥{_PT_SYMBOLS}{_INVIS_IN_WORD}\\u0300-\\u036f])+")

_SRMK = frozenset("ЌќЅѕЈјЋћЃѓЊњ")  # letters of Serbian/Macedonian only
_MARKER_RE = _LazyRe(
    "(?<![^\\W\\d_])(?:" + "|".join(sorted(KAZAKH_MARKER_WORDS, key=len, reverse=True)) + ")(?![^\\W\\d_])"
    "|(?<=[^\\W\\d_])(?:" + "|".join(sorted(KAZAKH_MARKER_ENDINGS)) + ")(?![^\\W\\d_])"
)
_UNITS = frozenset("м г л с А В Ф Гц Вт Па Зв мм m g l s A V F Hz W Pa mol моль".split())
_LOOK_TABLE = str.maketrans(LATIN_TO_CYRILLIC)


def _has_marker_word(text: str) -> bool:
    # Latin look-alikes read as the lookalike step will write them and invisible characters as
    # already gone, so the answer is the same before and after those steps
    return _MARKER_RE.search(_T_RE.sub("", text).lower().translate(_LOOK_TABLE)) is not None


_FOREIGN = {k: v for k, v in FOREIGN_ALPHABETS.items() if k != "ru"}
# letters the lookalike step turns into Cyrillic count as that Cyrillic letter here, so
# that this step decides the same before and after lookalike has run
_LOOK = dict(LATIN_TO_CYRILLIC)
_LOOK.update(VARIANT_LETTERS)
_LOOK.update(WEAK_VARIANT_LETTERS)


def _fix_mojibake(text: str, spans: List[Tuple[int, int]], cfg: Config = DEFAULTS) -> List[Edit]:
    edits: List[Edit] = []
    if _ANY_PAIR.search(text) is None:
        return edits
    fix = None
    # a span never crosses a line end: only the lines the gate lets through are searched
    units = line_units(text, (m.start() for m in _GATE.finditer(text))) if "\n" in text else [(0, len(text))]
    pattern = _mojibake_span(cfg.gap)
    for m in (m for a, b in units for m in pattern.finditer(text, a, b)):
        span = m.group()
        if len(_PAIR_RE.findall(span)) < cfg.min_pairs and not _STRONG_SINGLE.search(span):
            continue
        if fix is None:
            from ftfy import fix_encoding as fix  # lazy: keeps `import kaznorm` fast
        # as found, and as the invisible step leaves it (C1 controls and soft hyphens may be bytes
        # of the mojibake itself, or noise inside it; NBSP a byte or a space): the repair that
        # leaves the fewest pairs (ftfy may repair a part only), the first one of those
        best = None
        for cand in dict.fromkeys((span, _T_RE.sub("", span).translate(_TO_SPACE))):
            try:
                fixed = fix(cand)
            except Exception:  # ftfy is a third-party heuristic: never let it break a line
                continue
            if fixed != cand and "\ufffd" not in fixed and len(fixed) < len(cand) and "\n" not in fixed:
                left = len(_PAIR_RE.findall(fixed))
                if best is None or left < best[0]:
                    best = (left, fixed)
        if best is not None:
            edits.append(Edit(m.start(), m.end(), best[1], "mojibake: UTF-8 read in a single-byte charset"))
            spans.append((m.start(), m.end()))
    return edits


def _has_i(text: str, ctx: Context) -> bool:
    """Whether ``text`` has і once the ``invisible`` and ``lookalike`` steps have run on it.

    They run after this step, and a second run sees their output: asking them (rather than
    guessing which Latin i/I the lookalike step converts) makes the decision the same on both
    runs (``Ixө``, ``əXI``: the lookalike step writes ``Іхө``, ``әХІ``).
    """
    from .invisible import invisible  # the steps themselves: no second copy of their rules
    from .lookalike import lookalike

    for step in (invisible, lookalike):
        text = _apply(text, step(text, ctx))
    return "і" in text or "І" in text


def _letters(word: str) -> Optional[str]:
    """Lower-case Cyrillic letters of ``word`` with Latin look-alikes mapped; None if it has other letters."""
    out = []
    for ch in word:
        if ch in _LOOK:
            ch = _LOOK[ch]
        if ch.isalpha():
            if not ("\u0400" <= ch <= "\u052f" or ch == "µ"):
                return None
            out.append(ch.lower())
    return "".join(out)


# a word is a candidate only with one of these (most lines the gate lets through have none)
_KZ_CANDIDATE = re.compile("[" + _cls("".join(_SIGNAL_CHARS)) + "\u0300-\u036f]")


def _kz_font(text: str, skip: List[Tuple[int, int]], ctx: Context) -> List[Edit]:
    """The KZ-font/PTCP154 edits, each line judged by itself (its evidence, its charset)."""
    if "\n" not in text:
        return _kz_font_line(text, skip, ctx) if _KZ_CANDIDATE.search(text) else []
    edits: List[Edit] = []
    for a, b in line_units(text, (m.start() for m in _KZ_CANDIDATE.finditer(text))):
        edits.extend(shifted(_kz_font_line(text[a:b], [(s - a, e - a) for s, e in skip if s < b and e > a], ctx), a))
    return edits


def _kz_font_line(text: str, skip: List[Tuple[int, int]], ctx: Context) -> List[Edit]:
    cands = []
    pt_votes = kz_votes = 0
    si = 0  # skip spans are sorted and disjoint: one pointer keeps this linear
    for m in _WORD.finditer(text):
        w = m.group()
        if not any(ch in _SIGNAL_CHARS or "\u0300" <= ch <= "\u036f" for ch in w):
            continue
        ws, we = m.start(), m.end()
        # a soft hyphen or ¬ at a word's edge stays (linebreak_hyphen may need it); inside, it goes
        while ws < we and text[ws] in _EDGE_KEEP:
            ws += 1
        while we > ws and text[we - 1] in _EDGE_KEEP:
            we -= 1
        w = text[ws:we]
        while si < len(skip) and skip[si][1] <= ws:
            si += 1
        if si < len(skip) and skip[si][0] < we:
            continue  # part of a repaired mojibake span
        nw = unicodedata.normalize("NFC", _STRESS_RE.sub(_drop_stress, _INVIS_RE.sub("", w)))
        if not any(ch in _SIGNAL_CHARS for ch in nw):
            continue
        if any(ch in FOREIGN_ONLY for ch in nw):
            return []  # Serbian/Macedonian/Uzbek/Tajik letters present: this is not KZ-font text
        pt_votes += sum(ch in PTCP154_SIGNALS for ch in nw)
        kz_votes += sum(ch in KZ1048_SIGNALS for ch in nw)
        cands.append((ws, we, w, nw))
    if not cands or (pt_votes and kz_votes):
        return []  # letters only KZ-1048 makes next to letters only PTCP154 makes: not one charset
    ptcp = pt_votes > 0
    table = _PT_MAP if ptcp else _KZ_MAP
    note = "PTCP154 read as cp1251" if ptcp else "KZ-1048 / KZ font read as cp1251"
    evidence = False
    todo = []
    for s, e, _w, nw in cands:
        if not ptcp and any(ch in "ЃѓЊњ" for ch in nw):
            return []  # Macedonian/Serbian letters that KZ-1048 never produces
        core = nw
        if core.startswith("µ") and core[1:] in _UNITS:
            continue  # a unit with its micro prefix (µм, µg, µГц), not PTCP154's ө
        letters = _letters(core.strip(_PT_SYMBOLS))
        if letters is None:
            continue  # a word with other Latin letters: not ours
        signals = [ch for ch in core if ch in table]
        if not signals or not any(_LOOK.get(ch, ch).isalpha() and ch not in table for ch in core):
            continue  # a lone signal letter (Ukrainian «є», «ї») is never mapped
        alpha_at = [k for k, ch in enumerate(core) if _LOOK.get(ch, ch).isalpha()]
        inner_symbol = any(ch in _PT_SYMBOLS for ch in core[alpha_at[0]:alpha_at[-1]]) if alpha_at else False
        if inner_symbol and not ptcp:
            continue
        fits = not inner_symbol and any(set(letters) <= alpha for alpha in _FOREIGN.values())
        if not fits:
            evidence = True
        todo.append((s, e, nw))
    if not evidence and todo and _has_i(text, ctx):
        # Serbian and Macedonian have no і, Ukrainian and Belarusian no ќ ѕ ј ћ ѓ њ: a text with
        # і whose only KZ-font letters are those is KZ-font Kazakh («Ќазаќ тілі»)
        evidence = all(ch in _SRMK or ch not in table for _s, _e, nw in todo for ch in nw)
    if not evidence and todo and _has_marker_word(text):
        evidence = True  # a frequent Kazakh word in the line («Медет 2008 жылы туєан»)
    if not evidence:
        return []
    edits = []
    ask = not ptcp and ctx.config("encoding").ask_lexicon
    for s, e, nw in todo:
        new = "".join(table.get(ch, ch) for ch in nw)
        if ask and any(ch in KZ_FONT_ALTERNATIVES for ch in nw):
            new, why = _other_reading(nw, new, ctx.lexicon)
            if new != text[s:e]:
                edits.append(Edit(s, e, new, note + why))
            continue
        if new != text[s:e]:
            edits.append(Edit(s, e, new, note))
    return edits


def _other_reading(nw: str, new: str, lex) -> Tuple[str, str]:
    """(the reading, a note) of a KZ-font word with a letter of two readings: the KZ-1048 one (``new``) unless
    only the other one (ї as һ) is a word the lexicon knows."""
    other = "".join(KZ_FONT_ALTERNATIVES.get(ch, "") or KZ1048_AS_CP1251.get(ch, ch) for ch in nw)
    if other != new and not lex.known(new.lower()) and lex.known(other.lower()):
        return other, "; ї read as һ (the lexicon knows that reading)"
    return new, ""


@register("encoding", doc="repair mojibake (UTF-8 read as cp1251/cp1252) and KZ-1048/KZ-font/PTCP154 letters",
          config=Config, profiles={"chars": Config(ask_lexicon=False)}, quiet_lines=True, untouched=chars_untouched)
def encoding(text: str, ctx: Context) -> List[Edit]:
    if text.isascii() or _GATE.search(text) is None:
        return NO_EDITS  # (nothing proposed: core.passes may remember the text)
    spans: List[Tuple[int, int]] = []
    moj = _fix_mojibake(text, spans, ctx.config("encoding"))
    if not moj:
        return _kz_font(text, spans, ctx) or NO_EDITS  # (its rules leave nothing out for another language)
    # the KZ-font check runs on the text as the mojibake repair leaves it, so a second run
    # finds nothing new; its edits are mapped back to the original positions
    fixed = _apply(text, moj)
    kz = _kz_font(fixed, [], ctx)
    if not kz:
        return moj
    starts = []  # (start in fixed text, end in fixed text, original start, original end)
    delta = 0
    for e in moj:
        starts.append((e.start + delta, e.start + delta + len(e.replacement), e.start, e.end))
        delta += len(e.replacement) - (e.end - e.start)
    out = list(moj)
    for k in kz:
        if any(fs < k.end and k.start < fe for fs, fe, _, _ in starts):
            # a KZ-font word inside a repaired span: one edit from the first to the last change
            final = _apply(fixed, kz)
            lo = min(e.start for e in moj + kz)
            tail = min(len(text) - max(e.end for e in moj), len(fixed) - max(e.end for e in kz))
            tail = max(0, min(tail, len(text) - lo, len(final) - lo))
            return [Edit(lo, len(text) - tail, final[lo:len(final) - tail], "mojibake + KZ-font letters")]
        shift = sum(fe - fs - (oe - os_) for fs, fe, os_, oe in starts if fe <= k.start)
        out.append(Edit(k.start - shift, k.end - shift, k.replacement, k.note))
    return out


def _apply(text: str, edits: List[Edit]) -> str:
    parts = []
    pos = 0
    for e in sorted(edits, key=lambda e: e.start):
        parts.append(text[pos:e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)
