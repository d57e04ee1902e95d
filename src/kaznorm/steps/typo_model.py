"""The ``typo`` step's model: what kind of slip a one-edit difference is, and which correction wins.

Candidates come from the typo index (symspellpy, :mod:`kaznorm.lexicon.typo_index`); each is scored by its
corpus evidence times how likely its edit is as a slip (``Config.edit_weight``), and one must clearly win.
:func:`typo_token` is the whole per-word decision; :func:`edit_kind` is also used by the keyboard model.
:class:`Config` holds the step's settings (``AGGRESSIVE`` those of the aggressive profile).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Dict, Optional, Tuple

from ..kazakh.errors import NEIGHBOUR_KEYS, SIMILAR, final_u_slip
from ..kazakh.suffixes import COLLOQUIAL_PAST_1SG, NAME_ENDINGS, without_case_ending
from ..kazakh.phonology import written_undropped
from ..lexicon.queries import (ask, corpus_count, deletions, frequency_score, frequent_keys, rarest_triple,
                               stem_count)
from ..text.tokens import MAX_WORD, apply_case, case_class
from .typo_composite import composite_i_slip
from .typo_geminate import geminate_slip
from .typo_counted import counted_slips, slip_test  # (the typo step's, kept apart for length; named here as ever)
from .typo_filters import breaks_harmony, drops_kazakh_letter, keyboard_pair, same_stem_forms

__all__ = ["Config", "DEFAULTS", "AGGRESSIVE", "counted_slips", "slip_test", "edit_kind", "typo_decide",
           "typo_token"]

ONE_SLIP = ("similar", "missing letter", "extra letter", "transposition")


@dataclass(frozen=True)
class Config:
    """Settings of the ``typo`` step (``Pipeline.default().with_config("typo", ratio=20.0)``).

    A candidate's score is its corpus count (or ``uncounted_score`` / ``morph_only_score`` when it has none)
    times the weight of its kind of edit (``edit_weight``); a kind is one of ``edit_kind``'s names, "two
    edits", or "ending" (a lowercase word's last letter changed by anything but a similar-letter slip).
    """

    min_len: int = 5  # shorter words are never corrected
    max_len: int = MAX_WORD  # longer letter runs are not words: never corrected
    # words this long may be corrected by two edits (above max_len: never; both profiles leave it off: two edits
    # and plain substitutions were judged right about half the time on the unseen halves and made no more of
    # the real-noise fixes; a caller may switch them on with kinds=... and this)
    two_edits_min_len: int = 99
    kinds: Tuple[str, ...] = ONE_SLIP + ("neighbour",)  # the kinds of edit that may correct a word
    ratio: float = 10.0  # several candidates: the best's score must be this many times the runner-up's ...
    min_count: int = 3  # ... and the best counted at least this often
    # a lone candidate must be counted this often (0: attested is enough): by a similar-letter slip, ...
    unique_min_count_similar: int = 0
    unique_min_count_plain: int = 1  # ... by a plain substitution or two edits, ...
    unique_min_count: int = 1  # ... by any other kind (a missing or extra letter, a transposition)
    uncounted_min_len: int = 8  # a lone never-counted candidate corrects only words this long
    # ... and, by a dropped or swapped letter, words this long: so long a word has few forms one letter away
    uncounted_dropped_min_len: int = 10
    name_min_len: int = 6  # a name (a capitalised word inside a sentence) shorter than this is never corrected
    name_min_count: float = 1  # a name is corrected only to a known name counted at least this often
    name_excluded_kinds: Tuple[str, ...] = ("substitution", "neighbour", "two edits")  # a name is never corrected so
    # a known word never counted may be corrected (to a far more frequent form) ...
    suspicious: bool = True
    suspicious_min: int = 100  # ... counted at least this often ...
    suspicious_ratio: float = 20.0  # ... whose score is this many times the runner-up's ...
    suspicious_kinds: Tuple[str, ...] = ONE_SLIP  # ... by one of these kinds of edit
    # a counted form the analyser cannot read, counted at most counted_slip_max times, is judged like a
    # never-counted one when a form one slip away is counted counted_slip_ratio times more often: a misspelling
    # common enough in reviews to be counted (кермет, рахымет), not a rare real word (those are regular forms
    # or rarely even a twentieth as frequent as a word one slip away); its last letter must stay (a changed
    # ending in a counted form is mostly a colloquial one: алғам for алғанмын)
    counted_slip_max: int = 20  # (as the keyboard step's: a slip counted more often is a variant of its own)
    counted_slip_ratio: float = 50.0  # (the keyboard step's 20 is for nine letter pairs; any slip needs more)
    counted_slip_min_len: int = 4  # (a counted four-letter slip is judged too: the ratio above protects short words)
    # a form the analyser reads is judged so too when only the user reviews count it, this often: a misspelling
    # they repeat (өтте: 13 times, never in edited text, beside өте 3,217), not a rare word met once (алжып)
    user_slip_min: int = 3  # (a form of the corpora's vocabulary, not a one-off, as composite_min_count)
    # how likely each kind of edit is as a slip (weights ranking the candidates; a kind not listed: 0.01)
    edit_weight: Tuple[Tuple[str, float], ...] = (
        ("similar", 1.0), ("transposition", 0.3), ("missing letter", 0.3), ("extra letter", 0.3),
        ("neighbour", 0.3),
        ("substitution", 0.05), ("two edits", 0.02), ("ending", 0.01), ("insert-end", 0.01),
        ("delete-end", 0.01), ("other", 0.01))
    # confidence of a correction (Edit.confidence: the share of such changes judged right in benchmarks/audit.py
    # on the unseen halves; a pipeline applies a change only at or above its min_confidence):
    confidence: float = 0.95  # an unknown lowercase word by one slip (right 33 of 36 once ё and names are kept)
    # a word shorter than long_len letters whose every letter triple is common (in plausible_triple counted
    # forms or more) looks like a real word we do not know (балды, ескен, желке): short_confidence (5 of 10)
    long_len: int = 7
    plausible_triple: int = 6
    short_confidence: float = 0.5
    # a capitalised word is mostly a name or a brand (Каспиге, «Бардо»): corrected with confidence only to a
    # known name counted name_min times, or at a sentence start to a counted common word
    name_min: int = 10
    initial_common_min: int = 100  # a sentence's first word is corrected by any one slip only to a word this common
    capitalised_confidence: float = 0.1  # (3 of 27 right otherwise; 3 of 28 in the audit of 2026-12-07)
    # a word the lexicon knows but never counted, to a far more frequent form: when the analyser reads it as a
    # regular form it is a real word (жаттады, сандықтан: right 2 of 21); when only the noisy web word list
    # attests it, as likely one of that list's typos (тұрлі, казақ: 4 of 4)
    known_confidence: float = 0.2
    listed_confidence: float = 0.9
    uncounted_score: float = 0.3  # corpus evidence of a candidate attested in the word list but never counted
    morph_only_score: float = 0.1  # corpus evidence of a candidate known only through the morphology
    # a word this long with no candidate one edit away may be corrected to a frequent word with two adjacent
    # letters more (инвестия -> инвестиция: a syllable dropped while typing), the lone such candidate
    dropped_pair_min_len: int = 7
    dropped_pair_min_count: int = 10  # ... counted this often: a word of the corpora's common vocabulary
    # a lower-case word unknown to the lexicon whose skeleton (as typed on a Russian layout) is one edit from a
    # counted form's, two edits or more from the form itself (:mod:`kaznorm.steps.typo_layout`: колдынып ->
    # қолданып), this long, to a form counted layout_min_count times whose score (its count times the
    # edit_weight of the edit between the skeletons) is layout_ratio times any other's within reach
    layout_slip: bool = True
    layout_min_len: int = 4
    layout_min_count: int = 20
    layout_ratio: float = 10.0
    # (any letter mistyped between the skeletons: в for ы, щ for з are neighbouring keys of the Russian layout)
    layout_kinds: Tuple[str, ...] = ONE_SLIP + ("substitution",)
    # right 13 of 13 on the unseen reviews, none made on the edited unseen halves nor on the build halves'
    # masked once-counted words (a small sample: 0.9); a short word that looks real gets short_confidence
    layout_confidence: float = 0.9
    # и spells ый/ій (kazakh.errors.composite_i_variants): a lower-case word never counted whose one such variant
    # the corpora count composite_min_count times (and ratio times any other) is that word (силық: сыйлық)
    composite_min_count: int = 3  # (a form of the corpora's vocabulary, not a one-off)
    composite_min_len: int = 4  # (a shorter word is too often a real word one such swap from another)
    composite_confidence: float = 0.9  # и for ый/ій (силыққа, сиымдылығы: 3 of 3 right on the unseen reviews)
    # ... ый/ій for и: right on reviews too (қыйындық, оқыймыз: 4 of 4), but also the older spelling that edited
    # text keeps (қамтыйды: 3 lines of one corpus), so applied in the aggressive profile only
    composite_old_confidence: float = 0.5
    geminate_min_stem: int = 3  # a doubled consonant is put back after a stem this long (typo_geminate: сурет-тер)
    # a lone candidate never counted whose stem (of four letters or more, with an ending) the corpora count
    # stem_min_count times is evidence for an unknown word this long (тйпалардан: тайпалардан, тайпа 19 times)
    stem_min_count: float = 3  # (a word of the corpora's vocabulary, as composite_min_count)
    stem_min_len: int = 7  # (long_len: a shorter unknown word is too often a real word we do not know)
    # ... by these kinds only: a letter taken out may be the right one (қазірғі is қазіргі, not қазірі); right 6 of
    # 6 on the edited unseen halves and 7 of 7 on the reviews once the last letter stays (audit of 2026-12-07)
    stem_kinds: Tuple[str, ...] = ("similar", "missing letter", "transposition")
    memo_size: int = 100_000  # per-word decisions remembered (speed only)
    quiet_size: int = 200_000  # words and white-space chunks remembered as settled "leave it" (speed only)


DEFAULTS = Config()
# the aggressive profile: shorter words, smaller margins, never-counted lone candidates
AGGRESSIVE = replace(DEFAULTS, min_len=4, ratio=4.0, min_count=1, unique_min_count=0)


def edit_kind(a: str, b: str) -> str:
    """Describe a one-edit difference between a (typed) and b (candidate)."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            i = diff[0]
            pair = (a[i], b[i])
            return "similar" if pair in SIMILAR else "neighbour" if pair in NEIGHBOUR_KEYS else "substitution"
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return "transposition"
        return "other"
    if len(a) + 1 == len(b):
        at_end = a == b[:-1]
        return "insert-end" if at_end else "missing letter"
    if len(a) == len(b) + 1:
        at_end = b == a[:-1]
        return "delete-end" if at_end else "extra letter"
    return "other"


