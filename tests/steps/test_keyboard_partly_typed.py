"""A line with Kazakh letters where several words were typed on a Russian layout (the writer's layout lacked some
letters): unknown words only a Russian layout explains are restored there, and left alone where they stand alone.
Our own sentences."""
import pytest

import kaznorm
from kaznorm.lexicon import default_lexicon
from kaznorm.steps.keyboard import typed_restoration


@pytest.mark.parametrize("line,expected", [
    # two unknown words, each restorable only to a form never counted: together they show the layout
    ("Біз бұл кітапты окыганбыз, бірақ тусинбедик.", "Біз бұл кітапты оқығанбыз, бірақ түсінбедік."),
])
def test_several_typed_words_in_a_line_are_restored(line, expected):
    assert kaznorm.clean(line) == expected
    notes = [c.note for c in kaznorm.explain(line).changes if c.step == "keyboard"]
    assert notes and all("other words of the line typed on a Russian layout too" in n for n in notes)


@pytest.mark.parametrize("line", [
    "Біз адамдықтын құны туралы сөйлестік.",  # one such word alone: as often a rare word or a loan
    "Ол «пыс - пыс» деді.",  # the same word twice is one word, not two
])
def test_a_lone_typed_word_is_left_alone(line):
    out = kaznorm.clean(line, skip=["punctuation"])
    assert out == line


def test_typed_restoration_leaves_russian_and_abbreviations():
    lex = default_lexicon()
    assert typed_restoration("окыганбыз", lex)[0] == "оқығанбыз"
    assert typed_restoration("очень", lex) is None  # a Russian word
    assert typed_restoration("мектеп", lex) is None  # a known word counted far more than a slip is


def test_counted_slips_of_the_line_show_the_layout_too():
    # жаксы and унады are counted typings the keyboard step restores on their own; with them the line shows the
    # writer's layout, so its known word never counted (озімізге) gets its restoration too
    assert kaznorm.clean("Барлығы жаксы, озімізге унады.") == "Барлығы жақсы, өзімізге ұнады."
