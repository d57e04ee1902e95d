"""Word spelling steps: ``variants``, ``keyboard`` and ``typo``.

* ``variants`` replaces established variant spellings from a curated table
  (``kaznorm/data_variants.tsv``, shipped inside the package and read with
  ``importlib.resources``): ``Санк Петербург`` -> ``Санкт-Петербург``.
* ``keyboard`` puts back the nine Kazakh letters lost on a Russian layout
  (ә ғ қ ң ө ұ ү һ і typed as а г к н о у х и/ы).  Candidates are generated
  letter by letter, pruned by the lexicon's attested prefixes and, past them,
  by vowel harmony of the suffixes; only forms the lexicon knows survive and
  one must clearly win on frequency.
* ``typo`` corrects unknown words to a lexicon form one edit away (two for long
  words in the aggressive profile), found with symspellpy
  (:mod:`kaznorm.typo_index`), only when one candidate clearly wins.

All three leave alone: Russian and English words, Latin or mixed-script words,
words with digits, anything inside a URL or e-mail address, protected terms,
and names (capitalised words inside a sentence) unless the lexicon knows the
corrected form as a name.  Each edit's note lists the candidates and why the
winner won.
"""
from __future__ import annotations

import bisect
import re
import threading
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from ..chars import SIMILAR
from ..pipeline import Context, Edit, register
from .characters import off_line_breaks

__all__ = ["keyboard_candidates", "load_variants"]

KAZ_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYR = "А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
# a word: Cyrillic letters, parts joined by hyphens; what touches it decides whether we may edit it
WORD = re.compile(rf"[{_CYR}]+(?:-[{_CYR}]+)*")
PART = re.compile(rf"[{_CYR}][{_CYR}]*")  # (not "[...]+": a class first lets the regex engine skip non-letters in C)
# URLs, e-mails, domains: never edited inside
# URLs, e-mails, domains: never edited inside.  Found without backtracking regexes (linear time on
# "....." or "a.a.a.a" runs): a literal start or an "@" / top-level-domain anchor, then a scan outwards.
URL_START = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"«»]+", re.IGNORECASE)
TLD = re.compile(r"\.(?:kz|ru|com|org|net|edu|gov|info|io|uk|de|рф|қаз)(?![\w-])", re.IGNORECASE)
_ADDR_CHARS = frozenset(".-+_")
SENT_END = frozenset(".!?…")
OPENERS = frozenset("«\"'“„([{-–—•*")
QUOTE_OPEN = frozenset("«“„\"")

# what each Russian-layout letter may stand for
KEYBOARD_OPTIONS: Dict[str, Tuple[str, ...]] = {
    "а": ("а", "ә"),
    "г": ("г", "ғ"),
    "к": ("к", "қ"),
    "н": ("н", "ң"),
    "о": ("о", "ө"),
    "у": ("у", "ұ", "ү"),
    "х": ("х", "һ"),
    "и": ("и", "і"),
    "ы": ("ы", "і"),
}
BACK_VOWELS = frozenset("аоұы")
MAX_WORD = 40  # longer letter runs are not words (and would make the candidate search deep)
FRONT_VOWELS = frozenset("әеөүіэ")

# how likely each kind of one-edit difference is as a slip (relative weights for ranking candidates)
EDIT_WEIGHT = {
    "similar": 1.0,
    "transposition": 0.3,
    "missing letter": 0.3,
    "extra letter": 0.3,
    "substitution": 0.05,
    "two edits": 0.02,
    "ending": 0.01,
    "insert-end": 0.01,
    "delete-end": 0.01,
    "other": 0.01,
}


# ---------------------------------------------------------------------------- settings

DEFAULT = {
    # keyboard
    "kb_ratio": 4.0,           # winner's count must be this many times the runner-up's (floor 0.5)
    "kb_uncounted_min_letters": 2,  # a lone never-counted candidate must put back this many letters
                                    # (unless the whole line lost its Kazakh letters)
    "kb_min_count": 0,         # the winner's corpus count must exceed this when it has rivals
    "kb_unique_morph": True,   # a lone candidate known only through the morphology may win
    "kb_degraded_ratio": 1.5,  # unknown word in a line without Kazakh letters: best vs runner-up
    "kb_suspicious_ratio": 5.0,  # known word replaced (degraded lines only) when a restoration is this much more frequent
    "kb_suspicious_min": 3,    # ... and that restoration counted at least this often
    "kb_uncounted_known_min": 10,
    "kb_name_min": 20,         # a capitalised word inside a line with Kazakh letters: the restored name's count  # attested-but-never-counted word: restoration counted this often wins
    # typo
    "typo_min_len": 5,
    "typo_long": 99,           # words this long may use edit distance 2 (default: never)
    "typo_ratio": 10.0,
    "typo_min_count": 3,       # a winner among rivals must be counted at least this often
    "typo_unique_min_count": 1,  # a lone candidate must be counted this often (0: attested is enough);
                                 # a similar-letter slip needs only an attested form, a plain substitution
                                 # or two edits always need a counted one
    "typo_suspicious": True,   # attested-but-never-counted forms next to a very frequent form
    "typo_suspicious_min": 100,  # ... counted at least this often
    "typo_kinds": ("similar", "missing letter", "extra letter", "transposition"),
}
AGGRESSIVE = dict(DEFAULT)
AGGRESSIVE.update({
    "kb_ratio": 3.0,
    "kb_suspicious_ratio": 3.0,
    "kb_suspicious_min": 2,
    "kb_uncounted_known_min": 3,
    "typo_min_len": 4,
    "typo_long": 9,
    "typo_ratio": 4.0,
    "typo_min_count": 1,
    "typo_unique_min_count": 0,
    "typo_suspicious": True,
    "typo_suspicious_min": 100,
    "typo_kinds": ("similar", "missing letter", "extra letter", "transposition", "substitution", "two edits"),
})


def _settings(ctx: Context) -> dict:
    base = AGGRESSIVE if ctx.options.get("aggressive") else DEFAULT
    extra = ctx.options.get("spelling")
    if isinstance(extra, dict):
        base = dict(base)
        base.update(extra)
    return base


