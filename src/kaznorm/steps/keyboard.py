"""The ``keyboard`` step: put back the nine Kazakh letters lost on a Russian layout.

ә ғ қ ң ө ұ ү һ і typed as а г к н о у х и/ы.  Candidates come from :mod:`kaznorm.steps.keyboard_model`
(only forms the lexicon knows survive) and one must clearly win on frequency.  A line without any Kazakh
letter is judged as a whole (the restorations of its unknown words are the evidence that it was typed on a
Russian layout); in a line with Kazakh letters each word is decided on its own (:func:`kb_token`) and the
verdict remembered, unless :data:`PARTLY_TYPED_MIN` of its unknown words are explained only as typed on a
Russian layout: the writer's layout lacked some letters (тогіп, окыганбыз), and those words and the line's rare
counted ones get the restorations of a line typed without Kazakh letters (:func:`typed_restoration`).  A
common Russian word in a Kazakh line is restored only to a very common Kazakh word (коп: көп).

Left alone: Russian and English words (but see above), Latin or mixed-script words, words with digits, anything
inside a URL or e-mail address, protected terms, and names (capitalised words inside a sentence) unless the
lexicon knows the corrected form as a name.  Each edit's note lists the candidates and why the winner won.
"""
from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Tuple

from ..core.context import BoundedDict, Context
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from ..kazakh.alphabet import NON_RUSSIAN_LETTERS
from ..kazakh.phonology import VOWELS, is_harmonic
from ..lexicon.queries import ask, corpus_count
from ..text.language import kazakh_lines_only
from ..text.linebreaks import off_line_breaks
from ..text.protected import inside, protected_spans
from ..text.tokens import (PART, RUNS_BY_LEN, apply_case, case_class, editable_part, letter_runs, line_spans,
                           sentence_initial, split_chunks, tokens_of)
from ..text.unicode import char_class
from .keyboard_context import after_converb, auxiliary_restoration, decided_by_way, i_typed_as
from .keyboard_model import AGGRESSIVE, Config, DEFAULTS, has_option, kb_decide, kb_token, slip_test
from .quiet_words import MISSING, quiet_counted, settle_quiet, settle_seen, word_memos
from .refeed import RERUNS, makes_work
from .word_cache import settled_chunks_test

__all__ = ["Config", "DEFAULTS", "AGGRESSIVE", "keyboard", "keyboard_untouched"]

# a letter a Russian layout cannot type: the line was typed with Kazakh letters
_KAZ_RX = re.compile(f"[{char_class(NON_RUSSIAN_LETTERS)}]")


# distinct unknown lower-case words of a line with Kazakh letters, each explained only as typed on a Russian
# layout (or restored anyway), that show the line was typed partly so: one such word is as often a rare word or a loan
PARTLY_TYPED_MIN = 2
TYPED = ("", "", 0.0)  # kb verdict: left alone, but maybe typed on a Russian layout (PARTLY_TYPED_MIN decides)


class AfterConverb(tuple):
    """kb verdict: (replacement, note, confidence) made only right after a converb (тур: тұр after жасап)."""


def typed_restoration(lw: str, lex, cfg: Config = DEFAULTS, memo: Optional[Dict] = None,
                      cut: float = 0.0) -> Optional[Tuple[str, str, float]]:
    """(replacement, note, confidence) that the rules of a line typed without Kazakh letters give the lower-case
    ``lw``: an unknown word's best restoration; a known word counted at most ``counted_slip_max`` times, a far
    commoner restoration (``suspicious``).  None for Russian, English and protected words."""
    if not has_option(lw) or ask(lex, "is_protected", lw):
        return None
    if lex.known(lw):
        own = corpus_count(lex, lw)
        if own > cfg.counted_slip_max:
            return None
        rep, note, conf = kb_decide(lw, lex, cfg, suspicious=True, own=own, memo=memo)
    elif ask(lex, "is_russian", lw) or ask(lex, "is_english", lw):
        return None
    else:
        rep, note, conf = kb_decide(lw, lex, cfg, memo=memo)
    if rep is None or conf < cut:
        return None
    return rep, note, conf


