"""The language of a line, and of stretches inside a Kazakh line: Kazakh, Russian, or another language.

kaznorm cleans Kazakh; a Russian or English line inside a Kazakh corpus must come back as it was, and so must a
Russian quotation or clause inside a Kazakh sentence.  The steps ask :func:`keep_kazakh_lines` to drop the edits
they propose inside lines or stretches of another language, so the (lexicon-backed) question is asked only of
lines where a step wants to change something.

**Lines.**  A line is Kazakh when a word that is not a name has a Kazakh-specific letter (ә ғ қ ң ө ұ ү һ і:
:func:`kazakh_letters`), or when its Cyrillic words are not mostly Russian.  A line without Kazakh letters (or
with them in names only, Нұрсұлтан, Қарағанды, and then :data:`QUOTE_MIN` Russian words at least) is Russian
when at least half of its lower-case Cyrillic words (names belong to no language) are Russian: a common Russian
word that the Kazakh corpora use ten times more rarely (``Lexicon.russian_evidence``), or a word the lexicon
reads as Russian (``Lexicon.language_of``).  A word that is how a common Kazakh word is typed on a Russian layout
(кала for қала, ак for ақ) counts as Kazakh whatever else it is.  The Russian words must also outnumber the
line's Kazakh ones (:func:`kazakh_evidence`: a word of three letters or more that is no common Russian word and
that the corpora count, екен, керемет, or how one is typed on a Russian layout, жаксы; a capitalised first word
counts as such Kazakh evidence too, as the sentence's first word, never as Russian evidence), so a review half
Kazakh, half Russian loans (``Жаксы блокнот``, ``Рахмет тренер кыздарга``) stays Kazakh and is restored.  On the
FLORES+ Russian sentences and on sentences of the build halves typed on a Russian layout (no Kazakh letter left)
this separates the two: 2008 of 2009 Russian lines read Russian, 3 of 3172 keyboard-degraded Kazakh lines do
(10 before the Kazakh words were counted), and 2 of the 14,001 review lines of the build half (25 before).
A line with letters but no Cyrillic one is another script (English, Latin-script text): ``"other"``, left alone
too.  So is Uzbek Cyrillic: a line with ў or ҳ (letters Kazakh lacks) and no letter Uzbek lacks, or one whose
only Kazakh letters are the қ and ғ Uzbek shares and whose words are mostly neither Kazakh forms nor how one is
typed on a Russian layout (:func:`uzbek_line`).

**Stretches of a Kazakh line** (:func:`line_spans`) read as Russian when

* several Russian words come in a row (:data:`SPAN_MIN`, at most :data:`SPAN_GAP` other words between two of
  them, no word with a Kazakh letter): one or two are as often Kazakh words typed on a Russian layout or loans
  (``Жаксы магазин маган ...`` stays Kazakh and is restored);
* or a quotation («...», "...", „...“, “...”), a bracket, or what follows a colon up to the end of the sentence,
  a dash or a quote, has no Kazakh letter and its lower-case words are mostly Russian, at least
  :data:`QUOTE_MIN` of them (``Ол: «Как дела, так и будет» деді``).

A quotation or a run of :data:`LATIN_MIN` words in Latin letters is another script (``"other"``).  The span of a
run is its words; that of a quotation, bracket or colon clause is all inside it (its punctuation too), while the
quote marks, brackets and colon, and the sentence's end, belong to the Kazakh sentence.

Typography (quotes, dashes, dots, spaces) follows the language too: the punctuation and spacing steps keep their
edits only in Kazakh text and lines without letters (:func:`typography_lines_only`).  Without a lexicon (the
``chars`` profile) a Cyrillic line without Kazakh letters cannot be told from Russian and counts as Kazakh; only
Latin stretches are told apart there.

When a step runs for ``explain()`` (``ctx.skipped`` is a list), every edit it leaves out here is put there with
the language and why: the pipeline records it as a :class:`~kaznorm.core.edits.Skip` (``Result.skipped``).
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Tuple

from ..core.context import BoundedDict
from ..core.edits import Edit
from ..kazakh.alphabet import LOWER_LETTERS, NON_RUSSIAN_LETTERS, NON_RUSSIAN_LOWER
from ..kazakh.errors import keyboard_key
from ..kazakh.legacy_encodings import FOREIGN_ALPHABETS
from ..lexicon.queries import frequent_keys

__all__ = ["line_language", "line_spans", "kazakh_letters", "kazakh_evidence", "uzbek_line", "keep_kazakh_lines",
           "kazakh_lines_only", "typography_lines_only", "outside_russian_lines", "line_languages", "RUSSIAN_SHARE",
           "SPAN_MIN", "SPAN_GAP", "QUOTE_MIN", "UZBEK_SHARE", "UZBEK_MIN_WORDS", "KAZAKH_EVIDENCE_LEN"]

RUSSIAN_SHARE = 0.5  # a line without Kazakh letters is Russian when half its lower-case Cyrillic words are Russian
# a Russian word that is also the Russian-layout spelling of a Kazakh word counted this often (кала: қала, ак:
# ақ) is no evidence of Russian (20: such a word is common enough that its typed form is a likely slip)
AMBIGUOUS_MIN = 20
KAZAKH_EVIDENCE_LEN = 3  # two-letter words (не, да, он) are words of both languages: no evidence either way
SPAN_MIN = 3  # lower-case Russian words in a row that make a stretch of a Kazakh line Russian: one or two are as
# often Kazakh words typed on a Russian layout (or loans), three in a row are a Russian clause
SPAN_GAP = 1  # words of 2+ letters that are neither Russian nor Kazakh (a name, an unknown word) allowed between
# two Russian words of one stretch
QUOTE_MIN = 2  # Russian words a quotation, bracket or colon clause needs (its words mostly Russian): one quoted
# word is as often Kazakh
LATIN_MIN = 3  # words in Latin letters in a row (or in a quotation: QUOTE_MIN) that are a stretch in another script
# a line whose only Kazakh letters are those Uzbek shares (қ ғ) is Uzbek when fewer than a third of its words
# (at least 4) are Kazakh forms or typed ones: Uzbek sentences we wrote 0.17-0.25, Kazakh lines of the build
# halves with only қ/ғ 0.4 at the least (1 of 1716, a review typed on a Russian layout), nearly all 1.0
UZBEK_SHARE = 1 / 3
UZBEK_MIN_WORDS = 4

_UZBEK_SHARED = NON_RUSSIAN_LOWER & FOREIGN_ALPHABETS["uz"]  # қ ғ
_UZBEK_ONLY = FOREIGN_ALPHABETS["uz"] - LOWER_LETTERS  # ў ҳ
_KAZAKH_LETTER = re.compile("[" + "".join(sorted(NON_RUSSIAN_LETTERS)) + "]")
_NOT_UZBEK = re.compile("[" + "".join(sorted(c for c in NON_RUSSIAN_LETTERS if c.lower() not in _UZBEK_SHARED)) + "]")
_UZBEK_LETTER = re.compile("[" + "".join(sorted(_UZBEK_ONLY | {c.upper() for c in _UZBEK_ONLY})) + "]")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]{2,}")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_FIRST_WORD = re.compile(r"[\W\d_]*([А-Яа-яЁё]{2,})(?![^\W\d_])")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_QUOTED = re.compile(r'«([^«»\n]*)»|„([^„“”\n]*)[“”]|“([^“”\n]*)”|"([^"\n]*)"|\(([^()\n]*)\)')
# what follows a colon (not a time, 10:30) up to the end of the sentence, a spaced dash, a quote or a bracket
_AFTER_COLON = re.compile(r':(?!\d)([^\n:«»"“”„()]*?)(?=[.!?…](?:\s|$)|\s[-–—]\s|[«»"“”„()]|$)')

Spans = Tuple[Tuple[int, int, str], ...]  # (start, end, language) of stretches of a line, in line positions


def _common(lex):
    return frequent_keys(lex, "skeleton", AMBIGUOUS_MIN) or frozenset()


def _russian(w: str, lex, common) -> bool:
    """A lower-case Cyrillic word that is evidence of Russian (not how a common Kazakh word is typed)."""
    return keyboard_key(w) not in common and (lex.russian_evidence(w) or lex.language_of(w) == "ru")


def _kazakh_words(s: str):
    """``(start, end)`` of each word of ``s`` with a Kazakh-specific letter, in order (linear time)."""
    i, n = 0, len(s)
    while True:
        m = _KAZAKH_LETTER.search(s, i)
        if m is None:
            return
        a, b = m.start(), m.end()
        while a > i and s[a - 1].isalpha():
            a -= 1
        while b < n and s[b].isalpha():
            b += 1
        yield a, b
        i = b


def kazakh_letters(s: str, lex) -> bool:
    """Whether ``s`` has a word with a Kazakh-specific letter that is not a name: a Kazakh name in a Russian
    sentence (Нұрсұлтан, Қарағанды: capitalised, and a name to the lexicon) is no evidence of Kazakh."""
    for a, b in _kazakh_words(s):
        if lex is None or s[a].islower() or not lex.capitalised(s[a:b]):
            return True
    return False


def line_language(line: str, lex) -> str:
    """``"kk"``, ``"ru"``, ``"other"`` (letters, none Cyrillic; Uzbek Cyrillic) or ``"none"`` (no letters) for one
    line; without a lexicon (``lex`` None) a Cyrillic line is ``"kk"`` unless it has ў or ҳ."""
    if _KAZAKH_LETTER.search(line):
        if _NOT_UZBEK.search(line) is None and uzbek_line(line, lex):
            return "other"
        if lex is None or kazakh_letters(line, lex):  # (without a lexicon any Kazakh letter's word counts)
            return "kk"
        names = True  # Kazakh letters in names only: is the rest Russian?
        parts, pos = [], 0
        for a, b in _kazakh_words(line):
            parts.append(line[pos:a])
            pos = b
        parts.append(line[pos:])
        line = " ".join(parts)
        if not _CYRILLIC.search(line):
            return "kk"
    else:
        names = False
    if not _CYRILLIC.search(line):
        return "other" if _LETTER.search(line) else "none"
    if _UZBEK_LETTER.search(line):
        return "other"
    words = [w for w in _CYRILLIC_WORD.findall(line) if w.islower()]  # names belong to no language
    if lex is None:
        return "kk"
    common = _common(lex)
    # a capitalised first word is as often the sentence's first word as a name: Kazakh evidence (Жаксы блокнот),
    # never Russian evidence (a Russian loan opening a Kazakh line)
    first = _FIRST_WORD.match(line)
    if first and not first.group(1).islower() and not lex.capitalised(first.group(1)) \
            and kazakh_evidence(first.group(1).lower(), lex, common):
        words.append(first.group(1).lower())
    if not words:
        return "kk"
    russian = sum(1 for w in words if _russian(w, lex, common))
    if russian < RUSSIAN_SHARE * len(words):
        return "kk"
    # (beside Kazakh names, QUOTE_MIN Russian words at least: Шайдың сапасы оригинал is Kazakh)
    if names and russian < QUOTE_MIN:
        return "kk"
    # half Russian, half Kazakh (Рахмет тренер кыздарга): more Russian words than Kazakh ones make it Russian
    return "ru" if russian > sum(1 for w in words if kazakh_evidence(w, lex, common)) else "kk"


def kazakh_evidence(w: str, lex, common) -> bool:
    """A lower-case word of :data:`KAZAKH_EVIDENCE_LEN` letters or more that is no common Russian word and is a
    Kazakh word the corpora count :data:`AMBIGUOUS_MIN` times (екен, керемет) or how one is typed on a Russian
    layout (жаксы)."""
    if len(w) < KAZAKH_EVIDENCE_LEN or lex.russian_evidence(w) or lex.is_russian(w):
        return False
    return lex.count(w) >= AMBIGUOUS_MIN or (not lex.known(w) and keyboard_key(w) in common)


def uzbek_line(line: str, lex) -> bool:
    """Whether a line whose only Kazakh letters are қ and ғ (those Uzbek shares) is Uzbek Cyrillic: it has ў or ҳ,
    or (with a lexicon) fewer than :data:`UZBEK_SHARE` of its words (at least :data:`UZBEK_MIN_WORDS`) are Kazakh
    forms or how one is typed on a Russian layout (Эртага эрталаб биз бозорга борамиз, кейин уйга қайтамиз)."""
    if _UZBEK_LETTER.search(line):
        return True
    if lex is None:
        return False
    words = [w.lower() for w in _WORD.findall(line) if len(w) > 1 and _CYRILLIC.match(w)]
    if len(words) < UZBEK_MIN_WORDS:
        return False
    common = _common(lex)
    kazakh = sum(1 for w in words if keyboard_key(w) in common or lex.known(w))
    return kazakh < UZBEK_SHARE * len(words)


def _stretch_language(s: str, lex, common) -> Optional[str]:
    """The language of a quotation, bracket or colon clause of a Kazakh line, when it is not Kazakh."""
    if kazakh_letters(s, lex):
        return None
    if not _CYRILLIC.search(s):
        return "other" if sum(1 for w in _WORD.findall(s) if len(w) > 1 and _LATIN.match(w)) >= QUOTE_MIN else None
    if lex is None:
        return None
    words = [w for w in _CYRILLIC_WORD.findall(s) if w.islower()]
    russian = sum(1 for w in words if _russian(w, lex, common))
    return "ru" if russian >= QUOTE_MIN and russian >= RUSSIAN_SHARE * len(words) else None


def _runs(line: str, lex, common) -> List[Tuple[int, int, str]]:
    """Stretches of :data:`SPAN_MIN` Russian words in a row (:data:`SPAN_GAP` others allowed between two), or of
    :data:`LATIN_MIN` Latin words."""
    out: List[Tuple[int, int, str]] = []
    ru = None  # the open Russian run: [start, end, lower-case Russian words, other words since the last one]
    lat = None  # the open Latin run: [start, end, words]
    for m in _WORD.finditer(line):
        w = m.group()
        if _LATIN.match(w) and not _CYRILLIC.search(w):  # (a word of both scripts is lookalike's)
            n = 1 if len(w) > 1 else 0  # one letter (I, a) joins a Latin run but does not make one
            lat = [lat[0], m.end(), lat[2] + n] if lat else [m.start(), m.end(), n]
            if ru:
                ru[3] += n
            continue
        if lat and len(w) > 1:
            if lat[2] >= LATIN_MIN:
                out.append((lat[0], lat[1], "other"))
            lat = None
        if len(w) < 2 or lex is None:  # one-letter words (и, в, с) neither join nor break a run
            continue
        russian = _KAZAKH_LETTER.search(w) is None and _UZBEK_LETTER.search(w) is None \
            and _russian(w.lower(), lex, common)
        if not russian and not w[0].islower():
            continue  # a name (Нұрсұлтан, Москва, ООН) neither joins nor breaks a run
        if russian:
            lower = 1 if w.islower() else 0  # a capitalised Russian word joins a run but does not make one
            if ru and ru[3] <= SPAN_GAP:
                ru[1], ru[2], ru[3] = m.end(), ru[2] + lower, 0
            else:
                if ru and ru[2] >= SPAN_MIN:
                    out.append((ru[0], ru[1], "ru"))
                ru = [m.start(), m.end(), lower, 0]
        elif ru:  # a Kazakh word, or how one is typed on a Russian layout (жок), ends a run; another word is a gap,
            ru[3] += 1  # and so is a word of two letters (не, да: words of both languages)
            if ru[3] > SPAN_GAP or _KAZAKH_LETTER.search(w) or (len(w) > 2 and keyboard_key(w) in common):
                if ru[2] >= SPAN_MIN:
                    out.append((ru[0], ru[1], "ru"))
                ru = None
    if ru and ru[2] >= SPAN_MIN:
        out.append((ru[0], ru[1], "ru"))
    if lat and lat[2] >= LATIN_MIN:
        out.append((lat[0], lat[1], "other"))
    return out


def line_spans(line: str, lex) -> Spans:
    """The stretches of a Kazakh line in another language (module doc): ``(start, end, language)``, sorted and
    disjoint (overlapping ones merged, the first one's language kept)."""
    if lex is None and not _LATIN.search(line):
        return ()
    common = _common(lex) if lex is not None else frozenset()
    found = _runs(line, lex, common)
    for pattern in (_QUOTED, _AFTER_COLON):
        if pattern is _AFTER_COLON and ":" not in line:
            continue
        for m in pattern.finditer(line):
            s, e = m.start(m.lastindex), m.end(m.lastindex)  # (the one group of the alternation that matched)
            lang = _stretch_language(line[s:e], lex, common)
            if lang is not None:  # the whole inside, its punctuation too (spaces and a leading dash: Kazakh's)
                inside = line[s:e]
                found.append((s + len(inside) - len(inside.lstrip(" -–—")), e - len(inside) + len(inside.rstrip()),
                              lang))
    if not found:
        return ()
    found.sort()
    merged = [list(found[0])]
    for s, e, lang in found[1:]:
        if s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e, lang])
    return tuple((s, e, lang) for s, e, lang in merged)


