"""The segment step's model: where an unknown run of letters splits into known words.

``split_word`` searches the cut points with a Viterbi search over word log-probabilities, then makes the
split only when it beats an unknown-word model by a margin, weighing glue evidence (changes of case,
pair counts, inflected pieces, function words) against the signs of one word the lexicon missed
(a longer known word, a suffix-like piece, a slip in a counted word).  The constants below were tuned
on held-out noisy and clean sentences (not the evaluation draw).
"""
from __future__ import annotations

import math
import re
from typing import Dict, List, Optional, Tuple

from .segment_evidence import compound_at, coordinated, geo_possessive, is_inflected, joiner, parsed
from .word_classes import (CLITICS, COMBINING, COMPOUND_FINALS, FUNCTION_WORDS, GEN_ACC_TAGS, GEO_HEADS,
                           HYPHEN_CLITICS, LY_ENDINGS, NEVER_FIRST, NUMERALS, PATRONYMIC, PATRONYMIC_ENDINGS,
                           PERSONAL, SUFFIX_PIECES, VOWELS, WITH)
from .word_harmony import harmony_ok, suffix_like
from .word_lexicon import count, logprob, pair_count, safe, spaced, typo_alternative
from .word_scan import casing_of

# --------------------------------------------------------------------------- tuning
# Natural-log scale.  A split is made when the log-probability of its words
# (plus GLUE per space, EVIDENCE per change of case, minus EXT_PEN where the
# left word continues as a longer known word) beats the unknown-word model
# UNK0 - UNK1 * len (T_UNK0/T_UNK1 for a capitalised run: names).  Tuned on
# held-out noisy/clean sentences (not the evaluation draw).
MAX_RUN = 120  # longer letter runs are left alone (bounded time)
MAX_PIECE = 26  # longest single word tried
MORPH_MIN = 7  # pieces shorter than this must be attested forms (the morphology is not asked)
UNK0, UNK1 = -6.0, 1.3
LOWER_UNK0 = -9.0  # a run in lower case throughout (not a capitalised sentence start judged like one)
T_UNK0, T_UNK1 = -3.5, 1.3
GLUE = 4.0
PATH_GLUE = 2.0  # a smaller bonus while choosing the cut points: a longer known word is not cut (жасалып, not жас|алып)
EVIDENCE = 10.0
EXT_MIN = 3
EXT_PEN, T_EXT_PEN = 4.0, 10.0
SUF_PEN, T_SUF_PEN = 4.0, 2.0  # the right word starts like a suffix of the left one (кетеріл|іске)
# A word before the last one is inflected (a case, a possessive, a verb ending: Балаға|сыншы,
# жұмыстан|бас): a compound written as one word inflects only its last part, so this is evidence of glue.
FW_BONUS = 2.0  # one of the pieces is a function word or the split is numeral + numeral (не|себеп, он|екі)
TITLE_COMMON = 50  # a capitalised run whose first word is this common (and no name) is judged like lower case
TYPO_COST = -4.0  # log-cost of one slip of a letter: a split must beat the nearest counted word by this (None: off)
PAIR_W = 1.0  # score bonus per log count of two adjacent pieces seen as a word pair in the clean corpora
TITLE_COMMON_INITIAL = 0  # ... at the start of a sentence: any attested word that is no name
MULTI_BONUS = 6.0  # three or more words of 3+ letters: compounds written as one word have two parts
NF_BONUS, T_NF_BONUS = 9.0, 0.0  # names are often built of inflected-looking parts (Көктенкөл)
T_GEN_BONUS = 9.0  # ... but not of a genitive or accusative followed by more (Шолпанның|мойнында, Азияны|арлап)
PARTICLE_PEN = -3.0
CLITIC_STEM_MIN_LP = -14.5
CAMEL_SHORT_MIN_LP = -8.0  # a short capitalised piece of a camel-case run must be a frequent word (Ал)  # the word before a lost-hyphen particle must be this frequent
UNK_BASE = -12.0  # log P(unknown word) = UNK_BASE - UNK_PER_CHAR * len, for unknown name pieces
UNK_PER_CHAR = 1.1
SHORT_PIECE_MIN_LP = -11.0  # a two-letter piece must be at least this frequent
ROMAN_LP = math.log(1e-5)
NAME_LP = -200.0  # Viterbi cost of an unknown capitalised piece between changes of case (last resort)
GEO_BONUS = 5.0
NUMERAL_LY_MAX = 100  # ... but a right word this frequent on its own is an accusative or a past (мың|адамды)

