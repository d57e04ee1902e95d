"""Character-level steps: ``invisible`` (odd and invisible characters) and ``lookalike``.

Both run on every line of large corpora, so each starts with one precompiled
regex search and returns at once when the text holds nothing to do.

invisible
    * BOM, word joiner, invisible math operators: removed.
    * Zero-width space: removed, except between letters of scripts that use it
      as a word boundary (Thai, Khmer, CJK...).  ZWJ/ZWNJ: removed unless a
      neighbour belongs to a script that needs them (Arabic, Indic, emoji).
    * Bidi controls: removed, unless the text has right-to-left letters.
    * C0/C1 controls: removed; "\\n", "\\t" and "\\r" are never touched, so
      "\\r\\n" line ends survive.  Line-like controls (VT, FF, NEL, U+2028/9)
      become a space between two words, else vanish.
    * Soft hyphen: removed, except between a word part and a line end, or a
      word part and a space followed by another word part (``ай \xadдауымен``,
      ``сөз\xad\n``): those are left for ``linebreak_hyphen``, which decides.
      ``¬`` (a PDF hyphen remnant) is removed only between two letters.
    * NBSP and the exotic spaces become U+0020, except NBSP / narrow NBSP /
      figure / thin space between two digits (``1 000``), which stay.
    * U+2011 non-breaking hyphen -> "-".
    * Combining marks after a Cyrillic letter: a stress mark (U+0301/U+0300)
      on a vowel is removed, the rest composed (NFC), so ``и``+U+0306 -> ``й``.

lookalike
    Latin look-alike letters inside a Cyrillic word are replaced by the
    Cyrillic letter when the whole word then becomes Cyrillic (``Бaтыс``,
    ``Cәлем``; Latin ``h`` -> ``һ``, ``i`` -> ``і``); ``ə/ǝ`` -> ``ә``, ``ɵ/ӛ`` ->
    ``ө``, ``ӊ`` -> ``ң``, ``¥`` -> ``Ұ``; ``θ/ѳ`` -> ``ө`` only in a text with
    Kazakh letters.  Never touched: all-Latin words (``Toyota``, ``COKEY``,
    ``XXI``), Latin letters next to digits (``H2O``), URLs and e-mails, a Latin
    word with a Kazakh suffix (``ATMдің``, ``Mexicoға``: left for
    ``suffix_hyphen``).  Guards, all chosen so that one or two substituted
    letters per word always pass:

    * lower/mixed case: a run of three or more Latin look-alikes (other than
      i/I/h) means a Latin word, as do three or more Latin letters outnumbering
      the Cyrillic ones, or two Latin capitals followed by a Cyrillic suffix;
    * ALL CAPS: the word needs a Cyrillic letter with no Latin twin (Қ, З, Л...),
      or at most two Latin letters, or no more Latin than Cyrillic letters
      (``ҚAЗAҚCTAН``, ``ТB`` yes; ``CОKEY`` no).

    Two extra rules use the line as evidence:

    * a two-letter word made only of look-alikes (``cy``, ``ac``, ``Cy``) between
      two Cyrillic words, or a Cyrillic word and the line's edge, separated by
      spaces and punctuation only, is Cyrillic (never ``hip-hop``, ``x``, ``pop``);
    * standalone ``I``/``II``/``III`` become Cyrillic only when the same text
      has a word whose Latin ``i``/``I`` was just fixed (this text types ``І``
      as Latin ``I``); otherwise they are Roman numerals and stay.

    Both judge the words as the later steps may leave them, so that a second run
    decides the same: the parts of a word broken at a line end (``I-\\ne``,
    ``а- б``) count as the one word ``linebreak_hyphen`` may rejoin them into,
    and the spaces of a gap do not count towards its length (the spacing step
    shortens their runs).
"""
from __future__ import annotations

import re
import unicodedata
from typing import List, Optional, Tuple

from .. import chars as C
from ..pipeline import Context, Edit, register

# =========================================================================== invisible