def keyboard_untouched(ctx: Context) -> Callable[[str], bool]:
    """The step's ``untouched`` test (:mod:`kaznorm.core.registry`): its first fast path, a line with Kazakh
    letters whose white-space chunks are all made of words it settled; in a document, every line but blank ones
    (each line is judged on its own, and the same fast path passes it)."""
    kaz = _KAZ_RX.search
    return settled_chunks_test(word_memos(ctx, "keyboard").chunks, ctx, lambda line: kaz(line) is not None)


@register("keyboard", doc="put back Kazakh letters typed on a Russian layout (қ→к, ң→н, і→и...)",
          needs_lexicon=True, config=Config, profiles={"aggressive": AGGRESSIVE}, reruns=RERUNS, feeds=makes_work,
          quiet_lines=True, untouched=keyboard_untouched)
def keyboard(text: str, ctx: Context) -> List[Edit]:
    # (NO_EDITS: nothing proposed, so core.passes may remember the text)
    if not text:
        return NO_EDITS
    # the settings, lexicon and memos: per-word verdicts; the words (as typed) that keyboard leaves alone
    # wherever they stand in a line with Kazakh letters (only with a counted-forms set); each word's candidates
    memos = word_memos(ctx, "keyboard")
    if "\n" not in text and memos.chunks.issuperset(split_chunks(text, ctx)) and _KAZ_RX.search(text) is not None:
        return NO_EDITS  # (the loop's first fast path below, taken before the set-up: most lines take it)
    cfg: Config = memos.cfg
    lex, counted, memo, cands = memos.lex, memos.counted, memos.verdicts, memos.inner
    if counted is not None:
        # (a rare counted form that is a Russian-layout slip of a far commoner word is still judged)
        counted = quiet_counted(ctx, "keyboard", counted, slip_test)
    quiet = memos.quiet if counted is not None else None
    shields = None
    min_len = cfg.min_len
    runs = RUNS_BY_LEN.get(min_len) or letter_runs(max(min_len, 1))

    cut = ctx.min_confidence  # a change below it would be dropped: decided "leave it" (and remembered so)

    def verdict(w: str, initial: bool):
        v = kb_token(w, initial, lex, cfg, cands, cut)
        if v is None and w.islower() and has_option(w) and not lex.known(w) and not ask(lex, "is_russian", w) \
                and not ask(lex, "is_english", w) and not ask(lex, "is_protected", w):
            return TYPED  # maybe typed on a Russian layout: left alone unless other words of its line are too
        if v is None and w.islower() and has_option(w) and lex.known(w):
            aux = auxiliary_restoration(w, lex, cfg)
            if aux is not None and aux[2] >= cut:
                return AfterConverb(aux)  # (a known word, the auxiliary only after a converb)
        return v

    def restorable(w: str) -> bool:
        typed_memo = ctx.cache("keyboard.typed", lambda: BoundedDict(cfg.memo_size))
        got = typed_memo.get(w, MISSING)
        if got is MISSING:
            got = typed_memo[w] = typed_restoration(w, lex, cfg, cands, cut) is not None
        return got

    edits: List[Edit] = []
    kaz_search = _KAZ_RX.search
    for ls, le in (line_spans(text) if "\n" in text else ((0, len(text)),)):
        line = text[ls:le] if ls or le != len(text) else text
        if not line or line.isspace():
            continue
        if kaz_search(line) is not None:
            # a line with Kazakh letters: each word is decided on its own (the same rules as
            # _degraded_line's, which needs the whole line only when it has no Kazakh letter), and remembered.
            # Fast path: a known, counted word is never changed there, nor a word already decided
            # "leave it" wherever it stands
            words = None
            if quiet is not None:
                # the line's white-space chunks are all made of settled words (one set test, no tokenising)
                chunks = split_chunks(line, ctx) if line is text else split_chunks(line)
                if memos.chunks.issuperset(chunks):
                    continue
                words = runs.findall(line)
                if quiet.issuperset(words) or settle_quiet(words, quiet, counted, memo, verdict, memos.pending):
                    memos.chunks.update(chunks)  # (no word crosses white space)
                    continue
            toks = tokens_of(line, words, quiet) if quiet is not None else None
            if toks is None:
                toks = [(m.start(), m.end(), m.group()) for m in PART.finditer(line)
                        if quiet is None or m.group() not in quiet]
            typed, slips = [], set()  # words a Russian layout may explain; unknown words restored anyway
            for a, b, w in toks:
                if len(w) < min_len or (counted is not None and w.lower() in counted):
                    continue
                a += ls
                b += ls
                if not editable_part(text, a, b):
                    continue
                if shields is None:
                    shields = protected_spans(text)
                if inside(shields, a, b):
                    continue
                initial = not w.islower() and sentence_initial(text, a)  # matters for capitalised words only
                key = (w, initial)
                v = memo.get(key, MISSING)
                if v is MISSING:
                    v = memo[key] = verdict(w, initial)
                    settle_seen(w, v, quiet)
                if v is TYPED:
                    typed.append((a, b, w))
                elif v.__class__ is AfterConverb:
                    if after_converb(lex, line, a - ls):
                        edits.append(Edit(a, b, v[0], v[1], v[2]))
                elif v is not None:
                    edits.append(Edit(a, b, v[0], v[1], v[2]))
                    if w.islower():  # (a known word restored too: a counted slip, жаксы, shows the layout)
                        slips.add(w)
            # (distinct words: пыс-пыс; the restorations searched only when the line may qualify: speed)
            sure = typed
            if typed and len({w for _a, _b, w in typed} | slips) >= PARTLY_TYPED_MIN:
                sure = [t for t in typed if restorable(t[2])]  # (the others may still be settled by the line's і)
            shown = {w for _a, _b, w in sure} | slips
            if (sure or len(slips) >= PARTLY_TYPED_MIN) and len(shown) >= PARTLY_TYPED_MIN:
                _partly_typed_line(text, ls, line, typed, lex, cfg, cands, cut, min_len, shields, edits)
            if words is not None and quiet.issuperset(words):
                memos.chunks.update(chunks)  # (its words were all settled just now: the first fast path next time)
            continue
        if shields is None:
            shields = protected_spans(text)
        _degraded_line(text, ls, line, lex, cfg, cands, shields, edits, cut)
    if not edits:
        return NO_EDITS
    return kazakh_lines_only(text, off_line_breaks(text, edits), ctx, "keyboard")


