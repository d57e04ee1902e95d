"""The ``typo`` step: correct unknown words to a lexicon form one edit away.

Shorter words and smaller margins in the aggressive profile (the settings: :class:`Config`); candidates found with
symspellpy (:mod:`kaznorm.lexicon.typo_index`), decided in :mod:`kaznorm.steps.typo_model`, only when one
candidate clearly wins; a word typed on a Russian layout with one slip more, by :mod:`kaznorm.steps.typo_layout`
(from four letters).

Left alone: Russian and English words, Latin or mixed-script words, words with digits, anything inside a URL
or e-mail address, protected terms, abbreviations with a full stop, parts of hyphenated words, and names
(capitalised words inside a sentence) unless the lexicon knows the corrected form as a name.  Each edit's
note lists the candidates and why the winner won.
"""
from __future__ import annotations

from typing import Callable, List

from ..core.context import Context
from ..core.edits import NO_EDITS, Edit
from ..core.registry import register
from ..text.language import kazakh_lines_only
from ..text.linebreaks import off_line_breaks, shifted
from ..text.protected import inside, protected_spans
from ..text.tokens import PART, RUNS_BY_LEN, editable_part, letter_runs, sentence_initial, split_chunks, tokens_of
from .quiet_words import MISSING, quiet_counted, settle_quiet, settle_seen, word_memos
from .refeed import RERUNS, makes_work
from .typo_model import AGGRESSIVE, Config, DEFAULTS, slip_test, typo_token
from .word_cache import settled_chunks_test

__all__ = ["Config", "DEFAULTS", "AGGRESSIVE", "typo", "typo_untouched"]


def _abbreviation_dot(text: str, dot: int) -> bool:
    """The full stop at ``dot`` ends an abbreviation: the text goes on in lower case (or a digit)."""
    j = dot + 1
    n = len(text)
    while j < n and text[j] in " \t\u00a0":
        j += 1
    return j < n and (text[j].islower() or text[j].isdigit() or text[j] in ",;:")


def typo_untouched(ctx: Context) -> Callable[[str], bool]:
    """The step's ``untouched`` test (:mod:`kaznorm.core.registry`): ``_typo_line``'s first fast path, a line whose
    white-space chunks are all made of words it settled; in a document, every line (as the step tests them)."""
    return settled_chunks_test(word_memos(ctx, "typo").chunks, ctx)


@register("typo", doc="correct misspelt unknown words to a clearly better lexicon form (symspellpy)",
          needs_lexicon=True, config=Config, profiles={"aggressive": AGGRESSIVE}, reruns=RERUNS, feeds=makes_work,
          quiet_lines=True, untouched=typo_untouched)
def typo(text: str, ctx: Context) -> List[Edit]:
    # (NO_EDITS: nothing proposed, so core.passes may remember the text)
    if not text:
        return NO_EDITS
    if "\n" not in text:
        edits = _typo_line(text, ctx)
    else:  # line by line: a word is judged within its line, and each line takes its own fast path
        edits = []
        settled = word_memos(ctx, "typo").chunks
        a = 0
        for line in text.split("\n"):
            # (_typo_line's first fast path, tested here: most lines of a document pass it, and a call each
            # would cost more than the test)
            if line and not settled.issuperset(line.split()):
                got = _typo_line(line, ctx)
                if got:
                    edits.extend(shifted(got, a))
            a += len(line) + 1
    return kazakh_lines_only(text, off_line_breaks(text, edits), ctx, "typo") if edits else NO_EDITS


def _typo_line(text: str, ctx: Context) -> List[Edit]:
    memos = word_memos(ctx, "typo")  # the settings, lexicon and memos (per word, and typo decisions)
    # fast path: the text's white-space chunks are all made of settled words (one set test, no tokenising; the
    # set is filled only where the word test below runs)
    chunks = split_chunks(text, ctx)
    if memos.chunks.issuperset(chunks):
        return []
    cfg: Config = memos.cfg
    lex, memo, decisions = memos.lex, memos.verdicts, memos.inner
    cut = ctx.min_confidence  # a correction below it would be dropped: decided "leave it" (and remembered so)
    # fast path: a known, counted word is never changed (see below), so a text made only of them is left alone
    counted = memos.counted
    if counted is not None:  # (a rare counted form one slip from a frequent word is still judged: counted_slips)
        counted = quiet_counted(ctx, "typo", counted, slip_test)
    min_len, max_len = cfg.min_len, cfg.max_len
    if cfg.layout_slip and type(cfg.layout_min_len) is int and 1 <= cfg.layout_min_len < min_len:
        min_len = cfg.layout_min_len  # (shorter words are judged by the layout path only: typo_token)
    quiet = None
    # (a min_len that is not a positive int comes only from a user's Config: no fast path then)
    if counted is not None and type(min_len) is int and min_len >= 1:
        words = (RUNS_BY_LEN.get(min_len) or letter_runs(min_len)).findall(text)
        # words (as typed) settled as counted or "leave it" wherever they stand
        quiet = memos.quiet

        def verdict(w: str, initial: bool):
            return typo_token(w, w.lower(), initial, lex, cfg, decisions, cut)

        if quiet.issuperset(words) or settle_quiet(words, quiet, counted, memo, verdict, memos.pending):
            memos.chunks.update(chunks)  # (no word crosses white space)
            return []
    shields = None
    edits: List[Edit] = []
    toks = tokens_of(text, words, quiet) if quiet is not None else None
    if toks is None:
        toks = [(m.start(), m.end(), m.group()) for m in PART.finditer(text)
                if quiet is None or m.group() not in quiet]
    for a, b, w in toks:
        if not min_len <= len(w) <= max_len:
            continue
        lw = w.lower()
        if counted is not None and lw in counted:
            continue
        if shields is None:
            shields = protected_spans(text)
        if not editable_part(text, a, b) or inside(shields, a, b):
            continue
        if b < len(text) and text[b] == "." and _abbreviation_dot(text, b):
            continue  # "әлеум. болмысы": a shortened word, not a typo
        # a hyphenated word: leave known compounds alone
        if (a > 0 and text[a - 1] == "-") or (b < len(text) and text[b] == "-"):
            continue
        initial = not w.islower() and sentence_initial(text, a)  # matters for capitalised words only
        # the rest depends on the word alone (and whether it starts a sentence): remembered
        key = (w, initial)
        v = memo.get(key, MISSING)
        if v is MISSING:
            v = memo[key] = typo_token(w, lw, initial, lex, cfg, decisions, cut)
            settle_seen(w, v, quiet)
        if v is not None:
            edits.append(Edit(a, b, v[0], v[1], v[2]))
    if quiet is not None and quiet.issuperset(words):
        memos.chunks.update(chunks)  # (its words were all settled just now: the first fast path takes it next time)
    return edits
