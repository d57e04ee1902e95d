"""The ``latin`` step (Kazakh written in Latin read back into Cyrillic) and ``write_latin``: tables of lines
written for these tests (shipped lexicon), lines that must not change (English, Turkish, Uzbek, brands and
addresses inside Cyrillic text), notes, settings, profiles and properties."""
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kaznorm
from kaznorm import PROFILES, Pipeline
from kaznorm.latin import latin_decisions, with_script
from kaznorm.steps.latin import Config

STEP = Pipeline(["latin"], profile="unify")

CONVERTED = [
    # informal Latin (chats, reviews)
    ("Bugin kun ote jaksy boldy, rahmet!", "Бүгін күн өте жақсы болды, рахмет!"),
    ("Men kitap oqydym, keremet eken.", "Мен кітап оқыдым, керемет екен."),
    ("Jaksy komektesedi", "Жақсы көмектеседі"),
    ("Zhaksy komektesedi", "Жақсы көмектеседі"),
    ("Ote kuwti magazin eken", "Өте күшті магазин екен"),
    ("qazaqsha", "қазақша"),
    ("Balalar mektepke bardy.", "Балалар мектепке барды."),
    ("Sapasy jaksy 5jyl kepildigi bar", "Сапасы жақсы 5жыл кепілдігі бар"),
    # the official alphabet and the drafts
    ("Sälem, qalaisyñ?", "Сәлем, қалайсың?"),
    ("Sálem, qalaısyń?", "Сәлем, қалайсың?"),
    ("Sa'lem, qalai'syn'?", "Сәлем, қалайсың?"),
    ("Qazaqstan Respublikasynyñ astanasy Astana qalasy.", "Қазақстан Республикасының астанасы Астана қаласы."),
    # an English word inside informal Kazakh stays; a domain stays
    ("Keremet! Super nice product", "Керемет! Super nice product"),
    ("Rahmet Kaspi.kz", "Рахмет Kaspi.kz"),
]

UNCHANGED = [
    "I love this book, it is great.",
    "Please send the film to info@kitap.kz before Monday.",
    "The men were on the bar near the sea.",
    "Samsung Galaxy телефоны өте жақсы.",
    "Біз https://qazaq.kz/jaqsy-kitap сайтында оқыдық.",
    "Kaspi QR жоқ, сондықтан қолма-қол ақша төледім.",
    "Бұл «Toyota Camry» көлігі.",
    "3G, 4K, H2O, mp3, COVID-19",
    "Ma Sha Allah",
]
FOREIGN = Path(__file__).resolve().parents[2] / "benchmarks" / "latin_foreign_lines.txt"
TURKISH_UZBEK = [l for l in FOREIGN.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]


@pytest.mark.parametrize("text,expected", CONVERTED)
def test_kazakh_in_latin_is_read_back(text, expected):
    assert STEP(text) == expected
    assert kaznorm.clean(text, profile="unify", only=["latin"]) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_lines_that_must_not_change(text):
    assert STEP(text) == text


def test_turkish_and_uzbek_lines_do_not_change():
    changed = [t for t in TURKISH_UZBEK if STEP(t) != t]
    assert len(TURKISH_UZBEK) >= 100
    assert len(changed) <= 1, changed  # (the bar: at most 0.5% of such lines)


def test_every_converted_word_is_a_change_with_its_note():
    r = kaznorm.explain("Ote jaksy, tipti keremet eken", profile="unify", only=["latin"])
    assert r.text == "Өте жақсы, tipti керемет екен"
    assert [c.original for c in r.changes] == ["Ote", "jaksy", "keremet", "eken"]
    assert all(c.step == "latin" and r.original[c.start:c.end] == c.original for c in r.changes)
    assert "жақсы(6535)" in r.changes[1].note or "жақсы(" in r.changes[1].note
    # the word the lexicon cannot decide is left, and the note says why
    note = r.changes[0].note
    assert "tipti left: the lexicon cannot decide between" in note and "типті" in note and "тіпті" in note
    why = {d.word: d for d in latin_decisions("Ote jaksy, tipti keremet eken")}
    assert why["tipti"].cyrillic is None and "cannot decide" in why["tipti"].note
    assert why["jaksy"].cyrillic == "жақсы" and why["jaksy"].kazakh_run


