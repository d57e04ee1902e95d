"""Word-level repairs backed by the lexicon.

Three steps live here:

``linebreak_hyphen``
    A word broken at a line end and left with its hyphen (``прези- дент``,
    ``арасын-\n да``, a soft hyphen before a line break) is joined again.  A
    known hyphenated compound broken at its own hyphen keeps the hyphen
    (``ата-\nана`` -> ``ата-ана``).  This is the one step that may remove a
    ``"\n"``: it rejoins the two lines and says so in the change note.  A
    plain in-word hyphen (``ата-ана``) is never touched.

``segment``
    An unknown run of letters is split into known words by a Viterbi search
    over word log-probabilities (``Жапонияжасмемлекетке`` -> ``Жапония жас
    мемлекетке``), and a lost compound hyphen is written back when ``A-B`` is a
    known compound or a paired/repeated word (``бірбірін`` -> ``бір-бірін``).
    The split is made only when it beats an unknown-word model by a margin
    (constants below, tuned on held-out noisy and clean sentences); a change of
    case inside the run counts as strong evidence, a capitalised run (a name)
    needs more.  Digits glued to a following word are separated (``1991жылы``).

``particle``
    A separately written particle glued to the word before it is split off
    (``тағыда`` -> ``тағы да``), but only when the glued form is unknown (or
    never seen in running text and impossible as a locative), the word without
    it is known and the particle has the right harmony form, so case endings
    that look like particles (``қалада``, ``менде``) stay.

All three leave a word alone whenever the lexicon knows it, when it is Latin,
Russian or English, protected, or part of a URL or an e-mail address.  Every
decision is made per token and cached (bounded) per lexicon, so a token is
looked up once per process; only unknown tokens reach the search, which is
capped (``MAX_RUN``, ``MAX_PIECE``) so time stays linear in the text.
"""
from __future__ import annotations

import math
import re
from itertools import product, repeat
from typing import Dict, List, Optional, Sequence, Tuple

from ..chars import LINEBREAK_HYPHENS, LINEBREAK_SPACES, SIMILAR_ALT
from ..pipeline import Edit, _apply, register
from .characters import off_line_breaks
from .spelling import _counted, _split, keyboard_candidates  # (_split: one text.split() memo for the word steps)

__all__ = ["split_word", "particle_split", "with_split", "harmony_ok"]

# --------------------------------------------------------------------------- letters

_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
_UPPER = _LOWER.upper()
CYRILLIC = frozenset(_LOWER + _UPPER)
_BACK = frozenset("аоұыяё")
_FRONT = frozenset("әеөүіэ")
_VOWELS = frozenset("аәеиоөұүыіэюяуё")
_NEVER_FIRST = frozenset("ңьъ")
# Consonants after which a suffix/particle starts with a voiceless consonant
# (textbook rule: voiceless consonants and б в г д).
_VOICELESS = frozenset("птқкшсфхцчщбвгд")
_SONORANT_Q = frozenset("лрйу")  # question particle ма/ме after these (and vowels)
_NASAL_VOICED = frozenset("мнңжз")  # question particle ба/бе after these

# Roman numerals, Latin or their Cyrillic look-alikes (Х, І), as in "ХХ ғасыр".
_ROMAN = re.compile(r"(?:[IVXLCІХ]){1,7}")

# Pieces that are suffixes, never a word of their own in a split.  (Particles
# are words, but inside a run they are taken only as "X + particle" pieces with
# the right harmony form, or at the very start of the run.)
_SUFFIX_PIECES = frozenset(
    """ды ді ты ті ны ні ға ге қа ке на ның нің дың дің тың тің лар лер дар дер тар тер
    сы сі ын ін ым ім ың ің ыз із мыз міз сың сің сыз сіз нан нен дан ден тан тен нда нде
    лық лік дық дік тық тік ған ген қан кен ып іп ғы гі қы кі дағы дегі тегі нікі
    дай дей тай тей мы мі бы бі пы пі сын сін ынан інен ына іне ында інде""".split()
)
# Particles written separately (2018 rules §27), the two-letter ones a glue can hide.
PARTICLES = ("да", "де", "та", "те", "ма", "ме", "ба", "бе", "па", "пе")
# Separate particles and conjunctions that look like suffixes: a piece of their
# own only at the start of a run; after a word only as "X + particle".
_CLITICS = frozenset(PARTICLES + ("мен", "бен", "пен", "ше", "ша", "ғой", "қой"))
_WITH = ("мен", "бен", "пен")
# International combining forms are written together with the next stem
# (кинокомпания, микрожіпше, автокөлік): never split right after one of them.
_COMBINING = frozenset("""авто агро аэро био гелио гео гидро кино микро макро мини мега нано нео радио
    стерео теле термо фото электро эко этно инфра ультра супер псевдо квази контр анти пост транс""".split())
# Patronymics are written together with the father's name (Әбдіраманұлы, Асылханқызы).
_PATRONYMIC = ("ұлы", "қызы")
_PATRONYMIC_ENDINGS = frozenset("н ның нің на не нан нен нда нде мен".split())
# Particles written with a hyphen (сондай-ақ, келмейді-ау, әдемі-ай, барыпты-мыс).
_HYPHEN_CLITICS = ("ақ", "ау", "ай", "мыс", "міс")
# Conjunctions after a hanging hyphen ("орта- және шағын"): not a line break.
_CONJUNCTIONS = frozenset("және мен бен пен не немесе әрі я яки да де та те".split())
# Number suffixes: "200ден" is a number with a suffix, never "200 ден".
_NUMBER_SUFFIXES = _SUFFIX_PIECES | frozenset(
    """ыншы інші ншы нші шы ші нчі нчы інен ынан ге ға ке қа ке інші жы""".split()
)

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
KEYBOARD_RARE_PIECE = 20  # a run with a piece counted less often than this and a Kazakh-letter reading is one word
SLIP_RARE_PIECE = 3  # ... and with one counted less often than this, one that is a slip from a known word
TYPO_COST = -4.0  # log-cost of one slip of a letter: a split must beat the nearest counted word by this (None: off)
# words that end no other word and take no suffix: glued after an unknown word (Хандвергжәне) they are
# split off even though the word before them is unknown
_FREE_TAILS = ("және", "немесе", "туралы", "арқылы", "бойынша", "сияқты", "секілді")
PAIR_W = 1.0  # score bonus per log count of two adjacent pieces seen as a word pair in the clean corpora
PAIR_STRONG = 10  # a pair this frequent overrules the doubtful list (a web-list form dropped as glued)
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
KNOWN_FLOOR = math.log(1e-8)

_CACHE_MAX = 50_000
_caches: Dict[int, tuple] = {}  # id(lexicon) -> (lexicon, segment, particle, line-break, мен-in-context caches)


def _cache(lex, which: int) -> Dict[str, Optional[str]]:
    entry = _caches.get(id(lex))
    if entry is None or entry[0] is not lex:
        if len(_caches) > 8:
            _caches.clear()
        entry = (lex, {}, {}, {}, {})
        _caches[id(lex)] = entry
    d = entry[which]
    if len(d) > _CACHE_MAX:
        d.clear()
    return d


# speed only: per lexicon, the tokens segment (1) / particle (2) are sure to leave alone wherever they
# stand, so a line whose tokens are all in the set is skipped with one issuperset
_settled_sets: Dict[int, tuple] = {}


def _settled(lex, which: int) -> set:
    entry = _settled_sets.get(id(lex))
    if entry is None or entry[0] is not lex:
        if len(_settled_sets) > 8:
            _settled_sets.clear()
        entry = (lex, set(), set(), set(), set())
        _settled_sets[id(lex)] = entry
    d = entry[which]
    if len(d) > _CACHE_MAX:
        d.clear()
    return d


_tok4_memo: tuple = (None, None)  # (text, its _TOKEN4 tokens): segment and particle usually see the same text


def _tokens4(text: str) -> list:
    global _tok4_memo
    memo = _tok4_memo  # one tuple, replaced whole: safe to share between threads
    if memo[0] is text:
        return memo[1]
    toks = _TOKEN4.findall(text)
    _tok4_memo = (text, toks)
    return toks


# --------------------------------------------------------------------------- helpers


def _casing(w: str) -> str:
    """'l' lower, 't' Title, 'u' UPPER (2+ letters), 'x' anything else."""
    if w.islower():
        return "l"
    if w.isupper():
        return "u" if len(w) > 1 else "t"
    if w[0].isupper() and w[1:].islower():
        return "t"
    return "x"


def _last_vowel_class(w: str) -> Optional[str]:
    seen_i = False
    for ch in reversed(w.lower()):
        if ch in _BACK:
            return "f" if seen_i and ch == "ы" else "b"
        if ch in _FRONT:
            return "f"
        if ch == "и":
            seen_i = True
            break
    return "f" if seen_i else None


def harmony_ok(stem: str, particle: str) -> bool:
    """Is ``particle`` (да/де/та/те/ма/ме/ба/бе/па/пе) the right form after ``stem``?"""
    stem_l = stem.lower()
    p = particle.lower()
    if not stem_l:
        return False
    last = stem_l[-1]
    if last in "ьъ":
        return False
    if p in _WITH:  # мен after vowels and й л м н ң р у; бен after ж з; пен after voiceless
        if last in _VOWELS or last in "йлмнңру":
            return p == "мен"
        if last in "жз":
            return p == "бен"
        return p == "пен" and last in _VOICELESS
    if p in ("ғой", "қой"):  # ғой after vowels and voiced sounds, қой after voiceless
        return (p == "қой") == (last in _VOICELESS)
    if p in ("ше", "ша"):
        return False
    if p not in PARTICLES:
        return False
    vc = _last_vowel_class(stem_l)
    if vc is None:
        return False
    if (p[1] == "а") != (vc == "b"):
        return False
    first = p[0]
    if first in "дт":  # да/де after vowels, sonorants and ж з; та/те after voiceless
        return (first == "т") == (last in _VOICELESS)
    # question particle: ма/ме after vowels and л р й у; ба/бе after м н ң ж з; па/пе after voiceless
    if last in _VOWELS or last in _SONORANT_Q:
        return first == "м"
    if last in _NASAL_VOICED:
        return first == "б"
    if last in _VOICELESS:
        return first == "п"
    return False


