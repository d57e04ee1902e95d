"""Why the lexicon knows a word it does not list as it is: hyphenated compounds, Russian words and
inflection bases with Kazakh endings, the negative prefix бей-, learned prefixes and -аралық, slips.

:class:`KnownWords` is a mixin of :class:`kaznorm.lexicon.Lexicon`: its methods read the attributes and
call the methods (``analyser()``, ``analyze()``, ``stems``) that ``Lexicon`` sets up.
"""
from __future__ import annotations

import re
from typing import List, Optional

from ..kazakh.alphabet import NON_RUSSIAN_LOWER, VOWEL_LETTERS
from ..kazakh.errors import SIMILAR_ALT
from ..kazakh.morphotactics import NOMINAL_INFLECTION
from .data import load_acronyms
from .folding import fold, is_cyrillic_word

__all__ = ["KnownWords", "MAX_RU_SUFFIX", "TWO_WORDS_MIN"]

# the endings a Russian word takes in Kazakh text (no derivation, no predicative person), and their
# longest length (-лерінің, -дарымен)
_RU_INFLECTION = frozenset({"PL", "PX1SG", "PX1PL", "PX3", "GEN", "DAT", "ACC", "LOC", "ABL", "INS", "GEN_N",
                            "DAT_N", "ACC_N", "LOC_N", "ABL_N", "DAGI", "DAGI_N"})
MAX_RU_SUFFIX = 9
_SLIP_MIN_COUNT = 1
# a word that splits into two words counted this often each is those two words (қарасөз, нарынқұм), not a
# Russian word or an inflection base (the dictionary build uses the same)
TWO_WORDS_MIN = 10
_EU = re.compile("еу(?=[бвгджзклмнпрстфхцчшщ])")
_NEG_PREFIX = "бей"  # Persian-origin negative prefix of nouns and adjectives (бейресми, бейтаныс)
# Greek/Latin combining forms of scientific and international words (микроорганизм, антифашистік,
# гидроэлектр, индоеуропалық): bound prefixes that are not written as words of their own; the free words
# кино-, радио-, авто-, фото-, видео-, теле-, супер-, мега- are left out (кино өнері is also written apart)
_LEARNED_PREFIXES = tuple(sorted("""микро макро анти гидро гипер гипо нано ультра псевдо квази контр мульти
    поли моно нейро прото интер электро термо фито цито хромо лейко эритро гемо гисто морфо био гео эко нео
    палео индо англо афро франко греко австро авиа агро аэро астро хлоро кардио""".split(), key=len, reverse=True))
# noun + аралық "between Xs" (мемлекетаралық, ұлтаралық, қалааралық): bare only, as the adjective it is;
# the inflected аралығы/аралығында follows its noun as a separate word (жас аралығында)
_BETWEEN = "аралық"


