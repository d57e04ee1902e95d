"""The analyser: a Kazakh word as a known stem plus a legal chain of suffixes.

Analysis works right to left: strip a surface that some morpheme can have, undo the stem-edge
changes to get the candidate string the morpheme was attached to, regenerate the suffix from
that string and compare (generate-and-compare, so harmony and assimilation are checked
exactly), then continue with the left part until a known stem of the right part of speech is
reached.  The grammar (../shared/docs/KAZAKH_MORPHOLOGY.md, sections 1-6) lives beside this module:
:mod:`.phonology` (harmony, final classes, stem-edge changes), :mod:`.morphotactics` (the morpheme
table), :mod:`.closed_classes` (pronouns, uninflected words, clitics), :mod:`.surfaces` (the index of
suffix surfaces).

Public interface (kept stable for the lexicon):

    Analysis(stem, pos, suffixes)   # pos: the stem's part of speech; suffixes: surface morphs
    Analyzer(stems)            # {lowercase stem: 'n' nominal | 'v' verb stem | 'x' uninflected}
                               # a stem that is both may carry several letters: {"бар": "nv"}
    Analyzer.analyze(word) -> list[Analysis]
    Analyzer.accepts(word) -> bool   # fast path, memoised per word

Words are expected in lowercase Cyrillic; anything with other characters is rejected.  Stems of
one letter, or without a vowel, are ignored.
"""
from __future__ import annotations

from typing import Mapping, NamedTuple

from .alphabet import LOWER_LETTERS
from .closed_classes import (CLOSED_PRONOUN_SUFFIXES, FROZEN_PX3, HYPHEN_CLITICS, PRONOUN_STEMS, PRONOUNS,
                             UNINFLECTED)
from .morphotactics import AFTER_PX3_ONLY, AUX, CLOSING, FINAL_MORPHEMES, MORPHEMES, PLAIN_CASES
from .phonology import (ALL_V, DEVOICE, DROP_SURFACE, EPENTHESIS_CLUSTERS, EPENTHESIS_NEXT, VOWELS,
                        harmony)
from .surfaces import REV_TRIE, realises

__all__ = ["Analysis", "Analyzer", "MAX_MORPHEMES"]


class Analysis(NamedTuple):
    stem: str
    pos: str
    suffixes: tuple[str, ...]


MAX_MORPHEMES = 8
_POS_OK = frozenset({"n", "v", "x", "nv", "vn", "nx", "xn", "vx", "xv", "nvx"})


