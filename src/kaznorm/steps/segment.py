"""The ``segment`` step: run-together words split, lost compound hyphens written back.

An unknown run of letters is split into known words by a Viterbi search
over word log-probabilities (``Жапонияжасмемлекетке`` -> ``Жапония жас
мемлекетке``; the model is ``segment_model``), and a lost compound hyphen is
written back when ``A-B`` is a known compound or a paired/repeated word
(``бірбірін`` -> ``бір-бірін``).  The split is made only when it beats an
unknown-word model by a margin; a change of case inside the run counts as
strong evidence, a capitalised run (a name) needs more.  Digits glued to a
following word are separated (``1991жылы``).

A word is left alone whenever the lexicon knows it (and counts it), when it
is Latin, Russian or English, protected, or part of a URL or an e-mail
address.  Every decision is made per token and remembered (bounded) by the
pipeline (``word_cache``), so a token is looked up once per pipeline; only
unknown tokens reach the search, which is capped (``Config.max_run``,
``Config.max_piece``) so time stays linear in the text.  The settings are
``segment_model.Config`` (re-exported here).
"""
from __future__ import annotations

import re
from itertools import repeat
from typing import Callable, List, Optional, Sequence, Tuple

from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from ..kazakh.alphabet import LETTERS
from ..kazakh.closed_classes import FREE_TAILS, RESPECT_CAPITALISED, WITH
from ..kazakh.errors import SIMILAR_ALT
from ..kazakh.morphotactics import SENTENCE_FINAL
from ..kazakh.numbers import number_suffix_forms
from ..kazakh.suffixes import NUMBER_SUFFIXES, PERSON_ENDINGS
from ..lexicon.folding import fold
from ..lexicon.queries import count, counted_forms, foreign, logprob, pair_count, pair_starts, parses, safe, spaced
from ..text.language import kazakh_lines_only
from ..text.linebreaks import off_line_breaks
from ..text.protected import LineSpans
from ..text.tokens import TOKEN4, casing_of, domainish, is_cyrillic_token, split_chunks
from .keyboard_model import keyboard_candidates
from .particle_model import Config as ParticleConfig, particle_split
from .segment_evidence import compound_at, coordinated
from .segment_confidence import CLOSED, split_confidence
from .segment_model import Config, DEFAULTS, split_word
from .word_cache import MISSING, settled_chunks_test, step_memos, tokens4

__all__ = ["Config", "DEFAULTS", "segment", "split_word", "segment_untouched"]

_DIGIT_GLUE = re.compile(r"(\d+)([^\W\d_]+)")


def _render(pieces: Sequence[Tuple[str, str]]) -> str:
    return "".join(j + w for w, j in pieces)


def _hyphen_for_uncounted(tok: str, lex, cfg: Config) -> Optional[str]:
    """A known word never seen in running text whose hyphenated form is a known, more
    frequent compound (азықтүлік -> азық-түлік): the hyphen was lost."""
    if count(lex, tok):
        return None
    p = compound_at(tok, lex, range(2, len(tok) - 1))
    if p is None:
        # never counted glued, yet the corpora write its two parts apart often (ауылшаруашылығы), the
        # second maybe with an ending more (ауылшаруашылығындағы: ауыл шаруашылығы)
        best, cut = 0, None
        starts = pair_starts(lex)
        # speed only: a word that folds to itself (lower case, no Latin i among Cyrillic) has prefixes that do
        # too, so they are looked up without folding each
        plain = fold(tok) == tok
        for i in range(3, len(tok) - 2):
            if starts is not None and (tok[:i] if plain else fold(tok[:i])) not in starts:
                continue  # speed only: every pair count of tok[:i] is 0
            c = max((pair_count(lex, tok[:i], tok[i:len(tok) - k]) for k in range(0, min(6, len(tok) - i - 3))), default=0)
            if c > best and (c < cfg.pair_strong or safe(lex.known, tok[i:])):
                best, cut = c, i
        if cut is not None and best >= cfg.pair_strong:
            a, b = casing_of(tok[:cut]), casing_of(tok[cut:])
            if a != "x" and b in ("l", a):
                return tok[:cut] + " " + tok[cut:]
        return None
    if spaced(lex, tok[:p], tok[p:]):
        # a never-counted web-list form whose parts the corpora write apart (тұрғынүй: тұрғын үй)
        a, b = casing_of(tok[:p]), casing_of(tok[p:])
        return tok[:p] + " " + tok[p:] if a != "x" and b in ("l", a) else None
    hyph = tok[:p] + "-" + tok[p:]
    a, b = casing_of(tok[:p]), casing_of(tok[p:])
    if a == "x" or b not in ("l", a) or logprob(lex, hyph, {}) <= logprob(lex, tok, {}):
        return None
    return hyph


