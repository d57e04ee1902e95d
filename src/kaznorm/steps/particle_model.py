"""The particle step's model: is a word a word + a glued particle (``particle_split``)?

The glued form must be unknown, or rarer than its stem while the stem cannot take a locative ending
(the case endings that look like particles: ``қалада``, ``менде`` stay), and the particle must have the
right harmony form.  The helpers read the morphology's analyses of the stem: closed by a case, a
conditional, a converb, a past tense, nominal only.  The thresholds are the particle step's settings
(``Config``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from ..kazakh.agreement import particle_agrees, particle_form
from ..kazakh.alphabet import VOWEL_LETTERS
from ..kazakh.closed_classes import (DETERMINERS, FUNCTION_WORDS, LOCATIVE_PRONOUNS, PARTICLES, PRONOUN_FORMS,
                                     QUANTITY_WORDS, QUESTION, SEPARATE_CLITICS, UNINFLECTED, WITH)
from ..kazakh.morphotactics import SET1_PERSONS, SET2_PERSONS
from ..kazakh.suffixes import (ABLATIVE, CASE_ENDINGS, CONDITIONAL, DATIVE, GENITIVE, LOCATIVE, LOC_ENDINGS,
                               PERSON_ENDINGS, PLURAL, PLURAL_PX3, PX3_DATIVE, SUFFIX_PIECES, SURNAME)
from ..lexicon.queries import count, foreign, logprob, parses, safe, slip_in
from ..text.tokens import apply_case, casing_of, is_cyrillic_token
from .keyboard_model import keyboard_candidates


@dataclass(frozen=True)
class Config:
    """The ``particle`` step's settings (``Pipeline.with_config("particle", glued_ratio=10)``)."""

    glued_ratio: int = 20  # a counted glued form must be this many times rarer than its stem
    frequent_stem: int = 3  # a word counted this often is common enough to trust: a stem before a glued particle
    #                         (a known glued form), a word under a possessive or dative the morphology cannot read
    separate_min: int = 2  # "stem да" written separately this often in the clean corpora ...
    separate_ratio: int = 3  # ... and this many times more often than the glued form is counted: the particle
    short_piece_min_lp: float = -11.0  # a two-letter stem must be at least this frequent (segment has the same)
    typo_cost: float = -4.0  # log-cost of one slip of a letter: stem + particle must beat the likeliest counted word
    #                          one slip away in the stem by this (мағыңада: мағынада; segment has the same; -inf: off)
    particle_pen: float = -3.0  # log-cost of the glued particle in that comparison (segment has the same)
    question_reach: int = 60  # after бар, жоқ, керек ...: a "?" at most this many characters on, in the same clause
    # confidence of a split (Edit.confidence: the share of such splits judged right in benchmarks/audit.py):
    confidence: float = 0.95  # an unknown glued form, or one the stem's grammar allows no other reading of
    # a glued form that may be a word of its own: the locative of a nominal (алғашқыда, кестеде, контактта), a
    # counted word before '?' (қаншама), a capitalised word + -да (a name in the locative: Үлгіліде): right 1 of 20
    # times on edited text in the aggressive profile's audit, so under its cut too
    known_confidence: float = 0.3
    # "Xмен Y" read as "X мен Y" (the conjunction) but for "X мен Y арасында": -мен is as often the
    # instrumental case (Жарлығымен, басшысымен: 0 of 5 right on edited text, default or aggressive)
    with_confidence: float = 0.3
    # a particle written apart put in the vowel harmony of the lower-case word before it (тәтті ма -> ме,
    # сөмкесі да -> де: particle_harmony): every such mismatch found in the build halves was that slip
    harmony_confidence: float = 0.95
    memo_size: int = 100_000  # tokens (and white-space chunks) whose decision is remembered, per memo (speed only)


DEFAULTS = Config()

PERSONS = SET1_PERSONS | SET2_PERSONS  # the analyser's names of the person endings


def _closed_stem(lex, s: str) -> bool:
    """The morphology says ``s`` takes no further suffix: a word that is never inflected
    (және, тағы, ол) or a listed form already closed by a case ending (басқа, оларға)."""
    try:
        from ..kazakh.closed_classes import UNINFLECTED
    except ImportError:  # pragma: no cover
        return False
    if s in UNINFLECTED:
        return True
    m = getattr(lex, "analyser", None)
    try:
        an = m() if m is not None else None
        return bool(an is not None and "n" in an.stems.get(s, "") and an.closed(s))
    except Exception:
        return False


