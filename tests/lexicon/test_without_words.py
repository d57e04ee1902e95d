"""Lexicon.without_words: a copy that has never seen some words (benchmarks/hapax_probe.py's stand-in for text
the dictionaries lack)."""
import pickle

from kaznorm.lexicon import Lexicon


def _lex():
    return Lexicon.from_words({"бала": 50, "балалар": 12, "кітап": 30}, stems={"бала": "n", "кітап": "n"})


def test_the_words_are_neither_counted_nor_attested_but_the_morphology_still_reads_them():
    lex = _lex()
    m = lex.without_words(["балалар", "кітап"])
    assert (m.count("балалар"), m.attested("балалар"), m.count("кітап")) == (0, False, 0)
    assert m.known("балалар")  # бала + the plural: a regular form
    assert m.count("бала") == 50 and lex.count("балалар") == 12  # the rest, and the original, unchanged


def test_it_pickles_as_the_same_copy():
    m = _lex().without_words(["кітап"])
    back = pickle.loads(pickle.dumps(m))
    assert back.count("кітап") == 0 and not back.attested("кітап") and back.count("бала") == 50