def _known_slip(w: str, lex) -> bool:
    """Is a known word one similar-letter slip (``chars.SIMILAR``: ы/і, н/ң, а/о ...) away from ``w``?"""
    for i, ch in enumerate(w):
        for alt in SIMILAR_ALT.get(ch, ()):
            if safe(lex.known, w[:i] + alt + w[i + 1:]):
                return True
    return False


def _decide_segment(tok: str, lex, initial: bool, cfg: Config, pcfg: ParticleConfig,
                    cut: float = 0.0) -> Optional[Tuple[str, float, str]]:
    """(what the token ``tok`` becomes, confidence, why) or None to leave it (also for a change less sure than
    ``cut``); ``initial``: it starts a sentence; ``pcfg``: the particle step's settings (a word + a glued
    particle is left to it)."""
    got = _segment_of(tok, lex, initial, cfg, pcfg)
    if got is None:
        return None
    rep, pieces = got
    if pieces is None:
        conf, why = cfg.confidence, ""
    else:
        conf, why = split_confidence(tok, pieces, lex, initial, cfg)
        if why == "written apart in the corpora" and safe(lex.known, tok):
            # the list writes it as one word (ауылшаруашылығы, алуантүрлілігі): the corpora writing its parts
            # apart is no evidence of glue, only of a spelling that varies (the 2023 rules write many solid)
            conf, why = cfg.listed_apart_confidence, "a word the list knows, written apart in the corpora"
    if why == "a capital inside the run":
        rep, why = _sentence_breaks(rep, lex, why)
    return (rep, conf, why) if conf >= cut else None


def _sentence_breaks(rep: str, lex, why: str) -> Tuple[str, str]:
    """A lower-case word that can end a sentence glued to a capitalised one (ыңғайлыӨте, жақсыТіпті): two sentences
    run together, the full stop lost with the space (issue 21): "ыңғайлы. Өте".  Both must be counted words, the
    first no closed-class word and read only bare or with a predicate's ending (a case, a participle or a
    possessive goes on: отырысындаЕңбек, құятынБалақора), the second no name and no "you" capitalised out of
    respect (рухСіз: рух Сіз)."""
    words = rep.split(" ")
    out = words[:1]
    for left, right in zip(words, words[1:]):
        if left.isalpha() and left.islower() and right[:1].isupper() and right[1:].islower() \
                and count(lex, left) and count(lex, right.lower()) and not safe(lex.capitalised, right) \
                and not right.lower().startswith(RESPECT_CAPITALISED) and _ends_sentence(left, lex):
            out[-1] += "."
            why = "a capital inside the run after a word: a sentence break"
        out.append(right)
    return " ".join(out), why


def _ends_sentence(w: str, lex) -> bool:
    readings = parses(lex, w)
    return w not in CLOSED and bool(readings) and all(not suf or names[-1] in SENTENCE_FINAL
                                                      for _s, _p, suf, names in readings)


