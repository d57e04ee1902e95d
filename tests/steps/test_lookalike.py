"""The ``lookalike`` step: tables of cases, the letter tables, its own property (the shared ones: tests/contract)."""
import unicodedata

import pytest
from hypothesis import given

import kaznorm
from kaznorm.kazakh.legacy_encodings import KZ1048_AS_CP1251, PTCP154_AS_CP1251
from kaznorm.kazakh.lookalikes import LATIN_TO_CYRILLIC, VARIANT_LETTERS, WEAK_VARIANT_LETTERS

from noisy_characters import ANY

LOOK = kaznorm.Pipeline(["lookalike"])

LOOKALIKE_CASES = [
    ("Бaтысында", "Батысында"),  # Latin a
    ("Cәлем, әлем!", "Сәлем, әлем!"),  # Latin C
    ("hәм", "һәм"),  # Latin h -> һ
    ("бiр кiтап", "бір кітап"),  # Latin i -> і
    ("Iле Алатауы", "Іле Алатауы"),  # Latin I -> І
    ("ҚAЗAҚCTAН", "ҚАЗАҚСТАН"),  # capitals
    ("KPEМЛЬ", "КРЕМЛЬ"),
    ("«ОТЫРАР – ТB» телекомпаниясы", "«ОТЫРАР – ТВ» телекомпаниясы"),
    ("Mәскеу мен Bашингтон", "Мәскеу мен Вашингтон"),
    ("OPAЛМAН", "ОРАЛМАН"),
    ("cyйeкті", "сүйекті".replace("ү", "у")),  # y -> у (ү needs a lexicon)
    ("əке мен шешe", "әке мен шеше"),  # Latin schwa
    ("ƏКЕСІМЕН", "ӘКЕСІМЕН"),
    ("ǝжe", "әже"),
    ("ɵзен, Ɵскемен", "өзен, Өскемен"),
    ("Кӛкшетау, Жаңаӛзен", "Көкшетау, Жаңаөзен"),
    ("маӊызды", "маңызды"),
    ("Б¥¥ бас хатшысы", "БҰҰ бас хатшысы"),
    ("Ақ кθл мен тау", "Ақ көл мен тау"),  # Greek theta in a Kazakh text
    ("Ақ кѳл", "Ақ көл"),  # old Cyrillic fita in a Kazakh text
    ("ауадағы cy буының", "ауадағы су буының"),  # two-letter word typed in Latin
    ("Cy жасушаға қажет", "Су жасушаға қажет"),
    ("«Ax - ах!» дейді", "«Ах - ах!» дейді"),
    ("(Ə. Мұқанов)", "(Ә. Мұқанов)"),
    ("Петр I оған бiр қылыш берді", "Петр І оған бір қылыш берді"),  # this text types І as Latin I
    ("Бiр-бiрiн", "Бір-бірін"),
]

LOOKALIKE_UNCHANGED = [
    "Toyota, ITOCHU, iPhone және Samsung",  # Latin words
    "XXI ғасыр, XX ғасырдың II жартысы",  # Roman numerals
    "Петр I оған қылыш берді",  # Latin I with no evidence of Latin-for-Cyrillic typing
    "H2O, CO2, COVID-19, EXPO-2017 көрмесі",  # formulas and codes
    "COKEY, KSP, OK, AB кесіндісі",  # all-Latin capitals
    "CОKEY",  # a Latin word with one Cyrillic О stays as it is
    "https://bаq.kz/Бaтыс және info@example.kz",  # URLs and e-mails
    "сайт bаq.kz арқылы",
    "ATMдің, Mexicoға, Corporationмен",  # a Latin word with a suffix: for suffix_hyphen
    "θ бұрышы, α мен β",  # Greek letters in a formula
    "hip-hop әні, pop жанры",
    "x мәні мен y мәні",  # math variables
    "ə дыбысы",  # a lone IPA schwa is changed only... see below
    "Ѳеодоръ",  # pre-1918 Russian fita without Kazakh letters
    "Қазақстан Республикасы – «тәуелсіз» мемлекет.",
    "",
]


@pytest.mark.parametrize("noisy,clean", LOOKALIKE_CASES)
def test_lookalike(noisy, clean):
    assert LOOK(noisy) == clean


@pytest.mark.parametrize("text", [t for t in LOOKALIKE_UNCHANGED if t != "ə дыбысы"])
def test_lookalike_not_changed(text):
    assert LOOK(text) == text


def test_lone_schwa_in_cyrillic_text_becomes_a():
    # a one-letter ə in a Cyrillic line is the letter ә written with a Latin code point
    assert LOOK("ə дыбысы") == "ә дыбысы"
    # but not in a line without Cyrillic (IPA transcription)
    assert LOOK("[ə] and [ɵ]") == "[ə] and [ɵ]"


def test_lookalike_result_is_wholly_cyrillic_or_unchanged():
    for noisy, _ in LOOKALIKE_CASES:
        out = LOOK(noisy)
        for w in out.replace("-", " ").split():
            letters = [c for c in w if c.isalpha()]
            if any("\u0400" <= c <= "\u04ff" for c in letters) and w not in noisy.split():
                assert all("\u0400" <= c <= "\u04ff" for c in letters), w


# --------------------------------------------------------------------------- tables


def test_tables_map_to_cyrillic():
    for src, dst in list(LATIN_TO_CYRILLIC.items()) + list(VARIANT_LETTERS.items()) + list(
            WEAK_VARIANT_LETTERS.items()) + list(KZ1048_AS_CP1251.items()) + list(PTCP154_AS_CP1251.items()):
        assert len(src) == 1 and len(dst) == 1
        assert "\u0400" <= dst <= "\u04ff", (src, dst)
        assert unicodedata.category(dst).startswith("L")