def test_profiles():
    assert "latin" not in PROFILES["default"] and "write_latin" not in PROFILES["default"]
    assert "latin" in PROFILES["unify"] and "latin" in PROFILES["aggressive"]
    assert [n for n in PROFILES["unify"] if n != "latin"] == PROFILES["default"]
    line = "Ote jaksy eken"
    assert kaznorm.clean(line) == line
    assert kaznorm.clean(line, profile="unify") == "Өте жақсы екен"
    assert kaznorm.clean(line, profile="aggressive") == "Өте жақсы екен"
    # the Cyrillic the step writes is seen by the steps after it (spacing splits the glued sentences)
    assert kaznorm.clean("Sapasy jaqsy.Rahmet", profile="unify") == "Сапасы жақсы. Рахмет"


def test_settings_change_decisions():
    assert Pipeline.from_profile("unify").config("latin") == Config()
    half = "Keremet super nice"  # one Kazakh word of three
    assert STEP(half) == half
    assert STEP.with_config("latin", share=0.3, foreign_zipf=9.0)(half) == "Керемет super nice"
    # to_cyrillic is told the text is Kazakh (assume_kazakh): a common English word is read too
    assert STEP("Men on") == "Мен on" and kaznorm.to_cyrillic("Men on") == "Мен он"


def test_write_latin_and_with_script():
    p = with_script(Pipeline.default(), "latin")
    assert p.names()[-1] == "write_latin"
    assert p("Бұл  кітап..") == "Būl kıtap."
    r = p.explain("Иә, Ілияс")
    assert r.text == "İä, Iliias" and {c.step for c in r.changes} == {"write_latin"}
    u = with_script(Pipeline.from_profile("unify"), "latin")
    assert u("Ote jaksy kitap") == "Öte jaqsy kıtap"  # read into Cyrillic, then written in 2021 Latin
    c = with_script(Pipeline.default(), "cyrillic")
    assert "latin" in c.names() and c.names().index("latin") < c.names().index("lookalike")
    assert with_script(p, "cyrillic").names()[-1] != "write_latin"
    with pytest.raises(TypeError):
        with_script(p, 1)
    with pytest.raises(TypeError):
        with_script("default", "latin")
    with pytest.raises(ValueError):
        with_script(p, "arabic")


LATIN_PIECES = st.sampled_from([
    "ote", "jaksy", "Jaqsy", "rahmet", "keremet", "eken", "kitap", "Sälem", "qalaisyñ", "Sálem", "qalaısyń",
    "g'", "a'", "sa'lem", "super", "the", "güzel", "yaxshi", "Kaspi.kz", "info@kitap.kz", "https://a.kz/b", "5jyl",
    "100tg", "tipti", "I", "İ", "ı", "Toyota", "QR", " ", "  ", ".", ",", "!", "?", "-", "«", "»", "\n", "'",
    "бала", "жақсы", "Қазақстан", "кітап", "ма", "1", "2021",
])
LATIN_TEXT = st.lists(LATIN_PIECES, max_size=25).map("".join)


@given(LATIN_TEXT)
def test_step_never_raises_and_is_idempotent(text):
    once = STEP(text)
    assert STEP(once) == once
    assert once.count("\n") == text.count("\n")
    for kept in ("Kaspi.kz", "info@kitap.kz", "https://a.kz/b", "2021"):
        assert once.count(kept) >= text.count(kept)


@given(LATIN_TEXT)
def test_unify_profile_is_idempotent(text):
    once = kaznorm.clean(text, profile="unify")
    assert kaznorm.clean(once, profile="unify") == once