def typo_decide(lw: str, lex, cfg: Config = DEFAULTS, *, name_only: bool, suspicious: bool = False,
                own: float = 0.0, similar_only: bool = False,
                memo: Optional[Dict] = None) -> Tuple[Optional[str], str, float]:
    """(replacement or None, note, confidence) for lowercase ``lw``; ``memo``: a dict keeping the decisions
    (speed only)."""
    if memo is None:
        return _typo_decide_uncached(lw, lex, cfg, name_only, suspicious, own, similar_only)
    key = (lw, name_only, suspicious, own, similar_only)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = _typo_decide_uncached(lw, lex, cfg, name_only, suspicious, own, similar_only)
    return hit


def _typo_decide_uncached(lw: str, lex, cfg: Config, name_only: bool, suspicious: bool, own: float,
                          similar_only: bool) -> Tuple[Optional[str], str, float]:
    hit = _slip_decide(lw, lex, cfg, name_only, suspicious, own, similar_only)
    if hit[0] is None and not suspicious and not name_only and not similar_only \
            and cfg.two_edits_min_len > len(lw) >= cfg.dropped_pair_min_len:
        return _dropped_pair(lw, lex, cfg)  # no slip one edit away wins: maybe a syllable dropped
    return hit


def _slip_decide(lw: str, lex, cfg: Config, name_only: bool, suspicious: bool, own: float,
                 similar_only: bool) -> Tuple[Optional[str], str, float]:
    from ..lexicon.typo_index import index_for

    idx = index_for(lex)
    maxd = 2 if len(lw) >= cfg.two_edits_min_len else 1
    if suspicious:
        # speed only: the winner must be within maxd edits and counted >= suspicious_min times
        near = frequent_keys(lex, f"deletes{maxd}", cfg.suspicious_min)
        if near is not None and near.isdisjoint(deletions(lw, maxd)):
            return None, "", 0.0
    try:
        hits = idx.lookup(lw, maxd)
    except Exception:
        return None, "", 0.0
    cands = []
    for term, dist, _w in hits:
        if term == lw or dist == 0:
            continue
        if name_only and (not ask(lex, "capitalised", term) or corpus_count(lex, term) < cfg.name_min_count
                          or keyboard_pair(lw, term)):
            # names: only a counted name, and never a Kazakh-letter restoration (Жаксыбеков is how the
            # name is written in Russian documents)
            continue
        if not name_only and ask(lex, "capitalised", term):
            continue  # a lowercase word is not "corrected" into a name
        if "ё" in lw and "ё" not in term:
            continue  # ё is written in loans and names (сапёр, Амёба): never "corrected" away
        if drops_kazakh_letter(lw, term) and not final_u_slip(lw, term):
            continue  # nobody types a Kazakh letter by mistake for its Russian-layout letter (біржақты), but a
            #           final ү after a consonant is no Kazakh spelling (көрсетү: көрсету)
        if breaks_harmony(lw, term):
            continue  # an ending in its stem's harmony is no slip (геотермальді: ь makes it front)
        if lw[-3:] in COLLOQUIAL_PAST_1SG and term.endswith(COLLOQUIAL_PAST_1SG[lw[-3:]]) and len(term) == len(lw):
            continue  # the spoken first person (қарағам: қарағанмын) is written on purpose, no slip for қараған
        cands.append((term, dist, corpus_count(lex, term)))
    if not cands:
        return None, "", 0.0
    dmin = min(d for _, d, _ in cands)
    weight = dict(cfg.edit_weight)
    # noisy channel: the corpus evidence for a candidate times how likely its edit is as a slip
    near = []
    for t, d, n in cands:
        if d != dmin:
            continue
        kind = edit_kind(lw, t) if d == 1 else "two edits"
        if not name_only and lw[-1] != t[-1] and kind != "similar":
            kind = "ending"  # the ending carries the grammar: only a similar-letter slip may change it
        score = frequency_score(lex, t, n, cfg.uncounted_score, cfg.morph_only_score) * weight.get(kind, 0.01)
        near.append((t, d, n, kind, score))
    near.sort(key=lambda x: (-x[4], x[0]))
    best, d, nb, kind, sb = near[0]
    s2 = near[1][4] if len(near) > 1 else 0.0
    note = "typo: candidates " + " ".join(f"{t}({int(n)}, {k})" for t, _, n, k, _ in near[:5])
    if suspicious:
        if nb >= cfg.suspicious_min and sb >= cfg.suspicious_ratio * s2 and kind in cfg.suspicious_kinds:
            if own > 0:  # a counted form (typo_token lets only those the analyser cannot read come here)
                if own > cfg.counted_slip_max or nb < cfg.counted_slip_ratio * own or lw[-1] != best[-1] \
                        or name_only or (similar_only and kind != "similar"):
                    return None, "", 0.0  # (a capitalised word: as any other, a name unless a similar letter)
                return best, f"{note}; {lw}({int(own)}) {nb / own:.0f} times rarer", cfg.listed_confidence
            if ask(lex, "regular", lw):
                return best, f"{note}; {lw}({int(own)}) never counted, a regular form", cfg.known_confidence
            return best, f"{note}; {lw}({int(own)}) attested but never counted", cfg.listed_confidence
        return None, "", 0.0
    if kind not in cfg.kinds or (similar_only and kind != "similar"):
        return None, "", 0.0
    if name_only and (kind in cfg.name_excluded_kinds or len(lw) < cfg.name_min_len):
        return None, "", 0.0  # a name is only corrected by one plain slip, and never a short one
    if kind in ("extra letter", "missing letter") and same_stem_forms(lw, best):
        return None, "", 0.0  # (сүтсорғышты beside сүтсорғышы: the accusative and the possessive of one word)
    if len(near) == 1:
        need = (cfg.unique_min_count_similar if kind == "similar"
                else cfg.unique_min_count_plain if kind in ("substitution", "neighbour", "two edits")
                else cfg.unique_min_count)
        if nb <= 0 and kind in ("missing letter", "transposition") and len(lw) >= cfg.uncounted_dropped_min_len:
            need = 0  # a long word one dropped or swapped letter from a lone form (драм|а|тургиясының): that form
        if nb <= 0 and cfg.stem_min_count and len(lw) >= cfg.stem_min_len and kind in cfg.stem_kinds \
                and lw[-1] == best[-1]:  # (a changed last letter: often a particle glued on, жатырғо: жатыр ғо(й))
            sc = stem_count(lex, best)
            if sc >= cfg.stem_min_count:
                return best, f"{note}; only candidate at distance {d}, its stem counted {sc:.0f} times", \
                    _confidence(lw, lex, cfg)
        if nb < need or (nb <= 0 and len(lw) < cfg.uncounted_min_len):
            return None, "", 0.0  # a never-counted form is evidence only for long words
        return best, f"{note}; only candidate at distance {d}", _confidence(lw, lex, cfg)
    if nb >= cfg.min_count and sb >= cfg.ratio * s2:
        return best, f"{note}; weighted ratio {sb / s2:.0f}", _confidence(lw, lex, cfg)
    return None, "", 0.0


