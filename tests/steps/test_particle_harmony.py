"""A particle written apart in the wrong vowel harmony for the word before it is put right (particle_harmony).
Our own sentences."""
import pytest

import kaznorm
from kaznorm.kazakh.agreement import particle_agrees, particle_form


@pytest.mark.parametrize("stem,particle,form", [
    ("тәтті", "ма", "ме"), ("керек", "па", "пе"), ("жоқ", "пе", "па"), ("саламатсыз", "ма", "ба"),
    ("білесің", "ба", "бе"), ("сөмкесі", "да", "де"), ("кітап", "да", "та"), ("мектеп", "де", "те"),
])
def test_particle_form_follows_harmony_and_final_sound(stem, particle, form):
    assert particle_form(stem, particle) == form
    assert particle_agrees(stem, form)


@pytest.mark.parametrize("line,expected", [
    ("Бұл алма тәтті ма?", "Бұл алма тәтті ме?"),
    ("Маған кеңес керек па?", "Маған кеңес керек пе?"),
    ("Кеше сен үйде болдың ба?", "Кеше сен үйде болдың ба?"),  # already right: unchanged
    ("Сөмкесі да әдемі екен.", "Сөмкесі де әдемі екен."),  # capitalised at a sentence start
    ("Оның інісі да келді.", "Оның інісі де келді."),
])
def test_wrong_vowel_is_put_right(line, expected):
    assert kaznorm.clean(line) == expected
    if line != expected:
        ch = [c for c in kaznorm.explain(line).changes if c.step == "particle"]
        assert len(ch) == 1 and "harmony" in ch[0].note and ch[0].confidence >= 0.9


@pytest.mark.parametrize("line", [
    "Біз Тоқаев та келді деп естідік.",  # a surname in -ев takes back endings
    "Кеше Мария де келді.",  # a name inside a sentence follows its own harmony
    "Ол асфальт та жөнделді дейді.",  # a loan with ь: either harmony is in use
    "Я думал двухсторонний ма.",  # a Russian word
    "Бұл ө те жақсы.",  # the consonant is off too: another slip, left alone
    "Ол бар ма-жоқ па білмеймін.",  # a hyphen touches the particle
])
def test_names_loans_and_other_slips_stay(line):
    assert kaznorm.clean(line) == line
