"""Tests for the analyser's phonology: vowel harmony and final-sound classes (kaznorm.kazakh.phonology)."""
import pytest

from kaznorm.kazakh.phonology import final_class, harmony


@pytest.mark.parametrize("s,h", [
    ("кітап", "b"), ("мектеп", "f"), ("банк", "f"), ("тарих", "b"), ("министр", "f"),
    ("институт", "b"), ("туризм", "f"), ("компания", "b"), ("медаль", "f"), ("ми", "b"),
    ("су", "b"), ("би", "f"),
])
def test_harmony(s, h):
    assert harmony(s) == h


@pytest.mark.parametrize("s,c", [("бала", "V"), ("жер", "R"), ("үй", "R"), ("ел", "L"),
                                 ("адам", "N"), ("сөз", "Z"), ("кітап", "T"), ("медаль", "L")])
def test_final_class(s, c):
    assert final_class(s) == c
