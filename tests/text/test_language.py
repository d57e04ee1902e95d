"""Lines in another language are left alone by the word steps (text/language.py)."""
import pytest

import kaznorm
from kaznorm.lexicon import default_lexicon
from kaznorm.text.language import line_language

RUSSIAN = [  # our own sentences: the words the Kazakh keyboard and typo steps used to "restore"
    "Так как погода была плохой, мы остались дома и читали книги.",
    "Он вышел из дома, как только закончился дождь.",
    "Это было так давно, что никто уже не помнит, как всё началось.",
    "Из-за пробок на дорогах мы опоздали на встречу с коллегами.",
]
KAZAKH_TYPED_ON_A_RUSSIAN_LAYOUT = [
    "Бул кала оте жаксы екен",
    "Мен бугин мектепке бардым",
]


@pytest.mark.parametrize("line", RUSSIAN)
def test_russian_lines_come_back_unchanged_in_words(line):
    lex = default_lexicon()
    assert line_language(line, lex) == "ru"
    for profile in ("default", "aggressive"):
        out = kaznorm.clean(line, profile=profile, skip=["punctuation", "spacing"])
        assert out == line


@pytest.mark.parametrize("line", KAZAKH_TYPED_ON_A_RUSSIAN_LAYOUT)
def test_kazakh_typed_without_kazakh_letters_is_still_kazakh(line):
    assert line_language(line, default_lexicon()) == "kk"
    assert kaznorm.clean(line) != line  # the keyboard step still puts the letters back


def test_line_kinds():
    lex = default_lexicon()
    assert line_language("Қазақ тілі", lex) == "kk"
    assert line_language("He said no.", lex) == "other"
    assert line_language("12 345 — 678", lex) == "none"
    assert line_language("Алматы Астана", lex) == "kk"  # names only: no language evidence, not held back


def test_a_russian_line_inside_a_kazakh_text_is_left_alone():
    text = "Бул кала оте жаксы екен\nТак как погода была плохой, мы остались дома."
    out = kaznorm.clean(text).splitlines()
    assert out[0] != "Бул кала оте жаксы екен"
    assert out[1] == "Так как погода была плохой, мы остались дома."
