"""The module-level caches of the word steps (bounded, per lexicon) and the one-text token memo.

Speed only: every decision cached here is a pure function of the token (and its context key) and the
lexicon.  A later stage moves this state into the pipeline context.

``decision_cache(lex, which)``: token -> decision; ``which`` 1 segment, 2 particle, 3 linebreak_hyphen,
4 the мен conjunction in context.
``settled_set(lex, which)``: tokens a step is sure to leave alone wherever they stand; ``which`` 1 segment
tokens, 2 particle tokens, 3 segment white-space chunks, 4 particle white-space chunks.
"""
from __future__ import annotations

from typing import Dict, Optional

from .word_scan import TOKEN4

CACHE_MAX = 50_000
_caches: Dict[int, tuple] = {}  # id(lexicon) -> (lexicon, segment, particle, line-break, мен-in-context caches)

# a cache value meaning "not decided yet" (None means "leave it")
MISSING = object()


def decision_cache(lex, which: int) -> Dict[str, Optional[str]]:
    entry = _caches.get(id(lex))
    if entry is None or entry[0] is not lex:
        if len(_caches) > 8:
            _caches.clear()
        entry = (lex, {}, {}, {}, {})
        _caches[id(lex)] = entry
    d = entry[which]
    if len(d) > CACHE_MAX:
        d.clear()
    return d


# speed only: per lexicon, the tokens segment (1) / particle (2) are sure to leave alone wherever they
# stand, so a line whose tokens are all in the set is skipped with one issuperset
_settled_sets: Dict[int, tuple] = {}


def settled_set(lex, which: int) -> set:
    entry = _settled_sets.get(id(lex))
    if entry is None or entry[0] is not lex:
        if len(_settled_sets) > 8:
            _settled_sets.clear()
        entry = (lex, set(), set(), set(), set())
        _settled_sets[id(lex)] = entry
    d = entry[which]
    if len(d) > CACHE_MAX:
        d.clear()
    return d


_tok4_memo: tuple = (None, None)  # (text, its TOKEN4 tokens): segment and particle usually see the same text


def tokens4(text: str) -> list:
    global _tok4_memo
    memo = _tok4_memo  # one tuple, replaced whole: safe to share between threads
    if memo[0] is text:
        return memo[1]
    toks = TOKEN4.findall(text)
    _tok4_memo = (text, toks)
    return toks
