"""The ``keyboard`` step's model: which Kazakh-letter restorations a word has, and which one wins.

:func:`keyboard_candidates` generates the forms the lexicon knows that a word typed on a Russian layout
could be (letter by letter, pruned by the attested prefixes and, past them, by vowel harmony);
:func:`kb_decide` picks a clear winner on corpus frequency; :func:`kb_token` is the whole per-word decision
for a word in a line that has Kazakh letters (where the line plays no part).  :class:`Config` holds the
step's settings (``AGGRESSIVE`` those of the aggressive profile).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Dict, List, Optional, Tuple

from ..kazakh.alphabet import NEVER_INITIAL
from ..kazakh.errors import KEYBOARD_OPTIONS, keyboard_key
from ..kazakh.phonology import BACK_ONLY_LETTERS, FRONT_ONLY_LETTERS, letter_runs_of, prefix_harmony
from ..lexicon.queries import ask, corpus_count, derived_index, frequency_score, frequent_keys
from ..text.tokens import MAX_WORD, apply_case, case_class
from .keyboard_counts import counted_restoration, counted_slips, slip_beats, slip_test, uncounted_winner

__all__ = ["Config", "DEFAULTS", "AGGRESSIVE", "counted_slips", "slip_test", "keyboard_candidates", "kb_decide",
           "kb_token", "has_option"]


@dataclass(frozen=True)
class Config:
    """Settings of the ``keyboard`` step (``Pipeline.default().with_config("keyboard", ratio=3.0)``).

    A candidate's score is its corpus count, or ``uncounted_score`` / ``morph_only_score`` when it has none.
    """

    min_len: int = 2  # shorter words are never restored
    max_len: int = MAX_WORD  # longer letter runs are not words: no candidates
    # the best candidate's score must be at least this many times the runner-up's (except for an unknown
    # word in a line without Kazakh letters: degraded_ratio)
    ratio: float = 4.0
    # an unknown word with several candidates in a line with Kazakh letters: the best's count must exceed this
    min_count: float = 0
    # a lone never-counted candidate known only through the morphology (not attested) may win
    unique_morph: bool = True
    # a lone never-counted candidate in a line with Kazakh letters must put back at least this many letters
    uncounted_min_letters: int = 2
    # an unknown word in a line without Kazakh letters: the best's score must be this many times the runner-up's
    degraded_ratio: float = 1.5
    # a counted known word in a line typed without Kazakh letters: replaced only when a restoration's score is
    # at least this many times the word's own count ...
    suspicious_ratio: float = 5.0
    # ... and that restoration counted at least this often (also for a Russian-looking word in such a line)
    suspicious_min: int = 3
    # a lowercase known word attested but never counted: replaced only by a restoration counted at least
    # this often
    uncounted_known_min: int = 10
    # a counted word in a line with Kazakh letters, counted at most counted_slip_max times, is replaced by its
    # restoration only when that is counted counted_slip_min times or more and counted_slip_ratio times more
    # often: a Russian-layout slip common enough to be counted (кушті, адемі), not a rarer real word
    counted_slip_max: int = 20
    counted_slip_min: int = 100
    counted_slip_ratio: float = 20.0
    # a capitalised word inside a sentence (a name) in a line with Kazakh letters: restored only to a
    # known name counted at least this often
    name_min: int = 20
    uncounted_score: float = 0.3  # score of a candidate attested in the word list but never counted
    morph_only_score: float = 0.1  # score of a candidate known only through the morphology
    # a known or Russian-looking word never counted: the score a restoration is compared with, and the ratio
    # it needs (1.0: the restoration's count alone decides)
    uncounted_own_score: float = 0.1
    uncounted_own_ratio: float = 1.0
    # confidence of a change (Edit.confidence: the share of such changes judged right in benchmarks/audit.py on
    # the unseen halves; a pipeline applies a change only at or above its min_confidence):
    confidence: float = 0.95  # a counted restoration, or any in a line typed without Kazakh letters (68 of 70)
    uncounted_confidence: float = 0.3  # a lone restoration never counted, in a line with Kazakh letters (3 of 11;
    #                                     1 of 7 in the audit of 2026-12-07)
    # several restorations none counted, in a line typed without Kazakh letters, one with the longer counted stem
    # or the commoner ending: the typed form is certainly wrong and the winner is a regular form
    uncounted_tie_confidence: float = 0.9
    name_confidence: float = 0.5  # a capitalised word restored to a rare form (2 of 5): under name_min inside
    initial_min: int = 10  # a sentence, under initial_min at its start (a name as often as a common word there)
    # a known word that the analyser reads as a regular form, replaced by a far more frequent restoration (the
    # typed word is usually right: шаң қауып, белін буу)
    regular_known_confidence: float = 0.3
    max_nodes: int = 3000  # candidate search: at most this many prefixes expanded per word
    max_out: int = 64  # candidate search: at most this many complete forms checked per word
    memo_size: int = 100_000  # per-word verdicts and candidate lists remembered (speed only)
    quiet_size: int = 200_000  # words and white-space chunks remembered as settled "leave it" (speed only)


DEFAULTS = Config()
# the aggressive profile: smaller margins, and fewer counts needed to replace a known word
AGGRESSIVE = Config(ratio=3.0, suspicious_ratio=3.0, suspicious_min=2, uncounted_known_min=3)

# Past the attested prefixes a letter is in a suffix, and suffixes follow the harmony: of a typed letter's
# options (errors.KEYBOARD_OPTIONS) those a suffix of that harmony never writes are dropped: the letters only
# words of the other harmony write (and к г in a back word, ы in a front one), and ә ө һ, which no suffix has
_NOT_IN_SUFFIXES = {"b": FRONT_ONLY_LETTERS | frozenset("кгһ"), "f": BACK_ONLY_LETTERS | frozenset("ыәөһ")}


# ---------------------------------------------------------------------------- keyboard: candidates

class _Prefixes:
    """Prefix tests against the attested forms (the typo index's first-letter buckets, sorted on demand)."""

    def __init__(self, lex):
        from ..lexicon.typo_index import index_for

        self.index = index_for(lex)

    def has_prefix(self, p: str) -> bool:
        return self.index.has_prefix(p)


def _prefixes(lex) -> _Prefixes:
    return derived_index(lex, "keyboard.prefixes", _Prefixes)


def _suffix_options(ch: str, harm: Optional[str]) -> Tuple[str, ...]:
    """Options for a letter past the attested prefixes (in the suffixes): the harmony of the prefix built so
    far ('b', 'f' or None when it cannot be told: :func:`kaznorm.kazakh.phonology.prefix_harmony`) decides."""
    opts = KEYBOARD_OPTIONS.get(ch)
    if opts is None:
        return (ch,)
    if harm is None:
        return opts
    return tuple(c for c in opts if c not in _NOT_IN_SUFFIXES[harm])


def keyboard_candidates(word: str, lex, *, max_nodes: int = DEFAULTS.max_nodes, max_out: int = DEFAULTS.max_out,
                        max_len: int = DEFAULTS.max_len) -> List[str]:
    """Known forms that ``word`` (lowercase) could be with Kazakh letters put back, ``word`` itself excluded.

    Depth-first, left to right: while the prefix built so far starts some attested form every option is
    tried; past that point (inside the suffixes of an inflected form) only the options vowel harmony
    allows.  At most ``max_nodes`` prefixes are expanded and ``max_out`` complete forms checked; a word longer
    than ``max_len`` has none.
    """
    if not word or len(word) > max_len or not any(c in KEYBOARD_OPTIONS for c in word):
        return []
    pref = _prefixes(lex)
    out: List[str] = []
    budget = [max_nodes]
    n = len(word)

    def rec(i: int, p: str, in_lex: bool) -> None:
        if budget[0] <= 0 or len(out) >= max_out:
            return
        budget[0] -= 1
        if i == n:
            # (a restoration is a Kazakh word, and none starts with a doubled consonant: ккең is the analyser
            # reading a noise stem, кке; a doubled letter alone abbreviates a plural: ғғ. ғасырлар, жж. жылдар)
            if p != word and lex.known(p) and not (len(p) > 2 and p[0] == p[1]
                                                   and letter_runs_of(p[:3])[0][2] == "initial"):
                out.append(p)
            return
        ch = word[i]
        if in_lex:
            opts = KEYBOARD_OPTIONS.get(ch, (ch,))
        else:
            opts = _suffix_options(ch, prefix_harmony(p))
        for c in opts:
            if i == 0 and c in NEVER_INITIAL:
                continue
            q = p + c
            if in_lex:
                if pref.has_prefix(q):
                    rec(i + 1, q, True)
                elif i >= 2 and c == ch or (i >= 2 and c != ch and _harmonic(q)):
                    # leave the attested prefixes: the rest must be a regular suffix chain
                    rec(i + 1, q, False)
            else:
                rec(i + 1, q, False)

    rec(0, "", True)
    return sorted(set(out))


def _harmonic(q: str) -> bool:
    """A restored letter past the attested prefixes must agree with the harmony of what precedes it."""
    c = q[-1]
    h = prefix_harmony(q[:-1])
    if h is None:
        return True
    if c in BACK_ONLY_LETTERS:
        return h == "b"
    if c in FRONT_ONLY_LETTERS:
        return h == "f"
    return True


# ---------------------------------------------------------------------------- keyboard: decisions

def _restored(typed: str, cand: str) -> int:
    return sum(1 for a, b in zip(typed, cand) if a != b)


def _candidates(lw: str, lex, cfg: Config) -> List[Tuple[str, float, float]]:
    """(candidate, corpus count, score) of ``lw``'s restorations, best first."""
    cands = []
    for c in keyboard_candidates(lw, lex, max_nodes=cfg.max_nodes, max_out=cfg.max_out, max_len=cfg.max_len):
        n = corpus_count(lex, c)
        cands.append((c, n, frequency_score(lex, c, n, cfg.uncounted_score, cfg.morph_only_score)))
    cands.sort(key=lambda t: (-t[2], t[0]))
    return cands


def kb_decide(lw: str, lex, cfg: Config = DEFAULTS, *, name_only: bool = False, suspicious: bool = False,
              own: float = 0.0, degraded: bool = True, min_count: Optional[float] = None,
              memo: Optional[Dict] = None) -> Tuple[Optional[str], str, float]:
    """(replacement or None, note, confidence) for lowercase ``lw``.

    ``suspicious``: ``lw`` is itself a known (or Russian-looking) word with corpus count ``own``; only a
    far more frequent restoration replaces it, one counted at least ``min_count`` times (default
    ``cfg.suspicious_min``).  ``degraded``: the line has no Kazakh letter at all.  ``memo``: a dict keeping
    each word's candidates (speed only).
    """
    if min_count is None:
        min_count = cfg.suspicious_min
    skel = None
    if suspicious:
        # speed only: every candidate has lw's skeleton, and the winner needs a count >= min_count
        skel = frequent_keys(lex, "skeleton", min_count)
        if skel is not None and keyboard_key(lw) not in skel:
            return None, "", 0.0
    cands = memo.get(lw) if memo is not None else None
    if cands is None:
        if skel is not None and not counted_restoration(lw, lex, min_count):
            return None, "", 0.0  # (speed only: the same, when no such form is a restoration of lw)
        cands = _candidates(lw, lex, cfg)
        if memo is not None:
            memo[lw] = cands
    if name_only:
        cands = [t for t in cands if ask(lex, "capitalised", t[0])]
    if not cands:
        return None, "", 0.0
    best, nb, sb = cands[0]
    s2 = cands[1][2] if len(cands) > 1 else 0.0
    note = "keyboard: candidates " + " ".join(f"{c}({int(n)})" for c, n, _ in cands[:5])
    if suspicious:
        own_score = own if own > 0 else cfg.uncounted_own_score
        ratio = cfg.suspicious_ratio if own > 0 else cfg.uncounted_own_ratio
        if nb >= min_count and sb >= ratio * own_score and sb >= cfg.ratio * s2 and \
                (degraded or not slip_beats(lw, lex, best, nb)):
            if degraded:
                return best, f"{note}; {lw}({int(own)}); line typed without Kazakh letters; ratio {sb / own_score:.0f}", \
                    cfg.confidence
            if ask(lex, "regular", lw):
                return best, (f"{note}; {lw}({int(own)}) attested but never counted, a regular form; "
                              f"ratio {sb / own_score:.0f}"), cfg.regular_known_confidence
            return best, f"{note}; {lw}({int(own)}) attested but never counted; ratio {sb / own_score:.0f}", \
                cfg.confidence
        return None, "", 0.0
    if len(cands) == 1:
        if nb <= 0 and not cfg.unique_morph and not ask(lex, "attested", best):
            return None, "", 0.0
        if nb <= 0 and not degraded and _restored(lw, best) < cfg.uncounted_min_letters:
            return None, "", 0.0  # one letter put back, into a form never counted, in a line with Kazakh letters
        if not degraded and slip_beats(lw, lex, best, nb):
            return None, "", 0.0
        if nb <= 0 and not degraded:
            return best, f"{note}; only candidate, never counted", cfg.uncounted_confidence
        return best, f"{note}; only candidate", cfg.confidence
    if degraded:
        # the typed form is certainly wrong: the best restoration only has to beat the others
        if nb <= 0 and cands[1][1] <= 0:
            # none counted: that the noisy web list attests one is weak evidence; stems and endings decide
            won = uncounted_winner(lex, [c for c, _n, _sc in cands], cfg)
            if won is not None:
                return won, f"{note}; line typed without Kazakh letters; none counted, {won} has the longest " \
                    f"counted stem or the commoner ending", cfg.uncounted_tie_confidence
            return None, "", 0.0
        if sb >= cfg.degraded_ratio * s2:
            return best, f"{note}; line typed without Kazakh letters; ratio {sb / s2:.1f}", cfg.confidence
        return None, "", 0.0
    if nb > cfg.min_count and sb >= cfg.ratio * s2 and not slip_beats(lw, lex, best, nb):
        return best, f"{note}; ratio {sb / s2:.0f}", cfg.confidence
    return None, "", 0.0


def kb_token(w: str, initial: bool, lex, cfg: Config = DEFAULTS, memo: Optional[Dict] = None,
             cut: float = 0.0) -> Optional[Tuple[str, str, float]]:
    """(replacement, note, confidence) or None for the word ``w`` in a line that has Kazakh letters: what the
    two loops of :func:`kaznorm.steps.keyboard.keyboard` decide for it there (its line plays no part then);
    None also for a change less confident than ``cut`` (the pipeline's min_confidence: it would be dropped).
    ``memo``: :func:`kb_decide`'s candidate memo."""
    cls = case_class(w)
    if cls == "mixed" or not has_option(w):
        return None
    lw = w.lower()
    if ask(lex, "is_protected", w):
        return None
    common = cls == "lower" or (cls == "title" and initial)
    if lex.known(lw):
        if not common:
            return None
        own = corpus_count(lex, lw)
        # a sentence's capitalised first word that the lexicon does not know as a name is read as in lower case
        plain = cls == "lower" or not ask(lex, "capitalised", w)
        if own <= 0 and plain and ask(lex, "attested", lw):
            rep, note, conf = kb_decide(lw, lex, cfg, suspicious=True, own=own, degraded=False,
                                        min_count=cfg.uncounted_known_min, memo=memo)
        elif 0 < own <= cfg.counted_slip_max and plain:
            # (a capitalised one inside a sentence, or a name, may be written as its bearer writes it: Әли)
            # a rare counted form that is the Russian-layout spelling of a far commoner word (кушті 18 times,
            # күшті 452): the corpora count the slip too, user text above all
            rep, note, conf = kb_decide(lw, lex, replace(cfg, suspicious_ratio=cfg.counted_slip_ratio),
                                        suspicious=True, own=own, degraded=False,
                                        min_count=cfg.counted_slip_min, memo=memo)
        else:
            return None
        if rep is None:
            return None
    elif ask(lex, "is_russian", lw) or ask(lex, "is_english", lw):
        if cls != "lower" or ask(lex, "is_english", lw):
            return None
        # a Russian word in a Kazakh line (Russian stretches are left alone: text.language): the Russian-layout
        # spelling of a common Kazakh word (кала, бари, сон, коп, еды: қала, бәрі, соң, көп, еді) when that is
        # counted counted_slip_min times (of the common Russian words only 8 have such a restoration)
        rep, note, conf = kb_decide(lw, lex, cfg, suspicious=True, own=0.0, degraded=False,
                                    min_count=cfg.counted_slip_min, memo=memo)
        if rep is None:
            return None
        note = note.replace("attested but never counted", "a Russian word")
    else:
        if cut > cfg.uncounted_confidence and cfg.min_count >= 0:
            # speed only: a restoration never counted is less sure than the cut, so the winner must be a counted
            # form, and every candidate has lw's skeleton
            skel = frequent_keys(lex, "skeleton", 1)
            if skel is not None and (keyboard_key(lw) not in skel or
                                     ((memo is None or lw not in memo) and not counted_restoration(lw, lex, 0))):
                return None
        name_only = not common
        rep, note, conf = kb_decide(lw, lex, cfg, name_only=name_only, degraded=False, memo=memo)
        if rep is not None and name_only and corpus_count(lex, rep) < cfg.name_min:
            rep = None
        if rep is None:
            return None
        if not common:
            if cls == "title":
                note += "; known name"
            else:
                return None
    if cls == "title" and corpus_count(lex, rep) < (cfg.initial_min if initial else cfg.name_min):
        # a capitalised word, even at a sentence start, may be a name written as its bearer writes it
        # (Коркин, Сакка): restored only to a common form
        conf = min(conf, cfg.name_confidence)
        note += "; capitalised, restored to a rare form"
    if conf < cut:
        return None
    return apply_case(w, rep), note, conf


def has_option(w: str) -> bool:
    return any(c.lower() in KEYBOARD_OPTIONS for c in w)
