"""The segment step's model: where an unknown run of letters splits into known words.

``split_word`` searches the cut points with a Viterbi search over word log-probabilities, then makes the
split only when it beats an unknown-word model by a margin, weighing glue evidence (changes of case,
pair counts, inflected pieces, function words) against the signs of one word the lexicon missed
(a longer known word, a suffix-like piece, a slip in a counted word).  Its weights and limits are the
segment step's settings (``Config``, below), tuned on held-out noisy and clean sentences (not the
evaluation draw).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ..kazakh.agreement import particle_agrees, suffix_like
from ..kazakh.alphabet import NEVER_INITIAL, VOWEL_LETTERS
from ..kazakh.closed_classes import (COMBINING, COMPOUND_FINALS, FUNCTION_WORDS, GEO_HEADS, HYPHEN_CLITICS, PATRONYMIC,
                                     PERSONAL, QUANTITY_WORDS, SEPARATE_CLITICS, WITH)
from ..kazakh.suffixes import LY_ENDINGS, PATRONYMIC_ENDINGS, SUFFIX_PIECES
from ..lexicon.queries import count, logprob, pair_count, safe, spaced, typo_alternative
from ..text.tokens import casing_of
from .segment_evidence import compound_at, coordinated, geo_possessive, is_inflected, joiner, parsed

# the genitive and accusative morphemes: a piece before the last that carries one is evidence of glue
_GEN_ACC_TAGS = frozenset({"GEN", "GEN_N", "ACC", "ACC_N"})

# --------------------------------------------------------------------------- settings
# Natural-log scale.  A split is made when the log-probability of its words (plus ``glue`` per space,
# ``evidence`` per change of case, minus ``ext_pen`` where the left word continues as a longer known
# word, ...) beats the unknown-word model ``unk0 - unk1 * len`` (``t_unk0``/``t_unk1`` for a capitalised
# run: names).


@dataclass(frozen=True)
class Config:
    """The ``segment`` step's settings (``Pipeline.with_config("segment", glue=3.0)``)."""

    # -- limits (bounded time)
    max_run: int = 120  # longer letter runs are left alone (12 more for digits or a Roman numeral before one)
    max_piece: int = 26  # longest single word tried
    morph_min: int = 7  # pieces shorter than this must be attested forms (the morphology is not asked)
    # -- the unknown-word model a split must beat: unk0 - unk1 * letters
    unk0: float = -6.0  # ... for a run not judged a name
    unk1: float = 1.3  # ... its cost per letter
    lower_unk0: float = -9.0  # unk0 for a lower-case run with no suffix-like junction and no longer known word
    t_unk0: float = -3.5  # unk0 for a capitalised run judged a name (a split needs more)
    t_unk1: float = 1.3  # ... its cost per letter
    # -- the split's score
    glue: float = 4.0  # bonus per junction of two pieces (a lost space)
    path_glue: float = 2.0  # the smaller bonus while choosing the cut points: a longer known word is not cut
    #                         (жасалып, not жас|алып)
    evidence: float = 10.0  # bonus per junction at a change of case inside the run (жылыЖапония, АҚШпрезиденті)
    ext_min: int = 3  # a left word "continues as a longer known word" when that word runs this many letters into
    #                   the right one
    ext_pen: float = 4.0  # penalty per left word that continues as a longer known word (an inflection missed?)
    t_ext_pen: float = 10.0  # ... in a capitalised run
    suf_pen: float = 4.0  # penalty per right word that starts like a suffix of the left one (кетеріл|іске)
    t_suf_pen: float = 2.0  # ... in a capitalised run
    nf_bonus: float = 9.0  # a word before the last is inflected (a case, a possessive, a verb ending: Балаға|сыншы,
    #                        жұмыстан|бас): a compound written as one word inflects only its last part
    t_nf_bonus: float = 0.0  # ... in a capitalised run: names are often built of inflected-looking parts (Көктенкөл)
    t_gen_bonus: float = 9.0  # a capitalised run with a genitive or accusative before the last word: names are not
    #                           built so (Шолпанның|мойнында, Азияны|арлап)
    fw_bonus: float = 2.0  # one of the pieces is a function word or the split is numeral + numeral (не|себеп, он|екі)
    multi_bonus: float = 6.0  # three or more words of 3+ letters: compounds written as one word have two parts
    # a run cut into three or more pieces, one of at most multi_short_len letters (no closed-class word) that the
    # morphology does not read and the corpora count less than multi_short_min times, is a longer unknown word cut
    # up (те|мин|ал, мик|рой|оннан, ауди|окы|табын: 3 of the 5 wrong three-piece splits of the audit of
    # 2026-12-07, none of the right ones), not words run together (жапония|жас|мемлекетке, құстарға|жақсы|азық)
    multi_short_len: int = 4  # (a short piece: a fragment is short; longer pieces are judged as words)
    multi_short_min: int = 20  # (a loan as common as кофе or фото is a word however the morphology reads it)
    pair_w: float = 1.0  # bonus per log count of two adjacent pieces seen as a word pair in the clean corpora
    geo_bonus: float = 5.0  # a name + a place noun in the possessive (Бурабай|көлі; a compound name has the bare noun)
    particle_pen: float = -3.0  # added to the log-probability of a particle glued to a piece (the particle step's
    #                             own setting of the same name judges a whole word + particle)
    typo_cost: float = -4.0  # log-cost of one slip of a letter: a split must beat the nearest counted word by this
    #                          (-inf: off)
    # -- pieces
    title_common: int = 50  # a capitalised run whose first word is counted this often (and no name) is judged like
    #                         lower case
    title_common_initial: int = 0  # ... at the start of a sentence: any attested word that is no name
    short_piece_min_lp: float = -11.0  # a two-letter piece must be at least this frequent
    clitic_stem_min_lp: float = -14.5  # the word before a particle that lost its hyphen (келмейді|ау) must be this
    #                                    frequent
    camel_short_min_lp: float = -8.0  # a short piece (not the last) of a camel-case run must be this frequent (Ал)
    unk_base: float = -12.0  # log P(unknown name piece) = unk_base - unk_per_char * letters
    unk_per_char: float = 1.1  # ... its cost per letter
    roman_lp: float = math.log(1e-5)  # log-probability of a Roman-numeral piece (ХХ|ғасырда)
    name_lp: float = -200.0  # search cost of an unknown capitalised piece between changes of case (last resort)
    numeral_ly_max: int = 100  # numeral + -лы/-лі word is one word (біржақты) unless the right word is counted this
    #                            often alone (an accusative or a past: мың|адамды)
    # -- the step (segment.py): runs left to the keyboard and typo steps; frequent word pairs
    keyboard_rare_piece: int = 20  # a lower-case run with a piece counted less often than this and a reading with
    #                                Kazakh letters put back (Russian layout) is one word
    slip_rare_piece: int = 3  # ... and with one counted less often than this, one a similar-letter slip from a
    #                           known word is a misspelt word
    pair_strong: int = 10  # a word pair counted this often overrules the doubtful list (a web-list form dropped
    #                        as glued) and splits a known, never-counted form (ауылшаруашылығы)
    # -- confidence of a split (Edit.confidence; see segment_confidence.py): the share of such splits judged right
    # in benchmarks/audit.py on the unseen halves
    confidence: float = 0.95  # a split with evidence of two words (inflection, closed-class word, 3+ words...)
    bare_confidence: float = 0.3  # a bare noun or adjective before a noun and nothing else: maybe a solid compound
    # (17 of 56 judged right in the audit of 2026-12-07, edited text and reviews alike)
    listed_apart_confidence: float = 0.5  # a word the list knows whose parts the corpora write apart (2 of 2; few)
    name_confidence: float = 0.3  # a capitalised run inside a sentence, a name's ending, a compound the list writes
    # tokens (and white-space chunks) whose decision is remembered, per memo (speed only): 3.2 MB of unseen text
    # settles about 55,000 chunks and decides 50,000 tokens, which 50,000 emptied before a second pass
    memo_size: int = 100_000


