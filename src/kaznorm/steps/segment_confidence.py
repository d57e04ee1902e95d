"""How sure the segment step is that an unknown run of letters is two or more words, not one word.

In edited text an unknown run is far more often a word the lexicon lacks than words run together: a solid
compound (суқұбыры, әуекомпания: the 2023 rules write many compounds as one word), a name (Тұңғышбаев,
Айтмұхаммед), a loan (пирометрия), a verb of an unknown stem (мойынсынғандықтан).  Two words glued by a PDF
extraction show it otherwise: the first carries an inflection (ғасырдың|бас), a closed-class word is among
them (қазір|оны, бір|жол), the second is a verb form or a postposition-like noun, there are three or more
of them, a capital inside the run marks a new word (ХХғасырдаЖапония), or the corpora write the two apart.

:func:`split_confidence` returns the confidence of a split (``Edit.confidence``): ``Config.confidence`` with
such evidence, ``Config.bare_confidence`` for a bare noun or adjective before a noun and nothing else (the
shape of a solid compound), ``Config.name_confidence`` for a capitalised run inside a sentence or a run that
the word list already writes as one word in another inflection (a compound).
"""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from ..kazakh.closed_classes import (CONJUNCTIONS, DEGREE_ADVERBS, DETERMINERS, TIME_ADVERBS, FREE_TAILS, FUNCTION_WORDS,
                                     DIRECTIONS, GLUED_ENDINGS, HYPHEN_CLITICS, NUMERALS, PREDICATIVES, PRONOUN_FORMS,
                                     QUANTITY_WORDS, RELATIONAL_NOUNS, UNINFLECTED)
from ..kazakh.errors import SIMILAR_ALT
from ..kazakh.suffixes import CASE_ENDINGS, LYQ_ENDINGS, NAME_ENDINGS, PLURAL, SUFFIX_PIECES, without_case_ending
from ..kazakh.phonology import F_D, fill
from ..kazakh.morphotactics import ADJ_DER, SET1_PERSONS, SET2_PERSONS, VSTEMS
from ..lexicon.queries import ask, count, pair_count, parses, safe
from .segment_evidence import is_inflected

__all__ = ["split_confidence"]

# the suffixes that make a word an attribute of the noun after it (-лы, -сыз, -ғы... and -лық: экономикалық)
ATTRIBUTE_SUFFIXES = ADJ_DER | {"LYQ"}
# the relational nouns that make postpositional phrases (ел арасындағы, үй алдында); not бас, үй, күн, which
# also end solid compounds (дарабас, асүй, күнбастылар)
POSTPOSITION_STEMS = frozenset("ара алд арт аст іш жан маң орта сырт үст шет төңірег айнала".split())
# a verb stem counted fewer times than this as a word of its own (the imperative, rare in edited text) is taken
# for the start of a longer verb form when it begins a run
IMPERATIVE_MIN = 5
# a word of one or two letters is a word of its own only when it is common (ел, су, ақ): this many counts
SHORT_WORD_MIN = 50
# a closed-class word this short ending a run (не, мың, ана, аға) is as often a misspelt ending of the word before
# (дүкенне: дүкеннен, жатырмың: жатырмын) as a word of its own; one that opens a run (бір|жол, қазір|оны) is not
SHORT_CLOSED_LEN = 3
# ... but the past copula closes a clause (сықылды|еді, жақсы|еді): no ending is misspelt as it
COPULAS = frozenset({"еді"})
# a verb form after a bare noun (таң|қалатын) shows two words only when the corpora use it this often: a rare
# one is as often the misread end of one word (ер|бітеді for өрбітеді, мойын|сынғандықтан)
VERB_AFTER_NOUN_MIN = 20
# clitics the 2018 rules write with the word (-шы/-ші) or after a hyphen (-ай, -ақ): never a word of their own
CLITICS = frozenset(HYPHEN_CLITICS) | {"шы", "ші"}
# a closed-class word among the pieces shows that the run is a phrase, not one word
CLOSED = FUNCTION_WORDS | CONJUNCTIONS | QUANTITY_WORDS | DETERMINERS | DEGREE_ADVERBS | TIME_ADVERBS | \
    PRONOUN_FORMS | UNINFLECTED | PREDICATIVES | frozenset(FREE_TAILS)