def _no_locative(stem: str, lex, cfg: Config) -> int:
    """How sure is it that ``stem + да/де/та/те`` is not a locative?

    3: the stem takes no suffix at all (a conjunction, a pronoun with an irregular
    locative, a listed form closed by a case ending); 2: the stem ends in a case
    ending that no other case follows (genitive, ablative, locative, -ғы adjective)
    or a conditional; 1: the morphology reads it as a 3rd-person possessive (whose
    locative is -нда) or a converb; 0: no.
    """
    s = stem.lower()
    if _closed_stem(lex, s) or (s.endswith(("нда", "нде")) and s in PRONOUN_FORMS):
        return 3  # (онда, мұнда: a pronoun already in the locative)
    if s in QUANTITY_WORDS:
        return 0  # a numeral takes the locative (жетіде: at seven)
    try:
        analyses = lex.analyze(s)
    except Exception:
        return 0
    if count(lex, s):
        # a counted word is not read as an ending on a stem no corpus counted (кес-те, үлгіл-і: кесте, Үлгілі
        # are nouns of their own, and take the plain locative), nor as a case ending on a derived base none
        # counted (ке-с-те)
        analyses = [a for a in analyses if _counted_reading(lex, s, a)]
    if analyses and all(getattr(a, "pos", "") == "v" and tuple(getattr(a, "suffixes", ()) or ())[-1:]
                        in (("са",), ("се",)) for a in analyses):
        return 3  # only a conditional (қалса): it takes no case
    # a word the morphology reads only as a bare stem merely looks inflected (төмен is no instrumental)
    bare = bool(analyses) and all(not tuple(getattr(a, "suffixes", ()) or ()) for a in analyses)
    if len(s) >= 5:
        if not bare and (s.endswith(GENITIVE) or s.endswith(ABLATIVE) or s.endswith(LOCATIVE) or
                         s.endswith(WITH) or (len(s) >= 6 and s.endswith(PLURAL_PX3))):
            return 2
        if s.endswith(CONDITIONAL) and s[-3] not in VOWEL_LETTERS:
            return 2
        if len(s) >= 6 and s.endswith(PX3_DATIVE) and count(lex, s[:-3]) >= cfg.frequent_stem:
            return 2  # possessive + dative (ауданына): no case follows
        if s.endswith(("уы", "уі")) and any(getattr(a, "pos", "") == "v" and tuple(getattr(a, "suffixes", ()) or ())[-2:]
                                           in (("у", "ы"), ("у", "і")) for a in analyses):
            return 2  # a verbal noun + 3rd-person possessive (құрылуы): its locative is -ында
    if len(s) >= 7 and all(tuple(getattr(a, "suffixes", ()) or ())[-2:-1] in (("ған",), ("ген",), ("қан",), ("кен",))
                           and a.suffixes[-1] in PLURAL for a in analyses) and analyses:
        return 2  # a participle + plural (келгендер): "those who came" takes a locative hardly ever
    if not analyses and len(s) >= 6 and s.endswith(("ып", "іп")):
        return 2  # a converb the morphology cannot read (a listed form, жиыстырып): it takes no case
    if not analyses and len(s) >= 5 and s.endswith(("сы", "сі")) and s[-3] in VOWEL_LETTERS \
            and count(lex, s[:-2]) >= cfg.frequent_stem:
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
    return bool(analyses) and all(tuple(a.suffixes)[-1:] in LOC_ENDINGS for a in analyses)


def _past_only(lex, s: str) -> bool:
    """Every reading of ``s`` ends in -ды/-ді/-ты/-ті (a past tense or an accusative)."""
    try:
        analyses = lex.analyze(s)
    except Exception:
        return False
    return bool(analyses) and all(tuple(getattr(a, "suffixes", ()) or ())[-1:] in (("ды",), ("ді",), ("ты",), ("ті",))
                                  for a in analyses)


def _negative_converb(lex, s: str) -> bool:
    """The analyser reads ``s`` as a verb + the negation + the converb -й (болмай, білмей, таппай)."""
    if len(s) < 5 or s[-1] != "й" or s[-3:-1] not in QUESTION:  # (-ма/-ме/-ба/-бе/-па/-пе: the negation's forms)
        return False
    try:
        analyses = lex.analyze(s)
    except Exception:
        return False
    return any(a.pos == "v" and a.suffixes[-2:] == (s[-3:-1], "й") for a in analyses)