def _lp(lex, w: str, memo: Dict[str, float], morph: bool = True) -> float:
    """Log-probability of ``w`` as a word; with ``morph=False`` only attested forms count
    (no morphology: the cheap question asked of every substring in a search)."""
    key = w if morph else "\1" + w
    v = memo.get(key)
    if v is None:
        if not morph and not _safe(lex.attested, w):
            v = -math.inf
        else:
            try:
                v = lex.logprob(w)
            except Exception:  # a lexicon bug must not break cleaning
                v = -math.inf
            if v is None or math.isnan(v):
                v = -math.inf
            if v == -math.inf and morph and len(w) > 1 and _safe(lex.known, w):
                v = KNOWN_FLOOR
        memo[key] = v
    return v


def _safe(fn, *args) -> bool:
    try:
        return bool(fn(*args))
    except Exception:
        return False


def _foreign(lex, w: str) -> bool:
    return _safe(lex.is_protected, w) or _safe(lex.is_russian, w) or _safe(lex.is_english, w)


def _paired(a: str, b: str) -> bool:
    """Repeated/paired forms of one stem (бір|бірін, бірін|бірі, қайта|қайта)."""
    a, b = a.lower(), b.lower()
    cp = 0
    for x, y in zip(a, b):
        if x != y:
            break
        cp += 1
    return cp >= 3 and cp >= min(len(a), len(b))


_AFTER_VOWEL = frozenset("лнсғгмйшдрпу")
_AFTER_VOICED = frozenset("дғгнлшмрт")
_AFTER_VOICELESS = frozenset("тқкпшс")


def _first_vowel_class(w: str) -> Optional[str]:
    for ch in w.lower():
        if ch in _BACK:
            return "b"
        if ch in _FRONT:
            return "f"
    return None


def _suffix_like(left: str, right: str) -> bool:
    """Does ``right`` start the way a suffix of ``left`` would (harmony and first consonant)?

    Words the lexicon misses are often split by a search at a stem boundary
    (интеллигент|терінің); glued words rarely look like that by chance.
    """
    l, r = left.lower(), right.lower()
    vc = _last_vowel_class(l)
    if vc is None or _first_vowel_class(r) != vc:
        return False
    fin, c = l[-1], r[0]
    if c in "ыіаеу":
        return fin not in _VOWELS
    if len(r) < 2 or r[1] not in "аеыі":  # the vowels of suffixes (no suffix starts ғұ-, мө-)
        return False
    if fin in _VOWELS:
        return c in _AFTER_VOWEL
    if fin in _VOICELESS:
        return c in _AFTER_VOICELESS
    return c in _AFTER_VOICED


def _is_compound(lex, a: str, b: str) -> bool:
    """``a-b`` is a known hyphenated compound, its second part possibly inflected.

    Stricter than ``Lexicon.compound``: an inflected match must leave a known
    base of 3+ letters on a first part of 3+ letters, or a base seen in the
    corpus, so that line-break debris in the compound list (бір-бі) does not count.
    """
    comps = getattr(lex, "compounds", None)
    if comps is None:
        return _safe(lex.compound, a + "-" + b)
    al, bl = a.lower(), b.lower()
    if al + "-" + bl in comps:
        return True
    if not _safe(lex.compound, a + "-" + b):
        return False
    for k in range(1, min(len(bl) - 2, 6)):  # an inflection of 1-5 letters, a base of 3+ letters
        base = al + "-" + bl[:-k]
        if base in comps:
            rest = len(bl) - k
            if (len(al) >= 3 and (rest >= 4 or (rest == 3 and _safe(lex.known, bl[:-k])))) \
                    or _count(lex, base) > 0:
                return True
    return False


def _count(lex, w: str) -> int:
    try:
        return int(lex.count(w))
    except Exception:
        return 1 if _safe(lex.attested, w) else 0


def _spaced(lex, a: str, b: str) -> bool:
    """``a-b`` (its last part possibly inflected) is a compound the corpora mostly write apart."""
    sp = getattr(lex, "spaced", None)
    if not sp:
        return False
    return any(c in sp for c in _compound_keys(a, b))


def _compound_keys(a: str, b: str):
    """``a-b`` in lower case with 0-5 letters (an ending) taken off ``b``: the forms a compound list holds."""
    al, bl = a.lower(), b.lower()
    return (al + "-" + bl[:len(bl) - k] for k in range(0, min(len(bl) - 1, 6)))


def _typo_alternative(lex, word: str) -> float:
    """The log-probability of the likeliest counted word one edit away from ``word`` (-inf if none)."""
    try:
        from ..typo_index import index_for
        cands = index_for(lex).lookup(word.lower(), 1)
    except Exception:  # no index (symspellpy missing, a custom lexicon without forms)
        return -math.inf
    best = -math.inf
    for form, dist, _w in cands:
        if dist == 1 and _count(lex, form) > 0:
            best = max(best, _lp(lex, form, {}, morph=False))
    return best


def _slip_in(lex, word: str, k: int) -> float:
    """The log-probability of the likeliest counted word one similar-letter slip from ``word`` within its
    first ``k`` letters (``Lexicon.slips``; -inf if none)."""
    try:
        forms = lex.slips(word.lower(), k)
    except Exception:  # a lexicon without counts
        return -math.inf
    return max((_lp(lex, f, {}, morph=False) for f in forms), default=-math.inf)


def _pair_count(lex, a: str, b: str) -> int:
    try:
        return int(lex.pair_count(a, b))
    except Exception:  # a lexicon without pair counts
        return 0


def _hyphenated_seen(lex, a: str, b: str) -> bool:
    """The clean corpora write ``a-b`` (its last part possibly inflected) with the hyphen."""
    return any(_count(lex, c) for c in _compound_keys(a, b))


def _joiner(lex, a: str, b: str) -> str:
    """What joins two neighbouring words of a split run: a compound's hyphen, or a space.

    A listed compound the clean corpora never write hyphenated (әскери-оқу, қара-көк: the noisy web
    list has them) is two words inside a longer run: such runs lost their spaces, not hyphens.  (A run
    that is one compound, премьерминистрі, is judged before the search and keeps the hyphen.)"""
    if _is_compound(lex, a, b):
        if _spaced(lex, a, b) or (not _paired(a, b) and not _hyphenated_seen(lex, a, b)):
            return " "
        return "-"
    if _paired(a, b):
        return "-"
    return " "


