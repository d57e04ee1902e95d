"""Tests for the lookalike_words step (the shipped lexicon decides which reading is a word)."""
import pytest

import kaznorm
from kaznorm.core.pipeline import Pipeline

STEP = Pipeline(["lookalike", "lookalike_words"])


@pytest.mark.parametrize("text,want", [
    ("бipre барамыз", "бірге барамыз"),  # r for г, i for і, p for р
    ("Бұл нeriзгi мәселе.", "Бұл негізгі мәселе."),
    ("қaзipri кезде", "қазіргі кезде"),
])
def test_a_word_typed_with_italic_lookalikes_is_read_back(text, want):
    r = STEP.explain(text)
    assert r.text == want
    assert any(c.step == "lookalike_words" and "a word of the lexicon" in c.note for c in r.changes)


@pytest.mark.parametrize("text", [
    "Samsungтың экраны",  # a Latin brand with a Cyrillic ending: S, s, g... no table maps S
    "Renaultмен бардық",
    "бirpe барамыз",  # its reading, бігре, is no word of the lexicon
    "Б52r ұшағы",  # a code next to digits
    "run жүгіру",  # all Latin and all Cyrillic words: nothing mixed
])
def test_no_reading_the_lexicon_does_not_know(text):
    assert not [c for c in STEP.explain(text).changes if c.step == "lookalike_words"]


def test_palochka_stands_for_i():
    # Ӏ (palochka, a letter of Caucasian languages) is drawn for І: a variant letter
    assert kaznorm.clean("Ӏшінде бәрі бар.", only=["lookalike"]) == "Ішінде бәрі бар."