def _dropped_pair(lw: str, lex, cfg: Config) -> Tuple[Optional[str], str, float]:
    """The lone frequent word that is ``lw`` with two adjacent letters put back (a dropped syllable), if any."""
    from ..lexicon.typo_index import index_for

    # speed only: the lone winner must be counted dropped_pair_min_count times, so it is such a form with two
    # adjacent letters more
    keys = frequent_keys(lex, "pairs", cfg.dropped_pair_min_count)
    if keys is not None and lw not in keys:
        return None, "", 0.0
    try:
        hits = index_for(lex).lookup(lw, 2)
    except Exception:
        return None, "", 0.0
    found = [t for t, d, _w in hits if d == 2 and len(t) == len(lw) + 2 and not ask(lex, "capitalised", t)
             and any(t[:i] + t[i + 2:] == lw for i in range(1, len(t) - 2))]  # (not at the start nor the end)
    if len(found) != 1 or corpus_count(lex, found[0]) < cfg.dropped_pair_min_count:
        return None, "", 0.0
    t = found[0]
    return t, f"typo: candidates {t}({int(corpus_count(lex, t))}, dropped pair); the only word two adjacent " \
              f"letters away", _confidence(lw, lex, cfg)


def _vowel_dropped(lw: str, lex, own: float, cfg: Config) -> Optional[Tuple[str, str]]:
    """(the form, note) when ``lw`` writes in full the vowel its noun stem drops (орыны: орны; ``phonology.
    written_undropped``), the analyser reads only the dropped form, the stem is no verb too (ерініп is right)
    and the corpora count ``lw`` at most ``counted_slip_max`` times (more often: a variant of its own)."""
    hit = written_undropped(lw)
    if hit is None or own > cfg.counted_slip_max:
        return None
    stem, form = hit
    if ask(lex, "regular", lw) or not ask(lex, "regular", form):
        return None
    try:
        if any(a.stem == stem and a.pos == "v" for a in lex.analyze(stem)):
            return None
    except Exception:
        return None
    return form, f"typo: {stem} drops its last vowel before a vowel-initial ending ({form})"


