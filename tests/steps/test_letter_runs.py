"""letter_runs: letters lengthened for emphasis in informal text put back (the shipped lexicon)."""
import pytest

import kaznorm
from kaznorm import Pipeline
from kaznorm.kazakh.phonology import letter_runs_of

STEP = Pipeline(["letter_runs"])

CHANGED = [
    ("Кереметтт екен", "Керемет екен"),
    ("маған жақсыыы болды", "маған жақсы болды"),
    ("көп рахметтт", "көп рахмет"),
    ("Біраааақ, жоқ", "Бірақ, жоқ"),
    ("бәрі бааар екен", "бәрі бар екен"),  # бар, not the uncounted баар
    ("ұнадыыы.", "ұнады."),
    ("РАХМЕЕЕТ сізге", "РАХМЕТ сізге"),
    ("кеттті ғой", "кетті ғой"),  # a geminate lengthened: кетті, not кеті
    ("ол тұрр", "ол тұр"),  # no Kazakh word ends in a doubled consonant
    ("Көөп рахмет", "Көп рахмет"),  # a doubled vowel, at the start of a sentence
    ("Жжақсы екен", "Жақсы екен"),  # no word starts with a doubled consonant
    ("Иәәә, солай", "Иә, солай"),  # two letters, one Kazakh
    ("тәәәп-тәтті екен", "тәп-тәтті екен"),  # judged with the rest of the compound
    ("маған каттты ұнады", "маған катты ұнады"),  # the one Russian-layout spelling (the keyboard step: қатты)
]


@pytest.mark.parametrize("text,want", CHANGED)
def test_changed(text, want):
    assert STEP(text) == want


UNCHANGED = [
    "Ну дааа",  # Russian line
    "Ну дааа, керемет",  # да may be Russian: two letters without a Kazakh one
    "Hellooo, Keremettt",  # Latin words
    "ааа, ммм, пффф",  # interjections of one letter, no vowel
    "эххх",  # эхх would still hold a run no word has
    "СССР туралы, ХІІІ ғасыр",  # abbreviations and a Roman numeral in Cyrillic letters
    "класссс екен",  # a Russian word lengthened: the writer's
    "Колл центр, Басс жақсы",  # loans end in a double consonant
    "700 мегаваттты құрады",  # a loan ending in a double consonant + a suffix
    "аттар, кооператив, Аллаһ, жуу",  # known words with doubled letters
    "аттты",  # атты or аты: left
    "зууылдап",  # у doubles in Kazakh words (жуу, қуу)
    "Бүгін Айгүлл келді",  # a capitalised word inside a sentence with a doubled letter: a name
    "https://рахмееет.kz/ және рахмееет@mail.kz",
    "Ол келген ккен",  # кен, or екен with е mistyped: the commoner word with a vowel first leaves it ambiguous
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_unchanged(text):
    assert STEP(text) == text


def test_explained():
    r = kaznorm.explain("Кереметтт екен")
    (c,) = [c for c in r.changes if c.step == "letter_runs"]
    assert (c.start, c.end, c.replacement) == (0, 9, "Керемет")
    assert c.confidence == 0.95 and "lengthened" in c.note


def test_in_the_default_profile_before_keyboard():
    assert kaznorm.clean("маған каттты ұнады") == "маған қатты ұнады"
    names = Pipeline.default().names()
    assert names.index("letter_runs") < names.index("keyboard")


@pytest.mark.parametrize("word,runs", [
    ("рахмееет", [(4, 3, "tripled")]),
    ("көөп", [(1, 2, "vowel")]),
    ("жуу", [(1, 2, "geminate")]),
    ("ррахат", [(0, 2, "initial")]),
    ("тұрр", [(2, 2, "final")]),
    ("кетті", [(2, 2, "geminate")]),
    ("бала", []),
])
def test_letter_runs_of(word, runs):
    assert letter_runs_of(word) == runs