# Roman numerals, Latin or their Cyrillic look-alikes (Х, І), as in "ХХ ғасыр".
_ROMAN = re.compile(r"(?:[IVXLCІХ]){1,7}")


def split_word(word: str, lex, detail: Optional[dict] = None, initial: bool = False) -> Optional[List[Tuple[str, str]]]:
    """Split an unknown run of Cyrillic letters into known words.

    Returns ``[(piece, joiner_before), ...]`` (the first joiner is ``""``) or
    ``None`` to leave the run alone.  Joining the pieces without joiners gives
    ``word`` back.  ``detail`` (a dict), when given, receives the figures the
    decision was based on.  ``initial``: the run starts a sentence, so a capital
    first letter says nothing about a name.
    """
    n = len(word)
    if n < 4 or n > MAX_RUN:
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
        whole = _whole_run(word, lex, evid, casing, memo, detail)
        if whole is not None:
            return whole

    # 2. Viterbi over pieces: best[i] = best score of word[:i] cut into pieces
    spans = _best_spans(word, lex, evid, title_ok, memo)
    if spans is None:
        return None
    _merge_listed(word, lex, spans, evid)
    if len(spans) == 1:
        return None  # one word (+ a particle): the particle step's business
    words, kinds, starts = _pieces(word, spans)

    # 3. is the split far more probable than one unknown word?
    lps, likelihood, n_ext = _likelihood(word, lex, words, kinds, starts, evid, memo)
    score, unknown, n_suf, inflected = _glue_or_name(word, lex, words, kinds, starts, evid, casing, initial,
                                                     likelihood, n_ext, memo)
    ok = _rules_allow(word, lex, words, kinds, starts, evid, lps, inflected, likelihood, score >= unknown)
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


def _whole_run(word: str, lex, evid, casing: str, memo, detail) -> Optional[List[Tuple[str, str]]]:
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
            if slp >= CLITIC_STEM_MIN_LP and casing_of(word[-len(cl):]) in ("l", casing) and \
                    (TYPO_COST is None or typo_alternative(lex, word) + TYPO_COST < slp):
                # (a slip in a counted word is the typo step's: жосау is жасау, not жос-ау)
                if detail is not None:
                    detail.update(clitic=True, words=[stem, word[-len(cl):]])
                return [(stem, ""), (word[-len(cl):], "-")]
    return None


def _best_spans(word: str, lex, evid, title_ok, memo) -> Optional[List[Tuple[int, int, str]]]:
    """Step 2 of ``split_word``: the best cut of ``word`` into pieces, ``(start, end, kind)`` each
    (``None``: no cut into pieces that all score)."""
    n = len(word)
    best: List[float] = [-math.inf] * (n + 1)
    back: List[Tuple[int, str]] = [(0, "")] * (n + 1)
    best[0] = 0.0
    for i in range(2, n + 1):
        for j in range(max(0, i - MAX_PIECE), i - 1):  # pieces of 2+ letters
            if best[j] == -math.inf:
                continue
            if any(j < t < i for t in evid):
                continue  # a piece cannot straddle a change of case
            piece = word[j:i]
            c = casing_of(piece)
            if c == "x" or (c == "t" and j not in title_ok):
                continue
            score, kind = _piece_score(piece, c, j, i, n, evid, lex, memo)
            if score == -math.inf:
                continue
            tot = best[j] + score + (0.0 if j == 0 else (EVIDENCE if j in evid else PATH_GLUE))
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
        (j0, i0, k0), (j1, i1, k1) = spans[k], spans[k + 1]
        if k0 == "w" and k1 == "w" and i0 not in evid and casing_of(word[j0:i1]) == "l" and \
                safe(lex.attested, word[j0:i1]) and not (word[j0:i0] in NUMERALS and word[i0:i1] in NUMERALS):
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