DEFAULTS = Config()

# Roman numerals, Latin or their Cyrillic look-alikes (Х, І), as in "ХХ ғасыр".
_ROMAN = re.compile(r"(?:[IVXLCІХ]){1,7}")


def split_word(word: str, lex, detail: Optional[dict] = None, initial: bool = False,
               cfg: Config = DEFAULTS) -> Optional[List[Tuple[str, str]]]:
    """Split an unknown run of Cyrillic letters into known words.

    Returns ``[(piece, joiner_before), ...]`` (the first joiner is ``""``) or
    ``None`` to leave the run alone.  Joining the pieces without joiners gives
    ``word`` back.  ``detail`` (a dict), when given, receives the figures the
    decision was based on.  ``initial``: the run starts a sentence, so a capital
    first letter says nothing about a name.  ``cfg``: the segment step's settings.
    """
    n = len(word)
    if n < 4 or n > cfg.max_run:
        return None
    casing = casing_of(word)
    upper = [c.isupper() for c in word]
    # a change of case inside the run (жылыЖапония, АҚШпрезиденті) is evidence of a boundary
    evid = {i for i in range(1, n) if upper[i] != upper[i - 1]
            and not (upper[i - 1] and (i < 2 or not upper[i - 2]))}  # not the Title start of a word
    title_ok = {0} | {i for i in range(1, n) if upper[i] and not upper[i - 1]} | \
        {i for i in range(1, n - 1) if upper[i] and upper[i - 1] and not upper[i + 1]}
    memo: Dict[str, float] = {}

    # 1. a whole-run hyphenated compound (премьерминистрі -> премьер-министрі, ҚасымЖомарт)
    if len(evid) <= 1:
        whole = _whole_run(word, lex, evid, casing, memo, detail, cfg)
        if whole is not None:
            return whole

    # 2. Viterbi over pieces: best[i] = best score of word[:i] cut into pieces
    spans = _best_spans(word, lex, evid, title_ok, memo, cfg)
    if spans is None:
        return None
    _merge_listed(word, lex, spans, evid)
    if len(spans) == 1:
        return None  # one word (+ a particle): the particle step's business
    words, kinds, starts = _pieces(word, spans)

    # 3. is the split far more probable than one unknown word?
    lps, likelihood, n_ext = _likelihood(word, lex, words, kinds, starts, evid, memo, cfg)
    score, unknown, n_suf, inflected = _glue_or_name(word, lex, words, kinds, starts, evid, casing, initial,
                                                     likelihood, n_ext, memo, cfg)
    ok = _rules_allow(word, lex, words, kinds, starts, evid, lps, inflected, likelihood, score >= unknown, cfg)
    if detail is not None:
        detail.update(score=score, unknown=unknown, n=n, words=words, kinds=kinds, lps=lps, casing=casing,
                      evidence=len(evid), ext=n_ext, suf=n_suf, inflected=inflected, ok=ok)
    if not ok:
        return None
    _split_coordinated_with(lex, words, kinds)
    out: List[Tuple[str, str]] = []
    for idx, w in enumerate(words):
        if idx == 0:
            out.append((w, ""))
        elif kinds[idx] != "w" or kinds[idx - 1] != "w":
            out.append((w, " "))
        else:
            out.append((w, joiner(lex, words[idx - 1], w)))
    return out