# --------------------------------------------------------------------------- segmentation


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
    casing = _casing(word)
    upper = [c.isupper() for c in word]
    # a change of case inside the run (жылыЖапония, АҚШпрезиденті) is evidence of a boundary
    evid = {i for i in range(1, n) if upper[i] != upper[i - 1]
            and not (upper[i - 1] and (i < 2 or not upper[i - 2]))}  # not the Title start of a word
    title_ok = {0} | {i for i in range(1, n) if upper[i] and not upper[i - 1]} | \
        {i for i in range(1, n - 1) if upper[i] and upper[i - 1] and not upper[i + 1]}
    memo: Dict[str, float] = {}

    # 1. a whole-run hyphenated compound (премьерминистрі -> премьер-министрі, ҚасымЖомарт)
    if len(evid) <= 1:
        p = _compound_at(word, lex, sorted(evid) or range(2, n - 1))
        if p is not None and _casing(word[:p]) != "x" and _casing(word[p:]) != "x":
            if detail is not None:
                detail.update(compound=True, words=[word[:p], word[p:]])
            return [(word[:p], ""), (word[p:], " " if _spaced(lex, word[:p], word[p:]) else "-")]
        # a hyphenated particle lost its hyphen: келмейдіау -> келмейді-ау
        low = word.lower()
        for cl in _HYPHEN_CLITICS:
            if low.endswith(cl) and n - len(cl) >= 3 and (casing == "l" or cl != "ай"):
                stem = word[:-len(cl)]
                slp = _lp(lex, stem, memo)
                if slp >= CLITIC_STEM_MIN_LP and _casing(word[-len(cl):]) in ("l", casing) and \
                        (TYPO_COST is None or _typo_alternative(lex, word) + TYPO_COST < slp):
                    # (a slip in a counted word is the typo step's: жосау is жасау, not жос-ау)
                    if detail is not None:
                        detail.update(clitic=True, words=[stem, word[-len(cl):]])
                    return [(stem, ""), (word[-len(cl):], "-")]

    # 2. Viterbi over pieces: best[i] = best score of word[:i] cut into pieces
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
            c = _casing(piece)
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
    # two neighbouring lower-case pieces that make a listed word together are that word (күнәлі, not
    # күн|әлі): a unigram score favours cutting a rare word into two frequent ones (numerals are written
    # apart: он екі)
    k = 0
    while k < len(spans) - 1:
        (j0, i0, k0), (j1, i1, k1) = spans[k], spans[k + 1]
        if k0 == "w" and k1 == "w" and i0 not in evid and _casing(word[j0:i1]) == "l" and \
                _safe(lex.attested, word[j0:i1]) and not (word[j0:i0] in _NUMERALS and word[i0:i1] in _NUMERALS):
            spans[k:k + 2] = [(j0, i1, "w")]
        else:
            k += 1
    if len(spans) == 1:
        return None  # one word (+ a particle): the particle step's business
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

    # 3. is the split far more probable than one unknown word?
    lps = []
    for w, k in zip(words, kinds):
        if k == "n":
            lps.append(UNK_BASE - UNK_PER_CHAR * len(w))
        elif k == "r":
            lps.append(ROMAN_LP)
        else:
            lps.append(_lp(lex, w, memo) + (PARTICLE_PEN if k == "p" else 0.0))
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
            if _safe(lex.attested, word[j:m]):
                n_ext += 1
                break
    # two words the clean corpora often write one after the other (жыл сайын, шын мәнінде)
    for idx in range(1, len(words)):
        if kinds[idx] == "w" and kinds[idx - 1] == "w" and starts[idx] not in evid:
            pc = _pair_count(lex, words[idx - 1], words[idx])
            if pc:
                score += PAIR_W * math.log(pc)
    likelihood = score  # the pieces, their junctions and their pair counts, before the glue-or-name evidence
    # (a personal pronoun declines irregularly: a word after it is no suffix it missed: сен|неге)
    n_suf = sum(1 for idx in range(1, len(words)) if kinds[idx] == "w" and kinds[idx - 1] == "w"
                and starts[idx] not in evid and words[idx - 1].lower() not in _PERSONAL
                and _suffix_like(words[idx - 1], words[idx]))
    inflected = any(kinds[idx] == "w" and _inflected(lex, words[idx], memo) for idx in range(len(words) - 1))
    title = casing == "t" or (casing == "u" and not evid)
    # at a sentence start any counted first word will do, unless the run ends in a place noun (Көктенкөл)
    common = TITLE_COMMON_INITIAL if initial and not words[-1].lower().startswith(_GEO_HEADS) else TITLE_COMMON
    if casing == "t" and kinds[0] == "w" and _count(lex, words[0]) >= common and \
            not _safe(lex.capitalised, words[0]) and all(_safe(lex.attested, w) for w in words):
        # a common word capitalised at a sentence start (Ал|биыл, Кім|біледі), not a name; every piece
        # attested, so that a misspelt name is not cut into a word and a guess (Қазақ|астанның)
        title = False
    if title:
        unknown = T_UNK0 - T_UNK1 * n
        score -= T_EXT_PEN * n_ext + T_SUF_PEN * n_suf - (T_NF_BONUS if inflected else 0.0)
        if any(kinds[idx] == "w" and _inflected(lex, words[idx], memo, _GEN_ACC) for idx in range(len(words) - 1)):
            score += T_GEN_BONUS
        if len(words) == 2 and kinds == ["w", "w"] and not evid and len(words[0]) >= 3 and \
                _geo_possessive(words[1]) and _safe(lex.capitalised, words[0]):
            score += GEO_BONUS  # a name + "its city/lake/...": Бурабай көлі (a compound name has the bare noun)
    else:
        # a little more lenient for a lower-case run with no sign of a missed inflection or a typo
        unknown = (LOWER_UNK0 if casing == "l" and not n_suf and not n_ext else UNK0) - UNK1 * n
        lows = [w.lower() for w in words]
        fw = any(w in _FUNCTION_WORDS for w in lows) or any(
            a in _NUMERALS and b.startswith(tuple(_NUMERALS)) for a, b in zip(lows, lows[1:]))
        score -= EXT_PEN * n_ext + SUF_PEN * n_suf - (NF_BONUS if inflected else 0.0) - \
            (FW_BONUS if fw else 0.0) - (MULTI_BONUS if len(words) >= 3 and min(map(len, words)) >= 3 else 0.0)
    ok = score >= unknown
    if ok and not evid and TYPO_COST is not None:
        # the run may be one misspelt word rather than several (Шаруолар: шаруалар, not Шару|олар); the
        # bonuses above weigh glue against one unknown word, not against a slip in a known one (орденімең)
        alt = _typo_alternative(lex, word)
        if alt + TYPO_COST >= likelihood:
            ok = False
    if ok and not inflected and len(words) == 2 and kinds == ["w", "w"] and not evid and (
            words[1].lower() in _COMPOUND_FINALS
            or (words[0].lower() in _NUMERALS and words[1].lower().endswith(_LY_ENDINGS)
                and _count(lex, words[1]) < NUMERAL_LY_MAX)):
        ok = False  # written together by rule: халықаралық, дінтану, біржақты
    for idx in range(1, len(words)):
        if starts[idx] in evid:
            continue
        prev, cur = words[idx - 1], words[idx].lower()
        if prev.lower() in _COMBINING or (prev[0].isupper() and any(
                cur == pt or (cur.startswith(pt) and cur[len(pt):] in _PATRONYMIC_ENDINGS) for pt in _PATRONYMIC)):
            ok = False  # written together by rule
    if ok and evid and all(not w[0].islower() for w in words):
        # camel-case brands (ҚазМұнайГаз) keep their short capitalised pieces; a short last piece is a
        # word or a surname after a full one (Қазақстан Республикасының Бас, Эдуард Кон)
        if any(len(w) < 4 and lp < CAMEL_SHORT_MIN_LP for w, lp in zip(words[:-1], lps[:-1])):
            ok = False
    if ok and any(k == "n" and (idx == 0 or kinds[idx - 1] not in "wr") for idx, k in enumerate(kinds)):
        ok = False  # an unknown name piece must follow a known word
    if detail is not None:
        detail.update(score=score, unknown=unknown, n=n, words=words, kinds=kinds, lps=lps, casing=casing,
                      evidence=len(evid), ext=n_ext, suf=n_suf, inflected=inflected, ok=ok)
    if not ok:
        return None
    # "X мен Y" rather than "Xмен Y" when X and Y carry the same plural/possessive (үйлер мен ғимараттардың,
    # тарихы мен географиясын): coordinated nouns share their inflection, the case comes on the last
    for idx in range(len(words) - 2, -1, -1):
        w = words[idx]
        if kinds[idx] == "w" and kinds[idx + 1] == "w" and w[-3:].lower() in _WITH and len(w) >= 6 \
                and _coordinated(lex, w[:-3], words[idx + 1]):
            words[idx:idx + 1] = [w[:-3], w[-3:]]
            kinds[idx:idx + 1] = ["w", "p"]
    out: List[Tuple[str, str]] = []
    for idx, w in enumerate(words):
        if idx == 0:
            out.append((w, ""))
        elif kinds[idx] != "w" or kinds[idx - 1] != "w":
            out.append((w, " "))
        else:
            out.append((w, _joiner(lex, words[idx - 1], w)))
    return out


GEO_BONUS = 5.0
# place nouns that follow a name in the possessive (Іле өзені, Бурабай көлі, Токио қаласы)
_GEO_HEADS = ("қала", "орман", "жота", "порт", "өзен", "көл", "тау", "аудан", "облыс", "ауыл", "дария", "шатқал",
              "бұғаз", "түбек", "арал", "шың", "мүйіс", "алқап", "құм", "шығанақ", "жайлау", "асу", "қорық", "кент")
_PX3_START = ("ы", "і", "сы", "сі")


def _geo_possessive(w: str) -> bool:
    """``w`` is a place noun in the 3rd-person possessive, maybe with a case after it (қаласы, көлінде)."""
    if not w.islower():
        return False
    return any(w.startswith(h) and w[len(h):].startswith(_PX3_START) for h in _GEO_HEADS)


# second parts that make compounds written as one word (-аралық "inter-", -тану "-studies")
_COMPOUND_FINALS = frozenset("аралық аралықтың аралыққа аралықты аралықта аралықтан тану танушы танушылар".split())
_NUMERALS = frozenset("бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен "
                      "тоқсан жүз мың көп".split())
_FUNCTION_WORDS = frozenset("""мен сен ол біз сіз олар бұл сол осы мына ана мынау анау сонда мұнда онда осында кім не
    қай қайда қашан неге қалай қандай қанша және бен пен әрі немесе бірақ сондықтан себебі егер өйткені ал үшін туралы
    арқылы бойынша сияқты секілді дейін кейін бері соң қарай гөрі ғана қана ғой тек тіпті әлі енді еш әр барлық деп
    деді дейді еді екен емес бар жоқ керек""".split())
_PERSONAL = frozenset("мен сен сіз біз ол олар сендер сіздер біздер".split())  # personal pronouns
_LY_ENDINGS = ("лы", "лі", "ды", "ді", "ты", "ті")  # numeral + X-лы adjectives: біржақты, екіқабатты
NUMERAL_LY_MAX = 100  # ... but a right word this frequent on its own is an accusative or a past (мың|адамды)


_GEN_ACC = frozenset({"GEN", "GEN_N", "ACC", "ACC_N"})
_PRONOUN_GEN_ACC = frozenset({"ің", "ның", "і", "ны"})  # менің, оның; мені, оны


def _inflected(lex, w: str, memo: Dict[str, float], endings: Optional[frozenset] = None) -> bool:
    """Is ``w`` an inflected form (a case, possessive, plural or verb ending on a stem), not a stem?
    With ``endings``: one whose last morpheme is one of those."""
    key = ("\2" if endings is None else "\3") + w
    v = memo.get(key)
    if v is None:
        v = 0.0
        try:
            from ..morphology import INFLECTION, _PRONOUNS
            an = lex._morph()
            low = w.lower()
            if an is not None:
                if low in _PRONOUNS:
                    case = _PRONOUNS[low][1]  # the ending after the pronoun's stem
                    v = 1.0 if case and (endings is None or case in _PRONOUN_GEN_ACC) else 0.0
                else:
                    # a word listed as a stem (word lists hold many inflected forms: ғасырда, балаға)
                    # reads as inflected when the stem of that reading is the more frequent form
                    bare = low in an.stems
                    v = 1.0 if any(names and names[-1] in (endings or INFLECTION) and st != low
                                   and (not bare or _count(lex, st) > _count(lex, low))
                                   for st, _p, _x, names in an.parses(low)) else 0.0
        except Exception:
            v = 0.0
        memo[key] = v
    return v > 0