def _likelihood(word: str, lex, words, kinds, starts, evid, memo) -> Tuple[List[float], float, int]:
    """The log-probabilities of the pieces; the score of the pieces, their junctions and their pair
    counts, before the glue-or-name evidence; and how many left words continue as a longer known word."""
    n = len(word)
    lps = []
    for w, k in zip(words, kinds):
        if k == "n":
            lps.append(UNK_BASE - UNK_PER_CHAR * len(w))
        elif k == "r":
            lps.append(ROMAN_LP)
        else:
            lps.append(logprob(lex, w, memo) + (PARTICLE_PEN if k == "p" else 0.0))
    score = sum(lps)
    n_ext = 0
    for idx in range(1, len(words)):
        b = starts[idx]
        if b in evid:
            score += EVIDENCE
            continue
        score += GLUE
        if kinds[idx] == "p":
            continue
        # the left word continues as a longer known word: an inflection the lexicon missed?
        j = starts[idx - 1]
        for m in range(min(n, j + MAX_PIECE), b + EXT_MIN - 1, -1):
            if safe(lex.attested, word[j:m]):
                n_ext += 1
                break
    # two words the clean corpora often write one after the other (жыл сайын, шын мәнінде)
    for idx in range(1, len(words)):
        if kinds[idx] == "w" and kinds[idx - 1] == "w" and starts[idx] not in evid:
            pc = pair_count(lex, words[idx - 1], words[idx])
            if pc:
                score += PAIR_W * math.log(pc)
    return lps, score, n_ext


def _glue_or_name(word: str, lex, words, kinds, starts, evid, casing: str, initial: bool, likelihood: float,
                  n_ext: int, memo) -> Tuple[float, float, int, bool]:
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
    common = TITLE_COMMON_INITIAL if initial and not words[-1].lower().startswith(GEO_HEADS) else TITLE_COMMON
    if casing == "t" and kinds[0] == "w" and count(lex, words[0]) >= common and \
            not safe(lex.capitalised, words[0]) and all(safe(lex.attested, w) for w in words):
        # a common word capitalised at a sentence start (Ал|биыл, Кім|біледі), not a name; every piece
        # attested, so that a misspelt name is not cut into a word and a guess (Қазақ|астанның)
        title = False
    if title:
        unknown = T_UNK0 - T_UNK1 * n
        score -= T_EXT_PEN * n_ext + T_SUF_PEN * n_suf - (T_NF_BONUS if inflected else 0.0)
        if any(kinds[idx] == "w" and is_inflected(lex, words[idx], memo, GEN_ACC_TAGS) for idx in range(len(words) - 1)):
            score += T_GEN_BONUS
        if len(words) == 2 and kinds == ["w", "w"] and not evid and len(words[0]) >= 3 and \
                geo_possessive(words[1]) and safe(lex.capitalised, words[0]):
            score += GEO_BONUS  # a name + "its city/lake/...": Бурабай көлі (a compound name has the bare noun)
    else:
        # a little more lenient for a lower-case run with no sign of a missed inflection or a typo
        unknown = (LOWER_UNK0 if casing == "l" and not n_suf and not n_ext else UNK0) - UNK1 * n
        lows = [w.lower() for w in words]
        fw = any(w in FUNCTION_WORDS for w in lows) or any(
            a in NUMERALS and b.startswith(tuple(NUMERALS)) for a, b in zip(lows, lows[1:]))
        score -= EXT_PEN * n_ext + SUF_PEN * n_suf - (NF_BONUS if inflected else 0.0) - \
            (FW_BONUS if fw else 0.0) - (MULTI_BONUS if len(words) >= 3 and min(map(len, words)) >= 3 else 0.0)
    return score, unknown, n_suf, inflected