class Analyzer:
    """Analyse lowercase Kazakh words as stem + suffix chain."""

    def __init__(self, stems: Mapping[str, str], *, max_morphemes: int = MAX_MORPHEMES,
                 cache_size: int = 200_000):
        st: dict[str, str] = dict(PRONOUN_STEMS)
        for k, v in stems.items():
            if len(k) < 4:
                k = k.lower()
                if len(k) < 2 or not any(c in ALL_V for c in k):
                    continue
            elif not k.islower():
                k = k.lower()
            if v not in _POS_OK:
                v = "".join(c for c in "nvx" if c in v)
                if not v:
                    continue
            old = st.get(k)
            if old is None:
                st[k] = v
            elif old != v:
                st[k] = old + "".join(c for c in v if c not in old)
        for k in UNINFLECTED:
            if k in st:
                st[k] = "x"
        for k, (_stem, suf) in PRONOUNS.items():
            if suf in CLOSED_PRONOUN_SUFFIXES and k in st:
                st[k] = "x"
        self.stems = st
        self.max_morphemes = max_morphemes
        self._cache: dict[str, bool] = {}
        self._cache_size = cache_size
        self._closed_memo: dict[str, bool] = {}

    def __reduce__(self):
        return (self.__class__, (self.stems, ))

    # -- stems ----------------------------------------------------------------------------
    def _stem_analyses(self, s: str, right: str | None) -> list[tuple[str, str]]:
        aux = AUX.get(s)
        if aux is not None and right in aux:
            return [(s, "v")]
        pos = self.stems.get(s)
        if pos is None:
            return [(s, "n")] if self._epenthetic(s, right) else []
        if right is None:
            return [(s, p) for p in pos]
        return [(s, p) for p in self._stem_pos(s, pos, right)]

    def _epenthetic(self, s: str, right: str | None) -> bool:
        """``s`` is a listed loan noun ending in кт/нк/нг/ск/фт/пт + the і that such a loan adds before
        its inflection (факт: фактілер, фактіні, контактіге, объектісі, митингіде)."""
        return (right in EPENTHESIS_NEXT and len(s) >= 5 and s[-1] == "і" and s[-3:-1] in EPENTHESIS_CLUSTERS
                and "n" in self.stems.get(s[:-1], ""))

    def _stem_pos(self, s: str, pos: str, right: str) -> str:
        """The parts of speech of listed stem ``s`` that ``right`` may follow."""
        if right == "LA" and s in AUX:
            return ""  # an auxiliary or copula makes no -ла verb: екендеп is екен деп (*екенде-)
        px3 = "n" in pos and self.px3_stem(s)
        if px3 and right in AFTER_PX3_ONLY:
            return "n"
        after = MORPHEMES[right].after
        out = ""
        for p in pos:
            if (p == "n" and "N0" in after) or (p == "v" and "V0" in after):
                out += p
        if "n" in out and ((px3 and right in PLAIN_CASES) or self.closed(s)):
            out = out.replace("n", "")
        return out

    def closed(self, s: str) -> bool:
        """A listed nominal "stem" that is really an inflected form closed by a case ending or a
        finite verb ending (word lists carry such forms as stems: оларға, барлығына, әлсірейді):
        its simplest readings as another stem (of 4+ letters: тұлға is no тұл + -ға) + suffixes
        all end that way, so no further suffix may follow (*оларғада)."""
        r = self._closed_memo.get(s)
        if r is not None:
            return r
        self._closed_memo[s] = False  # cycle guard
        r = False
        if len(s) >= 5:
            readings = [(len(names), names[-1] in CLOSING and len(sfx[-1]) >= 2 and len(stem) >= 4)
                        for stem, pos, sfx, names in self._parse(s, None, 0, {}, False)
                        if stem != s and names and len(stem) >= 3 and not (pos == "x" and sfx)]
            if readings:
                fewest = min(k for k, _ in readings)
                r = all(c for k, c in readings if k == fewest)  # the simplest readings all close it
        if len(self._closed_memo) > self._cache_size:
            self._closed_memo.clear()
        self._closed_memo[s] = r
        return r

    def _peel(self, s: str, right: str | None, names=None):
        """Each way to read ``s`` as a left part + one morpheme that may stand before ``right`` (the word's end when
        None; only morphemes of ``names`` when given): (the left part as written in the lexicon, the morpheme's
        name, its surface), the shortest suffix first.  The one walk of the reversed suffix trie that
        :meth:`_parse`, :meth:`_acc` and :meth:`_reads` share."""
        node = REV_TRIE
        i = len(s) - 1
        while i >= 1:
            node = node.get(s[i])
            if node is None:
                return
            found = node.get("")
            i -= 1
            if not found:
                continue
            fit = found.get(right)
            if fit is None:  # the node's morphemes that may stand before ``right``: sorted out once per node
                allowed = FINAL_MORPHEMES if right is None else MORPHEMES[right].after
                fit = found[right] = tuple(n for n in found[""] if n in allowed)
            if names is not None:  # (and those of ``names``: kept too when they are a frozenset)
                key = (right, names) if names.__class__ is frozenset else None
                sub = found.get(key) if key is not None else None
                if sub is None:
                    sub = tuple(n for n in fit if n in names)
                    if key is not None:
                        found[key] = sub
                fit = sub
            if not fit:
                continue
            head, surf = s[:i + 1], s[i + 1:]
            lefts = self._lexical_lefts(head, surf)
            for name in fit:
                for lex in lefts:
                    if realises(lex, name, s):
                        yield lex, name, surf

    # -- recursive right-to-left parse ----------------------------------------------------
    def _parse(self, s: str, right: str | None, depth: int, memo: dict, first_only: bool):
        key = (s, right, depth)
        if key in memo:
            return memo[key]
        memo[key] = []   # cycle guard
        results: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = []
        for stem, pos in self._stem_analyses(s, right):
            results.append((stem, pos, (), ()))
            if first_only:
                memo[key] = results
                return results
        if depth < self.max_morphemes and len(s) > 1:
            for lex, name, surf in self._peel(s, right):
                for stem, pos, sfx, nm in self._parse(lex, name, depth + 1, memo, first_only):
                    results.append((stem, pos, sfx + (surf,), nm + (name,)))
                    if first_only:
                        memo[key] = results
                        return results
        memo[key] = results
        return results

    def _acc(self, s: str, right: str | None, depth: int, memo: dict) -> bool:
        """Boolean version of _parse (the fast path of accepts)."""
        key = (s, right, depth)
        r = memo.get(key)
        if r is not None:
            return r
        memo[key] = False
        aux = AUX.get(s)
        if aux is not None and right in aux:
            memo[key] = True
            return True
        pos = self.stems.get(s)
        if pos is not None:
            if right is None:
                memo[key] = True
                return True
            if self._stem_pos(s, pos, right):
                memo[key] = True
                return True
        elif right is not None and s[-1:] == "і" and self._epenthetic(s, right):
            memo[key] = True
            return True
        if depth >= self.max_morphemes or len(s) < 2:
            return False
        for lex, name, _surf in self._peel(s, right):
            if self._acc(lex, name, depth + 1, memo):
                memo[key] = True
                return True
        return False

    def px3_stem(self, s: str) -> bool:
        """A listed stem that is itself a 3rd-person possessive form (отбасы, жартысы, қалпы,
        ауданы): it takes the pronominal-n cases (отбасына, жартысында, қалпына)."""
        if s.endswith(FROZEN_PX3):
            return True
        if len(s) < 4 or s[-1] not in "ыі":
            return False
        if s[-2] == "с" and s[-3] in VOWELS:
            return True
        head = s[:-1]
        st = self.stems
        if len(head) >= 2 and head[-1] not in ALL_V and "n" in st.get(head, "") and harmony(head) == \
                ("b" if s[-1] == "ы" else "f"):
            return True  # a listed noun + its possessive ы/і (беделі, ойы): pronominal-n cases only
        # a voiced or vowel-dropped edge shows the ы/і is the possessive (қалпы, тарабы)
        for cand in (head[:-1] + DEVOICE[head[-1]] if head[-1] in DEVOICE else None,
                     DROP_SURFACE.get(head)):
            if cand and "n" in st.get(cand, ""):
                return True
        return False

    @staticmethod
    def _lexical_lefts(head: str, surf: str) -> list[str]:
        if len(head) < 1:
            return []
        out = [head]
        s0 = surf[0]
        last = head[-1]
        if s0 in "иу":
            out.append(head + "ы")
            out.append(head + "і")
        if s0 in "юя":
            out.append(head + "й")
        if last in DEVOICE and (s0 in VOWELS or s0 == "у"):
            out.append(head[:-1] + DEVOICE[last])
        if head in DROP_SURFACE:
            out.append(DROP_SURFACE[head])
        if last == "у" and s0 in "ыі" and len(head) > 1:
            out.append(head[:-1] + "п")
        if s0 == "т" and last == "с":
            out.append(head + "т")
        if surf in ("еу", "ау"):
            out.append(head + "ы")
            out.append(head + "і")
        return out


    # -- public ---------------------------------------------------------------------------
    def parses(self, word: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
        """(stem, pos, surface suffixes, morpheme names) for every parse of a lowercase word."""
        w = word.lower()
        if not w or not LOWER_LETTERS.issuperset(w):
            return []
        return [r for r in self._parse(w, None, 0, {}, False) if not (r[1] == "x" and r[2])]

    def reads_as(self, word: str, stems, names) -> bool:
        """Does :meth:`parses` give ``word`` a reading as a stem in ``stems`` followed by one suffix or more,
        each a morpheme named in ``names``?  The same answer as looking through :meth:`parses`, found by a
        search that never follows a branch through another morpheme and stops at the first reading."""
        w = word.lower()
        if not w or not LOWER_LETTERS.issuperset(w):
            return False
        return self._reads(w, None, 0, stems, names, {})

    def _reads(self, s: str, right: str | None, depth: int, stems, names, memo: dict) -> bool:
        """Boolean :meth:`_parse` for :meth:`reads_as` (a stem reading counts below the top level only)."""
        key = (s, right, depth)
        r = memo.get(key)
        if r is not None:
            return r
        memo[key] = False
        if right is not None and s in stems and any(p != "x" for _s, p in self._stem_analyses(s, right)):
            memo[key] = True
            return True
        if depth >= self.max_morphemes or len(s) < 2:
            return False
        for lex, name, _surf in self._peel(s, right, names):
            if self._reads(lex, name, depth + 1, stems, names, memo):
                memo[key] = True
                return True
        return False

    def analyze(self, word: str) -> list[Analysis]:
        w = word.lower()
        if "-" in w:
            head, _, cl = w.rpartition("-")
            if cl in HYPHEN_CLITICS and head and "-" not in head:
                return [Analysis(a.stem, a.pos, a.suffixes + ("-" + cl,))
                        for a in self.analyze(head)]
            return []
        out: list[Analysis] = []
        seen = set()
        pr = PRONOUNS.get(w)
        if pr:
            a = Analysis(pr[0], "n", (pr[1],) if pr[1] else ())
            out.append(a)
            seen.add(a)
        if not w or not LOWER_LETTERS.issuperset(w):
            return out
        pos = self.stems.get(w, "")
        if "x" in pos:
            a = Analysis(w, "x", ())
            if a not in seen:
                out.append(a)
                seen.add(a)
        found = []
        for stem, p, sfx, _ in self._parse(w, None, 0, {}, False):
            if p == "x" and sfx:
                continue
            a = Analysis(stem, p, sfx)
            if a not in seen:
                seen.add(a)
                found.append(a)
        # simplest analyses first: fewest suffixes, then the longest stem
        found.sort(key=lambda a: (len(a.suffixes), -len(a.stem)))
        return out + found

    def accepts(self, word: str) -> bool:
        c = self._cache.get(word)
        if c is not None:
            return c
        r = self._accepts(word)
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[word] = r
        return r

    def _accepts(self, word: str) -> bool:
        w = word.lower()
        if "-" in w:
            head, _, cl = w.rpartition("-")
            return cl in HYPHEN_CLITICS and bool(head) and "-" not in head and self._accepts(head)
        if w in PRONOUNS or w in self.stems:
            return True
        if not LOWER_LETTERS.issuperset(w):  # (one C loop over the letters)
            return False
        return self._acc(w, None, 0, {})