def _partly_typed_line(text: str, ls: int, line: str, typed, lex, cfg: Config, cands, cut: float, min_len: int,
                       shields, edits: List[Edit]) -> None:
    """A line with Kazakh letters where :data:`PARTLY_TYPED_MIN` unknown words are explained only as typed on a
    Russian layout (тогіп, куйып: the writer's layout lacked some letters): those words, and its known lower-case
    words counted at most ``counted_slip_max`` times, get the restorations a line without Kazakh letters gives."""
    note = "; other words of the line typed on a Russian layout too"
    done = {a for a, _b, _w in typed}

    def restored(w: str, memo=cands):
        # not into a word of no vowel (an abbreviation, бгл) nor one of both harmonies when the typed word kept one
        # (жумысшы: жүмысшы): a lone restoration in such a line has no count to vouch for it
        v = typed_restoration(w, lex, cfg, memo, cut)
        if v is None or VOWELS.isdisjoint(v[0]) or (not is_harmonic(v[0]) and is_harmonic(w)):
            return None
        return v

    # how the line types і (as і itself, тогіп; or as и or ы in what it restores): a tie through another way is
    # settled (куйып beside тогіп: құйып)
    way = i_typed_as([(x, x) for x in map(str.lower, PART.findall(line)) if "і" in x] +
                     [(text[e.start:e.end].lower(), e.replacement) for e in edits if ls <= e.start < ls + len(line)])
    for a, b, w in typed:
        v = restored(w)
        if v is None and way is not None:
            v = decided_by_way(w, cands, way, lambda memo: restored(w, memo))
            if v is not None:
                v = (v[0], f"{v[1]}; the line types і as {way}", v[2])
        if v is not None:
            edits.append(Edit(a, b, v[0], v[1] + note, v[2]))
    have = {e.start for e in edits}
    for m in PART.finditer(line):
        w = m.group()
        a, b = m.start() + ls, m.end() + ls
        if a in done or a in have or len(w) < min_len or not w.islower() or not lex.known(w) \
                or not editable_part(text, a, b) or inside(shields, a, b):
            continue
        v = restored(w)
        if v is not None:
            edits.append(Edit(a, b, v[0], v[1] + note, v[2]))
    edits.sort(key=lambda e: e.start)