def _parsed(lex, w: str) -> bool:
    """The morphology reads the lower-case ``w`` as a stem or a stem + suffixes."""
    try:
        an = lex._morph()
        return an is None or bool(an.parses(w))
    except Exception:
        return True


_SHARED = frozenset({"PL", "PX3", "PX1SG", "PX1PL", "PX2SG", "PX2PL", "PX2SGP", "PX2PLP"})


def _coordinated(lex, a: str, b: str) -> bool:
    """``a`` and ``b`` are nouns inflected alike for number or possession (``a``'s morphemes, one at least
    of plural or possessive, begin ``b``'s), as the members of "a мен b" are."""
    try:
        an = lex._morph()
        if an is None or not _safe(lex.known, a):
            return False
        heads = {names for _s, pos, _x, names in an.parses(a.lower()) if pos == "n" and _SHARED.intersection(names)}
        return bool(heads) and any(pos == "n" and names[:len(h)] == h for _s, pos, _x, names in an.parses(b.lower())
                                   for h in heads)
    except Exception:
        return False


def _piece_score(piece: str, c: str, j: int, i: int, n: int, evid, lex, memo) -> Tuple[float, str]:
    """Viterbi score and kind of one piece: 'w' word, 'r' Roman numeral, 'pK' word + K-letter particle,
    'n' unknown capitalised name between changes of case."""
    low = piece.lower()
    if c == "u" and i < n and _ROMAN.fullmatch(piece):
        return ROMAN_LP, "r"
    if low[0] in _NEVER_FIRST:
        return -math.inf, ""  # no Kazakh word starts with ң, ь or ъ
    if j > 0 and c == "l" and _VOWELS.isdisjoint(low):
        return -math.inf, ""  # an abbreviation (км, см) opens a run (кмжерде) but never ends a word (өндірі|см|ен)
    score = -math.inf
    # a suffix-like piece is a word only at the start of the run (сіз|тікелей, қан|кетіп), where
    # nothing precedes it that it could be the ending of
    if not (j > 0 and (low in _SUFFIX_PIECES or low in _CLITICS) and not (c == "t" and j in evid)):
        # (after a change of case it is a word again: рух|Сіз)
        score = _lp(lex, piece, memo, morph=len(piece) >= MORPH_MIN)
        if len(piece) == 2 and score < SHORT_PIECE_MIN_LP:
            score = -math.inf
    if score > -math.inf and len(low) <= 4 and low[0] not in _VOWELS and low[1] not in _VOWELS \
            and not _count(lex, low):
        score = -math.inf  # a short never-counted piece opening with two consonants (сқо) is list debris
    if score > -math.inf and c == "l" and len(low) <= 4 and not _count(lex, low) and not _parsed(lex, low):
        score = -math.inf  # ... and so is one that no stem of the morphology explains (шолп, қый)
    if score > -math.inf:
        return score, "w"
    if len(piece) >= 4:
        cl = low[-3:] if low[-3:] in _WITH else low[-2:]
        if cl in _CLITICS and len(piece) - len(cl) >= 2:
            stem = piece[:-len(cl)]
            sl = stem.lower()
            if (c != "u" or piece[-len(cl):].isupper()) and harmony_ok(stem, cl) \
                    and sl not in _SUFFIX_PIECES and sl not in _CLITICS:
                slp = _lp(lex, stem, memo, morph=len(stem) >= MORPH_MIN)
                if slp > -math.inf and (len(stem) > 2 or slp >= SHORT_PIECE_MIN_LP):
                    return slp + _lp(lex, cl, memo) + PARTICLE_PEN + GLUE, "p" + str(len(cl))
    if c == "t" and j in evid and (i == n or i in evid):
        return NAME_LP, "n"  # an unknown name between changes of case: a last resort
    return -math.inf, ""


def _render(pieces: Sequence[Tuple[str, str]]) -> str:
    return "".join(j + w for w, j in pieces)


_TOKEN = re.compile(r"[^\W_]+")
_TOKEN4 = re.compile(r"[^\W_]{4,}")  # the _TOKEN tokens of 4+ characters
_DIGIT_GLUE = re.compile(r"(\d+)([^\W\d_]+)")
_CHUNK = re.compile(r"\S+")


def _url_spans(text: str) -> List[Tuple[int, int]]:
    spans = []
    if "@" not in text and "://" not in text and "www." not in text.lower():
        return spans
    for m in _CHUNK.finditer(text):
        s = m.group()
        if "@" in s or "://" in s or "www." in s.lower():
            spans.append((m.start(), m.end()))
    return spans


def _in_spans(pos: int, spans: List[Tuple[int, int]], k: int) -> Tuple[bool, int]:
    while k < len(spans) and spans[k][1] <= pos:
        k += 1
    return (k < len(spans) and spans[k][0] <= pos < spans[k][1]), k


def _is_cyrillic_word(tok: str) -> bool:
    if not tok:
        return False
    for ch in tok:
        if ch not in CYRILLIC:
            return False
    return True


def _domainish(text: str, start: int, end: int) -> bool:
    """Part of a file name, domain, hashtag or identifier (site.kz, #тег, a_b)."""
    prev = text[start - 1] if start > 0 else " "
    nxt = text[end] if end < len(text) else " "
    if prev in "@#/\\_&=%$":
        return True
    if prev == "." and start >= 2 and text[start - 2].isalnum():
        return True
    if nxt in "@/\\_":
        return True
    if nxt == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return True
    return False


_MISSING = object()


def _compound_heads(lex) -> Optional[frozenset]:
    """First parts of the lexicon's hyphenated compounds (a cheap filter before compound())."""
    cache = _cache(lex, 1)
    heads = cache.get("\0heads")  # type: ignore[assignment]
    if heads is None:
        comps = getattr(lex, "compounds", None)
        try:
            heads = frozenset(c.rsplit("-", 1)[0] for c in comps) if comps is not None else frozenset()
        except Exception:
            heads = frozenset()
        cache["\0heads"] = heads  # type: ignore[assignment]
    return heads or None


def _compound_at(word: str, lex, positions) -> Optional[int]:
    """First position p where ``word[:p]-word[p:]`` is a known compound."""
    heads = _compound_heads(lex)
    low = word.lower()
    for p in positions:
        if p < 2 or len(word) - p < 2:
            continue
        if heads is not None and low[:p] not in heads:
            continue
        if _is_compound(lex, word[:p], word[p:]):
            return p
    return None


def _hyphen_for_uncounted(tok: str, lex) -> Optional[str]:
    """A known word never seen in running text whose hyphenated form is a known, more
    frequent compound (азықтүлік -> азық-түлік): the hyphen was lost."""
    if _count(lex, tok):
        return None
    p = _compound_at(tok, lex, range(2, len(tok) - 1))
    if p is None:
        # never counted glued, yet the corpora write its two parts apart often (ауылшаруашылығы), the
        # second maybe with an ending more (ауылшаруашылығындағы: ауыл шаруашылығы)
        best, cut = 0, None
        for i in range(3, len(tok) - 2):
            c = max((_pair_count(lex, tok[:i], tok[i:len(tok) - k]) for k in range(0, min(6, len(tok) - i - 3))), default=0)
            if c > best and (c < PAIR_STRONG or _safe(lex.known, tok[i:])):
                best, cut = c, i
        if cut is not None and best >= PAIR_STRONG:
            a, b = _casing(tok[:cut]), _casing(tok[cut:])
            if a != "x" and b in ("l", a):
                return tok[:cut] + " " + tok[cut:]
        return None
    if _spaced(lex, tok[:p], tok[p:]):
        # a never-counted web-list form whose parts the corpora write apart (тұрғынүй: тұрғын үй)
        a, b = _casing(tok[:p]), _casing(tok[p:])
        return tok[:p] + " " + tok[p:] if a != "x" and b in ("l", a) else None
    hyph = tok[:p] + "-" + tok[p:]
    a, b = _casing(tok[:p]), _casing(tok[p:])
    if a == "x" or b not in ("l", a) or _lp(lex, hyph, {}) <= _lp(lex, tok, {}):
        return None
    return hyph


def _known_slip(w: str, lex) -> bool:
    """Is a known word one similar-letter slip (``chars.SIMILAR``: ы/і, н/ң, а/о ...) away from ``w``?"""
    for i, ch in enumerate(w):
        for alt in SIMILAR_ALT.get(ch, ()):
            if _safe(lex.known, w[:i] + alt + w[i + 1:]):
                return True
    return False