def _confidence(lw: str, lex, cfg: Config, sure: Optional[float] = None) -> float:
    """How sure a correction of the lowercase ``lw`` is (the caller lowers it for a capitalised word): ``sure``
    (default ``cfg.confidence``), less for a short word that looks like a real word we do not know."""
    if len(lw) < cfg.long_len and rarest_triple(lex, lw) >= cfg.plausible_triple:
        return min(cfg.short_confidence, cfg.confidence if sure is None else sure)
    return cfg.confidence if sure is None else sure


def _repeated_slip(lw: str, own: float, lex, cfg: Config) -> bool:
    """Only the user reviews count ``lw``, at least ``cfg.user_slip_min`` times: maybe a misspelling they repeat
    (өтте for өте), never written in edited text."""
    return own >= cfg.user_slip_min and ask(lex, "user_only", lw)


def _as_unknown(lw: str, own: float, lex, cfg: Config, memo) -> Tuple[Optional[str], str, float]:
    """A :func:`_repeated_slip` judged as an unknown word is (its candidates' margin ``cfg.ratio``, not the
    ``suspicious_ratio`` a real word gets), still to a form ``counted_slip_ratio`` times as common, its last letter
    kept (дейн: дейін, 403 times, beside ден, 40)."""
    rep, note, _conf = typo_decide(lw, lex, cfg, name_only=False, own=own, memo=memo)
    if rep is None or corpus_count(lex, rep) < cfg.counted_slip_ratio * own or rep[-1] != lw[-1]:
        return None, "", 0.0
    return rep, f"{note}; {lw}({int(own)}) only in user reviews, a misspelling they repeat", cfg.listed_confidence