def split_confidence(tok: str, pieces: Sequence[Tuple[str, str]], lex, initial: bool, cfg) -> Tuple[float, str]:
    """(confidence, why) of splitting ``tok`` into ``pieces`` ((word, joiner) pairs, as ``split_word`` gives)."""
    words = [w for w, _j in pieces]
    spaced = sum(1 for _w, j in pieces if j == " ")
    if not spaced:
        a, b = (words[0].lower(), words[1].lower()) if len(words) == 2 else ("", "")
        if a and _written_solid(lex, a, b, counted=True) and not _hyphen_commoner(lex, a, b):
            # мекенжайыңызды: the corpora count the compound written solid (мекенжай), as the 2023 rules write it,
            # and no more often with the hyphen (іс-шара, more often hyphenated, gets it)
            return cfg.name_confidence, "the corpora write the compound solid"
        if a and b in HYPHEN_CLITICS and lex.count(a) <= 0 and _one_letter_less_counted(lex, a + b, len(a)):
            # баяау: a clitic (-ау, -ақ) after a word no corpus counts, where a letter less at the join makes a
            # word the corpora count (баяу), is a misspelt word, not a word and its clitic
            return cfg.name_confidence, "a clitic after a word never counted: a misspelt word"
        return cfg.confidence, "hyphen"
    if any(w[:1].isupper() for w in words[1:]) and not tok.isupper():
        return cfg.confidence, "a capital inside the run"
    lows = [w.lower() for w in words]
    if any(len(w) < 3 and w not in CLOSED and lex.count(w) < SHORT_WORD_MIN for w in lows) or lows[-1] in CLITICS:
        # a piece of one or two letters that is no word of its own (Мом|ми, мик|рой|оннан), or a clitic the
        # spelling rules write with the word (алыңдар|шы, ұялғанымыз|ай): one word, misread
        return cfg.name_confidence, "a piece too short for a word of its own"
    if tok[:1].isupper() and without_case_ending(lows[-1]).endswith(NAME_ENDINGS):
        return cfg.name_confidence, "a name's ending"
    if lows[0] in DIRECTIONS and any(tok.lower().find(e, len(lows[0]) + 3) > 0 for e in LYQ_ENDINGS):
        # солтүстік|қазақстандық(тар): the adjective of a compound place name (or its plural, a case), one word
        return cfg.name_confidence, "the adjective of a compound place name"
    if spaced >= 2:
        if sum(1 for w in lows if len(w) <= 2 and w not in CLOSED) >= 2:
            # аз|ел|иттер, те|мин|ал: two pieces of one or two letters that are no closed-class word: a long
            # unknown word (a loan, a misspelling) cut into short words, not words run together
            return cfg.bare_confidence, "three or more pieces, two of them short words"
        if lows[-1] in GLUED_ENDINGS and lex.count(lows[-2]) <= 0:
            # бар|сыны|да, ең|гергені|мен: a clitic after a piece no corpus counts is as often an ending of one
            # misspelt word (барысында) cut into pieces as a particle after words run together
            return cfg.bare_confidence, "three or more pieces, a clitic after a piece never counted"
        if any(len(w) <= cfg.multi_short_len and w not in CLOSED and count(lex, w) < cfg.multi_short_min
               and not safe(lex.regular, w) for w in lows):
            return cfg.bare_confidence, "three or more pieces, a short one no Kazakh form"
        if all(w in CLOSED or safe(lex.known, w) for w in lows):
            return cfg.confidence, "three or more words"
        return cfg.bare_confidence, "three or more pieces, not all of them words"
    left, right = lows[0], lows[-1]
    if left not in CLOSED and right not in CLOSED and not count(lex, right) and _fragment(lex, right):
        # қорабы|сымен, есті|гілерің: the second piece is never counted and reads only as endings on a rare stem
        # of one or two letters (сы-мен, гі-лер-ің): the end of one word cut off, not a word
        return cfg.bare_confidence, "the second piece is no word: the end of one word"
    if len(lows) == 2 and left not in CLOSED and _weak_last_piece(right) and _ending_slip(lex, left + right, len(left)):
        # жатыр|мың, қолдана|мың: a short closed-class word ending the run after a word that is none (және|ол,
        # бір|мың stay two words), where one similar letter changed or one letter dropped in it makes the whole
        # run an attested form (жатырмын): one misspelt word, not two
        return cfg.name_confidence, "a short word ending the run: one slip from an ending of the word before"
    if len(lows) == 2 and tok[:1].isupper() and safe(lex.capitalised, left) and safe(lex.capitalised, right) \
            and not count(lex, right):
        # Құтты|мұхамбет, Айт|мұхаммед: two names run together, the second no word of the corpora, are one name
        # (Kazakh names are so compounded)
        return cfg.name_confidence, "two names: one compound name"
    if len(lows) == 2 and left in NUMERALS and _plural(lex, right):
        # қырық|құлақтар: a numeral takes its noun in the singular (қырық құлақ), so a numeral before a plural is
        # the start of one word (a plant's or an animal's name)
        return cfg.name_confidence, "a numeral before a plural: one word"
    # a capitalised run inside a sentence is mostly a name (Тұңғышбаевтың, Айтмұхаммед), unless the split
    # gives a word of the language after a name or a word with evidence below (Ресейден|тасымалданады)
    name = tok[:1].isupper() and not initial
    if name:
        # only a known name or a word in a case first (Ресей|тасымалданады, Асқардың|түйесін) shows two words;
        # otherwise the run is a name or a title of its own (Тұңғышбаевтың, «Кімбіледі»), whatever it seems to hold
        if safe(lex.known, right) and (safe(lex.capitalised, left) or is_inflected(lex, left, {})
                                       or _case_ending(lex, left)):
            return cfg.confidence, "a name, then a word"
        if safe(lex.known, right) and count(lex, left) and not safe(lex.capitalised, left) \
                and _derived_adjective(lex, left):
            # Мемлекеттік|академиялық, Ядролық|қару: a common adjective opens the name of a thing (a title,
            # a party, a weapon) whose words the run glued; a person's or place's name is no such adjective
            return cfg.confidence, "an adjective, then a word, in a capitalised run"
        return cfg.name_confidence, "a capitalised run inside a sentence: a name"
    if left not in CLOSED and _endings_only(right):
        # геолог|терді: the second piece is nothing but endings (plural + accusative), the word before's own,
        # even in the wrong harmony: one word with its endings (a loan's, a name's), not a word of its own
        return cfg.name_confidence, "the endings of the word before"
    if left not in CLOSED and right == fill("CAGI", left, F_D):
        # құрсақ|тағы: the word before + its own locative-adjective ending -дағы/-тағы, which the run reads as
        # the adverb тағы "again"; one word in a case
        return cfg.name_confidence, "the -дағы ending of the word before"
    if lex.count(left) < IMPERATIVE_MIN and any(pos == "v" and not names for _s, pos, _x, names in parses(lex, left)):
        # тұрғыз|басқа: a verb stem the corpora hardly see alone (an imperative, rare in edited text) begins a
        # longer verb form the analyser cannot read, not a word of its own
        return cfg.bare_confidence, "a bare verb stem first: the start of a longer verb form"
    why = _glue_evidence(lex, left, right)
    if why:
        return cfg.confidence, why
    if tok[:1].isupper() and safe(lex.capitalised, left) and safe(lex.known, right):
        # (Бурабай|көлі, Іле|дариясы: a name starts no compound); in a lower-case run the first piece was not
        # written as a name (қаз|бауыр, каролин|алық)
        return cfg.confidence, "a name, then a word"
    if _written_solid(lex, left, right):
        return cfg.name_confidence, "the word list writes it as one word in another form (a compound)"
    return cfg.bare_confidence, "a bare word before a noun: maybe a solid compound"