def _decide_segment(tok: str, lex, initial: bool = False) -> Optional[str]:
    if len(tok) > MAX_RUN + 12:
        return None
    if tok[0].isdigit():
        m = _DIGIT_GLUE.fullmatch(tok)
        if not m:
            return None
        digits, letters = m.groups()
        if not _is_cyrillic_word(letters) or len(letters) < 3 or _casing(letters) == "x":
            return None
        if letters.lower() in _NUMBER_SUFFIXES or not _safe(lex.known, letters):
            return None
        return digits + " " + letters
    if not _is_cyrillic_word(tok):
        # a Roman numeral glued to a word: XXғасырда -> XX ғасырда
        m = re.match(r"[IVXLC]{2,7}", tok)
        if m and m.end() < len(tok) and _is_cyrillic_word(tok[m.end():]) and tok[m.end()].islower():
            rest = tok[m.end():]
            if _safe(lex.known, rest):
                return tok[:m.end()] + " " + rest
            sub = split_word(rest, lex)
            if sub:
                return tok[:m.end()] + " " + _render(sub)
        return None
    counted = _counted(lex)
    if counted is not None and tok.lower() in counted:
        return None  # speed only: known and counted, so (foreign or not) _hyphen_for_uncounted says None
    if len(tok) < 4 or _foreign(lex, tok):
        return None
    if _safe(lex.known, tok):
        return _hyphen_for_uncounted(tok, lex)
    pieces = split_word(tok, lex, initial=initial)
    if pieces and tok.islower() and any(j == " " for _w, j in pieces):
        # a lower-case run with a rare piece that is a known word once Kazakh letters are put back is a
        # word typed on a Russian layout, not two words: магазиніне (магазиніңе), not магазині|не;
        # медбикелерине (медбикелеріне), not медбикелер|ине; and with a piece (all but) never counted, one
        # a similar-letter slip away from a known word is a misspelt word: үйықтадым (ұйықтадым), not
        # үй|ықтадым.  Left to the keyboard and typo steps.  (A listed compound or a paired word keeps its
        # hyphen: баржоғын, бар-жоғын.)
        rare = min(_count(lex, w) for w, _j in pieces)
        if rare < KEYBOARD_RARE_PIECE:
            if keyboard_candidates(tok, lex) or (rare < SLIP_RARE_PIECE and _known_slip(tok, lex)):
                pieces = None
    if not pieces:
        # an unknown word (a name) glued to a conjunction or postposition that never ends a word
        low = tok.lower()
        for tail in _FREE_TAILS:
            if low.endswith(tail) and len(tok) - len(tail) >= 3 and _casing(tok[-len(tail):]) in ("l", _casing(tok)):
                head = tok[:-len(tail)]
                if _casing(head) != "x":
                    return head + " " + tok[-len(tail):]
        return None
    if any(j == " " for _w, j in pieces) and _safe(getattr(lex, "doubtful", None) or (lambda w: False), tok) \
            and not (len(pieces) == 2 and _spaced(lex, pieces[0][0], pieces[1][0])) \
            and not all(_pair_count(lex, a, b) >= PAIR_STRONG for (a, _), (b, j) in zip(pieces, pieces[1:]) if j == " "):
        return None  # (unless the corpora often write the pieces apart: жылсайын, жыл сайын)  # dropped from the lexicon as two words written together, yet maybe a real compound
    if len(pieces) == 2 and particle_split(tok, lex) is not None:
        return None  # a word + a glued particle (аударумен|де, not аудару|менде): the particle step's
    # a piece that is itself a never-counted compound gets its hyphen or space (дәл|осы|тұрғынүй)
    pieces = [(_hyphen_for_uncounted(w, lex) or w, j) if len(w) >= 5 else (w, j) for w, j in pieces]
    return _render(pieces)


def _none_initially(tok: str, lex, cache) -> bool:
    """The verdict for ``tok`` at the start of a sentence is also "leave it" (worked out and remembered
    if not known yet); only a capitalised word can differ there."""
    if not (tok[0].isupper() and tok[1:2].islower()):
        return True
    key = "\1" + tok
    rep = cache.get(key, _MISSING)
    if rep is _MISSING:
        try:
            rep = _decide_segment(tok, lex, True)
        except Exception:
            rep = None
        cache[key] = rep
    return rep is None


_OPENERS = frozenset(" \t\u00a0«\"“„'‘([–—-")
_SENTENCE_END = frozenset(".!?…\n")


def _starts_sentence(text: str, i: int) -> bool:
    """Nothing but opening quotes, brackets, dashes and spaces stands between ``i`` and the start of
    the text or the end of a sentence."""
    j = i - 1
    while j >= 0 and text[j] in _OPENERS:
        j -= 1
    return j < 0 or (text[j] in _SENTENCE_END and j < i - 1)


@register("segment", doc="split run-together words; restore lost compound hyphens (бірбірін -> бір-бірін)",
          needs_lexicon=True)
def segment(text: str, ctx) -> List[Edit]:
    edits: List[Edit] = []
    lex = ctx.lexicon
    # whitespace-separated chunks whose _TOKEN4 tokens are all settled (no token crosses white space)
    settled_chunks = _settled(lex, 3)
    chunks = _split(text)
    if settled_chunks.issuperset(chunks):
        return edits
    settled = _settled(lex, 1)
    toks = _tokens4(text)
    if settled.issuperset(toks):
        settled_chunks.update(chunks)
        return edits
    cache = _cache(lex, 1)
    # fast path (speed only): every token of 4+ characters was decided before as "leave it" (a capitalised
    # one also as a sentence start)
    if not any(map(cache.get, toks, repeat(_MISSING))) and \
            all(cache.get("\1" + t, _MISSING) is None for t in toks if t[0].isupper() and t[1:2].islower()):
        settled.update(toks)
        settled_chunks.update(chunks)
        return edits
    spans = None
    k = 0
    counted = _counted(lex)
    n = len(text)
    pos = 0
    # the tokens not settled as "leave it" wherever they stand (speed only: most are), found in order: a
    # token is a maximal run of [^\W_] (str.isalnum) characters, so the next whole-run occurrence at or
    # after the end of the last one is the next such token
    for tok in [t for t in toks if t not in settled]:
        start = text.find(tok, pos)
        while start >= 0 and ((start > 0 and text[start - 1].isalnum()) or
                              (start + len(tok) < n and text[start + len(tok)].isalnum())):
            start = text.find(tok, start + 1)
        if start < 0:
            break  # (cannot happen: toks are the text's tokens, in order)
        pos = end = start + len(tok)
        # a capitalised word starting a sentence is judged apart: its capital says nothing of a name
        initial = tok[0].isupper() and tok[1:2].islower() and _starts_sentence(text, start)
        key = "\1" + tok if initial else tok
        rep = cache.get(key, _MISSING)
        if rep is None:
            continue  # decided before: leave it
        if rep is _MISSING:
            c0 = tok[0]
            if not (c0 in CYRILLIC or c0.isdigit() or c0 in "IVXLC") or tok.isdigit() or \
                    (counted is not None and tok.lower() in counted):
                # never a candidate, or known and counted (_decide_segment says None wherever it stands)
                cache[key] = None  # remembered for the fast path (the same wherever the token stands)
                settled.add(tok)
                continue
        if spans is None:
            spans = _url_spans(text)
        inside, k = _in_spans(start, spans, k)
        if inside or _domainish(text, start, end):
            continue
        if rep is _MISSING:
            try:
                rep = _decide_segment(tok, lex, initial)
            except Exception:  # a bug in one decision must not break cleaning
                rep = None
            if len(cache) > _CACHE_MAX:
                cache.clear()
            cache[key] = rep
            if rep is None and not initial and _none_initially(tok, lex, cache):
                settled.add(tok)  # "leave it" both inside a sentence and at its start
        if rep and rep != tok:
            if " " in rep and rep[-3:].lower() in _WITH:
                rep = _with_before_next(rep, text, end, lex)
            edits.append(Edit(start, end, rep, "run-together words split"
                              if " " in rep else "compound hyphen restored"))
    return off_line_breaks(text, edits)  # a part of a word broken at a line end is linebreak_hyphen's


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _with_before_next(rep: str, text: str, end: int, lex) -> str:
    """A split run ending in "Xмен" before a word inflected like X: "X мен" (мақсаттары мен қағидаларына)."""
    last = rep.rsplit(" ", 1)[-1]
    m = _NEXT_WORD.match(text, end)
    if m and "-" not in last and len(last) >= 6 and _coordinated(lex, last[:-3], m.group(1)):
        return rep[:-3] + " " + rep[-3:]
    return rep


# --------------------------------------------------------------------------- particles


_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
_ABLATIVE = ("нан", "нен", "дан", "ден", "тан", "тен")
_LOCATIVE = ("да", "де", "та", "те", "ғы", "гі", "қы", "кі")  # a locative, or a -ғы adjective
_CONDITIONAL = ("са", "се")
_INSTRUMENTAL = ("мен", "бен", "пен")
_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
_PLURAL_PX3 = ("лары", "лері", "дары", "дері", "тары", "тері")  # plural + possessive: locative -нда
_PX3_DATIVE = ("ына", "іне")  # 3rd-person possessive + dative after a consonant
_SURNAME = ("ов", "ев", "ёв", "ин", "ова", "ева", "ина", "бек", "бай", "ұлы", "қызы")
GLUED_RATIO = 20  # a counted glued form must be this many times rarer than its stem
FREQUENT_STEM = 3  # corpus count above which a stem is common enough to overrule a never-counted glued form


# personal and demonstrative pronouns take the locative freely (сенде, оларда): never split by counts
_PRONOUN_STEMS = frozenset("мен сен сіз біз ол олар бұл бұлар сол солар осы осылар мына ана сендер сіздер біздер "
                           "өз өзі өзім өзің өзіміз бәрі бәрін бәріміз".split())
SEPARATE_MIN = 2  # "stem да" written separately this often in the clean corpora ...
SEPARATE_RATIO = 3  # ... and this many times more often than the glued form is counted: the particle


def _closed_stem(lex, s: str) -> bool:
    """The morphology says ``s`` takes no further suffix: a word that is never inflected
    (және, тағы, ол) or a listed form already closed by a case ending (басқа, оларға)."""
    try:
        from ..morphology import UNINFLECTED
    except ImportError:  # pragma: no cover
        return False
    if s in UNINFLECTED:
        return True
    m = getattr(lex, "_morph", None)
    try:
        an = m() if m is not None else None
        return bool(an is not None and "n" in an.stems.get(s, "") and an._closed(s))
    except Exception:
        return False