# ---------------------------------------------------------------------------- lexicon helpers

def _ask(lex, name: str, word: str, default=False):
    f = getattr(lex, name, None)
    if f is None:
        return default
    try:
        return f(word)
    except Exception:
        return default


def _count(lex, word: str) -> float:
    c = getattr(lex, "count", None)
    if c is not None:
        try:
            return float(c(word))
        except Exception:
            return 0.0
    return float(_ask(lex, "frequency", word, 0.0)) * 1e6


class _WordCache:
    """Per-lexicon memo of per-word decisions (bounded)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.table: Dict[object, Tuple[object, Dict]] = {}

    def get(self, lex) -> Dict:
        hit = self.table.get(id(lex))
        if hit is not None and hit[0] is lex:
            d = hit[1]
            if len(d) > 100_000:
                d.clear()
            return d
        with self.lock:
            if len(self.table) > 8:
                self.table.clear()
            d: Dict = {}
            self.table[id(lex)] = (lex, d)
            return d


_KB_CACHE = _WordCache()
_PREFIX_CACHE = _WordCache()
_COUNTED_CACHE = _WordCache()
_KAZ_RX = re.compile("[" + "".join(sorted(KAZ_LETTERS)) + "]")
_CYR_LOWER_RX = re.compile("[а-яёәғқңөұүһі]+")


_COUNTED_LAST: tuple = (None, None)


def _counted(lex):
    """Frozenset of the lexicon's forms that are known and counted (count > 0), lowercase Cyrillic only;
    None for lexicons other than :class:`kaznorm.lexicon.Lexicon`.

    Speed only: a step skips such a token without asking anything else exactly where its own rules would
    leave a known, counted word alone.  For a token of Cyrillic letters, ``t.lower() in counted`` is the
    same as ``lex.count(t) > 0`` (and implies ``lex.known(t)``)."""
    global _COUNTED_LAST
    last_lex, hit = _COUNTED_LAST
    if last_lex is lex:
        return hit
    from ..lexicon import Lexicon

    if type(lex).count is not Lexicon.count or type(lex).known is not Lexicon.known:
        hit = None
    else:
        d = _COUNTED_CACHE.get(lex)
        hit = d.get("_")
        if hit is None:
            counts, forms = lex._counts, lex._forms
            full = _CYR_LOWER_RX.fullmatch
            hit = d["_"] = frozenset(k for k, v in counts.items() if v > 0 and full(k) and k in forms)
    _COUNTED_LAST = (lex, hit)
    return hit


# a form and its Russian-layout spellings share this key (і may be typed as и or ы)
_SKELETON = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
                           "і": "и", "ы": "и"})


def _deletes(w: str, depth: int) -> set:
    """``w`` and every string made from it by deleting up to ``depth`` letters."""
    out = {w}
    layer = {w}
    for _ in range(depth):
        layer = {x[:i] + x[i + 1:] for x in layer for i in range(len(x))}
        out |= layer
    return out


def _frequent_keys(lex, kind: str, min_count):
    """Per lexicon and threshold, a set describing the forms counted at least ``min_count`` times (speed
    only; None when not applicable): ``"skeleton"``: their :data:`_SKELETON` keys; ``"deletes1"`` /
    ``"deletes2"``: the forms and every string made from one by deleting up to 1 / 2 letters (a word
    within that many edits of such a form shares a key with it, as in symspell's own index)."""
    if type(min_count) not in (int, float) or not min_count > 0 or _counted(lex) is None:
        return None
    d = _COUNTED_CACHE.get(lex)
    key = (kind, min_count)
    hit = d.get(key)
    if hit is None:
        out = set()
        for k, v in lex._counts.items():
            if v >= min_count:
                if kind == "skeleton":
                    out.add(k.translate(_SKELETON))
                else:
                    out |= _deletes(k, 2 if kind == "deletes2" else 1)
        hit = d[key] = frozenset(out)
    return hit


@lru_cache(maxsize=16)
def _runs(n: int):
    """Maximal runs of at least ``n`` Cyrillic letters (the PART tokens of that length).

    Written with the class first, not as a repeat, so that the regex engine skips non-letters in C."""
    return re.compile(rf"[{_CYR}][{_CYR}]{{{n - 1},}}")


_RUNS2 = _runs(2)
_RUNS_BY_LEN = {n: _runs(n) for n in range(1, 9)}


# ---------------------------------------------------------------------------- tokens and context

def _shields(text: str) -> List[Tuple[int, int]]:
    if "." not in text and "@" not in text:
        return []
    # URL_START needs "://" or "www." (any case): the cheap test first (speed only)
    spans = [m.span() for m in URL_START.finditer(text)] if ("://" in text or "www." in text.lower()) else []
    n = len(text)

    def left(i: int) -> int:  # start of the address-like run ending before i
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] in _ADDR_CHARS):
            i -= 1
        return i

    def right(i: int) -> int:  # end of the address-like run starting at i
        while i < n and (text[i].isalnum() or text[i] in _ADDR_CHARS):
            i += 1
        return i

    at = text.find("@")
    while at != -1:
        a, b = left(at), right(at + 1)
        if a < at and "." in text[at + 1:b]:
            spans.append((a, b))
        at = text.find("@", b if b > at else at + 1)
    if "." in text:
        run_start = scanned = -1
        for m in TLD.finditer(text):
            p = m.start()
            i = p
            while i > scanned + 1 and (text[i - 1].isalnum() or text[i - 1] in _ADDR_CHARS):
                i -= 1
            # reached the previous anchor inside one unbroken run: the run started where that one did
            a = run_start if (i == scanned + 1 and scanned >= 0) else i
            run_start, scanned = a, p
            if a < p:
                e = m.end()
                if e < n and text[e] == "/":
                    while e < n and not text[e].isspace() and text[e] not in "<>\"«»":
                        e += 1
                spans.append((a, e))
    spans.sort()
    return spans