def _rules_allow(word: str, lex, words, kinds, starts, evid, lps, inflected: bool, likelihood: float,
                 ok: bool) -> bool:
    """``ok`` (the split beats one unknown word) unless a slip in one known word is likelier or a rule
    writes the pieces together."""
    if ok and not evid and TYPO_COST is not None:
        # the run may be one misspelt word rather than several (Шаруолар: шаруалар, not Шару|олар); the
        # bonuses above weigh glue against one unknown word, not against a slip in a known one (орденімең)
        alt = typo_alternative(lex, word)
        if alt + TYPO_COST >= likelihood:
            ok = False
    if ok and not inflected and len(words) == 2 and kinds == ["w", "w"] and not evid and (
            words[1].lower() in COMPOUND_FINALS
            or (words[0].lower() in NUMERALS and words[1].lower().endswith(LY_ENDINGS)
                and count(lex, words[1]) < NUMERAL_LY_MAX)):
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
        if any(len(w) < 4 and lp < CAMEL_SHORT_MIN_LP for w, lp in zip(words[:-1], lps[:-1])):
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


def _piece_score(piece: str, c: str, j: int, i: int, n: int, evid, lex, memo) -> Tuple[float, str]:
    """Viterbi score and kind of one piece: 'w' word, 'r' Roman numeral, 'pK' word + K-letter particle,
    'n' unknown capitalised name between changes of case."""
    low = piece.lower()
    if c == "u" and i < n and _ROMAN.fullmatch(piece):
        return ROMAN_LP, "r"
    if low[0] in NEVER_FIRST:
        return -math.inf, ""  # no Kazakh word starts with ң, ь or ъ
    if j > 0 and c == "l" and VOWELS.isdisjoint(low):
        return -math.inf, ""  # an abbreviation (км, см) opens a run (кмжерде) but never ends a word (өндірі|см|ен)
    score = -math.inf
    # a suffix-like piece is a word only at the start of the run (сіз|тікелей, қан|кетіп), where
    # nothing precedes it that it could be the ending of
    if not (j > 0 and (low in SUFFIX_PIECES or low in CLITICS) and not (c == "t" and j in evid)):
        # (after a change of case it is a word again: рух|Сіз)
        score = logprob(lex, piece, memo, morph=len(piece) >= MORPH_MIN)
        if len(piece) == 2 and score < SHORT_PIECE_MIN_LP:
            score = -math.inf
    if score > -math.inf and len(low) <= 4 and low[0] not in VOWELS and low[1] not in VOWELS \
            and not count(lex, low):
        score = -math.inf  # a short never-counted piece opening with two consonants (сқо) is list debris
    if score > -math.inf and c == "l" and len(low) <= 4 and not count(lex, low) and not parsed(lex, low):
        score = -math.inf  # ... and so is one that no stem of the morphology explains (шолп, қый)
    if score > -math.inf:
        return score, "w"
    if len(piece) >= 4:
        cl = low[-3:] if low[-3:] in WITH else low[-2:]
        if cl in CLITICS and len(piece) - len(cl) >= 2:
            stem = piece[:-len(cl)]
            sl = stem.lower()
            if (c != "u" or piece[-len(cl):].isupper()) and harmony_ok(stem, cl) \
                    and sl not in SUFFIX_PIECES and sl not in CLITICS:
                slp = logprob(lex, stem, memo, morph=len(stem) >= MORPH_MIN)
                if slp > -math.inf and (len(stem) > 2 or slp >= SHORT_PIECE_MIN_LP):
                    return slp + logprob(lex, cl, memo) + PARTICLE_PEN + GLUE, "p" + str(len(cl))
    if c == "t" and j in evid and (i == n or i in evid):
        return NAME_LP, "n"  # an unknown name between changes of case: a last resort
    return -math.inf, ""