def _reading(line: str, lex) -> Tuple[str, Spans]:
    lang = line_language(line, lex)
    return lang, (line_spans(line, lex) if lang == "kk" else ())


_NOTES = {("ru", "line"): "the line reads as Russian", ("other", "line"): "the line is in another language or script",
          ("ru", "span"): "a Russian quotation or clause in a Kazakh line",
          ("other", "span"): "a stretch in another script or language in a Kazakh line"}


def keep_kazakh_lines(text: str, edits: List[Edit], lex, memo: Optional[Dict[str, Tuple[str, Spans]]] = None,
                      drop: Sequence[str] = ("ru", "other"), dropped: Optional[list] = None,
                      step: str = "") -> List[Edit]:
    """``edits`` without those inside a line (of ``text``) or a stretch of a Kazakh line whose language is in
    ``drop``; ``memo`` remembers each line's reading (for one ``lex``: a memo filled with a lexicon must not be
    read without one).  ``dropped``: a list to put ``(step, edit, language, "line" or "span", note)`` in for each
    edit left out."""
    if not edits:
        return edits
    out: List[Edit] = []
    line_end = -1
    keep = True
    lang = "kk"
    spans: list = []
    for e in edits:
        if e.start > line_end:
            ls = text.rfind("\n", 0, e.start) + 1
            le = text.find("\n", e.start)
            line_end = len(text) if le < 0 else le
            line = text[ls:line_end]
            reading = memo.get(line) if memo is not None else None
            if reading is None:
                reading = _reading(line, lex)
                if memo is not None:
                    memo[line] = reading
            lang = reading[0]
            keep = lang not in drop
            spans = [(ls + s, ls + t, x) for s, t, x in reading[1] if x in drop] if keep else []
        if not keep:
            if dropped is not None:
                dropped.append((step, e, lang, "line", _NOTES[lang, "line"]))
            continue
        hit = None
        for s, t, x in spans:  # (a line has few stretches)
            if e.start < t and (e.end > s if e.end > e.start else e.start > s):
                hit = x
                break
        if hit is None:
            out.append(e)
        elif dropped is not None:
            dropped.append((step, e, hit, "span", _NOTES[hit, "span"]))
    return out