def _inside(spans: Sequence[Tuple[int, int]], a: int, b: int) -> bool:
    for s, e in spans:
        if s < b and a < e:
            return True
    return False


def _sentence_initial(text: str, a: int) -> bool:
    i = a - 1
    while i >= 0 and (text[i] in OPENERS or text[i] in " \t\u00a0"):
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] in SENT_END:
        return True
    # right after an opening quote: a quoted sentence starts
    j = a - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j >= 0 and text[j] in QUOTE_OPEN


def _case_class(w: str) -> str:
    if w.islower():
        return "lower"
    if w.isupper():
        return "upper" if len(w) > 1 else "title"
    if w[0].isupper() and w[1:].islower():
        return "title"
    return "mixed"


def _apply_case(model: str, new: str) -> str:
    """Give ``new`` the case pattern of ``model`` (same length: per letter; else title/upper/lower)."""
    if len(model) == len(new):
        return "".join(n.upper() if m.isupper() else n for m, n in zip(model, new))
    cls = _case_class(model)
    if cls == "upper":
        return new.upper()
    if cls == "title":
        return new[:1].upper() + new[1:]
    return new


def _lines(text: str):
    start = 0
    find = text.find
    while True:
        i = find("\n", start)
        if i < 0:
            yield start, len(text)
            return
        yield start, i
        start = i + 1


# ---------------------------------------------------------------------------- keyboard: candidates

class _Prefixes:
    """Prefix tests against the attested forms (the typo index's first-letter buckets, sorted on demand)."""

    def __init__(self, lex):
        from ..typo_index import index_for

        self.index = index_for(lex)

    def has_prefix(self, p: str) -> bool:
        lst = self.index.forms_starting(p[0])
        if not lst:
            return False
        i = bisect.bisect_left(lst, p)
        return i < len(lst) and lst[i].startswith(p)


def _prefixes(lex) -> _Prefixes:
    d = _PREFIX_CACHE.get(lex)
    p = d.get("_")
    if p is None:
        p = d["_"] = _Prefixes(lex)
    return p


def _last_vowel_class(p: str) -> Optional[str]:
    for ch in reversed(p):
        if ch in BACK_VOWELS:
            return "back"
        if ch in FRONT_VOWELS:
            return "front"
    return None


def _suffix_options(ch: str, harmony: Optional[str]) -> Tuple[str, ...]:
    """Options for a letter past the attested prefixes (in the suffixes): harmony decides."""
    if ch == "н":
        return ("н", "ң")
    if harmony == "back":
        return {"к": ("қ",), "г": ("ғ",), "у": ("у", "ұ"), "ы": ("ы",), "и": ("и",)}.get(ch, (ch,))
    if harmony == "front":
        return {"к": ("к",), "г": ("г",), "у": ("у", "ү"), "ы": ("і",), "и": ("і", "и")}.get(ch, (ch,))
    return KEYBOARD_OPTIONS.get(ch, (ch,))


def keyboard_candidates(word: str, lex, *, max_nodes: int = 3000, max_out: int = 64) -> List[str]:
    """Known forms that ``word`` (lowercase) could be with Kazakh letters put back, ``word`` itself excluded.

    Depth-first, left to right: while the prefix built so far starts some attested form every option is
    tried; past that point (inside the suffixes of an inflected form) only the options vowel harmony
    allows.  At most ``max_nodes`` prefixes are expanded and ``max_out`` complete forms checked.
    """
    if not word or len(word) > MAX_WORD or not any(c in KEYBOARD_OPTIONS for c in word):
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
            if p != word and lex.known(p):
                out.append(p)
            return
        ch = word[i]
        if in_lex:
            opts = KEYBOARD_OPTIONS.get(ch, (ch,))
        else:
            opts = _suffix_options(ch, _last_vowel_class(p))
        for c in opts:
            if i == 0 and c == "ң":
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
    """A restored letter past the attested prefixes must agree with the preceding vowels."""
    c = q[-1]
    cls = _last_vowel_class(q[:-1])
    if cls is None:
        return True
    if c in "ғқұ":
        return cls == "back"
    if c in "әөүі":
        return cls == "front"
    return True


# ---------------------------------------------------------------------------- keyboard: decisions

def _restored(typed: str, cand: str) -> int:
    return sum(1 for a, b in zip(typed, cand) if a != b)


def _score(lex, w: str, count: float) -> float:
    """Frequency evidence: the corpus count; a never-counted attested form 0.3, a morphology-only form 0.1."""
    if count > 0:
        return count
    return 0.3 if _ask(lex, "attested", w) else 0.1