def _no_locative(stem: str, lex) -> int:
    """How sure is it that ``stem + да/де/та/те`` is not a locative?

    3: the stem takes no suffix at all (a conjunction, a pronoun with an irregular
    locative, a listed form closed by a case ending); 2: the stem ends in a case
    ending that no other case follows (genitive, ablative, locative, -ғы adjective)
    or a conditional; 1: the morphology reads it as a 3rd-person possessive (whose
    locative is -нда) or a converb; 0: no.
    """
    s = stem.lower()
    if _closed_stem(lex, s) or (s.endswith(("нда", "нде")) and s in _pronoun_forms()):
        return 3  # (онда, мұнда: a pronoun already in the locative)
    if s in _NUMERALS:
        return 0  # a numeral takes the locative (жетіде: at seven)
    try:
        analyses = lex.analyze(s)
    except Exception:
        return 0
    if analyses and all(getattr(a, "pos", "") == "v" and tuple(getattr(a, "suffixes", ()) or ())[-1:]
                        in (("са",), ("се",)) for a in analyses):
        return 3  # only a conditional (қалса): it takes no case
    # a word the morphology reads only as a bare stem merely looks inflected (төмен is no instrumental)
    bare = bool(analyses) and all(not tuple(getattr(a, "suffixes", ()) or ()) for a in analyses)
    if len(s) >= 5:
        if not bare and (s.endswith(_GENITIVE) or s.endswith(_ABLATIVE) or s.endswith(_LOCATIVE) or
                         s.endswith(_INSTRUMENTAL) or (len(s) >= 6 and s.endswith(_PLURAL_PX3))):
            return 2
        if s.endswith(_CONDITIONAL) and s[-3] not in _VOWELS:
            return 2
        if len(s) >= 6 and s.endswith(_PX3_DATIVE) and _count(lex, s[:-3]) >= FREQUENT_STEM:
            return 2  # possessive + dative (ауданына): no case follows
        if s.endswith(("уы", "уі")) and any(getattr(a, "pos", "") == "v" and tuple(getattr(a, "suffixes", ()) or ())[-2:]
                                           in (("у", "ы"), ("у", "і")) for a in analyses):
            return 2  # a verbal noun + 3rd-person possessive (құрылуы): its locative is -ында
    if len(s) >= 7 and all(tuple(getattr(a, "suffixes", ()) or ())[-2:-1] in (("ған",), ("ген",), ("қан",), ("кен",))
                           and a.suffixes[-1] in _PLURAL for a in analyses) and analyses:
        return 2  # a participle + plural (келгендер): "those who came" takes a locative hardly ever
    if not analyses and len(s) >= 6 and s.endswith(("ып", "іп")):
        return 2  # a converb the morphology cannot read (a listed form, жиыстырып): it takes no case
    if not analyses and len(s) >= 5 and s.endswith(("сы", "сі")) and s[-3] in _VOWELS \
            and _count(lex, s[:-2]) >= FREQUENT_STEM:
        return 1  # a counted word + 3rd-person possessive the morphology cannot read (елорда|сы): locative -нда
    if analyses and all(getattr(a, "pos", "") == "v" and tuple(getattr(a, "suffixes", ()) or ())[-1:]
                        in (("п",), ("ып",), ("іп",)) for a in analyses):
        return 2  # only a converb (жиыстырып): it takes no case (but a noun may hide: қалып)
    for a in analyses:
        suf = tuple(getattr(a, "suffixes", ()) or ())
        pos = getattr(a, "pos", "")
        if not suf:
            continue
        last = suf[-1]
        if pos == "v" and last in ("п", "ып", "іп", "са", "се"):
            return 1  # a converb or a conditional
        if last in ("ды", "ді", "ты", "ті", "ны", "ні"):
            return 1  # an accusative or a past tense
        if pos == "n" and last in ("ы", "і", "сы", "сі") and len(a.stem) >= 2:
            return 1
        if pos == "n" and last in ("ша", "ше") and len(a.stem) >= 3:
            return 1  # a manner adverb (жазбаша, орысша): a locative only where it names a language
        if pos == "n" and last in ("ға", "ге", "қа", "ке") and len(a.stem) >= 2 and len(suf) == 1:
            return 1  # a dative (өзге, басқа): no locative follows a case
    return 0


def _locative_only(lex, s: str) -> bool:
    """Every reading of ``s`` is a stem + a locative ending (Норвегияда): a second locative never follows."""
    try:
        analyses = lex.analyze(s)
    except Exception:
        return False
    return bool(analyses) and all(tuple(a.suffixes)[-1:] in _LOC_ENDINGS for a in analyses)


_LOC_ENDINGS = frozenset((e,) for e in ("да", "де", "та", "те", "нда", "нде"))


def _past_only(lex, s: str) -> bool:
    """Every reading of ``s`` ends in -ды/-ді/-ты/-ті (a past tense or an accusative)."""
    try:
        analyses = lex.analyze(s)
    except Exception:
        return False
    return bool(analyses) and all(tuple(getattr(a, "suffixes", ()) or ())[-1:] in (("ды",), ("ді",), ("ты",), ("ті",))
                                  for a in analyses)


_CASE_ENDINGS = frozenset(_GENITIVE + _ABLATIVE + _INSTRUMENTAL + ("да", "де", "та", "те", "нда", "нде", "ында",
                                                                     "інде", "нан", "нен", "ынан", "інен"))


def _case_closed(lex, s: str) -> bool:
    """Every reading of ``s`` ends in a locative, ablative, genitive or instrumental (кеңістікте)."""
    try:
        analyses = lex.analyze(s)
    except Exception:
        return False
    return bool(analyses) and all(tuple(getattr(a, "suffixes", ()) or ())[-1:] and
                                  a.suffixes[-1] in _CASE_ENDINGS for a in analyses)


def _nominal_only(lex, s: str) -> bool:
    """Every reading of ``s`` is nominal (no verb stem under it)."""
    try:
        analyses = lex.analyze(s)
    except Exception:
        return False
    return bool(analyses) and all(getattr(a, "pos", "") in ("n", "x") for a in analyses)


def particle_split(word: str, lex, question: bool = False, parallel: bool = False) -> Optional[Tuple[str, str]]:
    """``(stem, particle)`` when ``word`` is a word + a glued particle, else ``None``.

    The glued form must be unknown to the lexicon; or, for да/де/та/те, rarer in
    the corpus than its stem while the stem cannot take a locative ending
    (шаруашылығыда, болсада, депте, тағыда); or, with ``question`` (a question
    mark follows the word), for ма/ме/ба/бе/па/пе, no more frequent than its stem
    (болама? -> бола ма?); with ``parallel`` (the word follows "X да," of a coordination:
    сыртқы да, ішкіде), for да/де/та/те, no more frequent than its stem.
    """
    if len(word) < 4:
        return None
    p = word[-3:] if word[-3:].lower() in ("ғой", "қой") else word[-2:]
    pl = p.lower()
    if pl not in PARTICLES and pl not in ("ғой", "қой"):
        return None
    stem = word[:-len(p)]
    if len(stem) < 2:
        return None
    c = _casing(word)
    if c == "x" or not _is_cyrillic_word(word) or (c == "u" and not p.isupper()):
        return None
    if _foreign(lex, word):
        return None
    sl = stem.lower()
    surname = c == "t" and sl.endswith(_SURNAME)
    if not harmony_ok(stem, pl) and not (surname and sl[-1] == "в" and pl in ("да", "та")):
        return None
    if sl in _SUFFIX_PIECES or (sl in _CLITICS and not question) or not _safe(lex.known, stem):
        return None
    if len(stem) == 2 and _lp(lex, stem, {}) < SHORT_PIECE_MIN_LP:
        return None
    if _safe(lex.known, word):
        if c == "t" and _safe(lex.capitalised, stem):
            return None
        glued, alone = _count(lex, word), _count(lex, stem)
        if question and pl in _QUESTION:
            return (stem, p) if glued <= alone else None
        if pl in ("ба", "бе", "па", "пе") and (c == "l" or (c == "t" and not _safe(lex.capitalised, stem))) \
                and glued < alone and _nominal_only(lex, sl):
            # -ба/-па after a word that is not a verb is neither a negation nor a verbal noun: the
            # question particle (жоқпа).  (-ма/-ме may be a dative after the possessive -м: өзіме.)
            return stem, p
        if pl in ("ма", "ме") and c != "u" and alone >= FREQUENT_STEM and glued * GLUED_RATIO <= alone \
                and (_past_only(lex, sl) or _case_closed(lex, sl)):
            # after a past tense (болды) or a case ending (кеңістікте) -ма is no negation and no dative:
            # the question particle
            return stem, p
        if pl not in ("да", "де", "та", "те"):
            return None
        if parallel and alone >= 1 and glued <= alone and sl not in _PRONOUN_STEMS:
            # "сыртқы да, ішкіде": the second member of an "X да, Y да" coordination lost its space
            return stem, p
        try:
            sep = int(lex.separate_count(stem))
        except Exception:
            sep = 0
        if sep >= SEPARATE_MIN and glued * SEPARATE_RATIO <= sep and sl not in _NUMERALS and sl not in _PRONOUN_STEMS:
            # the clean corpora write "stem да" separately and rarely or never glued (жастар да)
            return stem, p
        sure = _no_locative(stem, lex)
        if sure == 3:
            return (stem, p) if glued < alone else None
        if glued * GLUED_RATIO > alone or not sure or alone < (1 if sure == 2 else FREQUENT_STEM):
            return None
        return stem, p
    if c == "t" and _safe(lex.capitalised, stem) and not surname and \
            (pl not in ("да", "де", "та", "те") or len(sl) < 5 or not (sl.endswith(_GENITIVE + _INSTRUMENTAL)
                                                                       or _name_ablative(lex, sl)
                                                                       or _locative_only(lex, sl))):
        # a place name: Фукусимада is a locative, not "Фукусима да" (names end in -да, -дан too:
        # Канада, Хамадан); only a genitive or instrumental name (Ресейдіңде) takes no locative
        return None
    if pl in ("да", "де", "та", "те") and not surname:
        # a word the morphology cannot analyse (a loanword, a name) may simply lack its
        # locative in the lexicon: шаманизмде is "in shamanism", not "shamanism too"
        try:
            analysed = bool(lex.analyze(stem))
        except Exception:
            analysed = False
        if not analysed and not _no_locative(stem, lex) and not (
                len(sl) >= 5 and sl.endswith(_DATIVE) and _count(lex, sl[:-2]) >= FREQUENT_STEM and len(sl) - 2 >= 3):
            # (a listed dative the morphology cannot read, тарапқа: no locative follows a dative)
            return None
    if TYPO_COST is not None and _slip_in(lex, word, len(stem)) + TYPO_COST >= _lp(lex, stem, {}) + PARTICLE_PEN:
        return None  # one slip in the stem of a counted word (мағыңада: мағынада), left for the typo step
    return stem, p