MEMO_SIZE = 20_000  # lines whose reading a pipeline remembers (speed only)


def _memo(ctx, with_lexicon: bool) -> Dict[str, Tuple[str, Spans]]:
    # one memo of line readings per pipeline for all steps (a second, lexicon-free one for the chars profile)
    return ctx.cache("text.language" if with_lexicon else "text.language.script", lambda: BoundedDict(MEMO_SIZE))


def kazakh_lines_only(text: str, edits: List[Edit], ctx, step: str = "") -> List[Edit]:
    """:func:`keep_kazakh_lines` for the step ``step`` running in a pipeline (its lexicon, its context's memo;
    what it leaves out goes to ``ctx.skipped`` when the run is recorded)."""
    if not edits:
        return edits
    return keep_kazakh_lines(text, edits, ctx.lexicon, _memo(ctx, True), dropped=ctx.skipped, step=step)


def outside_russian_lines(text: str, edits: List[Edit], ctx, step: str = "") -> List[Edit]:
    """``edits`` without those in Russian text (a step whose edits are right in English too: a word broken at a
    line end joins into a known English word, but a Russian hanging hyphen, аудио- и видео, stays)."""
    if not edits:
        return edits
    return keep_kazakh_lines(text, edits, ctx.lexicon, _memo(ctx, True), drop=("ru",), dropped=ctx.skipped,
                             step=step)


