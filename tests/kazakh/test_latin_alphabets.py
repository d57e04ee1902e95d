"""The Latin alphabets (kaznorm.kazakh.latin): tables per alphabet on sentences written for these tests,
Turkic casing, the loan letters, and Cyrillic → Latin → Cyrillic properties."""
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kaznorm
from kaznorm import Pipeline
from kaznorm.kazakh.latin import (DRAFT_2017, DRAFT_2018, INFORMAL, LOAN_LETTERS, LOAN_LETTERS_SOURCE, OFFICIAL_2021,
                                  READINGS, latin_lower, latin_upper, write)
from kaznorm.lexicon import Lexicon

import wordlex
from steps import spelling_lexicon

# (Cyrillic, official 2021, 2018 draft, 2017 draft): sentences written for these tests
TABLE = [
    ("Біз ертең ауылға барамыз.", "Bız erteñ auylğa baramyz.", "Biz erteń aýylǵa baramyz.",
     "Biz erten' ay'ylg'a baramyz."),
    ("Шешем үйде шай қайнатып отыр.", "Şeşem üide şai qainatyp otyr.", "Sheshem úıde shaı qaınatyp otyr.",
     "S'es'em u'i'de s'ai' qai'natyp otyr."),
    ("Өзен жағасында құстар ән салады.", "Özen jağasynda qūstar än salady.", "Ózen jaǵasynda qustar án salady.",
     "O'zen jag'asynda qustar a'n salady."),
    ("Қыс қатты болды, бірақ көктем ерте келді.", "Qys qatty boldy, bıraq köktem erte keldı.",
     "Qys qatty boldy, biraq kóktem erte keldi.", "Qys qatty boldy, biraq ko'ktem erte keldi."),
    ("Жаңа кітапханада оқушылар көп.", "Jaña kıtaphanada oquşylar köp.", "Jańa kitaphanada oqýshylar kóp.",
     "Jan'a kitaphanada oqy's'ylar ko'p."),
    ("Иә, ол биыл мектепті бітірді.", "İä, ol biyl mekteptı bıtırdı.", "Iá, ol bıyl mektepti bitirdi.",
     "I'a', ol bi'yl mektepti bitirdi."),
]
# loan letters (the documented choices): Cyrillic -> 2021
LOANS = [
    ("Қазақстан Республикасы", "Qazaqstan Respublikasy"),
    # (the way back goes through the lexicon: words its counts attest)
    ("станция", "stantsiia"), ("ТҰЩЫ", "TŪŞŞY"), ("Тұщы", "Tūşşy"), ("Юрий", "İurii"),
    ("ЯНВАРЬ", "İANVAR"), ("фильм", "film"), ("объективті", "obektivtı"), ("чемпион", "chempion"), ("ЧЕХ", "CHEH"),
    ("поэзия", "poeziia"), ("шаһар", "şahar"), ("хат", "hat"),
]


@pytest.mark.parametrize("cyr,l21,l18,l17", TABLE)
def test_tables_per_alphabet(cyr, l21, l18, l17):
    assert kaznorm.to_latin(cyr) == l21
    assert kaznorm.to_latin(cyr, alphabet="2018") == l18
    assert kaznorm.to_latin(cyr, alphabet="2017") == l17


@pytest.mark.parametrize("cyr,l21,l18,l17", TABLE)
def test_each_alphabet_reads_back(cyr, l21, l18, l17):
    for latin in (l21, l18, l17):
        assert kaznorm.to_cyrillic(latin) == cyr, latin


@pytest.mark.parametrize("cyr,lat", LOANS)
def test_loan_letters_and_their_way_back(cyr, lat):
    assert kaznorm.to_latin(cyr) == lat
    assert kaznorm.to_cyrillic(lat) == cyr


def test_russian_words_of_no_kazakh_text_stay_written_by_the_rules():
    # ё is in no Kazakh word the lexicon counts: a Russian word read back by the letter rules
    assert kaznorm.to_latin("ёлка") == "iolka" and kaznorm.to_cyrillic("iolka") == "йолка"


def test_the_alphabet_tables():
    # the 31 letters of 2021 (and the loan letters' documented choices, with their source)
    letters = set("".join(v for k, v in OFFICIAL_2021.items() if k not in LOAN_LETTERS))
    assert letters == set("aäbdefgğhijklmnñoöpqrsştuūüvyzı")
    assert LOAN_LETTERS == {"ё": "io", "ю": "iu", "я": "ia", "ц": "ts", "ч": "ch", "щ": "şş", "э": "e", "ь": "", "ъ": ""}
    assert "2021" in LOAN_LETTERS_SOURCE or "issue 19" in LOAN_LETTERS_SOURCE
    assert DRAFT_2018["и"] == DRAFT_2018["й"] == "ı" and DRAFT_2018["у"] == "ý" and DRAFT_2018["ш"] == "sh"
    assert DRAFT_2017["ә"] == "a'" and DRAFT_2017["ш"] == "s'" and DRAFT_2017["у"] == "y'"
    # every Cyrillic letter is written by every alphabet, and read back by its reading table
    for table, name in ((OFFICIAL_2021, "2021"), (DRAFT_2018, "2018"), (DRAFT_2017, "2017")):
        assert len(table) == 42
        for cyr, lat in table.items():
            if lat and len(lat) == 1:
                assert cyr in READINGS[name].get(lat, ()) + READINGS[name].get(lat.upper(), ()), (name, cyr)
    # every 2021 reading is an informal one too
    for key, opts in READINGS["2021"].items():
        assert set(opts) <= set(INFORMAL.get(key, ())), key