def _kb_decide(lw: str, lex, s: dict, *, name_only: bool = False, suspicious: bool = False,
               own: float = 0.0, degraded: bool = True, min_count: Optional[float] = None) -> Tuple[Optional[str], str]:
    """(replacement or None, note) for lowercase ``lw``.

    ``suspicious``: ``lw`` is itself a known (or Russian-looking) word with corpus count ``own``; only a
    far more frequent restoration replaces it.  ``degraded``: the line has no Kazakh letter at all.
    """
    if suspicious:
        # speed only: every candidate has lw's skeleton, and the winner needs a count >= min_count
        skel = _frequent_keys(lex, "skeleton", s["kb_suspicious_min"] if min_count is None else min_count)
        if skel is not None and lw.translate(_SKELETON) not in skel:
            return None, ""
    cache = _KB_CACHE.get(lex)
    cands = cache.get(lw)
    if cands is None:
        found = keyboard_candidates(lw, lex)
        cands = []
        for c in found:
            n = _count(lex, c)
            cands.append((c, n, _score(lex, c, n)))
        cands.sort(key=lambda t: (-t[2], t[0]))
        cache[lw] = cands
    if name_only:
        cands = [t for t in cands if _ask(lex, "capitalised", t[0])]
    if not cands:
        return None, ""
    best, nb, sb = cands[0]
    s2 = cands[1][2] if len(cands) > 1 else 0.0
    note = "keyboard: candidates " + " ".join(f"{c}({int(n)})" for c, n, _ in cands[:5])
    if suspicious:
        if min_count is None:
            min_count = s["kb_suspicious_min"]
        own_score = own if own > 0 else 0.1
        ratio = s["kb_suspicious_ratio"] if own > 0 else 1.0  # never counted: the winner's count decides
        if nb >= min_count and sb >= ratio * own_score and sb >= s["kb_ratio"] * s2 and \
                (degraded or not _slip_beats(lw, lex, best, nb)):
            why = "line typed without Kazakh letters" if degraded else "the typed form is attested but never counted"
            return best, f"{note}; {lw}({int(own)}); {why}; ratio {sb / own_score:.0f}"
        return None, ""
    if len(cands) == 1:
        if nb <= 0 and not _ask(lex, "attested", best) and not s["kb_unique_morph"]:
            return None, ""
        if nb <= 0 and not degraded and _restored(lw, best) < s["kb_uncounted_min_letters"]:
            return None, ""  # one letter put back, into a form never counted, in a line with Kazakh letters
        if not degraded and _slip_beats(lw, lex, best, nb):
            return None, ""
        return best, f"{note}; only candidate"
    if degraded:
        # the typed form is certainly wrong: the best restoration only has to beat the others
        if sb >= s["kb_degraded_ratio"] * s2:
            return best, f"{note}; line typed without Kazakh letters; ratio {sb / s2:.1f}"
        return None, ""
    if nb > s["kb_min_count"] and sb >= s["kb_ratio"] * s2 and not _slip_beats(lw, lex, best, nb):
        return best, f"{note}; ratio {sb / s2:.0f}"
    return None, ""


def _slip_beats(lw: str, lex, best: str, nb: float) -> bool:
    """In a line typed with Kazakh letters, a counted word one similar-letter slip from ``lw`` (боліп: болып)
    more frequent than the keyboard restoration ``best`` (бөліп): the word is a typo, left to the typo step."""
    from ..typo_index import index_for

    try:
        hits = index_for(lex).lookup(lw, 1)
    except Exception:
        return False
    return any(dist == 1 and term != best and _edit_kind(lw, term) == "similar" and _count(lex, term) > nb
               for term, dist, _w in hits)


@register("keyboard", doc="put back Kazakh letters typed on a Russian layout (қ→к, ң→н, і→и...)", needs_lexicon=True)
def keyboard(text: str, ctx: Context) -> List[Edit]:
    if not text:
        return []
    lex = ctx.lexicon
    s = _settings(ctx)
    shields = None
    counted = _counted(lex)
    runs2 = _RUNS2
    aggressive = s is AGGRESSIVE
    if s is DEFAULT or aggressive:
        # words (as typed) that keyboard leaves alone wherever they stand in a line with Kazakh letters
        memo, quiet, pending, quiet_chunks = _memo_and_quiet(_KB_TOKEN_CACHE, _KB_QUIET, lex, aggressive)
        if counted is None:
            quiet = pending = None
    else:
        memo = quiet = pending = None
    edits: List[Edit] = []
    kaz_search = _KAZ_RX.search
    for ls, le in (_lines(text) if "\n" in text else ((0, len(text)),)):
        line = text[ls:le] if ls or le != len(text) else text
        if not line or line.isspace():
            continue
        degraded_line = kaz_search(line) is None
        # fast path: in a line with Kazakh letters a known, counted word is never changed (see below),
        # nor a word already decided "leave it" wherever it stands
        skip = counted if (counted is not None and not degraded_line) else None
        if skip is not None:
            if quiet is not None:
                # the line's white-space chunks are all made of settled words (one set test, no tokenising)
                chunks = _split(line) if line is text else line.split()
                if quiet_chunks.issuperset(chunks):
                    continue
            words = runs2.findall(line)
            if quiet is not None:
                if quiet.issuperset(words) or _settle_quiet(words, quiet, skip, memo, aggressive, _kb_token,
                                                            lex, s, pending):
                    quiet_chunks.update(chunks)  # (no word crosses white space)
                    continue
            else:
                if skip.issuperset(map(str.lower, words)):
                    continue
                if memo is not None and _all_left_alone([w for w in words if w.lower() not in skip], memo,
                                                        aggressive):
                    continue
        if not degraded_line:
            # a line with Kazakh letters: each word is decided on its own (the same rules as the loops
            # below, which need the whole line only when it has no Kazakh letter), and remembered
            toks = _tokens_of(line, words, quiet) if quiet is not None else None
            if toks is None:
                toks = [(m.start(), m.end(), m.group()) for m in PART.finditer(line)
                        if quiet is None or m.group() not in quiet]
            for a, b, w in toks:
                if len(w) < 2 or (skip is not None and w.lower() in skip):
                    continue
                a += ls
                b += ls
                if not _editable_part(text, a, b):
                    continue
                if shields is None:
                    shields = _shields(text)
                if _inside(shields, a, b):
                    continue
                initial = not w.islower() and _sentence_initial(text, a)  # matters for capitalised words only
                key = (w, initial, aggressive)
                v = memo.get(key, _NO) if memo is not None else _NO
                if v is _NO:
                    v = _kb_token(w, initial, lex, s)
                    if memo is not None:
                        memo[key] = v
                if v is not None:
                    edits.append(Edit(a, b, v[0], v[1]))
            continue
        if shields is None:
            shields = _shields(text)
        toks = []  # (start, end, word, case, initial)
        for m in PART.finditer(line):
            w = m.group()
            if len(w) < 2 or (skip is not None and w.lower() in skip):
                continue
            a, b = m.start() + ls, m.end() + ls
            if not _editable_part(text, a, b) or _inside(shields, a, b):
                continue
            toks.append((a, b, w, _case_class(w), _sentence_initial(text, a)))
        if not toks:
            continue
        plans = []  # (start, end, word, case, initial, status) status: known / unknown / foreign
        for a, b, w, cls, initial in toks:
            if cls == "mixed" or not _has_option(w):
                continue
            lw = w.lower()
            if _ask(lex, "is_protected", w):
                continue
            if lex.known(lw):
                status = "known"
            elif _ask(lex, "is_russian", lw) or _ask(lex, "is_english", lw):
                status = "foreign"
            else:
                status = "unknown"
            plans.append((a, b, w, cls, initial, status))
        # unknown words first: their restorations are the evidence that the line was typed on a Russian layout
        decided = {}
        restorable = foreign_restorable = plain_foreign = 0
        for a, b, w, cls, initial, status in plans:
            lw = w.lower()
            common = cls == "lower" or (cls == "title" and initial)
            if status == "unknown":
                name_only = not common and not degraded_line
                rep, note = _kb_decide(lw, lex, s, name_only=name_only, degraded=degraded_line)
                if rep is not None and name_only and _count(lex, rep) < s["kb_name_min"]:
                    # a name in a line that has Kazakh letters keeps its (often official, Russian-form)
                    # spelling unless the restored name is a common one (Казакстан -> Қазақстан)
                    rep = None
                if rep is not None:
                    restorable += 1
                    decided[a] = (rep, note)
            elif status == "foreign":
                rep = None
                if degraded_line:
                    # a Russian-looking word in a line without Kazakh letters (кала, коп, ари): a Kazakh word
                    # when its restoration is common
                    rep, note = _kb_decide(lw, lex, s, suspicious=True, own=0.0, min_count=s["kb_suspicious_min"])
                if rep is not None:
                    foreign_restorable += 1
                    decided[a] = (rep, note.replace("never counted", "a Russian/English word"))
                else:
                    plain_foreign += 1
        degraded = (degraded_line and (restorable >= 1 or foreign_restorable >= 2)
                    and restorable + foreign_restorable > plain_foreign and plain_foreign * 2 < len(toks))
        for a, b, w, cls, initial, status in plans:
            lw = w.lower()
            common = cls == "lower" or (cls == "title" and initial)
            if status == "known":
                if not common and not (degraded and cls == "upper"):
                    continue
                own = _count(lex, lw)
                if degraded:
                    rep, note = _kb_decide(lw, lex, s, suspicious=True, own=own)
                elif own <= 0 and cls == "lower" and _ask(lex, "attested", lw):
                    # a form only the raw word list has (never counted): a far better counted restoration
                    # is evidence that the list took a keyboard-degraded spelling
                    rep, note = _kb_decide(lw, lex, s, suspicious=True, own=own, degraded=False,
                                           min_count=s["kb_uncounted_known_min"])
                else:
                    continue
                if rep is None:
                    continue
            else:
                got = decided.get(a)
                if got is None:
                    continue
                rep, note = got
                if status == "foreign" and not degraded:
                    continue
                if not common:
                    # a capitalised word inside a sentence (a name) or in capitals (an abbreviation): restored
                    # only when the whole line lost its Kazakh letters, or to a form the lexicon knows as a name
                    if degraded:
                        note += "; line typed without Kazakh letters"
                    elif cls == "title":
                        note += "; known name"
                    else:
                        continue
            edits.append(Edit(a, b, _apply_case(w, rep), note))
    return off_line_breaks(text, edits)