def _case_closed(lex, s: str) -> bool:
    """Every reading of ``s`` ends in a locative, ablative, genitive or instrumental (кеңістікте)."""
    try:
        analyses = lex.analyze(s)
    except Exception:
        return False
    return bool(analyses) and all(tuple(getattr(a, "suffixes", ()) or ())[-1:] and
                                  a.suffixes[-1] in CASE_ENDINGS for a in analyses)


def _nominal_only(lex, s: str) -> bool:
    """Every reading of ``s`` is nominal (no verb stem under it)."""
    try:
        analyses = lex.analyze(s)
    except Exception:
        return False
    return bool(analyses) and all(getattr(a, "pos", "") in ("n", "x") for a in analyses)


def particle_split(word: str, lex, question: bool = False, parallel: bool = False,
                   cfg: Config = DEFAULTS) -> Optional[Tuple[str, str]]:
    """``(stem, particle)`` when ``word`` is a word + a glued particle (however sure), else ``None``: see
    :func:`particle_decision`."""
    got = particle_decision(word, lex, question, parallel, cfg)
    return (got[0], got[1]) if got is not None else None


def particle_decision(word: str, lex, question: bool = False, parallel: bool = False,
                      cfg: Config = DEFAULTS) -> Optional[Tuple[str, str, float, str]]:
    """``(stem, particle, confidence, why)`` when ``word`` is a word + a glued particle, else ``None``.

    The glued form must be unknown to the lexicon; or, for да/де/та/те, rarer in
    the corpus than its stem while the stem cannot take a locative ending
    (шаруашылығыда, болсада, депте, тағыда); or, with ``question`` (a question
    mark follows the word), for ма/ме/ба/бе/па/пе, no more frequent than its stem
    (болама? -> бола ма?); with ``parallel`` (the word follows "X да," of a coordination:
    сыртқы да, ішкіде), for да/де/та/те, no more frequent than its stem.  ``cfg``: the particle step's
    settings.
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
    c = casing_of(word)
    if c == "x" or not is_cyrillic_token(word) or (c == "u" and not p.isupper()):
        return None
    if foreign(lex, word):
        return None
    sl = stem.lower()
    if pl in ("ма", "ме") and c != "u" and _negative_converb(lex, sl) and count(lex, word) * cfg.glued_ratio <= \
            max(count(lex, stem), 1):
        # болмай|ма, білмей|ма: a negative converb takes no further ending, so -ма after it is the question
        # particle, written in the converb's harmony (білмей ме)
        right = particle_form(sl, pl) or pl
        return stem, apply_case(p, right), cfg.confidence, "a question particle after a negative converb"
    surname = c == "t" and sl.endswith(SURNAME)
    if not particle_agrees(stem, pl) and not (surname and sl[-1] == "в" and pl in ("да", "та")):
        return None
    if sl in SUFFIX_PIECES or (sl in SEPARATE_CLITICS and not question):
        return None
    if not safe(lex.known, stem):
        return _typed_stem(word, stem, p, lex, question, parallel, cfg)
    if count(lex, stem) < cfg.frequent_stem and not safe(lex.known, word):
        typed = _typed_stem(word, stem, p, lex, question, parallel, cfg)
        if typed is not None:
            return typed  # a rare word, its Kazakh-letter restoration common (тусі|де: түсі да)
    if len(stem) == 2 and logprob(lex, stem, {}) < cfg.short_piece_min_lp:
        return None
    if safe(lex.known, word):
        if c == "t" and safe(lex.capitalised, stem):
            return None
        glued, alone = count(lex, word), count(lex, stem)
        if pl in QUESTION and c != "u" and _after_person(lex, sl) and not parses(lex, word.lower()):
            # a word the word lists have glued but the analyser cannot read, after a person ending (сыз, мыз,
            # сыздар ...), which closes a word: the question particle (Сәлеметсіздерме, Саламатсызба)
            return stem, p, cfg.confidence, "a question particle after a person ending"
        if question and pl in QUESTION:
            if glued > alone:
                return None
            # a glued form the corpora count and the analyser reads is a word of its own (қаншама?); otherwise
            # the word + the question particle (тұрма? кеткеніме? жоқпа?)
            if glued > 0 and _lexical_word(lex, word.lower()):
                # (a verb + -ма read as a negation or verbal noun is no word of its own before '?': бар ма)
                return stem, p, cfg.known_confidence, "a counted word before '?'"
            return stem, p, cfg.confidence, "a question particle before '?'"
        if pl in ("ба", "бе", "па", "пе") and (c == "l" or (c == "t" and not safe(lex.capitalised, stem))) \
                and glued < alone and _nominal_only(lex, sl):
            # -ба/-па after a word that is not a verb is neither a negation nor a verbal noun: the
            # question particle (жоқпа).  (-ма/-ме may be a dative after the possessive -м: өзіме.)
            return stem, p, cfg.confidence, "-ба/-па after a noun"
        if pl in ("ма", "ме") and c != "u" and alone >= cfg.frequent_stem and glued * cfg.glued_ratio <= alone \
                and (_past_only(lex, sl) or _case_closed(lex, sl)):
            # after a past tense (болды) or a case ending (кеңістікте) -ма is no negation and no dative:
            # the question particle
            return stem, p, cfg.confidence, "-ма after a past tense or a case ending"
        if pl not in ("да", "де", "та", "те"):
            return None
        if parallel and alone >= 1 and glued <= alone and sl not in LOCATIVE_PRONOUNS:
            # "сыртқы да, ішкіде": the second member of an "X да, Y да" coordination lost its space
            return stem, p, cfg.confidence, "the second member of 'X да, Y да'"
        sure = _no_locative(stem, lex, cfg)
        if sure == 3:
            return (stem, p, cfg.confidence, "a word that takes no locative") if glued < alone else None
        try:
            sep = int(lex.separate_count(stem))
        except Exception:
            sep = 0
        if sep >= cfg.separate_min and glued * cfg.separate_ratio <= sep and sl not in QUANTITY_WORDS \
                and sl not in LOCATIVE_PRONOUNS:
            # the clean corpora write "stem да" separately and rarely or never glued (жастар да)
            return stem, p, _da_confidence(lex, sl, cfg, word), "written apart in the corpora"
        if glued * cfg.glued_ratio > alone or not sure or alone < (1 if sure == 2 else cfg.frequent_stem):
            return None
        return stem, p, _da_confidence(lex, sl, cfg, word), "the stem takes no plain locative"
    if c == "t" and safe(lex.capitalised, stem) and not surname and \
            (pl not in ("да", "де", "та", "те") or len(sl) < 5 or not (sl.endswith(GENITIVE + WITH)
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
        if not analysed and not _no_locative(stem, lex, cfg) and not (
                len(sl) >= 5 and sl.endswith(DATIVE) and count(lex, sl[:-2]) >= cfg.frequent_stem and len(sl) - 2 >= 3):
            # (a listed dative the morphology cannot read, тарапқа: no locative follows a dative)
            return None
    if slip_in(lex, word, len(stem)) + cfg.typo_cost >= logprob(lex, stem, {}) + cfg.particle_pen:
        return None  # one slip in the stem of a counted word (мағыңада: мағынада), left for the typo step
    if c == "t" and pl in ("да", "де", "та", "те") and not surname and _locative_possible(lex, sl) and \
            (safe(lex.capitalised, stem) or count(lex, sl) < cfg.frequent_stem):
        # a capitalised word + -да whose stem is no common word (Тағыда is тағы да) and takes a plain locative
        # (Алматыданда does not): a place or firm name in the locative (Үлгіліде) as likely as a particle
        return stem, p, cfg.known_confidence, "a capitalised word: maybe a name in the locative"
    if pl in ("да", "де", "та", "те"):
        return stem, p, _da_confidence(lex, sl, cfg, word), "an unknown word + a particle"
    return stem, p, cfg.confidence, "an unknown word + a particle"


def _lexical_word(lex, w: str) -> bool:
    """The analyser reads ``w`` as a stem of its own, without suffixes (қаншама), not only as a stem + a suffix."""
    return any(not suffixes for _s, _pos, suffixes, _names in parses(lex, w))


def _da_confidence(lex, sl: str, cfg: Config, glued: str) -> float:
    """The confidence of "stem да": low where the glued form is a word the list attests and may be the stem's
    locative (алғашқыда, кестеде)."""
    return cfg.known_confidence if safe(lex.attested, glued) and _locative_possible(lex, sl) else cfg.confidence


def _locative_possible(lex, s: str) -> bool:
    """Can ``s`` + да/де/та/те be its locative?  Only a nominal takes the plain locative: a bare noun or
    adjective (кесте, алғашқы), a plural (қалалар), a word the analyser cannot read (a loan: контакт).  Not a
    verb form (кетті, болса), a possessive (сапасы: its locative is -нда), another case (басқа, одан), a
    pronoun or determiner: after those да/де is the particle."""
    if s in FUNCTION_WORDS or s in DETERMINERS or s in PRONOUN_FORMS or s in UNINFLECTED:
        return False
    try:
        analyses = lex.analyze(s)
    except Exception:
        return True
    if not analyses:
        # a loan the analyser cannot read, unless a counted word + a case ending (елдің: a genitive)
        return not any(s.endswith(e) and len(s) > len(e) and count(lex, s[:-len(e)]) for e in CASE_ENDINGS
                       if len(e) >= 2)
    if any(getattr(a, "pos", "") == "v" and getattr(a, "suffixes", ()) for a in analyses):
        return False  # a verb form (болса, кетті) even where the list also has it as a noun
    return any(getattr(a, "pos", "") in ("n", "x") and tuple(getattr(a, "suffixes", ()) or ()) in ((), ("лар",),
               ("лер",), ("дар",), ("дер",), ("тар",), ("тер",))
               for a in analyses)


def _counted_reading(lex, s: str, a) -> bool:
    """The analysis ``a`` of ``s`` stands on counted ground: it has no suffix, or its stem is counted and, when it
    ends in a case ending, so is the base that ending follows."""
    suffixes = tuple(getattr(a, "suffixes", ()) or ())
    if not suffixes:
        return True
    if not count(lex, getattr(a, "stem", "")):
        return False
    return suffixes[-1] not in CASE_ENDINGS or bool(count(lex, s[:len(s) - len(suffixes[-1])]))


def _name_ablative(lex, s: str) -> bool:
    """``s`` is a capitalised word + ablative (Торғайдан) or dative (Сәрсенбайға): no locative follows."""
    if s.endswith(DATIVE) and len(s) >= 6 and safe(lex.capitalised, s[:-2]):
        return True
    if not s.endswith(ABLATIVE) or len(s) < 6 or not safe(lex.capitalised, s[:-3]):
        return False
    try:
        return any(tuple(getattr(a, "suffixes", ()) or ()) == (s[-3:],) for a in lex.analyze(s))
    except Exception:
        return False


def _after_person(lex, s: str) -> bool:
    """``s`` (lower case, 5+ letters) ends in a predicate's person ending: the analyser reads it so, or it cannot
    read it but the rest is a known word of three letters or more (саламат|сыз)."""
    if len(s) < 5:
        return False
    readings = parses(lex, s)
    if readings:
        return any(names and names[-1] in PERSONS for _s, _p, _suf, names in readings)
    return any(s.endswith(e) and len(s) - len(e) >= 3 and safe(lex.known, s[:-len(e)]) for e in PERSON_ENDINGS)


def _typed_stem(word: str, stem: str, p: str, lex, question: bool, parallel: bool,
                cfg: Config) -> Optional[Tuple[str, str, float, str]]:
    """A word typed on a Russian layout + a glued particle (багасыда: бағасы да, тусіде: түсі де): the stem is
    no word (or a rare one), but one of its Kazakh-letter restorations is counted ``frequent_stem`` times and
    ``glued_ratio`` times as often as the stem and as any other restoration, the whole word restored is no
    word (калада: қалада, a locative, stays), and the restored word is split by the rules above.  The stem
    comes back restored (түсі): the keyboard step, which runs before, never saw it as a word of its own."""
    lw = word.lower()
    if safe(lex.known, lw) or any(safe(lex.known, r) for r in keyboard_candidates(lw, lex)):
        return None
    restored = sorted(((count(lex, r), r) for r in keyboard_candidates(stem.lower(), lex)), reverse=True)
    if not restored or restored[0][0] < max(cfg.frequent_stem, count(lex, stem) * cfg.glued_ratio) or \
            (len(restored) > 1 and restored[1][0] * cfg.glued_ratio > restored[0][0]):
        return None
    got = particle_decision(apply_case(stem, restored[0][1]) + p, lex, question, parallel, cfg)
    if got is None or len(got[0]) != len(stem):
        return None
    return got[0], p, got[2], f"a word typed on a Russian layout ({restored[0][1]}) + a particle; {got[3]}"