def _whole_run(word: str, lex, evid, casing: str, memo, detail, cfg: Config) -> Optional[List[Tuple[str, str]]]:
    """Step 1 of ``split_word``: the whole run is a hyphenated compound or a word + a hyphenated
    particle that lost the hyphen (``None``: neither)."""
    n = len(word)
    p = compound_at(word, lex, sorted(evid) or range(2, n - 1))
    if p is not None and casing_of(word[:p]) != "x" and casing_of(word[p:]) != "x":
        if detail is not None:
            detail.update(compound=True, words=[word[:p], word[p:]])
        return [(word[:p], ""), (word[p:], " " if spaced(lex, word[:p], word[p:]) else "-")]
    # a hyphenated particle lost its hyphen: келмейдіау -> келмейді-ау
    low = word.lower()
    for cl in HYPHEN_CLITICS:
        if low.endswith(cl) and n - len(cl) >= 3 and (casing == "l" or cl != "ай"):
            stem = word[:-len(cl)]
            slp = logprob(lex, stem, memo)
            if slp >= cfg.clitic_stem_min_lp and casing_of(word[-len(cl):]) in ("l", casing) and \
                    typo_alternative(lex, word) + cfg.typo_cost < slp:
                # (a slip in a counted word is the typo step's: жосау is жасау, not жос-ау)
                if detail is not None:
                    detail.update(clitic=True, words=[stem, word[-len(cl):]])
                return [(stem, ""), (word[-len(cl):], "-")]
    return None