def _degraded_line(text: str, ls: int, line: str, lex, cfg: Config, cands, shields, edits: List[Edit],
                   cut: float) -> None:
    """The edits for ``line`` (at ``ls`` in ``text``), a line without any Kazakh letter: its unknown words'
    restorations are the evidence that it was typed on a Russian layout (then its known and Russian-looking
    words may be restorations too)."""
    toks = []  # (start, end, word, case, initial)
    for m in PART.finditer(line):
        w = m.group()
        if len(w) < cfg.min_len:
            continue
        a, b = m.start() + ls, m.end() + ls
        if not editable_part(text, a, b) or inside(shields, a, b):
            continue
        toks.append((a, b, w, case_class(w), sentence_initial(text, a)))
    if not toks:
        return
    plans = []  # (start, end, word, case, initial, status) status: known / unknown / foreign
    for a, b, w, cls, initial in toks:
        if cls == "mixed" or not has_option(w):
            continue
        lw = w.lower()
        if ask(lex, "is_protected", w):
            continue
        if lex.known(lw):
            status = "known"
        elif ask(lex, "is_russian", lw) or ask(lex, "is_english", lw):
            status = "foreign"
        else:
            status = "unknown"
        plans.append((a, b, w, cls, initial, status))
    # unknown words first: their restorations are the evidence that the line was typed on a Russian layout
    decided = {}
    restorable = foreign_restorable = plain_foreign = 0
    for a, b, w, cls, initial, status in plans:
        lw = w.lower()
        if status == "unknown":
            rep, note, conf = kb_decide(lw, lex, cfg, memo=cands)
            if rep is not None:
                restorable += 1
                decided[a] = (rep, note, conf)
        elif status == "foreign":
            # a Russian-looking word (кала, коп, ари): a Kazakh word when its restoration is common
            rep, note, conf = kb_decide(lw, lex, cfg, suspicious=True, own=0.0, memo=cands)
            if rep is not None:
                foreign_restorable += 1
                decided[a] = (rep, note.replace("never counted", "a Russian/English word"), conf)
            else:
                plain_foreign += 1
    way = i_typed_as((p[2].lower(), decided[p[0]][0]) for p in plans if p[0] in decided)
    if way is not None:
        # the line types і one way (куйып beside журетин: і as и, so its ы is ы): a tie that the other way made
        # is settled
        for a, _b, w, _cls, _initial, status in plans:
            if status != "unknown" or a in decided:
                continue
            lw = w.lower()
            got = decided_by_way(lw, cands, way, lambda memo: kb_decide(lw, lex, cfg, memo=memo))
            if got is not None and got[0] is not None:
                restorable += 1
                decided[a] = (got[0], f"{got[1]}; the line types і as {way}", got[2])
    degraded = ((restorable >= 1 or foreign_restorable >= 2)
                and restorable + foreign_restorable > plain_foreign and plain_foreign * 2 < len(toks))
    if not degraded:
        # not evidence enough that the line was typed on a Russian layout: each word is decided on its own, by
        # the rules of a line with Kazakh letters
        for a, b, w, cls, initial, status in plans:
            v = kb_token(w, initial, lex, cfg, cands, cut)
            if v is None and status == "known" and cls == "lower" and after_converb(lex, line, a - ls):
                v = auxiliary_restoration(w, lex, cfg)
            if v is not None and v[2] >= cut:
                edits.append(Edit(a, b, v[0], v[1], v[2]))
        return
    for a, b, w, cls, initial, status in plans:
        lw = w.lower()
        common = cls == "lower" or (cls == "title" and initial)
        if status == "known":
            if not common and not (degraded and cls == "upper"):
                continue
            own = corpus_count(lex, lw)
            rep, note, conf = kb_decide(lw, lex, cfg, suspicious=True, own=own, memo=cands)
            if rep is None:
                continue
        else:
            got = decided.get(a)
            if got is None:
                continue
            rep, note, conf = got
            if not common:
                # a capitalised word inside a sentence (a name) or in capitals (an abbreviation): restored
                # because the whole line lost its Kazakh letters
                note += "; line typed without Kazakh letters"
        if conf >= cut:
            edits.append(Edit(a, b, apply_case(w, rep), note, conf))