def typography_lines_only(text: str, edits: List[Edit], ctx, ask_lexicon: bool, step: str = "") -> List[Edit]:
    """``edits`` of a typography step without those in text of another language; ``ask_lexicon`` False (the
    lexicon-free ``chars`` profile): only text in another script is told apart."""
    if not edits:
        return edits
    return keep_kazakh_lines(text, edits, ctx.lexicon if ask_lexicon else None, _memo(ctx, ask_lexicon),
                             dropped=ctx.skipped, step=step)


def line_languages(text: str, ctx) -> Dict[str, int]:
    """How many lines of ``text`` are in each language (``kk``, ``ru``, ``other``, ``none``), as the steps of
    ``ctx``'s pipeline read them (with the lexicon only when one of them asks it): ``--stats``."""
    asks = ctx.cache("text.language.asks", lambda: _asks_lexicon(ctx))
    memo = _memo(ctx, asks)
    lex = ctx.lexicon if asks else None
    out: Dict[str, int] = {}
    for line in text.split("\n"):
        reading = memo.get(line)
        lang = reading[0] if reading is not None else line_language(line, lex)
        out[lang] = out.get(lang, 0) + 1
    return out


def _asks_lexicon(ctx) -> bool:
    p = ctx.pipeline
    if p is None:
        return True
    return any(st.needs_lexicon or getattr(ctx.config(st.name), "ask_lexicon", False) for st in p.steps)