def _fragment(lex, w: str) -> bool:
    """``w`` has readings, none on a stem of three letters or more or on a short stem counted ``SHORT_WORD_MIN``
    times (a piece with no reading at all is a loan or a name as often: порода|сы)."""
    got = parses(lex, w)
    return bool(got) and all(len(st) < 3 and count(lex, st) < SHORT_WORD_MIN for st, _p, _x, _n in got)


def _plural(lex, w: str) -> bool:
    """``w`` reads as a counted noun in the plural (құлақ-тар, құлақ-тар-ы)."""
    return any("PL" in names and count(lex, st) for st, _p, _x, names in parses(lex, w))


def _endings_only(w: str) -> bool:
    """``w`` is a plural ending + one or more suffixes of ``SUFFIX_PIECES`` and nothing else (тер|ді, лар|ға):
    endings, not a word (a chain not opened by the plural is often a word: кені, сыны, ғана)."""
    def chain(i: int) -> bool:
        return i == len(w) or any(w.startswith(p, i) and chain(i + len(p)) for p in SUFFIX_PIECES)
    return len(w) <= 8 and any(w.startswith(pl) and len(w) > len(pl) and chain(len(pl)) for pl in PLURAL)


def _glue_evidence(lex, left: str, right: str) -> str:
    """Why ``left right`` are two words (or ""): what a solid compound (a bare noun, then a noun) never shows."""
    if left in CLOSED or (right in CLOSED and not _weak_last_piece(right)):
        return "a closed-class word"
    if is_inflected(lex, left, {}) or _case_ending(lex, left) or _derived_adjective(lex, left):
        return "the first word is inflected"
    if _verb_form(lex, left, every=False) or _verbal(lex, left) or (_verbal_noun(lex, left) and count(lex, right)):
        # (a converb or participle before an auxiliary: қала|берді, берген|едім; a verbal noun before a word the
        # corpora count: тінту|барысында, not қалау|арыңызды, a misspelt қалауларыңызды)
        return "a verb form"
    if (_verb_form(lex, right) or _verbal(lex, right) or _verbal_noun(lex, right)) and \
            count(lex, right) >= VERB_AFTER_NOUN_MIN:
        return "a verb form"  # (a verbal noun governs the noun before it: сүт|өңдеу)
    if _attributive(lex, right):
        return "an attribute of the word after"
    stems = _stems(lex, right)
    if stems & POSTPOSITION_STEMS or _relational(lex, right):
        return "a postposition"
    if _stems(lex, left) & QUANTITY_WORDS:
        return "a numeral"
    if any(pair_count(lex, left, r) for r in stems | {right}):
        return "written apart in the corpora"
    return ""


