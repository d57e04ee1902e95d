"""Tests for stem lists: verb stems from infinitives, pruning inflected pseudo-stems (kaznorm.kazakh.stems)."""
import pytest

from kaznorm.kazakh.analyser import Analyzer
from kaznorm.kazakh.stems import prune_stems, verb_stem_from_infinitive


@pytest.mark.parametrize("inf,stem", [
    ("оқу", "оқы"), ("жазу", "жаз"), ("келу", "кел"), ("қою", "қой"), ("тою", "той"),
    ("кию", "ки"), ("ойлау", "ойла"), ("сөйлеу", "сөйле"), ("көру", "көр"), ("қорқу", "қорық"),
    ("жуу", "жу"), ("табу", "тап"), ("шығу", "шық"), ("автоматтандыру", "автоматтандыр"),
    ("кітап", None), ("", None),
])
def test_verb_stem_from_infinitive(inf, stem):
    assert verb_stem_from_infinitive(inf) == stem


def test_verb_stem_from_infinitive_with_attestation():
    attested = {"сұриды"}.__contains__
    assert verb_stem_from_infinitive("сұру", attested) == "сұры"
    assert verb_stem_from_infinitive("сұру") == "сұр"


def test_prune_stems_removes_inflected_pseudo_stems():
    pruned = prune_stems({"бала": "n", "баласы": "n", "балалар": "n", "адам": "n"})
    assert "бала" in pruned and "адам" in pruned
    assert "баласы" not in pruned and "балалар" not in pruned
    an = Analyzer(pruned)
    assert an.accepts("баласы") and not an.accepts("баласыға")
