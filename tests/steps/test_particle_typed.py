"""ғой typed on a Russian layout (гой) and glued to its word: split off and restored.  Our own sentences."""
import pytest

import kaznorm


@pytest.mark.parametrize("line,expected", [
    ("Бұл кітап жақсы екенгой", "Бұл кітап жақсы екен ғой"),
    ("Біз ертең келеміз, айттымгой.", "Біз ертең келеміз, айттым ғой."),
])
def test_glued_typed_goi_is_split_and_restored(line, expected):
    assert kaznorm.clean(line) == expected
    ch = [c for c in kaznorm.explain(line).changes if c.step == "particle"]
    assert ch and ch[0].original == "гой" and "typed on a Russian layout" in ch[0].note


@pytest.mark.parametrize("line", [
    "Ол такой дорогой подарок купил",  # Russian words ending in -гой
    "БҰЛ ЖОБА ЖӘНЕ ЖЕКЕГОЙ",  # capitals: only the lower-case гой is read as ғой
    "Ол ешкімге қой бермеді",  # қой, a word of its own
])
def test_words_ending_in_goi_that_are_no_particle_stay(line):
    assert kaznorm.clean(line, skip=["punctuation"]) == line
