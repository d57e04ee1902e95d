"""pair_hyphen: paired and repeated words written with a space get their hyphen (the shipped lexicon)."""
import pytest

import kaznorm
from kaznorm import Pipeline
from kaznorm.kazakh.pairs import echo_pair, intensive_pair, intensive_prefix, reduplicated

STEP = Pipeline(["pair_hyphen"])

CHANGED = [
    ("Дүкенге көп көп рахмет.", "Дүкенге көп-көп рахмет."),
    ("Көп көп рахмет", "Көп-көп рахмет"),  # capitalised at the start of a sentence
    ("қайта қайта келді", "қайта-қайта келді"),
    ("тез тез жасады", "тез-тез жасады"),
    ("өте өте керемет", "өте-өте керемет"),
    ("орталығы тап таза", "орталығы тап-таза"),  # intensive pairs
    ("кіп кішкентай бала", "кіп-кішкентай бала"),
    ("жұп жұмсақ көрпе", "жұп-жұмсақ көрпе"),
    ("бәрін шарт шұрт етіп", "бәрін шарт-шұрт етіп"),  # an echo pair
]


@pytest.mark.parametrize("text,want", CHANGED)
def test_changed(text, want):
    assert STEP(text) == want


UNCHANGED = [
    "кез келген адам", "алдын ала", "әр түрлі",  # the corpora write these apart
    "әзірге айта айта алмаймын",  # a word typed twice, not a pair the corpora write
    "мен мен", "да да",  # function words
    "маған өте өте өте ұнады",  # said over and over
    "көп, көп рахмет", "көп\nкөп", "көп-көп көп",  # punctuation, a line break, a hyphenated word
    "Абай Шәкәрім", "Бүгін Көп көп",  # capitalised words inside a sentence
    "Ну да да",  # a Russian line
    "азық түлік",  # a listed pair: the aggressive profile only
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_unchanged(text):
    assert STEP(text) == text


@pytest.mark.parametrize("text,want", [
    ("Азық түлік арзан", "Азық-түлік арзан"),  # a listed pair
    ("бәрі ап айқын боп", "бәрі ап-айқын боп"),  # an intensive pair the corpora write hyphenated once
])
def test_aggressive_only(text, want):
    assert kaznorm.clean(text, profile="aggressive") == want
    assert kaznorm.clean(text) == text


def test_after_keyboard():
    # a pair typed on a Russian layout is judged as the words the keyboard step makes of it
    assert kaznorm.clean("алаңдайды кайта кайта келіп") == "алаңдайды қайта-қайта келіп"


def test_explained():
    r = kaznorm.explain("көп көп рахмет")
    (c,) = [c for c in r.changes if c.step == "pair_hyphen"]
    assert (c.start, c.end, c.replacement, c.confidence) == (3, 4, "-", 0.95)
    assert "said twice" in c.note


def test_pair_facts():
    assert intensive_prefix("кішкентай") == "кі" and intensive_prefix("айқын") == "а"
    assert intensive_pair("кіп", "кішкентай") and intensive_pair("бом", "бос") and intensive_pair("ап", "айқын")
    assert not intensive_pair("көп", "кішкентай") and not intensive_pair("та", "таза")
    assert reduplicated("Көп", "көп") and not reduplicated("көп", "көк")
    assert echo_pair("шарт", "шұрт") and echo_pair("жалт", "жұлт")
    assert not echo_pair("бала", "бата") and not echo_pair("ат", "от")


def test_a_first_word_that_starts_no_listed_compound_makes_no_pair():
    # speed only: pair_hyphen passes over a pair whose first word starts no listed compound (compound_firsts);
    # pair_decision says None for every such pair
    from kaznorm.lexicon import default_lexicon
    from kaznorm.lexicon.queries import compound_firsts
    from kaznorm.steps.pair_hyphen import pair_decision

    lex = default_lexicon()
    firsts = compound_firsts(lex)
    comps = sorted(lex.compounds)[::40]
    assert all(c.split("-", 1)[0] in firsts for c in comps)
    words = sorted({p for c in comps for p in c.split("-")} | {"көп", "әр", "бір", "бала", "үлкен", "жақсы"})
    tried = 0
    for a in words:
        for b in words[::7] + [a, "м" + a[1:]]:
            if a not in firsts:
                tried += 1
                assert pair_decision(a, b, lex) is None, (a, b)
    assert tried > 100