_DELETE_CONTROLS = frozenset(
    [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r" and chr(c) not in C.LINE_CONTROLS]
    + [chr(0x7F)]
    + [chr(c) for c in range(0x80, 0xA0) if chr(c) not in C.LINE_CONTROLS]
)

_TRIGGER_CHARS = (
    set(_DELETE_CONTROLS)
    | set(C.LINE_CONTROLS)
    | set(C.EXOTIC_SPACES)
    | set(C.ALWAYS_DELETE)
    | set(C.BIDI_CONTROLS)
    | set(C.JOINERS)
    | {C.ZWSP, C.SOFT_HYPHEN, C.NOT_SIGN, C.NB_HYPHEN}
)


def _char_class(chars) -> str:
    return "".join(sorted("\\x%02x" % ord(c) if ord(c) < 0x100 else "\\u%04x" % ord(c) for c in chars))


# one run of characters the step may change; combining marks U+0300-U+036F are
# included so that decomposed Cyrillic letters are composed.  Written "[...][...]*", not
# "[...]+": a pattern that opens with a plain class lets the regex engine skip ordinary
# characters in C (a repeat first makes it start a match attempt at every position).
_INVIS_CLASS = "[" + _char_class(_TRIGGER_CHARS) + "\u0300-\u036f]"
_INVIS_RUN = re.compile(_INVIS_CLASS + _INVIS_CLASS + "*")
_GROUP3 = re.compile(r"\d{3}(?!\d)")  # what follows a digit-group space: exactly three digits
_EXOTIC_STR = "".join(sorted(C.EXOTIC_SPACES))
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _is_complex(ch: Optional[str]) -> bool:
    """True for characters of scripts that use ZWJ/ZWNJ/ZWSP (Arabic, Indic, Thai, CJK, emoji)."""
    if ch is None or ch.isspace():
        return False
    cp = ord(ch)
    if cp < 0x0590:  # Latin, IPA, Greek, Cyrillic, Armenian, combining marks
        return False
    if 0x1C80 <= cp <= 0x1C8F or 0x1D00 <= cp < 0x2600 or 0x2C60 <= cp <= 0x2C7F or 0xA640 <= cp <= 0xA69F:
        return False  # Cyrillic/Latin extensions, punctuation and symbols (not emoji blocks)
    if 0xA720 <= cp <= 0xA7FF or 0xFB00 <= cp <= 0xFB06 or 0xFF00 <= cp <= 0xFFEF:
        return False
    return True


def _letterish(ch: str) -> bool:
    return ch.isalpha() or ch == "¥"  # ¥ may become Ұ in the lookalike step


def _letterish_or_none(ch: Optional[str], none: bool) -> bool:
    return none if ch is None else _letterish(ch)


def _gap_then_word(text: str, j: int, step: int, near: Optional[str]) -> bool:
    """Beyond position ``j`` (going ``step``): the text's edge, or whitespace then a letter."""
    if near is None:
        return True
    if not near.isspace():
        return False
    n = len(text)
    limit = 64  # bounded, so many soft hyphens in a row stay linear; only shrinks on a rerun
    while 0 <= j < n and (text[j].isspace() or text[j] in _TRANSPARENT):
        j += step
        limit -= 1
        if not limit:
            return False
    return not (0 <= j < n) or _letterish(text[j])


def _is_cyr_letter(ch: Optional[str]) -> bool:
    return ch is not None and "\u0400" <= ch <= "\u052f" and ch.isalpha()


def _compose_cyrillic(base: str, marks: str) -> str:
    """``base`` (a Cyrillic letter) followed by combining ``marks``: drop stress, compose."""
    if base in C.CYRILLIC_VOWELS:
        marks = "".join(m for m in marks if m not in C.STRESS_MARKS)
    return unicodedata.normalize("NFC", base + marks)


# characters that neighbours look through when deciding (zero-width, controls, soft hyphen):
# whether they are kept or not, the decision next to them comes out the same
_MARKS = frozenset(map(chr, range(0x0300, 0x0370)))
_TRANSPARENT = frozenset(
    set(_DELETE_CONTROLS) | set(C.ALWAYS_DELETE) | set(C.BIDI_CONTROLS) | set(C.JOINERS) | {C.ZWSP, C.SOFT_HYPHEN}
    | _MARKS
)


_CONTEXT = frozenset({C.ZWSP, C.SOFT_HYPHEN, C.NOT_SIGN} | set(C.JOINERS))
_LINE_SKIP = _TRANSPARENT | C.LINE_CONTROLS
_CONTEXT_SKIP = _CONTEXT | _MARKS


def _invisible_run(text: str, start: int, end: int, has_rtl) -> Optional[Tuple[int, str, str]]:
    """Decide one run ``text[start:end]``; return (edit_start, replacement, note) or None."""
    prev = text[start - 1] if start > 0 else None
    nxt = text[end] if end < len(text) else None
    notes: List[str] = []
    run = text[start:end]
    n_run = len(run)

    def nearest(skip, res=None) -> Tuple[List[Optional[str]], List[Optional[str]]]:
        """For each position, the nearest character to its left and right not in ``skip``
        (and, given ``res``, not dropped by phase 1); one pass each way, so long runs stay linear."""
        lefts: List[Optional[str]] = [None] * n_run
        rights: List[Optional[str]] = [None] * n_run
        cur = prev
        for j in range(n_run):
            lefts[j] = cur
            if run[j] not in skip and (res is None or res[j]):
                cur = res[j] if res is not None else run[j]
        cur = nxt
        for j in range(n_run - 1, -1, -1):
            rights[j] = cur
            if run[j] not in skip and (res is None or res[j]):
                cur = res[j] if res is not None else run[j]
        return lefts, rights

    tl, _ = nearest(_TRANSPARENT)
    ll, lr = nearest(_LINE_SKIP)

    # phase 1: everything but the context-dependent zero-width characters
    res: List[str] = [""] * n_run
    context = []
    for i, ch in enumerate(run):
        if "\u0300" <= ch <= "\u036f":
            res[i] = ch  # combining marks: handled below, after the base is known
        elif ch in C.EXOTIC_SPACES:
            p = tl[i]
            if ch in C.DIGIT_GROUP_SPACES and p is not None and p.isdecimal() and _GROUP3.match(text, start + i + 1):
                res[i] = ch
            else:
                res[i] = " "
                notes.append("U+%04X->space" % ord(ch))
        elif ch == C.NB_HYPHEN:
            res[i] = "-"
            notes.append("U+2011->-")
        elif ch in _DELETE_CONTROLS or ch in C.ALWAYS_DELETE:
            notes.append("-U+%04X" % ord(ch))
        elif ch in C.LINE_CONTROLS:
            p, n = ll[i], lr[i]
            if p is not None and n is not None and not p.isspace() and not n.isspace():
                res[i] = " "
                notes.append("U+%04X->space" % ord(ch))
            else:
                notes.append("-U+%04X" % ord(ch))
        elif ch in C.BIDI_CONTROLS:
            if has_rtl():
                res[i] = ch
            else:
                notes.append("-U+%04X" % ord(ch))
        else:
            context.append(i)
    # phase 2: zero-width space, joiners, soft hyphen, ¬ look at what phase 1 kept
    cl, cr = nearest(_CONTEXT_SKIP, res) if context else ([], [])
    for i in context:
        ch = run[i]
        p, n = cl[i], cr[i]
        if ch == C.ZWSP:
            keep = _is_complex(p) and _is_complex(n)
        elif ch in C.JOINERS:
            keep = _is_complex(p) or _is_complex(n)
        elif ch == C.SOFT_HYPHEN:
            # a word part on one side and a line end, or a space and then another word
            # part, on the other: kept for linebreak_hyphen, which decides; anywhere else
            # (inside a word, next to punctuation) it goes
            keep = (_letterish_or_none(p, False) and _gap_then_word(text, start + i + 1, 1, n)) or (
                _letterish_or_none(n, False) and _gap_then_word(text, start + i - 1, -1, p))
        else:  # ¬: removed only between two letters
            keep = not (p is not None and n is not None and _letterish(p) and _letterish(n))
        if keep:
            res[i] = ch
        else:
            notes.append("-U+%04X" % ord(ch) if ch != C.ZWSP else "-ZWSP")
    repl = "".join(res)
    edit_start = start
    # combining marks right after a Cyrillic letter (once the invisible characters
    # between them are gone): stress removed, the rest composed
    if repl and "\u0300" <= repl[0] <= "\u036f" and _is_cyr_letter(prev):
        k = 0
        while k < len(repl) and "\u0300" <= repl[k] <= "\u036f":
            k += 1
        composed = _compose_cyrillic(prev, repl[:k])
        if composed != prev + repl[:k]:
            edit_start = start - 1
            repl = composed + repl[k:]
            notes.append("stress removed / composed")
    if edit_start == start and repl == run:
        return None
    return edit_start, repl, ", ".join(notes)


@register("invisible", doc="remove BOM, zero-width and control characters, soft hyphens in words; odd spaces -> space")
def invisible(text: str, ctx: Context) -> List[Edit]:
    m = _INVIS_RUN.search(text)
    if m is None:
        return []
    has_rtl = None
    edits: List[Edit] = []
    for m in _INVIS_RUN.finditer(text, m.start()):
        run = m.group()
        start = m.start()
        if not run.strip(_EXOTIC_STR):
            # only odd spaces (the common case, NBSP): each becomes a space, except a
            # digit-group space between a digit and exactly three digits (what
            # _invisible_run decides for such a run, without its bookkeeping)
            keep_first = (run[0] in C.DIGIT_GROUP_SPACES and start > 0 and text[start - 1].isdecimal()
                          and _GROUP3.match(text, start + 1) is not None)
            if keep_first:
                if len(run) == 1:
                    continue
                edits.append(Edit(start, m.end(), run[0] + " " * (len(run) - 1), _odd_space_note(run[1:])))
            else:
                edits.append(Edit(start, m.end(), " " * len(run), _odd_space_note(run)))
            continue
        if has_rtl is None:
            has_rtl = _rtl_test(text)
        r = _invisible_run(text, start, m.end(), has_rtl)
        if r is not None:
            s, repl, note = r
            edits.append(Edit(s, m.end(), repl, note))
    return edits


_ODD_SPACE_NOTE = {ch: "U+%04X->space" % ord(ch) for ch in C.EXOTIC_SPACES}


def _odd_space_note(run: str) -> str:
    return _ODD_SPACE_NOTE[run] if len(run) == 1 else ", ".join([_ODD_SPACE_NOTE[ch] for ch in run])


def _rtl_test(text: str):
    """``has_rtl()``: whether ``text`` has right-to-left letters, searched once on first need."""
    rtl: List[Optional[bool]] = [None]

    def has_rtl() -> bool:
        if rtl[0] is None:
            rtl[0] = _RTL.search(text) is not None
        return rtl[0]

    return has_rtl


# =========================================================================== lookalike

_LAT = C.LATIN_TO_CYRILLIC
_ALL_VARIANTS = dict(C.VARIANT_LETTERS)
_ALL_VARIANTS.update(C.WEAK_VARIANT_LETTERS)
_MAP = dict(_LAT)
_MAP.update(_ALL_VARIANTS)
_VARIANT_CLASS = "".join(sorted(_ALL_VARIANTS))
_CYR = "\u0400-\u052f"

# a word broken at a line end, as the later step linebreak_hyphen reads one (C.LINEBREAK_HYPHENS):
# the hyphen and the spaces and newline after it
_BREAK_HYPHENS = _char_class(C.LINEBREAK_HYPHENS)
_BREAK_SPACES = _char_class(C.LINEBREAK_SPACES)
# (one pattern opening with the hyphen class: the regex engine then skips the letters in C)
_BREAK_GAP = re.compile(
    f"[{_BREAK_HYPHENS}](?:(?<=\\u00ad)|(?=[{_BREAK_SPACES}\\n]))[{_BREAK_SPACES}]*\\n?[{_BREAK_SPACES}]*"
)


def line_breaks(text: str) -> Tuple[set, set]:
    """Where the parts of the words broken at a line end stop and resume: the starts and the ends
    of the line-break hyphens (with their spaces and newline) between two letters."""
    starts, ends = set(), set()
    n = len(text)
    for m in _BREAK_GAP.finditer(text):
        s, e = m.span()
        if s > 0 and e < n and text[s - 1].isalpha() and text[e].isalpha():
            starts.add(s)
            ends.add(e)
    return starts, ends


def off_line_breaks(text: str, edits: List[Edit]) -> List[Edit]:
    """``edits`` but those that change a part of a word broken at a line end.

    For the word steps after ``linebreak_hyphen``: a break still in the text is one it decided
    to keep, judging the two parts as they are; a part changed later (д-\nхг -> д-\nхғ) could
    make it decide otherwise on a second run.
    """
    if not edits:
        return edits
    starts, ends = line_breaks(text)
    if not starts:
        return edits
    return [e for e in edits if e.end not in starts and e.start not in ends]


# the gate: any Latin letter or variant letter (most Kazakh lines have neither)
_LOOK_GATE = re.compile(f"[A-Za-z{_VARIANT_CLASS}]")
# then: a Latin letter touching a Cyrillic letter, any variant letter, a two-letter look-alike
# word, or a one-letter one before a line-break hyphen (the first half of one: I-\ne)
_BREAK_AFTER = f"(?=\\u00ad|[{_BREAK_HYPHENS}][{_BREAK_SPACES}\\n])"
_LOOK_TRIGGER = re.compile(
    f"[A-Za-z][{_CYR}]|[{_CYR}][A-Za-z]|[{_VARIANT_CLASS}]"
    r"|(?<![^\s,;:!?()«»\"“”–—-])[acehiopxyABCEHIKMOPTXY][acehiopxy](?![^\s,;:!?()«»\"“”–—.…-])"
    rf"|(?<![^\W\d_])[acehiopxyABCEHIKMOPTXY]{_BREAK_AFTER}"
)
# The same test as one pattern opening with a single character class (a Latin or variant
# letter), so the regex engine skips Cyrillic text in C; it finds a match exactly when
# _LOOK_TRIGGER does (each alternative is anchored on a Latin or variant letter; the
# look-behinds after it look one character further back).
_LOOK_TRIGGER_FAST = re.compile(
    f"[A-Za-z{_VARIANT_CLASS}](?:(?<=[{_VARIANT_CLASS}])|(?=[{_CYR}])|(?<=[{_CYR}].)"
    r"|(?<![^\s,;:!?()«»\"“”–—-].)(?<=[acehiopxyABCEHIKMOPTXY])[acehiopxy](?![^\s,;:!?()«»\"“”–—.…-])"
    rf"|(?<![^\W\d_].)(?<=[acehiopxyABCEHIKMOPTXY]){_BREAK_AFTER})"
)
# a token with none of these characters is left as it is by _token_fix
_TOKEN_FIX_CHARS = re.compile("[" + re.escape("".join(sorted(set(C.LATIN_TO_CYRILLIC) | set(C.VARIANT_LETTERS)
                                                             | set(C.WEAK_VARIANT_LETTERS)))) + "]")
_TOKEN = re.compile(r"(?:[^\W\d_]|[¥\u0300-\u036f])+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
# Cyrillic letters with no Latin twin: proof that a word is Cyrillic
_GENUINE_CYR = frozenset(
    ch for ch in map(chr, range(0x0400, 0x0530)) if ch.isalpha() and ch not in set(C.LATIN_TO_CYRILLIC.values())
)
_HAS_CYR = re.compile(f"[{_CYR}]")
# Kazakh letters or their stand-ins; Latin h is included because this step may turn it
# into һ, and the evidence must not appear only on a second run
_KAZAKH_EVIDENCE = re.compile("[" + "".join(sorted(C.KAZAKH_LETTERS | set(C.VARIANT_LETTERS))) + "h]")
_ROMAN_I = re.compile(r"[Ii]{1,3}")
_URL_TLDS = "kz|ru|com|org|net|info|edu|gov|io|su|by|ua|uz|kg|de|uk|tr|cn|eu|me|tv"
_URL = re.compile(
    r"(?:\b[a-zA-Z][a-zA-Z0-9+.\-]*://|\bwww\.)\S+"
    r"|(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    rf"|(?<![\w.\-@])(?:[\w\-]+\.)+(?:{_URL_TLDS})\b(?:/\S*)?"
)
# every _URL match holds "://", "www.", "@" or a dot before a top-level domain
_DOT_TLD = re.compile(rf"\.(?:{_URL_TLDS})\b")


def _urls(text: str) -> List[Tuple[int, int]]:
    """Spans of the URLs, e-mails and domains in ``text`` (_URL tries every position: cheap tests first)."""
    if "://" in text or "www." in text or "@" in text or _DOT_TLD.search(text):
        return [(m.start(), m.end()) for m in _URL.finditer(text)]
    return []


def _token_fix(tok: str, kazakh_text) -> Tuple[Optional[str], bool]:
    """The Cyrillic form of a mixed token, or None to leave it; and whether Latin i/I was mapped."""
    cyr = lat = lat_strict = 0
    strong = weak = standalone = used_i = False
    for ch in tok:
        if ch in _LAT:
            lat += 1
            if ch in "iIh":
                used_i = used_i or ch in "iI"
            else:
                lat_strict += 1
        elif ch in C.VARIANT_LETTERS:
            strong = True
            if ch in C.STANDALONE_VARIANTS:
                standalone = True
            elif ch != "¥":
                cyr += 1  # ӛ ӊ are Cyrillic letters themselves
        elif ch in C.WEAK_VARIANT_LETTERS:
            weak = True
        elif "\u0400" <= ch <= "\u052f":
            cyr += 1
        else:
            return None, False  # another script, a combining mark...: not ours to decide
    if lat == 0 and not strong and not weak:
        return None, False
    if cyr == 0:
        # no Cyrillic letter: only words carrying ə/ɵ (never Latin-alphabet spellings here)
        if not (standalone and not weak):
            return None, False
    if weak and not kazakh_text():
        return None, False
    if lat_strict:
        if tok.isupper():
            # ALL CAPS: a Cyrillic word (ҚAЗAҚCTAН, ТB) has a Cyrillic letter with no Latin twin,
            # or at most two Latin letters, or no more Latin than Cyrillic letters; a Latin word
            # with one Cyrillic О (CОKEY) has none of these
            if not any(ch in _GENUINE_CYR for ch in tok) and lat_strict >= 3 and lat_strict > cyr:
                return None, False
        else:
            for m in _LATIN_RUN.finditer(tok):
                run = m.group()
                if len(run) >= 3 and run.strip("iIh"):
                    return None, False  # a Latin word (Mexicoға) rather than three substitutions in a row
            if lat_strict >= 3 and lat_strict > cyr:
                return None, False
            # ≥2 Latin capitals then a lower-case Cyrillic suffix: an abbreviation + ending (ATMдің)
            m = _LATIN_RUN.match(tok)
            if m and m.end() >= 2 and tok[:m.end()].isupper() and m.end() < len(tok) and tok[m.end()].islower():
                return None, False
    return "".join(_MAP.get(ch, ch) for ch in tok), used_i


@register("lookalike", doc="Latin/other look-alike letters inside Cyrillic words -> Cyrillic (Cәлем, бiр, əке)")
def lookalike(text: str, ctx: Context) -> List[Edit]:
    if _LOOK_GATE.search(text) is None or _LOOK_TRIGGER_FAST.search(text) is None:
        return []
    kz: List[Optional[bool]] = [None]

    def kazakh_text() -> bool:
        if kz[0] is None:
            kz[0] = _KAZAKH_EVIDENCE.search(text) is not None
        return kz[0]

    urls = _urls(text)
    has_cyr: Optional[bool] = None
    edits: List[Edit] = []
    i_evidence = False
    ui = 0
    n = len(text)
    toks: List[Tuple[int, int, str]] = []
    latin: List[int] = []  # the indexes of the all-Latin tokens
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        while ui < len(urls) and urls[ui][1] <= s:
            ui += 1
        if ui < len(urls) and urls[ui][0] < e:
            toks.append((s, e, ""))  # inside a URL or e-mail: a neighbour, never changed
            continue
        tok = m.group()
        toks.append((s, e, tok))
        if tok.isascii():
            latin.append(len(toks) - 1)
            continue  # all-Latin word: changed only with the evidence checked below
        if _TOKEN_FIX_CHARS.search(tok) is None:
            continue  # no Latin, variant or weak variant letter: _token_fix leaves it
        new, used_i = _token_fix(tok, kazakh_text)
        if new is None or new == tok:
            continue
        if not tok.isalpha() or any(ch in _LAT for ch in tok):
            if (s > 0 and (text[s - 1].isdigit() or text[s - 1] == "_")) or (
                    e < n and (text[e].isdigit() or text[e] == "_")):
                continue  # codes and formulas (H2O, Б52)
        if not _HAS_CYR.search(tok):
            if has_cyr is None:
                has_cyr = _HAS_CYR.search(text) is not None
            if not has_cyr:
                continue
        i_evidence = i_evidence or used_i
        edits.append(Edit(s, e, new, "look-alike letters -> Cyrillic"))
        toks[-1] = (s, e, new)  # neighbours see the fixed word
    # the words below are judged as linebreak_hyphen may leave them: the parts of a word broken
    # at a line end (I-\ne, а-\nб) count as the one word it may rejoin them into, so a second run
    # sees what this one saw (a part is a short word or a neighbour only if the whole is one)
    words = _joined_at_breaks(text, toks) if latin else toks
    if words is not toks:
        latin = [k for k, (_s, _e, tok) in enumerate(words) if tok and tok.isascii()]
    roman: List[Tuple[int, int]] = []
    short: List[int] = []
    for k in latin:
        s, e, tok = words[k]
        if _ROMAN_I.fullmatch(tok):
            roman.append((s, e))
        elif len(tok) == 2 and tok[1].islower() and all(ch in _LAT for ch in tok):
            short.append(k)
    if i_evidence and roman:
        for s, e in roman:
            if (s > 0 and text[s - 1].isalnum()) or (e < n and text[e].isalnum()):
                continue
            edits.extend(_letters_mapped(text, s, e, _I_TO_CYR, "Latin I for І (this text types І as Latin I)"))
    for k in short:
        # a two-letter word of look-alikes (cy, ac, Cy) between two Cyrillic words on the
        # same line (or a Cyrillic word and the line's edge), set off by spaces and
        # punctuation only: a Cyrillic word typed in Latin
        s, e, tok = words[k]
        if k > 0:
            ps, pe, prev = words[k - 1]
            left = _is_cyr_word(prev) and _whole(text, ps, pe) and _sep_ok(text[pe:s])
        else:
            left = _edge_ok(text[:s])
        if k + 1 < len(words):
            ns, ne, nxt = words[k + 1]
            right = _is_cyr_word(nxt) and _whole(text, ns, ne) and _sep_ok(text[e:ns])
        else:
            right = _edge_ok(text[e:])
        if left and right and (k > 0 or k + 1 < len(words)):
            edits.extend(_letters_mapped(text, s, e, _LAT_TABLE, "two-letter look-alike word between Cyrillic words"))
    return edits


def _joined_at_breaks(text: str, toks: List[Tuple[int, int, str]]) -> List[Tuple[int, int, str]]:
    """``toks`` with the letter runs on the two sides of a line-break hyphen made one (start of
    the first, end of the last, their letters together): a word ``linebreak_hyphen`` may rejoin."""
    starts, _ends = line_breaks(text)
    if not starts:
        return toks
    out: list = []  # [start, end, letter parts]: the parts are joined once at the end (linear time)
    for s, e, tok in toks:
        if out and tok and out[-1][2] and out[-1][1] in starts:
            out[-1][1] = e
            out[-1][2].append(tok)
        else:
            out.append([s, e, [tok] if tok else []])
    return [(s, e, "".join(parts)) for s, e, parts in out]


def _letters_mapped(text: str, s: int, e: int, table: dict, note: str) -> List[Edit]:
    """Edits mapping the letters of ``text[s:e]`` (one word, maybe broken at a line end) with ``table``."""
    return [Edit(m.start(), m.end(), m.group().translate(table), note) for m in _TOKEN.finditer(text, s, e)]


def _whole(text: str, s: int, e: int) -> bool:
    """A letter run that is a word of its own, not a hyphen-joined part (``Toyota-ден``).

    The hyphen may come from ``suffix_hyphen`` on a later run, so a part never counts as a
    neighbour: that keeps the step's decision the same before and after that step.
    """
    return (s == 0 or text[s - 1] not in "-\u2010") and (e >= len(text) or text[e] not in "-\u2010")


def _is_cyr_word(tok: str) -> bool:
    return bool(tok) and _HAS_CYR.search(tok) is not None and not any("a" <= ch.lower() <= "z" for ch in tok)


# what may separate a short look-alike word from its Cyrillic neighbours: a space and
# sentence punctuation, but no hyphen, apostrophe, dot, slash, @ or digit (hip-hop, e.g., a@b)
_SEP_CHARS = frozenset(" \t,;:!?()«»\"“”–—-")


def _sep_ok(gap: str) -> bool:
    return (" " in gap or "\t" in gap) and _marks(gap) <= 7 and all(ch in _SEP_CHARS for ch in gap)


def _edge_ok(gap: str) -> bool:
    """Between a word and the edge of the text: spaces and at most a few punctuation marks."""
    return _marks(gap) <= 8 and "\n" not in gap and all(ch in _SEP_CHARS or ch in ".…" for ch in gap)


def _marks(gap: str) -> int:
    """The characters of ``gap`` but its spaces and tabs: the spacing step may shorten a run of
    spaces, and a second run must judge the gap as this one did."""
    return len(gap) - gap.count(" ") - gap.count("\t")


_I_TO_CYR = str.maketrans({"I": "І", "i": "і"})
_LAT_TABLE = str.maketrans(_LAT)