def _real_regular(lw: str, own: float, lex, cfg: Config) -> bool:
    """A counted ``lw`` the analyser reads is a real word, unless it is a :func:`_repeated_slip`."""
    return ask(lex, "regular", lw) and not _repeated_slip(lw, own, lex, cfg)


def typo_token(w: str, lw: str, initial: bool, lex, cfg: Config = DEFAULTS, memo: Optional[Dict] = None,
               cut: float = 0.0) -> Optional[Tuple[str, str, float]]:
    """(replacement, note, confidence) or None for the word ``w`` (``lw`` lowercased) where its position allows
    a typo fix; None also for a correction less confident than ``cut`` (the pipeline's min_confidence).
    ``memo``: :func:`typo_decide`'s memo."""
    cls = case_class(w)
    if cls in ("mixed", "upper"):
        return None
    if ask(lex, "is_protected", w):
        return None
    own = corpus_count(lex, lw)
    if cls == "lower" or initial:
        rep = _vowel_dropped(lw, lex, own, cfg)
        if rep is not None:
            return apply_case(w, rep[0]), rep[1], cfg.confidence
    known = lex.known(lw)
    if known:
        if not cfg.suspicious or (own > 0 and (own > cfg.counted_slip_max or _real_regular(lw, own, lex, cfg)
                                               or ask(lex, "capitalised", lw) or ask(lex, "russian_evidence", lw)
                                               or ask(lex, "is_english", lw))):
            return None  # (a counted form: only a slip the analyser cannot read and that is not a name)
    elif ask(lex, "is_russian", lw) or ask(lex, "is_english", lw):
        return None
    name_only = cls == "title" and not initial
    # a capitalised first word may be a name too: only a similar-letter slip corrects it (default)
    rep = None
    if len(lw) >= cfg.min_len:  # (shorter words come here for the layout path only)
        rep, note, conf = typo_decide(lw, lex, cfg, name_only=name_only, suspicious=known, own=own,
                                      similar_only=cls == "title" and initial, memo=memo)
        if rep is None and cls == "title" and initial:
            rep, note, conf = typo_decide(lw, lex, cfg, name_only=True, suspicious=known, own=own, memo=memo)
        if rep is None and cls == "title" and initial and (not known or _repeated_slip(lw, own, lex, cfg)):
            # a sentence's first word one slip from a common word (Кнремет: керемет, 1,728 times; Өтте) is that word
            rep, note, conf = typo_decide(lw, lex, cfg, name_only=False, suspicious=known, own=own, memo=memo)
            if rep is not None and corpus_count(lex, rep) < cfg.initial_common_min:
                rep = None
    elif known and own > 0 and (cls == "lower" or initial) and len(lw) >= cfg.counted_slip_min_len:
        # a counted misspelling shorter than min_len (брақ: 3 times, бірақ 687; Өтте first in a sentence): judged
        # as a longer one is, by a far commoner form one slip away (counted_slip_ratio times)
        rep, note, conf = typo_decide(lw, lex, cfg, name_only=False, suspicious=True, own=own, memo=memo)
    if rep is None and known and (cls == "lower" or initial) and _repeated_slip(lw, own, lex, cfg):
        rep, note, conf = _as_unknown(lw, own, lex, cfg, memo)
    if rep is None and cls == "lower" and own <= 0 and len(lw) >= cfg.composite_min_len:
        rep, note, conf = composite_i_slip(lw, lex, cfg)  # и for ый/ій, or the other way round
        if rep is None:
            rep, note, conf = geminate_slip(lw, lex, cfg)  # уақытан: уақыттан
    if rep is None and not known and cls == "lower" and not ask(lex, "russian_evidence", lw):
        from .typo_layout import layout_slip  # (it uses this module's edit_kind)

        rep, note, conf = layout_slip(lw, lex, cfg)  # typed on a Russian layout, with one slip more
        if rep is not None:
            conf = _confidence(lw, lex, cfg, conf)
    if rep is None:
        return None
    need = cfg.name_min if not initial or ask(lex, "capitalised", rep) else 1  # a name needs name_min anywhere
    if cls == "title" and corpus_count(lex, rep) < need:
        conf = min(conf, cfg.capitalised_confidence)  # a capitalised word is mostly a name or a brand
        note += "; capitalised, corrected to a rare form"
    elif cls == "title" and without_case_ending(lw).endswith(NAME_ENDINGS):
        # a capitalised word with a name's ending is a name of its own, whatever known name it resembles
        # (Ақбайдың is not Абайдың, Тоқбаев not Тоқаев): corrected in the aggressive profile only
        conf = min(conf, cfg.capitalised_confidence)
        note += "; an unknown name next to a known one"
    if conf < cut:
        return None
    return apply_case(w, rep), note, conf