_KB_TOKEN_CACHE = _WordCache()
_NO = object()
_KB_QUIET = _WordCache()
_TYPO_QUIET = _WordCache()


def _quiet_set(cache: _WordCache, lex, aggressive: bool) -> Tuple[set, set, set]:
    """Per lexicon and profile: the words (as typed) a step has settled as "left alone wherever they stand"
    (their lowercase form is counted, or their per-word verdict is ``None`` for every position), the
    words met unsettled so far, and the white-space chunks (``str.split()`` items) whose step words are
    all settled so (speed only; bounded)."""
    d = cache.get(lex)
    q = d.get(aggressive)
    if q is None or len(q[0]) > 200_000:
        q = d[aggressive] = (set(), set(), set())
    elif len(q[2]) > 200_000:
        q[2].clear()
    return q


_MQ_LAST: Dict[object, tuple] = {}


def _memo_and_quiet(memo_cache: _WordCache, quiet_cache: _WordCache, lex, aggressive: bool):
    """(per-word verdict memo, quiet set, pending set, quiet chunk set) of a step for ``lex``: the last
    answer per step and profile is kept, so the common call costs one dict lookup (the bounds are still
    applied)."""
    key = (id(memo_cache), aggressive)
    hit = _MQ_LAST.get(key)
    if (hit is not None and hit[0] is lex and len(hit[1]) <= 100_000 and len(hit[2]) <= 200_000
            and len(hit[4]) <= 200_000):
        return hit[1:]
    memo = memo_cache.get(lex)
    quiet, pending, chunks = _quiet_set(quiet_cache, lex, aggressive)
    _MQ_LAST[key] = (lex, memo, quiet, pending, chunks)
    return memo, quiet, pending, chunks


_LAST_SPLIT: tuple = ("", [])


def _split(text: str) -> List[str]:
    """``text.split()``; the last answer is kept, so ``typo`` reuses what ``keyboard`` split when the steps
    between them left the text (the same string object) alone.  Speed only: not a result cache."""
    global _LAST_SPLIT
    last = _LAST_SPLIT
    if last[0] is text:
        return last[1]
    chunks = text.split()
    _LAST_SPLIT = (text, chunks)
    return chunks


_CYR_CHARS = frozenset(chr(c) for c in range(0x410, 0x450)) | frozenset("ЁёӘәҒғҚқҢңӨөҰұҮүҺһІі")  # PART's letters
_CYR_RUN = re.compile(rf"[{_CYR}]*")