_DATIVE = ("ға", "ге", "қа", "ке")


def _pronoun_forms() -> frozenset:
    try:
        from ..morphology import _PRONOUNS
        return frozenset(_PRONOUNS)
    except Exception:  # pragma: no cover
        return frozenset()


def _name_ablative(lex, s: str) -> bool:
    """``s`` is a capitalised word + ablative (Торғайдан) or dative (Сәрсенбайға): no locative follows."""
    if s.endswith(_DATIVE) and len(s) >= 6 and _safe(lex.capitalised, s[:-2]):
        return True
    if not s.endswith(_ABLATIVE) or len(s) < 6 or not _safe(lex.capitalised, s[:-3]):
        return False
    try:
        return any(tuple(getattr(a, "suffixes", ()) or ()) == (s[-3:],) for a in lex.analyze(s))
    except Exception:
        return False


_QUESTION = ("ма", "ме", "ба", "бе", "па", "пе")
# a question mark later in the same clause; and the predicative words a question particle follows there
# (Қоныстың бар ма қалғаны?)
_QMARK_LATER = re.compile(r"[^.!?;\n]{0,60}\?")
_PREDICATIVES = frozenset("бар жоқ керек емес екен рас мүмкін дұрыс".split())
# "X да, Y..." (a coordination with a separate particle): Y is where the next one may have lost its space
_PARALLEL = re.compile(r"([^\W\d_]{3,})[ \t\u00a0]+(?:да|де|та|те),[ \t\u00a0]+(?=[^\W\d_]{4})([^\W\d_]+)")
# the last two letters of a word up to harmony and assimilation (сыртқы ~ ішкі, мұсылманша ~ орысша)
_SHAPE = str.maketrans("аәеыіоөұүғгқктдлзсшжнмңрйуп", "AAAIIOOUUKKKKDDDZZSZNNNRJUP")


def _same_shape(a: str, b: str) -> bool:
    return len(a) >= 3 and len(b) >= 3 and a[-2:].lower().translate(_SHAPE) == b[-2:].lower().translate(_SHAPE)


def _PARALLEL_HINT(text: str) -> bool:
    return " да," in text or " де," in text or " та," in text or " те," in text
# after a word: closing quotes/brackets, then the question mark of a question particle
_QMARK_AFTER = re.compile(r"[ \t\u00a0»\"”’')]*\?")


# every spelling of the particles in upper and lower case: t.endswith(_PARTICLE_ENDINGS) is
# t[-2:].lower() in PARTICLES or t[-3:].lower() in ("ғой", "қой") (only Cyrillic letters lower-case to these)
# the endings a glued particle or conjunction leaves on a word (pipeline._feeds: a keyboard or typo fix that
# makes one runs this step again)
GLUED_ENDINGS = PARTICLES + ("ғой", "қой") + _WITH
_PARTICLE_ENDINGS = tuple(sorted({"".join(v) for p in PARTICLES + ("ғой", "қой")
                                  for v in product(*[(c, c.upper()) for c in p])}))


# "Xмен Y": the instrumental X-мен, or "X мен Y" (X and Y) that lost its space.  Three contexts settle it
# (counts in the clean corpora, conjunction to instrumental): a name before a capitalised word that is no
# dative (Англия мен Франция, Әсел мен Назым; 167 to 0), a noun before "Y арасында" (ана мен бала
# арасындағы, "between X and Y"; 39 to 1), and a noun before the same noun form plus a case
# (``with_coordinated``; 163 to 5).
_WITH_CAPITAL = frozenset("АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ")
# the end of "Xмен" and the spaces after it (opening with the literal "ен", which is scanned fast)
_EN_AFTER = re.compile(r"ен(?<=[^\W\d_][мбп]ен)[ \t\u00a0]+")
_WORD_AT = re.compile(r"[^\W\d_]*")
_BETWEEN_NEXT = re.compile(r"[«\"“„]?[^\W\d_]+[»\"”]?[ \t\u00a0]+арасы")  # the next word, then арасы...
# lexicalised adverbs and conjunctions ending in -мен (however, so, first of all) are no "X мен"
_WITH_WORDS = frozenset("дегенмен сонымен осымен онымен алдымен бірмен мұнымен бұнымен шынымен расымен түгелімен толығымен"
                         .split())


def with_split(word: str, lex, name: bool, after: str = "") -> bool:
    """Is the known ``word`` (X + мен/бен/пен) the noun X and the conjunction, given its context:
    ``name`` a capitalised word follows; ``after``, the next word, is inflected like X plus a case
    (``with_coordinated``); else "арасы..." follows the next word?"""
    stem, low = word[:-3], word.lower()
    c = _casing(word)
    if len(stem) < 2 or low in _WITH_WORDS or c not in ("l", "t") or not _is_cyrillic_word(word):
        return False
    sl = stem.lower()
    if sl in _PRONOUN_STEMS or sl in _pronoun_forms() or sl in _SUFFIX_PIECES or _foreign(lex, word):
        return False
    if not _safe(lex.known, stem):
        return False
    if name:
        return c == "t" and _safe(lex.capitalised, stem)
    if after:
        return len(stem) >= 3 and with_coordinated(lex, stem, after)
    return True


_CASES = frozenset({"ACC", "ACC_N", "GEN", "GEN_N", "DAT", "DAT_N", "DAT_A", "ABL", "ABL_N", "LOC", "LOC_N"})
_NOT_MEMBER = frozenset({"VN", "PTCP_PAST", "PTCP_IMPF", "PTCP_FUT", "COLL", "ORD", "GER"})
_PERSON = frozenset({"PX1SG", "PX1PL", "PX2SG", "PX2PL", "PX2SGP", "PX2PLP"})
# nouns that make postpositions (қасына, соңына, үстінде, күніне): "Xмен Y-ға" with these is "with X"
_PLACE_NOUNS = frozenset("алд арт ас аст бас бой жан іш кейін күн қас маң орта соң сырт үй үст шет бүгін".split())


def with_coordinated(lex, x: str, y: str) -> bool:
    """Is "``x``-мен ``y``" rather "``x`` мен ``y``"?  Yes when ``x`` is a noun in the plural or the
    3rd-person possessive and ``y`` the same noun form plus a case ending (тарихы мен этнографиясын,
    құқықтары мен міндеттерінің): the members of a coordination share their inflection and the case
    comes on the last.  ``y`` must not read as a verbal noun or participle (тағдырымен бөлісуі) or as a
    place noun that makes a postposition (көлігімен қасына).  163 to 5 in the clean corpora."""
    try:
        an = lex._morph()
        if an is None:
            return False
        heads = {names for _s, pos, _x, names in an.parses(x.lower())
                 if pos == "n" and ("PL" in names or "PX3" in names) and _PERSON.isdisjoint(names)}
        if not heads:
            return False
        ys = an.parses(y.lower())
        if any(not _NOT_MEMBER.isdisjoint(names) or st in _PLACE_NOUNS for st, _p, _x, names in ys):
            return False
        return any(pos == "n" and len(names) == len(h) + 1 and names[:-1] == h and names[-1] in _CASES
                   for _s, pos, _x, names in ys for h in heads)
    except Exception:
        return False


def _with_edits(text: str, lex) -> List[Edit]:
    """Spaces to insert before the conjunction мен/бен/пен glued to the word before it."""
    edits: List[Edit] = []
    cache = None
    n = len(text)
    for m in _EN_AFTER.finditer(text):
        i, nxt = m.start(), m.end()  # "ен" of "Xмен" starts at i; the next word starts at nxt
        if nxt >= n:
            continue
        end = i + 2
        start = text.rfind(" ", 0, i) + 1
        if not text[start:i].isalpha():
            start = i - 1
            while start > 0 and text[start - 1].isalpha():
                start -= 1
        if end - start < 5 or (start > 0 and text[start - 1] in "-‐"):
            continue
        tok = text[start:end]
        after = _WORD_AT.match(text, nxt).group()
        keys = []
        if tok[0].isupper() and text[nxt] in _WITH_CAPITAL and not after.endswith(_DATIVE):
            # a name before a capitalised word, unless that is a goal in the dative: "Абаймен Семейге
            # жер аударылды" (with Abai to Semey) is as likely as "Абай мен Шәкәрімге" (10 to 2 in the corpora)
            keys.append("\1" + tok)
        if "арасы" in text and _BETWEEN_NEXT.match(text, nxt) and after.lower() not in _CLITICS:
            keys.append("\2" + tok)  # ... or any noun before "Y арасында" (Y no particle: шеңберімен де арасында)
        if len(after) >= 4 and after.islower():
            keys.append("\3" + tok + " " + after)  # ... or before a noun inflected like it
        if not keys:
            continue
        if cache is None:
            cache = _cache(lex, 4)
        ok = False
        for key in keys:
            v = cache.get(key)
            if v is None:
                try:
                    v = with_split(tok, lex, key[0] == "\1", after if key[0] == "\3" else "")
                except Exception:  # a bug in one decision must not break cleaning
                    v = False
                cache[key] = v
            ok = ok or v
        if ok:
            edits.append(Edit(end - 3, end - 3, " ", "conjunction мен/бен/пен written separately"))
    return edits


@register("particle", doc="split glued particles (тағыда -> тағы да) when the glued form is unknown",
          needs_lexicon=True)
