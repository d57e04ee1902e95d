"""The ``latin`` step: Kazakh written in Latin letters, read back into Cyrillic.

Detection, per run of Latin words (a line's Latin words, cut at Cyrillic words and sentence ends): each
word is read with the lexicon (:func:`kaznorm.steps.latin_model.decide`) in the alphabet the run's letters
show (2021 ``ä ö ü ū ğ ş ñ``, 2018 ``á ǵ ń ó ú ý``, 2017 apostrophes, else informal).  A word is Kazakh
evidence when its reading is a Kazakh form clearly more common in Kazakh than the word is in English,
Turkish or Uzbek (:func:`kaznorm.text.script.foreign_zipf`), foreign evidence when the other way round.  A
run is converted when its Kazakh evidence outweighs the foreign one and makes up ``share`` of its words;
inside a line with Cyrillic words (a brand or a quote) it needs ``mixed_min`` such words.  Never read: URLs,
e-mail addresses, domains (``Kaspi.kz``), words touching digits, single letters.

In a converted run a word the lexicon cannot decide stays in Latin, and so does, in informal Latin, a common
English word whose Kazakh reading is not far more common (``super``, ``film``); the note of the run's first
change lists them with the reason.  Writing the other way (Cyrillic to the official 2021 Latin) is the
``write_latin`` step (:mod:`kaznorm.steps.write_latin`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, List, NamedTuple, Optional, Tuple

from ..core.context import BoundedDict, Context
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from ..kazakh.latin import APOSTROPHES, BACK, FRONT, MARKERS
from ..text.protected import protected_spans
from ..text.script import LatinWord, foreign_zipf, has_latin, latin_runs
from .latin_model import FORMAL, Reading, decide, normalise
from ..text.tokens import line_spans

__all__ = ["Config", "CONFIDENCE", "RULE_CONFIDENCE", "rule_confidence", "latin", "run_alphabet", "judge_run", "word_case", "address_spans", "run_edits", "run_plan", "Planned", "latin_untouched"]


@dataclass(frozen=True)
class Config:
    """Settings of the ``latin`` step (``Pipeline.from_profile("unify").with_config("latin", share=0.7)``)."""

    # a run is Kazakh when its Kazakh-evidence words make up at least this share of its words (and outnumber
    # its foreign-evidence words)
    share: float = 0.5
    # inside a line with Cyrillic words, a Latin run needs at least this many Kazakh-evidence words (in lower
    # case: a capitalised word there is a name or a brand)
    mixed_min: int = 2
    # a word at least this common in English or Turkish (Zipf scale; Uzbek list: 5) is foreign evidence ...
    foreign_zipf: float = 3.0
    # ... unless its Kazakh reading is at least this much more common in Kazakh (Zipf units), and the other way
    margin: float = 1.0
    # informal Latin (or a reading never counted): a word at least this common in English stays unless its
    # reading is `margin` more common in Kazakh (super, film, App stay; men, bar are read)
    english_zipf: float = 3.0
    # informal Latin: the best reading's score must be this many times the runner-up's
    ratio: float = 3.0
    # official alphabets (only и/й, х/һ, е/э and the loan letters are merged): the same for them
    formal_ratio: float = 1.5
    # no letter tells the alphabet: a reading that is also the 2021 one wins unless another is this many times
    # more common (jaksy: жақсы, not the 2021 жаксы)
    plain_ratio: float = 20.0
    # rarer informal letters (z for ж, s for ш...): the only reading, counted at least this often
    rare_min: int = 5
    # informal Latin: a reading only the morphology knows (never seen written) needs this many letters ...
    morph_min_len: int = 8
    # ... and one attested but never counted this many
    uncounted_min_len: int = 6
    # official alphabets: a word the lexicon does not know is read letter by letter when the rules settle it
    rule_words: bool = True
    # the text is Kazakh (to_cyrillic): every Latin run is read unless its foreign evidence outweighs its
    # Kazakh evidence, common English words are read too, and a run with no letter that tells the alphabet
    # is read as 2021 Latin (a word the lexicon does not know letter by letter)
    assume_kazakh: bool = False
    max_nodes: int = 4000  # reading search: at most this many prefixes expanded per word
    memo_size: int = 50_000  # per-word decisions remembered (speed only)


# confidence of a change by how it was decided: the share right where measured (2021 Latin of the unseen
# corpora read back, benchmarks/latin_eval.py: lexicon readings 98.3% of 73,019; informal reviews: 199 of 200
# judged by hand, a small sample, so taken as 0.95).  Letter-by-letter readings of unknown words: 95.8% of 403
# for a word in lower case with harmonic vowels and no и (the rules' weak point: и/й), 81% of 707 for the
# rest (names, loans): the unify profile (cut 0.9) leaves those in Latin, aggressive (0.5) reads them
CONFIDENCE = {("formal", "lexicon"): 0.98, ("informal", "lexicon"): 0.95}
RULE_CONFIDENCE = (0.95, 0.81)


def rule_confidence(typed: str, cyr: str) -> float:
    """The measured share right of a letter-by-letter reading like this one (see RULE_CONFIDENCE)."""
    v = set(cyr.lower())
    if len(cyr) == 1:
        return RULE_CONFIDENCE[0]  # an initial or a one-letter abbreviation: the alphabet's own letter
    plain = typed.islower() and "и" not in v and not (v & BACK and v & FRONT)
    return RULE_CONFIDENCE[0] if plain else RULE_CONFIDENCE[1]


_INFORMAL_GROUPS = re.compile("zh|kh|gh|w|x|ç|c(?!h)")
_APOSTROPHE_LETTER = re.compile(f"[agnousciyk][{re.escape(APOSTROPHES)}]")


def run_alphabet(words: List[LatinWord]) -> str:
    """The alphabet a run's letters show: "2017" (letters with apostrophes), "2018" (acute accents), "2021"
    (ä ö ü ū ğ ş ñ İ, or ı with no 2018 letter), "informal" (w, x, c, zh, kh, gh, ç in at least half as many
    words as the official alphabet's letters, or letters of two official alphabets) or "plain" (no letter
    that tells)."""
    w21 = w18 = wdotless = winf = wapo = 0
    for w in words:
        low = w.text.lower()
        m21 = any(c in MARKERS["2021"] for c in w.text)
        m18 = any(c in MARKERS["2018"] for c in low)
        w21 += m21
        w18 += m18
        wdotless += "ı" in low and not m21 and not m18  # ı: і in 2021, и/й in 2018
        winf += _INFORMAL_GROUPS.search(low) is not None
        wapo += _APOSTROPHE_LETTER.search(low) is not None
    if not w18:
        w21 += wdotless
    formal = max(w21, w18)
    if winf and winf * 2 >= formal:
        return "informal"
    if w21 and w18:
        return "informal"
    if wapo and not formal:
        return "2017"
    if w18:
        return "2018"
    if w21:
        return "2021"
    return "plain"


def _letters(w: str) -> int:
    return sum(1 for c in w if c.isalpha())


def judge_run(words: List[LatinWord], decisions: List[Reading], mixed: bool, cfg: Config) -> Tuple[bool, str]:
    """(Kazakh?, why) for a run of Latin words and their decisions."""
    k = f = n = 0
    for w, d in zip(words, decisions):
        if _letters(w.text) < 2 or w.glued:
            continue
        n += 1
        fz = foreign_zipf(normalise(w.text, "informal"))
        if d.cyrillic is not None and d.how == "lexicon":
            # evidence: a counted reading or a long word; inside Cyrillic text a word in lower case only
            # (a capitalised or capital-letter word there is a name or a brand: Kaspi QR)
            weak = (d.zipf <= 2.5 and _letters(w.text) < 5) or (mixed and not w.text.islower())
            if not weak and (fz < cfg.foreign_zipf or d.zipf >= fz + cfg.margin):
                k += 1
            elif fz >= cfg.foreign_zipf and fz >= d.zipf + cfg.margin:
                f += 1
        elif d.cyrillic is not None:  # read letter by letter: weak evidence
            if fz >= cfg.foreign_zipf:
                f += 1
        elif fz >= cfg.foreign_zipf:
            f += 1
    why = f"{k} of {n} words Kazakh, {f} foreign"
    if n == 0:  # single letters only: initials, read only when the text is said to be Kazakh
        return cfg.assume_kazakh and bool(words) and not mixed, why
    if cfg.assume_kazakh and not mixed:  # (inside Cyrillic text even such a text quotes names and brands)
        return f <= k or f * 2 < n, why
    if mixed and k < cfg.mixed_min:
        return False, why
    return k >= 1 and k > f and k >= cfg.share * n, why


def word_case(typed: str, cyr: str) -> str:
    """``cyr`` (lower case) with the case of the Latin word ``typed``: all capitals, a capital first, or lower;
    letter by letter when a word of mixed case (``kDj``) has as many letters as its reading."""
    letters = [c for c in typed if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return cyr.upper()
    if len(letters) == len(cyr) and any(c.isupper() for c in letters[1:]):
        return "".join(y.upper() if x.isupper() else y for x, y in zip(letters, cyr))
    if letters and letters[0].isupper():
        return cyr[:1].upper() + cyr[1:]
    return cyr


def _decision(memo, word: str, alphabet: str, lex, cfg: Config) -> Reading:
    key = (word, alphabet)
    got = memo.get(key)
    if got is None:
        got = memo[key] = decide(word, alphabet, lex, cfg)
    return got


def latin_untouched(ctx) -> Callable[[str], bool]:
    """The step's ``untouched`` test (:mod:`kaznorm.core.registry`): a text without Latin letters (its first
    returns)."""
    return lambda text: not has_latin(text)


@register("latin", doc="read Kazakh written in Latin (2021, 2018, 2017 or informal) back into Cyrillic",
          needs_lexicon=True, config=Config, untouched=latin_untouched)
def latin(text: str, ctx: Context) -> List[Edit]:
    if not text or not has_latin(text):
        return NO_EDITS  # (nothing proposed)
    cfg: Config = ctx.config("latin")
    lex = ctx.lexicon
    memo = ctx.cache("latin.words", lambda: BoundedDict(cfg.memo_size))
    spans = address_spans(text)
    edits: List[Edit] = []
    for ls, le in (line_spans(text) if "\n" in text else ((0, len(text)),)):
        line = text[ls:le]
        if not has_latin(line):
            continue
        runs, mixed = latin_runs(line, ls, spans)
        for run in runs:
            edits.extend(run_edits(run, mixed, lex, cfg, memo))
    return edits


def address_spans(text: str) -> List[Tuple[int, int]]:
    """URLs, e-mail addresses and bare domains (``Kaspi.kz``): sorted, disjoint (start, end) spans."""
    return protected_spans(text)


class Planned(NamedTuple):
    """What the step does with one Latin word of a run read as Kazakh: ``replacement`` (None: left) and why."""

    word: LatinWord
    replacement: Optional[str]
    note: str
    confidence: float


def run_plan(run: List[LatinWord], mixed: bool, lex, cfg: Config, memo) -> Tuple[bool, str, List[Planned]]:
    """(Kazakh?, why, the plan for each word of at least two letters) for one run of Latin words."""
    alphabet = run_alphabet(run)
    decisions = [_decision(memo, w.text, alphabet, lex, cfg) for w in run]
    ok, why = judge_run(run, decisions, mixed, cfg)
    kind = "formal" if alphabet in FORMAL else "informal"
    plan: List[Planned] = []
    for w, d in zip(run, decisions):
        if _letters(w.text) < 2 and ((kind == "informal" and not cfg.assume_kazakh) or not ok or w.glued):
            continue  # a single letter: an initial, read only in an official alphabet
        if d.cyrillic is None or (w.glued and d.how != "lexicon"):
            note = d.note.replace("latin: ", "", 1) if d.cyrillic is None else f"{w.text} left: touches a digit"
            plan.append(Planned(w, None, note, 0.0))
            continue
        if d.how == "lexicon":
            # a foreign word typed in a Kazakh line: in informal Latin an English word (super, film) unless its
            # reading is far more common in Kazakh (men, bar); anywhere, a word whose reading is never counted
            # and that is common in English, Turkish or Uzbek (App, güzel), and a capitalised word read with
            # informal letters that is common in English (Toyota).  When the text is said to be Kazakh
            # (assume_kazakh, to_cyrillic), only a never-counted reading of one of the commonest English words.  In an official alphabet a counted
            # reading is the word (elder: елдер, bet: бет)
            low = normalise(w.text, "informal")
            fz = 0.0
            if d.zipf <= 2.5:  # (a text said to be Kazakh: only against the commonest English words: the)
                fz = foreign_zipf(low) if not cfg.assume_kazakh else foreign_zipf(low, ("en",)) - 2.0
            if not cfg.assume_kazakh and (kind == "informal" or (w.text[:1].isupper() and d.letters == "informal")):
                fz = max(fz, foreign_zipf(low, ("en",)))  # (a brand read with informal letters: Toyota)
            if fz >= cfg.english_zipf and d.zipf < fz + cfg.margin:
                plan.append(Planned(w, None, f"{w.text} left: a foreign word (Zipf {fz:.1f}) more than its "
                                             f"reading {d.cyrillic}", 0.0))
                continue
        conf = rule_confidence(w.text, d.cyrillic) if d.how == "rule" else CONFIDENCE[(kind, "lexicon")]
        plan.append(Planned(w, word_case(w.text, d.cyrillic), f"{d.note}; line: {why}", conf))
    return ok, why, plan


def run_edits(run: List[LatinWord], mixed: bool, lex, cfg: Config, memo) -> List[Edit]:
    """The edits for one run of Latin words (none unless it is judged Kazakh); the note of the first one
    lists the words left in Latin and why."""
    ok, _why, plan = run_plan(run, mixed, lex, cfg, memo)
    if not ok:
        return []
    out = [Edit(p.word.start, p.word.end, p.replacement, p.note, p.confidence) for p in plan
           if p.replacement is not None]
    left = [p.note for p in plan if p.replacement is None]
    if left and out:
        e = out[0]
        out[0] = Edit(e.start, e.end, e.replacement, e.note + "; left in Latin: " + "; ".join(left), e.confidence)
    return out