# the endings that close a finite verb (past, aorist, conditional, the person endings, the moods), and the
# participles and the converb: what ends a clause or binds a verb to the word after it, never a compound noun
VERBAL_ENDS = frozenset({"PAST", "P3AOR", "COND", "EVID", "OPT1SG", "OPT1PL", "OPT3", "IMP2P", "IMP2PL", "IMP2PLP",
                         "PTCP_PAST", "PTCP_IMPF", "CV_P"}) | SET1_PERSONS | SET2_PERSONS


def _verbal(lex, w: str) -> bool:
    """``w`` is a verb form (болса, анықтадық, беретін, іздеп): a reading as a verb, or a noun made a verb, closed by
    one of ``VERBAL_ENDS``, on a stem counted at least as often as the stem of any other reading.  The word list
    also lists many verb forms as bare stems (келеді) and many verb stems as nouns (бер, кет): a reading from
    such a listing alone does not make the form a noun."""
    readings = [r for r in parses(lex, w) if r[0] != w or r[3]]
    verbs = [st for st, pos, _x, names in readings
             if (pos == "v" or VSTEMS.intersection(names)) and names[-1:] and names[-1] in VERBAL_ENDS]
    if not verbs or any(names and names[-1] in ATTRIBUTE_SUFFIXES for _s, _p, _x, names in readings):
        return False  # (жылдық: a -лық noun before it is a past tense "we ...")
    best = max(count(lex, st) for st in verbs)
    return all(count(lex, st) <= best for st, pos, _x, names in readings
               if not (pos == "v" or VSTEMS.intersection(names)))


def _relational(lex, w: str) -> bool:
    """``w`` is a relational noun in the 3rd-person possessive + a case (кезінде, ретінде, барысында): a
    postpositional phrase with the noun before it, which no compound ends in."""
    return any(st in RELATIONAL_NOUNS and names[-2:-1] == ("PX3",) and names[-1] in CASES_AFTER_PX3
               for st, _p, _x, names in parses(lex, w))


# the case endings after a 3rd-person possessive (кезі-нде, тарапы-нан, жағы-на)
CASES_AFTER_PX3 = frozenset({"LOC_N", "ABL_N", "DAT_N", "GEN_N", "ACC_N"})


def _verbal_noun(lex, w: str) -> bool:
    """``w`` reads as a verb + the verbal noun -у (тінту, жаһандану): it governs the noun after it (тінту
    барысында); a solid compound does not start with one."""
    readings = parses(lex, w)
    return any(pos == "v" and names[-1:] == ("VN",) for _s, pos, _x, names in readings)


