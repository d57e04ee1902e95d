"""linebreak_hyphen: words hyphenated at a line break and left that way in the text."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kaznorm.core.pipeline import Pipeline
from kaznorm.steps.linebreak_hyphen import linebreak_decision

from wordlex import LEX

LB = Pipeline(["linebreak_hyphen"], lexicon=LEX)

JOINS = [
    ("арасын-  да", "арасында"),
    ("арасын-\u00a0 да", "арасында"),
    ("салалар- да", "салаларда"),
    ("прези- дент", "президент"),
    ("прези-\nдент", "президент"),
    ("прези- \nдент", "президент"),
    ("прези-\n  дент келді", "президент келді"),
    ("Прези-\nдент", "Президент"),
    ("ПРЕЗИ-\nДЕНТ", "ПРЕЗИДЕНТ"),
    ("прези\u00adдент", "президент"),
    ("прези\u00ad\nдент", "президент"),
    ("сон- дықтан", "сондықтан"),
    ("қан- дай", "қандай"),  # both halves are words, but the joined word is known
    ("оты-\nрып", "отырып"),
    ("көшбас-\nшы", "көшбасшы"),  # neither form known: line-break debris is joined
    # a known compound broken at its own hyphen keeps the hyphen
    ("ата-\nана", "ата-ана"),
    ("ата- ана", "ата-ана"),
    ("мұнай-\nгаз", "мұнай-газ"),
    ("бала-\nшаға", "бала-шаға"),
    ("Қасым-\nЖомарт", "Қасым-Жомарт"),
]


@pytest.mark.parametrize("text,want", JOINS)
def test_joins(text, want):
    assert LB(text) == want


KEEP = [
    "ата-ана", "бала-шаға", "ғылыми-зерттеу", "әлеуметтік-экономикалық",  # plain in-word hyphens
    "орта- және шағын бизнес",  # a hanging hyphen before a conjunction
    "505 млн- жылдар",  # an abbreviation before the hyphen
    "10- 15", "2010-\n2015",  # numbers
    "сөз -\nсөз", "сөз - сөз", "— сөз",  # dashes, not hyphens
    "бітті-\nЕнді",  # a new sentence on the next line
    "ABC- DEF", "xyzab- cdef",  # Latin: only a known English/Russian word is joined
    "-\nдент", "прези-",
    # two words of three letters or more around a hyphen with no newline: a dash that lost its left space
    "балалар- мектепке", "қалада-  балалар келді",
]


@pytest.mark.parametrize("text", KEEP)
def test_keeps(text):
    assert LB(text) == text


def test_known_english_word_joined():
    assert LB("infor- mation") == "information"
    assert LB("infor-\nmation") == "information"


def test_rejoining_lines_is_explained():
    r = LB.explain("Бұл прези-\nдент келді.\nЕкінші жол")
    assert r.text == "Бұл президент келді.\nЕкінші жол"
    (c,) = r.changes
    assert c.step == "linebreak_hyphen" and "rejoined" in c.note
    assert r.original[c.start:c.end] == "-\n"
    assert r.replay() == r.text


def test_only_hyphen_newlines_are_removed():
    text = "бір\nекі\n\nата-ана\n- жол\nсөз -\nсөз\n"
    assert LB(text) == text
    assert LB("прези-\nдент\nекі") == "президент\nекі"


def test_decision_table():
    assert linebreak_decision("прези", "дент", LEX) == "президент"
    assert linebreak_decision("ата", "ана", LEX) == "ата-ана"
    assert linebreak_decision("орта", "және", LEX) is None
    assert linebreak_decision("бітті", "Енді", LEX) is None
    # two known words: with a newline a line break, on one line a dash typed without its left space
    assert linebreak_decision("балалар", "мектепке", LEX, newline=True) == "балалармектепке"
    assert linebreak_decision("балалар", "мектепке", LEX, newline=False) is None
    assert linebreak_decision("прези", "дент", LEX, newline=False) == "президент"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="абқәжлмнөрстүі -\n\u00ad\u00a0Д", max_size=50))
def test_idempotent_and_letters_kept(text):
    out = LB(text)
    assert LB(out) == out
    keep = lambda s: "".join(ch for ch in s if ch.isalpha())  # noqa: E731
    assert keep(out) == keep(text)


@pytest.mark.parametrize("text", ["I-\nа", "Т-\nshirt", "bas-\nқа"])
def test_halves_in_two_scripts_stay_apart(text):
    # one word is in one script; joined, "Iа" would read as the known "Іа" and turn into it on a second run
    import kaznorm
    assert kaznorm.clean(text, only=["linebreak_hyphen"]) == text
    assert kaznorm.clean(kaznorm.clean(text)) == kaznorm.clean(text)


# --- settings: the step reads its Config from the pipeline

def test_settings_are_the_step_config():
    from kaznorm.steps.linebreak_hyphen import Config
    assert Pipeline.default().config("linebreak_hyphen") == Config()
    assert Pipeline.from_profile("aggressive").config("linebreak_hyphen") == Config()


def test_with_config_max_passes_changes_the_decision():
    # a word broken three times is joined break by break: one pass leaves the first break, which a second
    # pass joins once the rest is one word
    text = "колданыс-\nта\u00ad\nғ-\n ы"
    lb = Pipeline(["linebreak_hyphen"])
    assert lb(text) == "колданыстағы"
    assert lb.with_config("linebreak_hyphen", max_passes=1)(text) == "колданыс-\nтағы"
    assert lb.with_config("linebreak_hyphen", max_passes=0)(text) == text
