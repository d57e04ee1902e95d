"""The ``letter_runs`` step: letters lengthened for emphasis in informal text put back (``рахмееет`` → ``рахмет``).

Reviews and chats stretch a word by repeating a letter (``Кереметтт``, ``жақсыыы``, ``Біраааақ``, ``тұрр``).
Where such a run can be (``kazakh.phonology.letter_runs_of``): no word has one letter three times in a row,
a doubled vowel letter is only in loans, no word starts with a doubled consonant.  For a word the lexicon
does not know, every way of shortening those runs is tried (a run of three or more to one or two letters, a
doubled vowel or initial consonant to one); the word is rewritten when **exactly one** of them is a known
word (``емесссс`` → ``емес``; ``аттты`` could be ``атты`` or ``аты``: left alone), or, when none is, exactly one
is a Kazakh word typed on a Russian layout (``каттты`` → ``катты``, which the ``keyboard`` step then reads as
``қатты``).  A word made only of doubled letters (no run of three) needs more: the shortened word must be
counted (``Config.double_min_count``) and, for a doubled first letter, more often than the word with a vowel
in its place (``ккен`` may be ``екен`` as well as ``кен``: left alone), a doubled final consonant is undone only in a word with a Kazakh
letter (``тұрр``; loans end in one: ``колл``, ``басс``), and a capitalised word inside a sentence (a name) is
left alone.

Left alone: known words (``аттар``, ``кооператив``, ``Аллаһ``), a word whose shortened form is Russian or
English (``класссс``, ``приветтт``: runs in foreign words are the writer's), interjections of one letter
(``ааа``, ``ммм``) and shortened forms of fewer than three letters unless they have a Kazakh letter (``дааа``,
``нууу`` stay; ``иәәә`` → ``иә``), Latin words (``Hellooo``), mixed-case words, lines in another language,
URLs, e-mail addresses and identifiers.  The part of a hyphenated word is judged with the rest: ``тәәәп-тәтті``
→ ``тәп-тәтті`` when the compound is known.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain, product
from typing import Callable, List, Optional, Tuple

from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from ..kazakh.alphabet import CYRILLIC_VOWELS, LETTER_CLASS, NON_RUSSIAN_LETTERS
from ..kazakh.phonology import letter_runs_of
from ..lexicon.queries import count, foreign, parses, safe
from ..text.language import kazakh_lines_only
from ..text.linebreaks import lines_with, off_line_breaks
from ..text.protected import LineSpans
from ..text.tokens import TOKEN, apply_case, casing_of, domainish, is_cyrillic_token, sentence_initial
from .keyboard_model import keyboard_candidates
from .word_cache import MISSING, step_memos

__all__ = ["Config", "DEFAULTS", "letter_runs", "shortened", "letter_runs_untouched"]


@dataclass(frozen=True)
class Config:
    """Settings of the ``letter_runs`` step (the ``aggressive`` profile uses the same)."""

    double_min_count: int = 5  # a word with doubled letters only (no run of three): its shortened form counted this often
    dominance: int = 20  # of several shortened forms that are words, one counted this many times as often as each other
    abbreviation_len: int = 6  # an upper-case word this long or shorter is an abbreviation (СССР): left alone
    max_runs: int = 5  # runs tried per word (2**max_runs shortenings at most); a word with more is left alone
    # confidence (Edit.confidence): the share of such changes judged right (real-noise gold of issue 21 and the
    # unseen halves, benchmarks/audit.py)
    confidence: float = 0.95  # a run of three or more shortened to the one known word it can be
    double_confidence: float = 0.9  # a doubled vowel or initial consonant undone to a counted word
    keyboard_confidence: float = 0.9  # shortened to the one Russian-layout spelling of a known word
    memo_size: int = 50_000  # words whose decision is remembered (speed only)


DEFAULTS = Config()

_VOWELS = "".join(sorted(CYRILLIC_VOWELS))
# a text worth looking at: a letter three times, a doubled vowel, a doubled letter starting or ending a word.
# Each of these starts with a doubled letter: the look-ahead tries them only there (speed: 3x fewer steps)
_HINT = re.compile(rf"(?=([{LETTER_CLASS}])\1)(?:([{LETTER_CLASS}])\2\2|([{_VOWELS}])\3"
                   rf"|(?<![{LETTER_CLASS}])([{LETTER_CLASS}])\4|([{LETTER_CLASS}])\5(?![{LETTER_CLASS}]))",
                   re.IGNORECASE)


def _short_ok(word: str) -> bool:
    """A shortened form long enough to be judged: three letters, or two with a Kazakh letter (иә, not да)."""
    return len(word) >= 3 or (len(word) == 2 and any(c in NON_RUSSIAN_LETTERS for c in word))


def _one(scored: List[Tuple[str, float]], dominance: int) -> Optional[Tuple[str, float]]:
    """The only candidate, or the one counted ``dominance`` times as often as each other one; else None."""
    if not scored:
        return None
    scored = sorted(scored, key=lambda x: -x[1])
    if len(scored) == 1 or (scored[0][1] > 0 and scored[1][1] * dominance <= scored[0][1]):
        return scored[0]
    return None


def shortened(word: str, lex, cfg: Config = DEFAULTS, hyphen_next: str = "") -> Optional[Tuple[str, float, str]]:
    """(the lower-case word ``word`` becomes, confidence, why) when its lengthened letters are put back, else None.

    ``hyphen_next``: the word after a hyphen that follows ``word`` (the second part of a compound), whose
    compound with a shortened form is a known word too."""
    low = word.lower()
    options = []
    tripled = False
    for start, length, kind in letter_runs_of(low):
        if kind == "tripled":
            if length == 3 and low[start] not in CYRILLIC_VOWELS and safe(lex.attested, low[:start + 2]):
                continue  # a loan ending in a double consonant + a suffix (ватт|ты, класс|сыз)
            # a vowel stretched is one vowel (no word doubles one: ураааа is not ураа); a consonant may have
            # been a geminate (кеттті: кетті)
            tripled = True
            options.append((start, length, (1,) if low[start] in CYRILLIC_VOWELS else (1, 2)))
        elif kind in ("vowel", "initial") or (kind == "final" and any(c in NON_RUSSIAN_LETTERS for c in low)):
            # (a doubled final consonant only in a word with a Kazakh letter: loans end in one, колл, басс)
            options.append((start, length, (1, 2)))
    if not options or len(options) > cfg.max_runs or foreign(lex, low) or not any(c in CYRILLIC_VOWELS for c in low) \
            or len(set(low)) == 1 or (word.isupper() and len(word) <= cfg.abbreviation_len):
        return None  # (an interjection, an abbreviation: ммм, пфф, СССР; a Roman numeral in Cyrillic letters: ХІІІ)
    # a tripled letter is no spelling: the word lists that have such a form (рахмееет) have noise; a word with
    # doubled letters only is left when it is a regular form or about as common as its shortened form
    own = count(lex, low)
    if not tripled and safe(lex.known, low) and (not own or parses(lex, low)):
        return None
    cands = []
    for keep in product(*(o[2] for o in options)):
        out, pos = [], 0
        for (start, length, _), k in zip(options, keep):
            out.append(low[pos:start + k])
            pos = start + length
        out.append(low[pos:])
        cand = "".join(out)
        if cand != low and _short_ok(cand) and all(k == "geminate" for _s, _l, k in letter_runs_of(cand)):
            cands.append(cand)  # (a form with a run still where no word has one is none: эххх is not эхх)

    def word(c: str) -> bool:
        # a known word, counted or read by the morphology (the word lists' uncounted forms have noise: ема)
        if hyphen_next and safe(lex.known, c + "-" + hyphen_next):
            return True
        return safe(lex.known, c) and (count(lex, c) > 0 or bool(parses(lex, c)))

    found = [c for c in cands if word(c)]
    if any(foreign(lex, c) for c in found):
        return None  # a Russian or English word lengthened (класссс): the writer's
    conf, why = (cfg.confidence, "a lengthened letter shortened") if tripled else \
        (cfg.double_confidence, "a doubled letter undone")
    got = _one([(c, count(lex, c) or count(lex, c + "-" + hyphen_next)) for c in found], cfg.dominance)
    if got is None and not found and not any(c in NON_RUSSIAN_LETTERS for c in low):
        # none is a word: maybe a word typed on a Russian layout (каттты: катты, қатты)
        typed = [(c, max(count(lex, k) for k in ks)) for c in cands if len(c) >= 3
                 for ks in [keyboard_candidates(c, lex)] if ks]
        got = _one(typed, cfg.dominance)
        if got is not None and got[1] < cfg.double_min_count:
            return None  # (ура: ұра, hardly counted)
        if got is not None:
            conf, why = cfg.keyboard_confidence, why + " (a word typed on a Russian layout)"
    if got is None or (not tripled and got[1] < max(cfg.double_min_count, own * cfg.dominance)):
        return None
    if not tripled and any(k == "initial" for _s, _l, k in letter_runs_of(low)) and \
            max(count(lex, v + low[1:]) for v in CYRILLIC_VOWELS) >= got[1]:
        return None  # a doubled first consonant may as well be a vowel mistyped (ккен: екен as well as кен)
    return got[0], conf, why


_NEXT_PART = re.compile(rf"-([{LETTER_CLASS}]+)")


def letter_runs_untouched(ctx) -> Callable[[str], bool]:
    """The step's ``untouched`` test (:mod:`kaznorm.core.registry`): no run of letters it looks at (``_HINT``, its
    first return)."""
    search = _HINT.search
    return lambda text: search(text) is None


@register("letter_runs", doc="letters lengthened for emphasis put back (рахмееет -> рахмет)", needs_lexicon=True,
          config=Config, quiet_lines=True, untouched=letter_runs_untouched)
def letter_runs(text: str, ctx) -> List[Edit]:
    # (NO_EDITS: nothing proposed, so core.passes may remember the text)
    if _HINT.search(text) is None:
        return NO_EDITS
    edits: List[Edit] = []
    memos = step_memos(ctx, "letter_runs")
    cfg: Config = memos.cfg
    lex = ctx.lexicon
    cache = memos.decisions
    spans = LineSpans(text)
    n = len(text)
    # only the lines with a hint (the rest have no token the hint test below lets through): a document costs
    # the lines that need work; the rules still read the whole text
    for m in chain.from_iterable(TOKEN.finditer(text, a, b) for a, b in lines_with(text, _HINT)):
        tok = m.group()
        if len(tok) < 3 or not _HINT.search(tok):
            continue
        s, e = m.start(), m.end()
        if not is_cyrillic_token(tok) or casing_of(tok) == "x":
            continue
        nxt = _NEXT_PART.match(text, e) if e < n and text[e] == "-" else None
        key = tok.lower() + ("-" + nxt.group(1).lower() if nxt else "")
        rep = cache.get(key, MISSING)
        if rep is MISSING:
            try:
                rep = shortened(tok, lex, cfg, nxt.group(1).lower() if nxt else "")
            except Exception:  # a bug in one decision must not break cleaning
                rep = None
            cache[key] = rep
        if rep is None or rep[1] < ctx.min_confidence:
            continue
        if rep[2].startswith("a doubled") and casing_of(tok) != "l" and not sentence_initial(text, s):
            continue  # a capitalised word inside a sentence: a name may double a letter (Аллаһ, Жаннат)
        if spans.inside(s, e) or domainish(text, s, e):
            continue
        edits.append(Edit(s, e, apply_case(tok, rep[0]), rep[2], rep[1]))
    if not edits:
        return NO_EDITS
    # a part of a word broken at a line end is linebreak_hyphen's; a line in another language is left alone
    return kazakh_lines_only(text, off_line_breaks(text, edits), ctx, "letter_runs")