# --------------------------------------------------------------------------- properties


@given(text=ANY)
def test_step_properties(text):
    # (never raises, idempotent, line count, replay: tests/contract/test_every_step.py)
    out = LOOK.explain(text).text
    # one letter for one letter, always
    assert len(out) == len(text)


def test_lookalike_neighbour_is_a_whole_word_so_suffix_hyphen_cannot_flip_it():
    # `Toyotaден` becomes `Toyota-ден` in the same run; the short Latin word next to it must be
    # judged the same way before and after, so the whole pipeline stays idempotent.
    once = kaznorm.clean("Toyotaден aa")
    assert kaznorm.clean(once) == once
    assert kaznorm.Pipeline(["lookalike"])("Toyota-ден aa") == "Toyota-ден aa"


# --------------------------------------------------------------------------- idempotence
# The lookalike step judges the text as the later steps will leave it, so that a second run of
# the pipeline finds nothing new (counter-examples found by fuzzing the whole pipeline, shrunk).


def test_lookalike_reads_a_word_broken_at_a_line_end_as_one():
    # linebreak_hyphen may rejoin the parts: a two-letter look-alike word (I-\ne -> Ie) ...
    assert LOOK("X-\nx Жгг") == "Х-\nх Жгг"
    assert LOOK("I-\ne\tқ") == "І-\nе\tқ"
    # ... and a neighbour that is a whole word once rejoined (а- б -> аб)
    assert LOOK("xa  а- б") == "ха  а- б"
    assert LOOK("xa а-б") == "xa а-б"  # a hyphenated word is no neighbour (no line break)
    assert LOOK("x-\nyz Жгг") == "x-\nyz Жгг"  # three letters once rejoined: no two-letter word


def test_lookalike_gap_spaces_do_not_count():
    # the spacing step shortens a run of spaces: the gap is judged by its punctuation marks
    assert LOOK("ә xa          ә") == "ә ха          ә"
    assert LOOK("ә xa ,,,,,,,, ә") == "ә xa ,,,,,,,, ә"  # eight marks: too far apart


# --------------------------------------------------------------------------- settings


def test_settings_are_the_steps_config():
    from kaznorm.steps.lookalike import Config

    assert kaznorm.Pipeline.default().config("lookalike") == Config()
    assert kaznorm.Pipeline.from_profile("aggressive").config("lookalike") == Config()  # no aggressive settings


@pytest.mark.parametrize("setting, text, default, changed", [
    ({"latin_run": 2}, "ceкір", "секір", "ceкір"),
    ({"latin_letters": 5}, "Бaлaтca", "Бaлaтca", "Балатса"),
    ({"abbreviation_capitals": 3}, "TBдің", "TBдің", "ТВдің"),
    ({"short_word": 3}, "сөз cop сөз", "сөз cop сөз", "сөз сор сөз"),
    ({"short_word": 3}, "сөз cy сөз", "сөз су сөз", "сөз cy сөз"),
    ({"gap_marks": 8}, "сөз cy !!!!!!!! сөз", "сөз cy !!!!!!!! сөз", "сөз су !!!!!!!! сөз"),
    ({"edge_marks": 10}, "сөз cy !!!!!!!!!", "сөз cy !!!!!!!!!", "сөз су !!!!!!!!!"),
])
def test_settings_are_read_from_the_config(setting, text, default, changed):
    assert LOOK(text) == default
    assert LOOK.with_config("lookalike", **setting)(text) == changed


@given(ANY)
def test_fast_trigger_finds_what_the_plain_trigger_finds(text):
    from kaznorm.steps.lookalike import look_trigger, look_trigger_fast

    for n in (2, 3):
        fast, plain = look_trigger_fast(n), look_trigger(n)
        for t in (text, f"сөз {text} cop", f"cy {text}"):
            assert (fast.search(t) is None) == (plain.search(t) is None), t


@pytest.mark.parametrize("text,want", [
    ("Кaspi арқылы төледім.", "Kaspi арқылы төледім."),  # a Cyrillic К opening a Latin brand
    ("ВОSCН жақсы екен.", "BOSCH жақсы екен."),  # capitals: В О Н typed Cyrillic, S shows it is Latin
    ("Маған Bosсh-ты ұнады.", "Маған Bosch-ты ұнады."),  # a Cyrillic с inside, a suffix after the hyphen
    ("Microsoft Officе бағдарламасы", "Microsoft Office бағдарламасы"),
    ("ХІV ғасырда", "XIV ғасырда"),  # a Roman numeral with a Latin V: made Latin throughout
    ("VІ ғасыр", "VI ғасыр"),  # (V has no Cyrillic look-alike, so the numeral cannot be Cyrillic)
])
def test_a_latin_word_typed_with_cyrillic_lookalikes_is_made_latin(text, want):
    r = kaznorm.explain(text, only=["lookalike"])
    assert r.text == want
    assert r.changes[0].note == "Cyrillic look-alike letters -> Latin (a Latin word)"


@pytest.mark.parametrize("text", [
    "бipre барамыз",  # б has no Latin twin: a Kazakh word, not a Latin one (the Cyrillic rules judge it)
    "Н2О формуласы",  # a formula next to digits
    "ХХІ ғасыр",  # all Cyrillic: no Latin letter shows a Latin word
])
def test_the_mirror_leaves_words_that_cannot_be_latin(text):
    notes = [c.note for c in kaznorm.explain(text, only=["lookalike"]).changes]
    assert "Cyrillic look-alike letters -> Latin (a Latin word)" not in notes