def test_turkic_casing():
    assert latin_upper("i ı") == "İ I"
    assert latin_lower("İ I") == "i ı"
    assert latin_lower("İ I", "2018") == "i I" and latin_lower("İstanbul", "informal") == "istanbul"
    assert all(len(latin_lower(c)) == 1 for c in "İIÄÖÜŪĞŞÑ")
    assert write("ИІ Ии Іі") == "İI İi Iı"
    assert kaznorm.to_latin("ИІЛІК") == "İILIK"
    assert kaznorm.to_cyrillic("İILIK") == "ИІЛІК" and kaznorm.to_cyrillic("Ilık") == "Ілік"


def test_types():
    with pytest.raises(TypeError):
        kaznorm.to_latin(b"\xd0\xb0")
    with pytest.raises(TypeError):
        kaznorm.to_cyrillic(None)
    with pytest.raises(TypeError):
        kaznorm.to_latin("а", alphabet=2021)
    with pytest.raises(ValueError):
        kaznorm.to_latin("а", alphabet="1929")


# ------------------------------------------------------------------------------------------- properties

# the Kazakh words of the tests' lexicons (tests/wordlex.py and tests/steps/spelling_lexicon.py)
SAMPLE = sorted({w for w in list(wordlex.FORMS) + list(spelling_lexicon.COUNTS) + wordlex.COMPOUNDS
                 if re.fullmatch("[а-яёәғқңөұүһі-]+", w) and not w.startswith("-") and not w.endswith("-")})
SAMPLE_LEX = Lexicon.from_words({w: 5 for w in SAMPLE if "-" not in w}, compounds=[w for w in SAMPLE if "-" in w])
READ = Pipeline(["latin"], lexicon=SAMPLE_LEX, config={"latin": {"assume_kazakh": True}}, min_confidence=0.5)
WORDS = st.sampled_from(SAMPLE)
SEPARATORS = st.sampled_from([" ", ", ", ". ", " – ", "! ", "\n", " (", ") ", ": "])
CASED = st.tuples(WORDS, st.sampled_from(["lower", "title", "upper"])).map(
    lambda t: t[0] if t[1] == "lower" else t[0].upper() if t[1] == "upper" else t[0][:1].upper() + t[0][1:])
KAZAKH_TEXT = st.lists(st.tuples(CASED, SEPARATORS), min_size=1, max_size=8).map(
    lambda xs: "".join(w + s for w, s in xs).strip())
PIECES = st.sampled_from(["2021", "15:30", "3,5", "https://qazaq.kz/jaqsy?q=1", "www.kitap.kz", "aq@mail.kz",
                          "iPhone", "the", "yaxshi", " ", ".", "-", "«", "»", "\n", "№5"])


def test_the_sample_reads_back_word_by_word():
    for w in SAMPLE:
        assert READ(kaznorm.to_latin(w)) == w, (w, kaznorm.to_latin(w))


@given(KAZAKH_TEXT)
def test_cyrillic_to_latin_to_cyrillic_gives_back_every_word(text):
    assert READ(kaznorm.to_latin(text)) == text


@given(st.text(max_size=60))
def test_never_raises_and_writes_no_kazakh_cyrillic(text):
    out = kaznorm.to_latin(text)
    assert isinstance(out, str) and kaznorm.to_latin(out) == out
    assert not re.search("[а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ]", out)
    assert isinstance(kaznorm.to_cyrillic(text), str) and isinstance(kaznorm.to_cyrillic(out), str)


@given(st.lists(st.one_of(PIECES, KAZAKH_TEXT), min_size=1, max_size=8).map(" ".join))
def test_digits_urls_emails_and_foreign_words_untouched(text):
    latin = kaznorm.to_latin(text)
    back = kaznorm.to_cyrillic(latin)
    for piece in ("2021", "15:30", "3,5", "https://qazaq.kz/jaqsy?q=1", "www.kitap.kz", "aq@mail.kz", "iPhone",
                  "the", "yaxshi", "№5"):
        assert latin.count(piece) == text.count(piece)
        assert back.count(piece) == text.count(piece), piece
    assert kaznorm.to_cyrillic(back) == back  # idempotent