def _case_ending(lex, w: str) -> bool:
    """``w`` is a counted word + a case ending (өңір|дің) that the analyser cannot read (its stem is missing)."""
    return any(w.endswith(e) and len(w) - len(e) >= 3 and lex.count(w[:-len(e)]) for e in CASE_ENDINGS
               if len(e) >= 2)


def _stems(lex, w: str) -> frozenset:
    return frozenset(st for st, _p, _x, _n in parses(lex, w))


def _derived_adjective(lex, w: str) -> bool:
    """``w`` reads as a stem with an adjective-forming suffix (экономикалық, мемлекеттік, ұлттық): such words
    modify the noun after them; compounds do not start with them."""
    readings = parses(lex, w)
    return any(names and names[-1] in ATTRIBUTE_SUFFIXES and st != w for st, _p, _x, names in readings)


# the endings that make an attribute of the noun after (алғаш-қы, ауыл-дағы): a word with one of them looks
# forward, so no solid compound ends in it
ATTRIBUTE_ENDS = frozenset({"GY", "DAGI"})


def _attributive(lex, w: str) -> bool:
    """``w`` is a counted word that reads as a stem + -ғы/-дағы (алғашқы, қазіргі, ауылдағы) and as nothing else
    but itself: the attribute of the next word (шегі, also шек + its possessive, is no such word)."""
    if count(lex, w) <= 0:
        return False
    readings = [names for st, _p, _x, names in parses(lex, w) if st != w]
    return bool(readings) and all(names and names[-1] in ATTRIBUTE_ENDS for names in readings)


def _verb_form(lex, w: str, every: bool = True) -> bool:
    """Every reading of ``w`` is an inflected verb form (``every=False``: every reading is verbal and one at least
    inflected, as a participle or converb): a compound's parts are nouns."""
    readings = parses(lex, w)
    if not readings or not all(pos == "v" for _s, pos, _x, _n in readings):
        return False
    return all(names for *_x, names in readings) if every else any(names for *_x, names in readings)


def _written_solid(lex, left: str, right: str, counted: bool = False) -> bool:
    """The word list has ``left`` + the stem of ``right`` as one word, bare or with a plural or possessive
    ending (әуекомпания beside әуекомпаниялардан): the run is that compound, inflected.  ``counted``: the
    corpora count that word (the noisy web list alone is not enough)."""
    for stem in _stems(lex, right) | {right}:
        if len(stem) < 3:
            continue
        solid = left + stem
        if any(lex.count(solid + e) if counted else safe(lex.attested, solid + e) for e in SOLID_ENDINGS):
            return True
    return False


def _weak_last_piece(right: str) -> bool:
    """``right``, the last piece of a run, is weak evidence of a word of its own: a short closed-class word that is
    no predicative and not the copula (мың, ана: as often a misspelt ending of the word before)."""
    return right in CLOSED and len(right) <= SHORT_CLOSED_LEN and right not in PREDICATIVES and right not in COPULAS


def _ending_slip(lex, w: str, at: int) -> bool:
    """One similar letter changed (``kazakh.errors.SIMILAR_ALT``) or one letter dropped at or after ``at`` makes
    ``w`` an attested form (a form the analyser merely reads is too weak: алған|соң is not a slip of алғансаң)."""
    for i in range(at, len(w)):
        if any(ask(lex, "attested", w[:i] + alt + w[i + 1:]) for alt in SIMILAR_ALT.get(w[i], ())):
            return True
        if ask(lex, "attested", w[:i] + w[i + 1:]):
            return True
    return False


def _one_letter_less_counted(lex, w: str, at: int) -> bool:
    """``w`` without the letter just before or at ``at`` (the join of two pieces) is a word the corpora count."""
    return any(lex.count(w[:i] + w[i + 1:]) > 0 for i in (at - 1, at) if 0 <= i < len(w))


def _hyphen_commoner(lex, left: str, right: str) -> bool:
    """The corpora count ``left``-(a stem of ``right``) more often than ``left`` + that stem written solid."""
    def most(joiner: str) -> int:
        return max(lex.count(left + joiner + st + e) for st in _stems(lex, right) | {right} for e in SOLID_ENDINGS)
    return most("-") > most("")


# the endings a solid compound is checked with in the word list: none, the possessive, the plural
SOLID_ENDINGS = ("", "ы", "і", "сы", "сі", "лар", "лер", "дар", "дер", "тар", "тер")