def particle(text: str, ctx) -> List[Edit]:
    if "ен" in text:
        with_edits = _with_edits(text, ctx.lexicon)
        if with_edits:
            edits = _particle(text, ctx)
            if edits:
                seen = {e.start for e in with_edits}
                with_edits = sorted(with_edits + [e for e in edits if e.start not in seen], key=lambda e: e.start)
            return off_line_breaks(text, with_edits)
    return _particle(text, ctx)


def _particle(text: str, ctx) -> List[Edit]:
    edits: List[Edit] = []
    lex = ctx.lexicon
    # chunks between white space whose _TOKEN4 tokens are all in `settled` (below)
    settled_chunks = _settled(lex, 4)
    chunks = _split(text)
    hint = "?" in text or _PARALLEL_HINT(text)  # decisions that depend on the context
    if settled_chunks.issuperset(chunks) and not hint:
        return edits
    toks = _tokens4(text)
    settled = _settled(lex, 2)  # tokens that are no candidate, or decided "leave it" when no "?" follows
    if settled.issuperset(toks) and not hint:
        settled_chunks.update(chunks)
        return edits
    # fast path (speed only): the tokens the loop below looks at, all decided before as "leave it"
    cands = [t for t in toks if t.endswith(_PARTICLE_ENDINGS) and t[0] in CYRILLIC]
    if not cands:
        settled.update(toks)
        settled_chunks.update(chunks)
        return edits
    cache: Dict[str, Optional[str]] = _cache(lex, 2)
    if not hint and not any(map(cache.get, cands, repeat(_MISSING))):
        settled.update(toks)  # each is no candidate, or a candidate decided "leave it"
        settled_chunks.update(chunks)
        return edits
    spans = None
    k = 0
    n = len(text)
    # "X да, Yда" with X and Y alike in their ending (сыртқы да, ішкіде): positions of such Y
    parallel_at = {m.start(2) for m in _PARALLEL.finditer(text) if _same_shape(m.group(1), m.group(2)[:-2])} \
        if _PARALLEL_HINT(text) else ()
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if len(tok) < 4 or tok[0] not in CYRILLIC or \
                (tok[-2:].lower() not in PARTICLES and tok[-3:].lower() not in ("ғой", "қой")):
            continue
        if lex is None:
            lex = ctx.lexicon
            cache = _cache(lex, 2)
        s, e = m.start(), m.end()
        question = tok[-2:].lower() in _QUESTION and (
            _QMARK_AFTER.match(text, e) is not None or
            (tok[:-2].lower() in _PREDICATIVES and _QMARK_LATER.match(text, e) is not None))
        parallel = s in parallel_at
        key = tok + "?" if question else (tok + "," if parallel else tok)
        rep = cache.get(key, _MISSING)
        if rep is None:
            continue
        # parts of hyphenated words, URLs and identifiers are left alone
        if (s > 0 and text[s - 1] in "-‐") or (e < n and text[e] in "-‐"):
            continue
        if spans is None:
            spans = _url_spans(text)
        inside, k = _in_spans(s, spans, k)
        if inside or _domainish(text, s, e):
            continue
        if rep is _MISSING:
            try:
                sp = particle_split(tok, lex, question, parallel)
            except Exception:  # a bug in one decision must not break cleaning
                sp = None
            rep = sp[0] + " " + sp[1] if sp else None
            if len(cache) > _CACHE_MAX:
                cache.clear()
            cache[key] = rep
            if rep is None and not question and not parallel:
                settled.add(tok)
        if rep:
            cut = s + rep.index(" ")
            edits.append(Edit(cut, cut, " ", "glued particle written separately"))
    return off_line_breaks(text, edits)  # a part of a word broken at a line end is linebreak_hyphen's


# --------------------------------------------------------------------------- line-break hyphens

_HSPACE = LINEBREAK_SPACES
_BREAK = re.compile("[" + re.escape(LINEBREAK_HYPHENS) + "]")


def _letters_left(text: str, i: int) -> int:
    """Start of the word ending at ``i``; soft hyphens between letters belong to the word
    (this same pass removes them, so a decision must see the word they break)."""
    j = i
    while j > 0:
        ch = text[j - 1]
        if ch.isalpha() or (ch == "\u00ad" and j >= 2 and text[j - 2].isalpha() and j < len(text)
                            and text[j].isalpha()):
            j -= 1
        else:
            break
    return j


def _letters_right(text: str, i: int) -> int:
    """End of the word starting at ``i`` (soft hyphens between letters included)."""
    j = i
    n = len(text)
    while j < n:
        ch = text[j]
        if ch.isalpha() or (ch == "\u00ad" and j > i and j + 1 < n and text[j + 1].isalpha()):
            j += 1
        else:
            break
    return j


def linebreak_decision(left: str, right: str, lex) -> Optional[str]:
    """What ``left-<break>right`` becomes: the joined word, ``left-right``, or ``None`` (leave it).

    KAZAKH_FACTS §7.2: a known compound keeps its hyphen; otherwise a known
    joined form is joined; otherwise a paired word or two capitalised names keep
    the hyphen, and anything else is joined (line-break fragments are usually
    not words).  Latin-script pieces are joined only into a known foreign word.
    """
    if not left or not right:
        return None
    lc, rc = _casing(left), _casing(right)
    if lc == "x" or rc == "x":
        return None
    if rc == "t" and lc == "l":
        return None  # a new sentence or a name on the next line, not a continuation
    if _is_cyrillic_word(left) != _is_cyrillic_word(right):
        return None  # the two halves of one word are in one script (I-\nа is no broken word)
    joined = left + right
    hyph = left + "-" + right
    if _is_compound(lex, left, right):
        return hyph
    if _safe(lex.known, joined) and (not _VOWELS.isdisjoint(joined.lower()) or not _is_cyrillic_word(joined)):
        return joined  # (the list knows vowelless abbreviations, ңг: no word broken at a line end)
    if not _is_cyrillic_word(joined):
        if _safe(lex.is_english, joined) or _safe(lex.is_russian, joined):
            return joined
        return None
    if right.lower() in _CONJUNCTIONS:
        return None  # a hanging hyphen: "орта- және шағын"
    if not any(ch in _VOWELS for ch in left.lower()):
        return None  # an abbreviation before the hyphen (млн- жылдар)
    if _paired(left, right) or (lc == "t" and rc == "t"):
        return hyph
    return joined


@register("linebreak_hyphen",
          doc="rejoin words hyphenated at a line break (прези- дент -> президент); may join two lines",
          needs_lexicon=True)
def linebreak_hyphen(text: str, ctx) -> List[Edit]:
    if _BREAK.search(text) is None:  # none of LINEBREAK_HYPHENS in the text
        return []
    edits = _linebreak_pass(text, ctx)
    # A word broken more than once (колданыс-\nта\xad\nғ-\n ы) is judged break by break, each on the part
    # after it as far as the next break; a break left alone may be joined once its neighbour is (a second
    # run would do it).  So passes repeat on the result until one changes nothing, and their edits, all at
    # breaks the earlier passes left alone, are carried back to this text's offsets.
    for _ in range(8):
        if not edits:
            break
        cur = _apply(text, edits)
        if _BREAK.search(cur) is None:
            break
        more = _linebreak_pass(cur, ctx)
        if not more:
            break
        shift, k, back = 0, 0, []
        for e in more:  # each in text the earlier edits left alone: every earlier edit is before or after it
            while k < len(edits) and edits[k].start + shift + len(edits[k].replacement) <= e.start:
                shift += len(edits[k].replacement) - (edits[k].end - edits[k].start)
                k += 1
            back.append(Edit(e.start - shift, e.end - shift, e.replacement, e.note))
        merged = sorted(edits + back, key=lambda e: (e.start, e.end))
        edits = [e for i, e in enumerate(merged) if i == 0 or e.start >= merged[i - 1].end]
    return edits


def _linebreak_pass(text: str, ctx) -> List[Edit]:
    edits: List[Edit] = []
    lex = None
    cache: Dict[str, object] = {}
    n = len(text)
    last_end = 0
    carry = ""
    carry_at = -1  # where the word joined by the last edit continues
    for m in _BREAK.finditer(text):
        h = m.start()
        if h < last_end or h == 0 or not text[h - 1].isalpha():
            continue
        # the gap: horizontal spaces, at most one newline, horizontal spaces
        g = h + 1
        while g < n and text[g] in _HSPACE:
            g += 1
        newline = False
        if g < n and text[g] == "\n":
            newline = True
            g += 1
            while g < n and text[g] in _HSPACE:
                g += 1
        soft = text[h] == "\u00ad"
        if g == h + 1 and not soft:
            continue  # a plain in-word hyphen (ата-ана): not a line-break artefact
        if g >= n or not text[g].isalpha():
            continue
        if soft and g == h + 1:
            # a soft hyphen inside a word is always removable
            edits.append(Edit(h, h + 1, "", "soft hyphen removed"))
            last_end = h + 1
            continue
        ls = _letters_left(text, h)
        left = text[ls:h].replace("\u00ad", "")
        if ls == carry_at and carry:
            left = carry + left  # a word broken twice: decide on all of it, as a second run would
        right = text[g:_letters_right(text, g)].replace("\u00ad", "")
        if lex is None:
            lex = ctx.lexicon
            cache = _cache(lex, 3)
        key = left + "-" + right
        dec = cache.get(key, _MISSING)
        if dec is _MISSING:
            try:
                dec = linebreak_decision(left, right, lex)
            except Exception:  # a bug in one decision must not break cleaning
                dec = None
            if len(cache) > _CACHE_MAX:
                cache.clear()
            cache[key] = dec
        if dec is None:
            carry = ""
            continue
        rep = "-" if dec == left + "-" + right else ""
        carry = "" if rep else left
        note = ("line-break hyphen: lines rejoined" if newline else "line-break hyphen removed") + \
            (" (compound hyphen kept)" if rep else "")
        edits.append(Edit(h, g, rep, note))
        last_end = g
        carry_at = g
    return edits