def _suffix_and_person(digits: str, letters: str) -> bool:
    """``letters`` glued to ``digits`` are a suffix of the number (in its harmony) and a person ending (8|де|мін:
    "I am at eight"), however they read as a word (демін): the number's endings, not a word after it."""
    low = letters.lower()
    return any(low.startswith(f) and low[len(f):] in PERSON_ENDINGS for f in number_suffix_forms(digits) if f)


def _segment_of(tok: str, lex, initial: bool, cfg: Config, pcfg: ParticleConfig):
    """(what ``tok`` becomes, the pieces of a split for :func:`split_confidence` or None) or None."""
    if len(tok) > cfg.max_run + 12:
        return None
    if tok[0].isdigit():
        m = _DIGIT_GLUE.fullmatch(tok)
        if not m:
            return None
        digits, letters = m.groups()
        if not is_cyrillic_token(letters) or len(letters) < 3 or casing_of(letters) == "x":
            return None
        if letters.lower() in NUMBER_SUFFIXES or not safe(lex.known, letters) or _suffix_and_person(digits, letters):
            return None
        return digits + " " + letters, None
    if not is_cyrillic_token(tok):
        # a Roman numeral glued to a word: XXғасырда -> XX ғасырда
        m = re.match(r"[IVXLC]{2,7}", tok)
        if m and m.end() < len(tok) and is_cyrillic_token(tok[m.end():]) and tok[m.end()].islower():
            rest = tok[m.end():]
            if safe(lex.known, rest):
                return tok[:m.end()] + " " + rest, None
            sub = split_word(rest, lex, cfg=cfg)
            if sub:
                return tok[:m.end()] + " " + _render(sub), None
        return None
    counted = counted_forms(lex)
    if counted is not None and tok.lower() in counted:
        return None  # speed only: known and counted, so (foreign or not) _hyphen_for_uncounted says None
    if len(tok) < 4 or foreign(lex, tok):
        return None
    if safe(lex.known, tok):
        rep = _hyphen_for_uncounted(tok, lex, cfg)
        if rep is not None and " " in rep:  # judged like any split (split_confidence)
            return rep, [(w, " ") if i else (w, "") for i, w in enumerate(rep.split(" "))]
        if rep is not None and rep.count("-") == 1:  # (judged too: the corpora may count it solid, мекенжай)
            a, b = rep.split("-")
            return rep, [(a, ""), (b, "")]
        return (rep, None) if rep is not None else None
    pieces = split_word(tok, lex, initial=initial, cfg=cfg)
    if pieces and tok.islower() and any(j == " " for _w, j in pieces):
        # a lower-case run with a rare piece that is a known word once Kazakh letters are put back is a
        # word typed on a Russian layout, not two words: магазиніне (магазиніңе), not магазині|не;
        # медбикелерине (медбикелеріне), not медбикелер|ине; and with a piece (all but) never counted, one
        # a similar-letter slip away from a known word is a misspelt word: үйықтадым (ұйықтадым), not
        # үй|ықтадым.  Left to the keyboard and typo steps.  (A listed compound or a paired word keeps its
        # hyphen: баржоғын, бар-жоғын.)
        rare = min(count(lex, w) for w, _j in pieces)
        if rare < cfg.keyboard_rare_piece:
            if keyboard_candidates(tok, lex) or (rare < cfg.slip_rare_piece and _known_slip(tok, lex)):
                pieces = None
    if not pieces:
        # an unknown word (a name) glued to a conjunction or postposition that never ends a word
        low = tok.lower()
        for tail in FREE_TAILS:
            if low.endswith(tail) and len(tok) - len(tail) >= 3 and casing_of(tok[-len(tail):]) in ("l", casing_of(tok)):
                head = tok[:-len(tail)]
                if casing_of(head) != "x":
                    return head + " " + tok[-len(tail):], None
        return None
    if any(j == " " for _w, j in pieces) and safe(getattr(lex, "doubtful", None) or (lambda w: False), tok) \
            and not (len(pieces) == 2 and spaced(lex, pieces[0][0], pieces[1][0])) \
            and not all(pair_count(lex, a, b) >= cfg.pair_strong
                        for (a, _), (b, j) in zip(pieces, pieces[1:]) if j == " "):
        # dropped from the lexicon as two words written together, yet maybe a real compound (unless the
        # corpora often write the pieces apart: жылсайын, жыл сайын)
        return None
    if len(pieces) == 2 and particle_split(tok, lex, cfg=pcfg) is not None:
        return None  # a word + a glued particle (аударумен|де, not аудару|менде): the particle step's
    # a piece that is itself a never-counted compound gets its hyphen or space (дәл|осы|тұрғынүй)
    judged = list(pieces)
    pieces = [(_hyphen_for_uncounted(w, lex, cfg) or w, j) if len(w) >= 5 else (w, j) for w, j in pieces]
    return _render(pieces), judged