def _tokens_of(text: str, words, quiet: set, limit: int = 8):
    """(start, end, word) of every PART token of ``text`` that is one of ``words`` and not in ``quiet``, in
    text order: the only tokens a step has to look at when the rest are settled.  None when more than
    ``limit`` distinct words are left (then the caller scans every token; this keeps the work linear)."""
    left = set(words)
    left.difference_update(quiet)
    if len(left) > limit:
        return None
    out = []
    n = len(text)
    find = text.find
    cyr = _CYR_CHARS
    run_end = _CYR_RUN.match
    for w in left:
        k = len(w)
        i = find(w)
        while i >= 0:
            j = i + k
            if (i == 0 or text[i - 1] not in cyr) and (j == n or text[j] not in cyr):
                out.append((i, j, w))
                i = find(w, j)
            else:
                # inside a longer run of letters: no token starts before that run ends
                i = find(w, run_end(text, i).end())
    out.sort()
    return out


def _settle_quiet(words, quiet: set, counted, memo: Dict, aggressive: bool, verdict, lex, s: dict,
                  pending: set) -> bool:
    """True when every word is counted (lowercased) or has the per-word verdict "leave it" (``None``) for
    any position it may stand in; the words found so are added to ``quiet``.  A verdict not remembered yet
    is worked out here (``verdict(w, initial, lex, s)``, then remembered) for a word met unsettled before:
    a capitalised word seen in one position only is settled on its second line."""
    left = set(words)
    left.difference_update(quiet)
    get = memo.get
    ok = True
    for w in left:
        if w.lower() in counted:
            quiet.add(w)
            continue
        settled = True
        for initial in ((False,) if w.islower() else (False, True)):
            key = (w, initial, aggressive)
            v = get(key, _NO)
            if v is _NO and w in pending:
                v = memo[key] = verdict(w, initial, lex, s)
            if v is not None:  # an edit, or not known yet
                settled = False
                break
        if settled:
            quiet.add(w)
        else:
            ok = False
            if len(pending) > 200_000:
                pending.clear()
            pending.add(w)
    return ok


def _all_left_alone(words, memo: Dict, aggressive: bool) -> bool:
    """Every word has a remembered per-word verdict "leave it" (``None``) for any position it may stand
    in (sentence-initial or not; only a capitalised word's verdict depends on that)."""
    get = memo.get
    for w in words:
        if get((w, False, aggressive), _NO) is not None:
            return False
        if not w.islower() and get((w, True, aggressive), _NO) is not None:
            return False
    return True


def _kb_token(w: str, initial: bool, lex, s: dict) -> Optional[Tuple[str, str]]:
    """(replacement, note) or None for the word ``w`` in a line that has Kazakh letters: what the two
    loops of :func:`keyboard` decide for it there (its line plays no part then)."""
    cls = _case_class(w)
    if cls == "mixed" or not _has_option(w):
        return None
    lw = w.lower()
    if _ask(lex, "is_protected", w):
        return None
    common = cls == "lower" or (cls == "title" and initial)
    if lex.known(lw):
        if not common:
            return None
        own = _count(lex, lw)
        if own <= 0 and cls == "lower" and _ask(lex, "attested", lw):
            rep, note = _kb_decide(lw, lex, s, suspicious=True, own=own, degraded=False,
                                   min_count=s["kb_uncounted_known_min"])
        else:
            return None
        if rep is None:
            return None
    elif _ask(lex, "is_russian", lw) or _ask(lex, "is_english", lw):
        return None
    else:
        name_only = not common
        rep, note = _kb_decide(lw, lex, s, name_only=name_only, degraded=False)
        if rep is not None and name_only and _count(lex, rep) < s["kb_name_min"]:
            rep = None
        if rep is None:
            return None
        if not common:
            if cls == "title":
                note += "; known name"
            else:
                return None
    return _apply_case(w, rep), note


def _has_option(w: str) -> bool:
    return any(c.lower() in KEYBOARD_OPTIONS for c in w)


def _editable_part(text: str, a: int, b: int) -> bool:
    """A part of a (possibly hyphenated) Cyrillic word with nothing but hyphens/letters-of-the-word around."""
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    for ch in (before, after):
        if ch.isdigit() or ch in "_@/\\&=#+" or ch.isalpha():
            return False
    # a suffix after a number (2009-шы, 5-ке): the number decides it, not the lexicon
    if before == "-" and a >= 2 and (text[a - 2].isdigit() or not text[a - 2].isalpha() and text[a - 2] not in " "):
        return False
    if after == "-" and b + 1 < len(text) and text[b + 1].isdigit():
        return False
    if after == "." and b + 1 < len(text) and text[b + 1].isalpha():
        return False
    return True


# ---------------------------------------------------------------------------- typo

_DEGRADE = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"})


def _keyboard_pair(typed: str, cand: str) -> bool:
    """``cand`` differs from ``typed`` only by Kazakh letters that ``typed`` has in their Russian-layout form."""
    return len(typed) == len(cand) and typed.translate(_DEGRADE) == cand.translate(_DEGRADE) and typed != cand