def _best_spans(word: str, lex, evid, title_ok, memo, cfg: Config) -> Optional[List[Tuple[int, int, str]]]:
    """Step 2 of ``split_word``: the best cut of ``word`` into pieces, ``(start, end, kind)`` each
    (``None``: no cut into pieces that all score)."""
    n = len(word)
    best: List[float] = [-math.inf] * (n + 1)
    back: List[Tuple[int, str]] = [(0, "")] * (n + 1)
    best[0] = 0.0
    max_piece, evidence, path_glue = cfg.max_piece, cfg.evidence, cfg.path_glue
    for i in range(2, n + 1):
        for j in range(max(0, i - max_piece), i - 1):  # pieces of 2+ letters
            if best[j] == -math.inf:
                continue
            if any(j < t < i for t in evid):
                continue  # a piece cannot straddle a change of case
            piece = word[j:i]
            c = casing_of(piece)
            if c == "x" or (c == "t" and j not in title_ok):
                continue
            score, kind = _piece_score(piece, c, j, i, n, evid, lex, memo, cfg)
            if score == -math.inf:
                continue
            tot = best[j] + score + (0.0 if j == 0 else (evidence if j in evid else path_glue))
            if tot > best[i]:
                best[i] = tot
                back[i] = (j, kind)
    if best[n] == -math.inf:
        return None
    spans: List[Tuple[int, int, str]] = []
    i = n
    while i > 0:
        j, kind = back[i]
        spans.append((j, i, kind))
        i = j
    spans.reverse()
    return spans


def _merge_listed(word: str, lex, spans: List[Tuple[int, int, str]], evid) -> None:
    """Two neighbouring lower-case pieces that make a listed word together are that word (күнәлі, not
    күн|әлі): a unigram score favours cutting a rare word into two frequent ones (numerals are written
    apart: он екі).  Merges in place."""
    k = 0
    while k < len(spans) - 1:
        (j0, i0, k0), (i1, k1) = spans[k], spans[k + 1][1:]
        if k0 == "w" and k1 == "w" and i0 not in evid and casing_of(word[j0:i1]) == "l" and \
                safe(lex.attested, word[j0:i1]) and not (word[j0:i0] in QUANTITY_WORDS and word[i0:i1] in QUANTITY_WORDS):
            spans[k:k + 2] = [(j0, i1, "w")]
        else:
            k += 1


def _pieces(word: str, spans: List[Tuple[int, int, str]]) -> Tuple[List[str], List[str], List[int]]:
    """The words, kinds and start positions of the spans, a "word + particle" span made two pieces."""
    words: List[str] = []
    kinds: List[str] = []
    starts: List[int] = []
    for j, i, kind in spans:
        if kind.startswith("p"):
            k = int(kind[1:])
            words.extend([word[j:i - k], word[i - k:i]])
            kinds.extend(["w", "p"])
            starts.extend([j, i - k])
        else:
            words.append(word[j:i])
            kinds.append(kind)
            starts.append(j)
    return words, kinds, starts


def _likelihood(word: str, lex, words, kinds, starts, evid, memo, cfg: Config) -> Tuple[List[float], float, int]:
    """The log-probabilities of the pieces; the score of the pieces, their junctions and their pair
    counts, before the glue-or-name evidence; and how many left words continue as a longer known word."""
    n = len(word)
    lps = []
    for w, k in zip(words, kinds):
        if k == "n":
            lps.append(cfg.unk_base - cfg.unk_per_char * len(w))
        elif k == "r":
            lps.append(cfg.roman_lp)
        else:
            lps.append(logprob(lex, w, memo) + (cfg.particle_pen if k == "p" else 0.0))
    score = sum(lps)
    n_ext = 0
    for idx in range(1, len(words)):
        b = starts[idx]
        if b in evid:
            score += cfg.evidence
            continue
        score += cfg.glue
        if kinds[idx] == "p":
            continue
        # the left word continues as a longer known word: an inflection the lexicon missed?
        j = starts[idx - 1]
        for m in range(min(n, j + cfg.max_piece), b + cfg.ext_min - 1, -1):
            if safe(lex.attested, word[j:m]):
                n_ext += 1
                break
    # two words the clean corpora often write one after the other (жыл сайын, шын мәнінде)
    for idx in range(1, len(words)):
        if kinds[idx] == "w" and kinds[idx - 1] == "w" and starts[idx] not in evid:
            pc = pair_count(lex, words[idx - 1], words[idx])
            if pc:
                score += cfg.pair_w * math.log(pc)
    return lps, score, n_ext