def _none_initially(tok: str, lex, cache, cfg: Config, pcfg: ParticleConfig, cut: float) -> bool:
    """The verdict for ``tok`` at the start of a sentence is also "leave it" (worked out and remembered
    if not known yet); only a capitalised word can differ there."""
    if not (tok[0].isupper() and tok[1:2].islower()):
        return True
    key = "\1" + tok
    rep = cache.get(key, MISSING)
    if rep is MISSING:
        try:
            rep = _decide_segment(tok, lex, True, cfg, pcfg, cut)
        except Exception:
            rep = None
        cache[key] = rep
    return rep is None


_SETTLED_LINES = 20_000  # document lines remembered as settled (speed only; 1 MB holds about 7000)
_OPENERS = frozenset(" \t\u00a0«\"“„'‘([–—-")
_SENTENCE_END = frozenset(".!?…\n")


def _starts_sentence(text: str, i: int) -> bool:
    """Nothing but opening quotes, brackets, dashes and spaces stands between ``i`` and the start of
    the text or the end of a sentence."""
    j = i - 1
    while j >= 0 and text[j] in _OPENERS:
        j -= 1
    return j < 0 or (text[j] in _SENTENCE_END and j < i - 1)


def segment_untouched(ctx) -> Callable[[str], bool]:
    """The step's ``untouched`` test (:mod:`kaznorm.core.registry`): its fast path, a line whose white-space chunks
    it settled; in a document, every line (as the step tests them)."""
    return settled_chunks_test(step_memos(ctx, "segment").settled_chunks, ctx)


@register("segment", doc="split run-together words; restore lost compound hyphens (бірбірін -> бір-бірін)",
          needs_lexicon=True, config=Config, quiet_lines=True, untouched=segment_untouched)
def segment(text: str, ctx) -> List[Edit]:
    edits: List[Edit] = []
    memos = step_memos(ctx, "segment")
    # whitespace-separated chunks whose TOKEN4 tokens are all settled (no token crosses white space)
    settled_chunks = memos.settled_chunks
    spans = LineSpans(text)
    if "\n" not in text:
        chunks = split_chunks(text, ctx)
        if not settled_chunks.issuperset(chunks):
            _segment_line(text, 0, chunks, tokens4(text, ctx), ctx, memos, spans, edits)
    else:  # line by line, each with its own fast paths (a document then costs the sum of its lines); the
        a = 0  # rules still read the whole text (to _starts_sentence a line start is no text start)
        # lines found settled before, skipped with one lookup and no split: the pipeline's second pass over a
        # document (after keyboard or typo fed this step) meets almost all of them again
        settled_lines = ctx.cache("segment.settled_lines", set)
        for line in text.split("\n"):
            if line and line not in settled_lines:
                chunks = line.split()
                if not settled_chunks.issuperset(chunks):
                    _segment_line(text, a, chunks, TOKEN4.findall(line), ctx, memos, spans, edits)
                else:  # (its tokens are all "leave it" wherever they stand: no edit, whatever the memos hold later)
                    if len(settled_lines) >= _SETTLED_LINES:
                        settled_lines.clear()
                    settled_lines.add(line)
            a += len(line) + 1
    if not edits:
        return NO_EDITS  # (nothing proposed: core.passes may remember the text)
    # a part of a word broken at a line end is linebreak_hyphen's; a line in another language is left alone
    return kazakh_lines_only(text, off_line_breaks(text, edits), ctx, "segment")