def _edit_kind(a: str, b: str) -> str:
    """Describe a one-edit difference between a (typed) and b (candidate)."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            i = diff[0]
            return "similar" if (a[i], b[i]) in SIMILAR else "substitution"
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


def _abbreviation_dot(text: str, dot: int) -> bool:
    """The full stop at ``dot`` ends an abbreviation: the text goes on in lower case (or a digit)."""
    j = dot + 1
    n = len(text)
    while j < n and text[j] in " \t\u00a0":
        j += 1
    return j < n and (text[j].islower() or text[j].isdigit() or text[j] in ",;:")


_TYPO_CACHE = _WordCache()


def _typo_decide(lw: str, lex, s: dict, *, name_only: bool, suspicious: bool = False,
                 own: float = 0.0, similar_only: bool = False) -> Tuple[Optional[str], str]:
    if s is DEFAULT or s is AGGRESSIVE:
        cache = _TYPO_CACHE.get(lex)
        key = (lw, s is AGGRESSIVE, name_only, suspicious, own, similar_only)
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = _typo_decide_uncached(lw, lex, s, name_only=name_only, suspicious=suspicious,
                                                     own=own, similar_only=similar_only)
        return hit
    return _typo_decide_uncached(lw, lex, s, name_only=name_only, suspicious=suspicious, own=own,
                                 similar_only=similar_only)


def _typo_decide_uncached(lw: str, lex, s: dict, *, name_only: bool, suspicious: bool = False,
                          own: float = 0.0, similar_only: bool = False) -> Tuple[Optional[str], str]:
    from ..typo_index import index_for

    idx = index_for(lex)
    maxd = 2 if len(lw) >= s["typo_long"] else 1
    if suspicious and maxd in (1, 2):
        # speed only: the winner must be within maxd edits and counted >= typo_suspicious_min times
        near = _frequent_keys(lex, f"deletes{maxd}", s["typo_suspicious_min"])
        if near is not None and near.isdisjoint(_deletes(lw, maxd)):
            return None, ""
    try:
        hits = idx.lookup(lw, maxd)
    except Exception:
        return None, ""
    cands = []
    for term, dist, _w in hits:
        if term == lw or dist == 0:
            continue
        if name_only and (not _ask(lex, "capitalised", term) or _count(lex, term) < 1
                          or _keyboard_pair(lw, term)):
            # names: only a counted name, and never a Kazakh-letter restoration (Жаксыбеков is how the
            # name is written in Russian documents)
            continue
        if not name_only and _ask(lex, "capitalised", term):
            continue  # a lowercase word is not "corrected" into a name
        cands.append((term, dist, _count(lex, term)))
    if not cands:
        return None, ""
    dmin = min(d for _, d, _ in cands)
    # noisy channel: the corpus evidence for a candidate times how likely its edit is as a slip
    near = []
    for t, d, n in cands:
        if d != dmin:
            continue
        kind = _edit_kind(lw, t) if d == 1 else "two edits"
        if not name_only and lw[-1] != t[-1] and kind != "similar":
            kind = "ending"  # the ending carries the grammar: only a similar-letter slip may change it
        near.append((t, d, n, kind, _score(lex, t, n) * EDIT_WEIGHT.get(kind, 0.01)))
    near.sort(key=lambda x: (-x[4], x[0]))
    best, d, nb, kind, sb = near[0]
    s2 = near[1][4] if len(near) > 1 else 0.0
    note = "typo: candidates " + " ".join(f"{t}({int(n)}, {k})" for t, _, n, k, _ in near[:5])
    if suspicious:
        if (nb >= s["typo_suspicious_min"] and sb >= 20 * s2 and own <= 0
                and kind in ("similar", "missing letter", "extra letter", "transposition")):
            return best, f"{note}; {lw}({int(own)}) attested but never counted"
        return None, ""
    if kind not in s["typo_kinds"] or (similar_only and kind != "similar"):
        return None, ""
    if name_only and (kind in ("substitution", "two edits") or len(lw) < 6):
        return None, ""  # a name is only corrected by one plain slip, and never a short one
    if len(near) == 1:
        need = 0 if kind == "similar" else 1 if kind in ("substitution", "two edits") else s["typo_unique_min_count"]
        if nb < need or (nb <= 0 and len(lw) < 8):
            return None, ""  # a never-counted form is evidence only for long words
        return best, f"{note}; only candidate at distance {d}"
    if nb >= s["typo_min_count"] and sb >= s["typo_ratio"] * s2:
        return best, f"{note}; weighted ratio {sb / s2:.0f}"
    return None, ""


@register("typo", doc="correct misspelt unknown words to a clearly better lexicon form (symspellpy)",
          needs_lexicon=True)
def typo(text: str, ctx: Context) -> List[Edit]:
    if not text:
        return []
    lex = ctx.lexicon
    s = _settings(ctx)
    # fast path: a known, counted word is never changed (see below), so a text made only of them is left alone
    counted = _counted(lex)
    min_len = s["typo_min_len"]
    aggressive = s is AGGRESSIVE
    if s is DEFAULT or aggressive:
        memo, quiet_, pending, quiet_chunks = _memo_and_quiet(_TYPO_TOKEN_CACHE, _TYPO_QUIET, lex, aggressive)
    else:
        memo = quiet_ = pending = None
    quiet = None
    if counted is not None and type(min_len) is int and min_len >= 1:
        if memo is not None:
            # the text's white-space chunks are all made of settled words (one set test, no tokenising)
            chunks = _split(text)
            if quiet_chunks.issuperset(chunks):
                return []
        words = (_RUNS_BY_LEN.get(min_len) or _runs(min_len)).findall(text)
        if memo is not None:
            # words (as typed) settled as counted or "leave it" wherever they stand
            quiet = quiet_
            if quiet.issuperset(words) or _settle_quiet(words, quiet, counted, memo, aggressive, _typo_verdict,
                                                        lex, s, pending):
                quiet_chunks.update(chunks)  # (no word crosses white space)
                return []
        else:
            if counted.issuperset(map(str.lower, words)):
                return []
    shields = None
    edits: List[Edit] = []
    toks = _tokens_of(text, words, quiet) if quiet is not None else None
    if toks is None:
        toks = [(m.start(), m.end(), m.group()) for m in PART.finditer(text)
                if quiet is None or m.group() not in quiet]
    for a, b, w in toks:
        if not min_len <= len(w) <= MAX_WORD:
            continue
        lw = w.lower()
        if counted is not None and lw in counted:
            continue
        if shields is None:
            shields = _shields(text)
        if not _editable_part(text, a, b) or _inside(shields, a, b):
            continue
        if b < len(text) and text[b] == "." and _abbreviation_dot(text, b):
            continue  # "әлеум. болмысы": a shortened word, not a typo
        # a hyphenated word: leave known compounds alone
        if (a > 0 and text[a - 1] == "-") or (b < len(text) and text[b] == "-"):
            continue
        initial = not w.islower() and _sentence_initial(text, a)  # matters for capitalised words only
        # the rest depends on the word alone (and whether it starts a sentence): remembered
        if memo is not None:
            key = (w, initial, aggressive)
            v = memo.get(key, _NO)
            if v is _NO:
                v = memo[key] = _typo_token(w, lw, initial, lex, s)
        else:
            v = _typo_token(w, lw, initial, lex, s)
        if v is not None:
            edits.append(Edit(a, b, v[0], v[1]))
    return off_line_breaks(text, edits)


_TYPO_TOKEN_CACHE = _WordCache()


def _typo_verdict(w: str, initial: bool, lex, s: dict) -> Optional[Tuple[str, str]]:
    return _typo_token(w, w.lower(), initial, lex, s)


def _typo_token(w: str, lw: str, initial: bool, lex, s: dict) -> Optional[Tuple[str, str]]:
    """(replacement, note) or None for the word ``w`` (``lw`` lowercased) where its position allows a typo fix."""
    cls = _case_class(w)
    if cls in ("mixed", "upper"):
        return None
    if _ask(lex, "is_protected", w):
        return None
    known = lex.known(lw)
    if known:
        if not s["typo_suspicious"] or _count(lex, lw) > 0:
            return None
    elif _ask(lex, "is_russian", lw) or _ask(lex, "is_english", lw):
        return None
    name_only = cls == "title" and not initial
    # a capitalised first word may be a name too: only a similar-letter slip corrects it (default)
    rep, note = _typo_decide(lw, lex, s, name_only=name_only, suspicious=known, own=_count(lex, lw),
                             similar_only=cls == "title" and initial)
    if rep is None and cls == "title" and initial:
        rep, note = _typo_decide(lw, lex, s, name_only=True, suspicious=known, own=_count(lex, lw))
    if rep is None:
        return None
    return _apply_case(w, rep), note


# ---------------------------------------------------------------------------- variants

@lru_cache(maxsize=1)
def load_variants() -> Tuple[Tuple[str, str, bool], ...]:
    """The curated table: (variant, standard, inflectable) rows, longest variant first."""
    from importlib.resources import files

    try:
        raw = (files("kaznorm") / "data_variants.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError, ModuleNotFoundError):
        return ()
    return parse_variants(raw)


def parse_variants(raw: str) -> Tuple[Tuple[str, str, bool], ...]:
    rows = []
    for line in raw.splitlines():
        line = line.strip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            continue
        flags = cols[2].strip() if len(cols) > 2 else ""
        rows.append((cols[0].strip(), cols[1].strip(), "+" in flags))
    rows.sort(key=lambda r: -len(r[0]))
    return tuple(rows)


@lru_cache(maxsize=4)
def _variant_regex(rows: Tuple[Tuple[str, str, bool], ...]):
    if not rows:
        return None, {}, ()
    table = {}
    alts = []
    for variant, standard, infl in rows:
        forms = [(variant, standard), (variant.upper(), standard.upper())]
        if variant[:1].islower():
            forms.append((variant[:1].upper() + variant[1:], standard[:1].upper() + standard[1:]))
        for v, st in forms:
            if v in table:
                continue
            table[v] = (st, infl)
            pat = r"\s+".join(re.escape(x) for x in v.split())
            tail = rf"(?=[{_CYR}]*(?![\w-]))" if infl else r"(?![\w-])"
            alts.append(rf"(?<![\w-]){pat}{tail}")
    anchors = tuple(sorted({v.split()[0] for v in table}))
    return re.compile("|".join(f"({a})" for a in alts)), table, anchors


_VARIANTS_LAST: tuple = (None, None)


def _variants_compiled(rows):
    """``_variant_regex(rows)`` plus one regex for "some anchor occurs", remembered for the last ``rows``
    object (hashing the table for the lru_cache on every call cost more than the search)."""
    global _VARIANTS_LAST
    last_rows, out = _VARIANTS_LAST
    if last_rows is rows:
        return out
    rx, table, anchors = _variant_regex(rows)
    anchor_rx = re.compile("|".join(re.escape(a) for a in sorted(anchors, key=lambda a: (-len(a), a)))) \
        if anchors else None
    # anchors of word characters and hyphens only: no alternative of rx (each opens with (?<![\w-])) can
    # match inside an anchor's occurrence, so the overlapping starts need not be tried
    plain = all(re.fullmatch(r"[\w-]+", a) for a in anchors)
    out = (rx, table, anchors, anchor_rx, plain)
    _VARIANTS_LAST = (rows, out)
    return out


def _variant_matches(rx, anchor_rx, text: str, plain: bool = False):
    """The matches ``rx.finditer(text)`` gives, found faster: every alternative of ``rx`` starts with an
    anchor, so ``rx`` is tried only where an anchor starts (overlapping occurrences included unless the
    anchors are ``plain``, see :func:`_variants_compiled`)."""
    if plain:
        starts = [m.start() for m in anchor_rx.finditer(text)]
    else:
        starts = []
        for m in anchor_rx.finditer(text):
            s, e = m.span()
            starts.append(s)
            starts.extend(q for q in range(s + 1, e) if anchor_rx.match(text, q))
        starts.sort()
    last_end = 0
    for p in starts:
        if p < last_end:
            continue
        m = rx.match(text, p)
        if m is not None:
            yield m
            last_end = m.end() if m.end() > p else p + 1
    return


@register("variants", doc="replace established variant spellings from a curated table (Санк Петербург)",
          needs_lexicon=False)
def variants(text: str, ctx: Context) -> List[Edit]:
    rows = ctx.options.get("variants_table")
    rows = parse_variants(rows) if isinstance(rows, str) else load_variants()
    rx, table, anchors, anchor_rx, plain = _variants_compiled(rows)
    if rx is None or not text or anchor_rx is None or anchor_rx.search(text) is None:
        return []
    shields = None
    edits = []
    for m in _variant_matches(rx, anchor_rx, text, plain):
        a, b = m.span()
        if "\n" in m.group():
            continue
        if shields is None:
            shields = _shields(text)
        if _inside(shields, a, b):
            continue
        key = " ".join(m.group().split())
        hit = table.get(key)
        if hit is None:
            continue
        st, _ = hit
        edits.append(Edit(a, b, st, f"variants: {key!r} is a variant spelling of {st!r}"))
    return off_line_breaks(text, edits)