def _glue_or_name(word: str, lex, words, kinds, starts, evid, casing: str, initial: bool, likelihood: float,
                  n_ext: int, memo, cfg: Config) -> Tuple[float, float, int, bool]:
    """The split's score with the evidence of glue or of one name or word the lexicon missed; the
    unknown-word score it must reach; the number of suffix-like junctions; whether a piece before the
    last is inflected."""
    n = len(word)
    score = likelihood
    # (a personal pronoun declines irregularly: a word after it is no suffix it missed: сен|неге)
    n_suf = sum(1 for idx in range(1, len(words)) if kinds[idx] == "w" and kinds[idx - 1] == "w"
                and starts[idx] not in evid and words[idx - 1].lower() not in PERSONAL
                and suffix_like(words[idx - 1], words[idx]))
    inflected = any(kinds[idx] == "w" and is_inflected(lex, words[idx], memo) for idx in range(len(words) - 1))
    title = casing == "t" or (casing == "u" and not evid)
    # at a sentence start any counted first word will do, unless the run ends in a place noun (Көктенкөл)
    common = cfg.title_common_initial if initial and not words[-1].lower().startswith(GEO_HEADS) else cfg.title_common
    if casing == "t" and kinds[0] == "w" and count(lex, words[0]) >= common and \
            not safe(lex.capitalised, words[0]) and all(safe(lex.attested, w) for w in words):
        # a common word capitalised at a sentence start (Ал|биыл, Кім|біледі), not a name; every piece
        # attested, so that a misspelt name is not cut into a word and a guess (Қазақ|астанның)
        title = False
    if title:
        unknown = cfg.t_unk0 - cfg.t_unk1 * n
        score -= cfg.t_ext_pen * n_ext + cfg.t_suf_pen * n_suf - (cfg.t_nf_bonus if inflected else 0.0)
        if any(kinds[idx] == "w" and is_inflected(lex, words[idx], memo, _GEN_ACC_TAGS) for idx in range(len(words) - 1)):
            score += cfg.t_gen_bonus
        if len(words) == 2 and kinds == ["w", "w"] and not evid and len(words[0]) >= 3 and \
                geo_possessive(words[1]) and safe(lex.capitalised, words[0]):
            score += cfg.geo_bonus  # a name + "its city/lake/...": Бурабай көлі (a compound name has the bare noun)
    else:
        # a little more lenient for a lower-case run with no sign of a missed inflection or a typo
        unknown = (cfg.lower_unk0 if casing == "l" and not n_suf and not n_ext else cfg.unk0) - cfg.unk1 * n
        lows = [w.lower() for w in words]
        fw = any(w in FUNCTION_WORDS for w in lows) or any(
            a in QUANTITY_WORDS and b.startswith(tuple(QUANTITY_WORDS)) for a, b in zip(lows, lows[1:]))
        score -= cfg.ext_pen * n_ext + cfg.suf_pen * n_suf - (cfg.nf_bonus if inflected else 0.0) - \
            (cfg.fw_bonus if fw else 0.0) - (cfg.multi_bonus if len(words) >= 3 and min(map(len, words)) >= 3 else 0.0)
    return score, unknown, n_suf, inflected


def _rules_allow(word: str, lex, words, kinds, starts, evid, lps, inflected: bool, likelihood: float,
                 ok: bool, cfg: Config) -> bool:
    """``ok`` (the split beats one unknown word) unless a slip in one known word is likelier or a rule
    writes the pieces together."""
    if ok and not evid:
        # the run may be one misspelt word rather than several (Шаруолар: шаруалар, not Шару|олар); the
        # bonuses above weigh glue against one unknown word, not against a slip in a known one (орденімең)
        alt = typo_alternative(lex, word)
        if alt + cfg.typo_cost >= likelihood:
            ok = False
    if ok and not inflected and len(words) == 2 and kinds == ["w", "w"] and not evid and (
            words[1].lower() in COMPOUND_FINALS
            or (words[0].lower() in QUANTITY_WORDS and words[1].lower().endswith(LY_ENDINGS)
                and count(lex, words[1]) < cfg.numeral_ly_max)):
        ok = False  # written together by rule: халықаралық, дінтану, біржақты
    for idx in range(1, len(words)):
        if starts[idx] in evid:
            continue
        prev, cur = words[idx - 1], words[idx].lower()
        if prev.lower() in COMBINING or (prev[0].isupper() and any(
                cur == pt or (cur.startswith(pt) and cur[len(pt):] in PATRONYMIC_ENDINGS) for pt in PATRONYMIC)):
            ok = False  # written together by rule
    if ok and evid and all(not w[0].islower() for w in words):
        # camel-case brands (ҚазМұнайГаз) keep their short capitalised pieces; a short last piece is a
        # word or a surname after a full one (Қазақстан Республикасының Бас, Эдуард Кон)
        if any(len(w) < 4 and lp < cfg.camel_short_min_lp for w, lp in zip(words[:-1], lps[:-1])):
            ok = False
    if ok and any(k == "n" and (idx == 0 or kinds[idx - 1] not in "wr") for idx, k in enumerate(kinds)):
        ok = False  # an unknown name piece must follow a known word
    return ok