def _segment_line(text: str, pos: int, chunks, toks: List[str], ctx, memos, spans: LineSpans,
                  edits: List[Edit]) -> None:
    """The edits of the line of ``text`` starting at ``pos`` (its white-space ``chunks`` and TOKEN4 ``toks``, not
    all settled) appended to ``edits``."""
    lex = ctx.lexicon
    settled_chunks = memos.settled_chunks
    settled_toks = memos.settled_tokens
    if settled_toks.issuperset(toks):
        settled_chunks.update(chunks)
        return
    cache = memos.decisions
    # fast path (speed only): every token of 4+ characters was decided before as "leave it" (a capitalised
    # one also as a sentence start)
    if not any(map(cache.get, toks, repeat(MISSING))) and \
            all(cache.get("\1" + t, MISSING) is None for t in toks if t[0].isupper() and t[1:2].islower()):
        settled_toks.update(toks)
        settled_chunks.update(chunks)
        return
    cfg: Config = memos.cfg
    cut = ctx.min_confidence  # a split below it would be dropped: decided "leave it" (and remembered so)
    pcfg: ParticleConfig = ctx.config("particle")  # (a word + a glued particle is left to the particle step)
    counted = counted_forms(lex)
    n = len(text)
    # the tokens not settled as "leave it" wherever they stand (speed only: most are), found in order: a
    # token is a maximal run of [^\W_] (str.isalnum) characters, so the next whole-run occurrence at or
    # after the end of the last one is the next such token
    for tok in [t for t in toks if t not in settled_toks]:
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
        rep = cache.get(key, MISSING)
        if rep is None:
            continue  # decided before: leave it
        if rep is MISSING:
            c0 = tok[0]
            if not (c0 in LETTERS or c0.isdigit() or c0 in "IVXLC") or tok.isdigit() or \
                    (counted is not None and tok.lower() in counted):
                # never a candidate, or known and counted (_decide_segment says None wherever it stands)
                cache[key] = None  # remembered for the fast path (the same wherever the token stands)
                settled_toks.add(tok)
                continue
        if spans.inside(start, end) or domainish(text, start, end):
            continue
        if rep is MISSING:
            try:
                rep = _decide_segment(tok, lex, initial, cfg, pcfg, cut)
            except Exception:  # a bug in one decision must not break cleaning
                rep = None
            cache[key] = rep
            if rep is None and not initial and _none_initially(tok, lex, cache, cfg, pcfg, cut):
                settled_toks.add(tok)  # "leave it" both inside a sentence and at its start
        if rep and rep[0] != tok:
            rep, conf, why = rep
            if " " in rep and rep[-3:].lower() in WITH:
                rep = _with_before_next(rep, text, end, lex)
            note = "run-together words split" if " " in rep else "compound hyphen restored"
            edits.append(Edit(start, end, rep, f"{note}; {why}" if why else note, conf))
    if settled_toks.issuperset(toks):
        settled_chunks.update(chunks)  # (its tokens were all settled just now: the first fast path next time)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _with_before_next(rep: str, text: str, end: int, lex) -> str:
    """A split run ending in "Xмен" before a word inflected like X: "X мен" (мақсаттары мен қағидаларына)."""
    last = rep.rsplit(" ", 1)[-1]
    m = _NEXT_WORD.match(text, end)
    if m and "-" not in last and len(last) >= 6 and coordinated(lex, last[:-3], m.group(1)):
        return rep[:-3] + " " + rep[-3:]
    return rep