class KnownWords:
    """The known-word reasoning of :class:`~kaznorm.lexicon.Lexicon` (a mixin)."""

    def _known(self, w: str) -> bool:
        if w in self._forms or w in self._compounds or w in self._protected:
            return True
        if "-" in w:
            parts = w.split("-")
            if any(not p for p in parts):
                return False
            return self._compound(w) or all(self._known_single(p) for p in parts)
        return self._known_unlisted(w)

    def _known_single(self, w: str) -> bool:
        if w in self._forms or w in self._protected:
            return True
        return self._known_unlisted(w)

    def _known_unlisted(self, w: str) -> bool:
        """:meth:`_known_single` of a word neither listed nor protected (speed only: _known has asked that)."""
        if not is_cyrillic_word(w):
            return False
        m = self.analyser()
        if m is None:
            return False
        try:
            if m.accepts(w):
                return True
        except Exception:  # the analyser must never break a pipeline
            return False
        return self._known_extra(w)

    def _known_kazakh(self, w: str) -> bool:
        if w in self._forms or w in self._compounds or w in self._protected:
            return True
        m = self.analyser()
        try:
            return bool(m is not None and m.accepts(w)) or self._known_extra(w, russian=False)
        except Exception:
            return False

    def _russian_inflected(self, w: str, ru) -> bool:
        """A Russian word of five or more letters (a loan or a name in Russian spelling) followed by
        Kazakh case, plural or possessive endings: кинокомпаниялар, хосокаваға, клапроттың."""
        try:
            from ..kazakh.analyser import Analyzer  # type: ignore
        except ImportError:  # pragma: no cover
            return False
        has_prefix = getattr(ru, "has_prefix", None)
        if has_prefix is not None and len(w) > 5 and not has_prefix(w[:5]):
            return False  # speed only: every base below starts with w[:5], and no Russian word does
        for i in range(len(w) - 1, max(5, len(w) - MAX_RU_SUFFIX) - 1, -1):
            base = w[:i]
            if base not in ru:
                continue
            for stem, _pos, sfx, names in Analyzer({base: "n"}).parses(w):
                if sfx and stem == base and all(n in _RU_INFLECTION for n in names):
                    return True
        return False

    def _prefixed_noun(self, rest: str) -> bool:
        """``rest`` after the negative prefix бей- (бейресми, бейағзалық) is a nominal form of a known
        stem (not a verb form, not a Russian word)."""
        found = self.analyze(rest)
        if not found:
            return False
        fewest = min(len(a.suffixes) for a in found)
        simplest = [a for a in found if len(a.suffixes) == fewest]  # all of them nominal: not бейкелді
        return all(a.pos == "n" and len(a.stem) >= 3 for a in simplest)

    def _extras(self):
        """(bases analyser or None, bases, Russian words), loading the shipped lists on first use."""
        if self._bases_src is not None or self._ru_src is not None:
            with self._lock:
                if self._bases_src is not None:
                    src, self._bases_src = self._bases_src, None
                    self._bases = frozenset(src())
                if self._ru_src is not None:
                    src, self._ru_src = self._ru_src, None
                    self._ru_known = src()
        if self._bases and self._bases_analyzer is None:
            try:
                from ..kazakh.analyser import Analyzer  # type: ignore

                self._bases_analyzer = Analyzer(dict.fromkeys(self._bases, "n"), cache_size=self.cache_size)
            except ImportError:  # pragma: no cover
                self._bases_analyzer = False
        return self._bases_analyzer, self._bases, self._ru_known

    def _known_extra(self, w: str, russian: bool = True) -> bool:
        """A Russian word used as it is, or an inflection base followed by nominal inflection only
        (plural, possessive, case, -дағы, -нікі, -дай): сәрсенбайға, лизосомаларының."""
        an, bases, ru = self._extras()
        if russian and w in ru:
            return True
        if self._acronyms is None:
            self._acronyms = load_acronyms()
        if w in self._acronyms:
            return True
        if self._acronyms and 3 <= len(w) <= 5 and not VOWEL_LETTERS.intersection(w) \
                and not NON_RUSSIAN_LOWER.isdisjoint(w):
            # no Kazakh word lacks a vowel: with a Kazakh letter (ЖТҚБ, ҚХР, ҰҚШҰ aside) it is an abbreviation
            return True
        if w.startswith(_NEG_PREFIX) and len(w) >= len(_NEG_PREFIX) + 4 and self._prefixed_noun(w[len(_NEG_PREFIX):]):
            return True
        if russian and ru and self._russian_inflected(w, ru) and not self._two_words(w) and not self._slip(w):
            return True
        if russian and ru and "еу" in w and len(w) >= 5:
            # Kazakh spells Russian "ев" before a consonant "еу" (Еуропа, еуро-): еуровидение
            w2 = _EU.sub("ев", w)
            if w2 != w and (w2 in ru or (self._russian_inflected(w2, ru) and not self._two_words(w)
                                         and not self._slip(w))):
                return True
        if self._compound_word(w, russian, bases, ru):
            return True
        if not an:
            return False
        try:
            # (a reading as a base + nominal inflection only: the first such reading of an.parses(w))
            if an.reads_as(w, bases, NOMINAL_INFLECTION):
                return not self._two_words(w) and not self._slip(w)
        except Exception:
            return False
        return False

    def slips(self, word: str, upto: Optional[int] = None) -> List[str]:
        """The counted forms one similar-letter substitution (a slip the typo step corrects: ы/і, н/ң ...)
        from ``word``, changing one of its first ``upto`` letters (all letters by default)."""
        if not isinstance(word, str):
            return []
        w = fold(word)
        c = self._counts
        out = []
        for i in range(len(w) if upto is None else min(upto, len(w))):
            for alt in SIMILAR_ALT.get(w[i], ()):
                cand = w[:i] + alt + w[i + 1:]
                if c.get(cand, 0) >= _SLIP_MIN_COUNT:
                    out.append(cand)
        return out

    def _slip(self, w: str) -> bool:
        """A base or Russian word + ending must not hide a slip in a counted form (жатат + -ың is жататын
        mistyped)."""
        return bool(self.slips(w))

    def _two_words(self, w: str) -> bool:
        """``w`` splits into two common words (each counted at least ``TWO_WORDS_MIN`` times, of three or
        more letters): a rare Russian word or base with an ending must not let ``адам осы``, ``сен неге``
        through written together (адамо + -сы, сенне + -ге)."""
        c = self._counts
        return any(c.get(w[:i], 0) >= TWO_WORDS_MIN and c.get(w[i:], 0) >= TWO_WORDS_MIN
                   for i in range(3, len(w) - 2))

    def _bare_noun(self, x: str, russian: bool, bases, ru) -> bool:
        """``x`` is a nominal word as it stands (no inflection): a nominal stem, a base, a Russian word,
        or a listed form that the morphology does not read as inflected (жасуша: жасу + -ша at most)."""
        if len(x) < 3:
            return False
        if "n" in self.stems.get(x, "") or x in bases or (russian and x in ru):
            return True
        if x not in self._forms:
            return False
        m = self.analyser()
        try:
            return m is not None and not any(set(names) & NOMINAL_INFLECTION for _s, _p, _x, names in m.parses(x))
        except Exception:
            return False

    def _compound_word(self, w: str, russian: bool, bases, ru) -> bool:
        """Productive one-word compounds: a learned prefix + a listed form or a regular Kazakh form
        (микроталшықтар, антиденелер, гидроэлектр; a Russian word takes its prefix in the Russian list
        already), a bare noun + аралық (мемлекетаралық, жасушааралық)."""
        n = len(w)
        if n >= 8 and w.startswith(_LEARNED_PREFIXES):  # (speed only: one test for all the prefixes first)
            m = self.analyser()
            for p in _LEARNED_PREFIXES:
                if w.startswith(p) and n - len(p) >= 4:
                    rest = w[len(p):]
                    try:
                        if rest in self._forms or (m is not None and m.accepts(rest)):
                            return True
                    except Exception:
                        return False
        return (n >= len(_BETWEEN) + 3 and w.endswith(_BETWEEN)
                and self._bare_noun(w[:-len(_BETWEEN)], russian, bases, ru))

    def compound(self, word: str) -> bool:
        """``word`` is a known hyphenated compound, its last part possibly inflected (бір-бірін)."""
        if not isinstance(word, str) or "-" not in word:
            return False
        w = fold(word)
        if w in self._compounds:
            return True
        return self._compound(w)

    def _compound(self, w: str) -> bool:
        head, _, last = w.rpartition("-")
        if not head or not last or not self._known_single(last):
            return False  # the inflected last part must itself be a word (анасының, бірін, министрі)
        # the last part inflected: its analyses give stems to try
        for cand in self._stem_candidates(last):
            if f"{head}-{cand}" in self._compounds:
                return True
        return False

    def _stem_candidates(self, last: str) -> List[str]:
        out = []
        for a in self.analyze(last):
            stem = getattr(a, "stem", None)
            if stem and stem != last:
                out.append(stem)
                if getattr(a, "pos", "") == "v":
                    out.append(stem + "у")
        # without the morphology: peel common endings so that бір-бірін / премьер-министрі still work
        for k in range(1, min(len(last) - 1, 7)):
            out.append(last[:-k])
        return out