def _split_coordinated_with(lex, words: List[str], kinds: List[str]) -> None:
    """Split "Xмен Y" into "X мен Y" when X and Y carry the same plural/possessive (үйлер мен ғимараттардың,
    тарихы мен географиясын): coordinated nouns share their inflection, the case comes on the last.
    Splits in place."""
    for idx in range(len(words) - 2, -1, -1):
        w = words[idx]
        if kinds[idx] == "w" and kinds[idx + 1] == "w" and w[-3:].lower() in WITH and len(w) >= 6 \
                and coordinated(lex, w[:-3], words[idx + 1]):
            words[idx:idx + 1] = [w[:-3], w[-3:]]
            kinds[idx:idx + 1] = ["w", "p"]


def _piece_score(piece: str, c: str, j: int, i: int, n: int, evid, lex, memo, cfg: Config) -> Tuple[float, str]:
    """Viterbi score and kind of one piece: 'w' word, 'r' Roman numeral, 'pK' word + K-letter particle,
    'n' unknown capitalised name between changes of case."""
    low = piece.lower()
    if c == "u" and i < n and _ROMAN.fullmatch(piece):
        return cfg.roman_lp, "r"
    if low[0] in NEVER_INITIAL:
        return -math.inf, ""  # no Kazakh word starts with ң, ь or ъ
    if j > 0 and c == "l" and VOWEL_LETTERS.isdisjoint(low):
        return -math.inf, ""  # an abbreviation (км, см) opens a run (кмжерде) but never ends a word (өндірі|см|ен)
    score = -math.inf
    # a suffix-like piece is a word only at the start of the run (сіз|тікелей, қан|кетіп), where
    # nothing precedes it that it could be the ending of
    if not (j > 0 and (low in SUFFIX_PIECES or low in SEPARATE_CLITICS) and not (c == "t" and j in evid)):
        # (after a change of case it is a word again: рух|Сіз)
        score = logprob(lex, piece, memo, morph=len(piece) >= cfg.morph_min)
        if len(piece) == 2 and score < cfg.short_piece_min_lp:
            score = -math.inf
    if score > -math.inf and len(low) <= 4 and low[0] not in VOWEL_LETTERS and low[1] not in VOWEL_LETTERS \
            and not count(lex, low):
        score = -math.inf  # a short never-counted piece opening with two consonants (сқо) is list debris
    if score > -math.inf and c == "l" and len(low) <= 4 and not count(lex, low) and not parsed(lex, low):
        score = -math.inf  # ... and so is one that no stem of the morphology explains (шолп, қый)
    if score > -math.inf:
        return score, "w"
    if len(piece) >= 4:
        cl = low[-3:] if low[-3:] in WITH else low[-2:]
        if cl in SEPARATE_CLITICS and len(piece) - len(cl) >= 2:
            stem = piece[:-len(cl)]
            sl = stem.lower()
            if (c != "u" or piece[-len(cl):].isupper()) and particle_agrees(stem, cl) \
                    and sl not in SUFFIX_PIECES and sl not in SEPARATE_CLITICS:
                slp = logprob(lex, stem, memo, morph=len(stem) >= cfg.morph_min)
                if slp > -math.inf and (len(stem) > 2 or slp >= cfg.short_piece_min_lp):
                    return slp + logprob(lex, cl, memo) + cfg.particle_pen + cfg.glue, "p" + str(len(cl))
    if c == "t" and j in evid and (i == n or i in evid):
        return cfg.name_lp, "n"  # an unknown name between changes of case: a last resort
    return -math.inf, ""
