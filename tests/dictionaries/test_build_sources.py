"""The dictionary build learns only from the ``sentences.txt`` half of each corpus (issue 16): the other
half of ../shared/corpora is kept for measuring, and nothing from it may enter ``dictionaries/data``.

Fast and self-contained: no build is run, and neither tesseract nor hunspell is needed.  The build is not
part of the installed package, so its stage modules are imported from ``dictionaries/`` by path.
"""
from __future__ import annotations

import ast
import builtins
import importlib
import io
import sys
from pathlib import Path

import pytest

DICT = Path(__file__).resolve().parents[2] / "dictionaries"
BUILD_FILES = [DICT / "build.py", *sorted((DICT / "build_stages").glob("*.py"))]
HELD_OUT = "unseen"  # the held-out half is <corpus>/unseen.txt
CORPUS_FILES = {"sentences.txt"}  # the only corpus file name the build may name
OTHER_TEXT_FILES = {"words.txt"}  # dawg2wordlist's output, in a temporary directory (sources.py)
CORPORA = ("kaznerd_valid", "apertium_segcorpus", "kazsandra_dev", "edited_extra", "apertium_tagged")
SENTINEL = "жасырынсөз"  # written only in the held-out halves of the fake corpora


def _strings(tree):
    """The string constants of a module, docstrings left out."""
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_build_files_found():
    names = {p.name for p in BUILD_FILES}
    assert {"build.py", "corpus_counts.py", "sources.py", "write.py"} <= names, names


@pytest.mark.parametrize("path", BUILD_FILES, ids=lambda p: p.name)
def test_no_build_module_names_the_held_out_half(path):
    text = path.read_text(encoding="utf-8")
    assert HELD_OUT not in text.lower(), f"{path.name} mentions the held-out corpus half"
    # a corpus file is named only as sentences.txt; other .txt names are the hand-written lists next to
    # build.py and the tesseract word list, and .txt.gz the shipped files
    for s in _strings(ast.parse(text)):
        if ".txt" in s and not s.endswith(".txt.gz"):
            assert s in CORPUS_FILES | OTHER_TEXT_FILES or (DICT / s).is_file(), f"{path.name} names {s!r}"


@pytest.fixture(scope="module")
def corpus_counts():
    sys.path.insert(0, str(DICT))
    try:
        return importlib.import_module("build_stages.corpus_counts")
    finally:
        sys.path.remove(str(DICT))


@pytest.fixture
def fake_corpora(tmp_path):
    for name in CORPORA:
        d = tmp_path / name
        d.mkdir()
        (d / "sentences.txt").write_text("Бұл сөйлем жақсы.\nАстана да әдемі қала.\n", encoding="utf-8")
        (d / f"{HELD_OUT}.txt").write_text(
            f"{SENTINEL} да {SENTINEL}.\nБұл {SENTINEL.capitalize()} сөйлем.\n{SENTINEL}-{SENTINEL} жақсы\n",
            encoding="utf-8")
    return tmp_path


def _words(obj):
    """Every string in a counter, set or tuple of them (pairs flattened)."""
    for k in obj:
        if isinstance(k, tuple):
            yield from (x for x in k if isinstance(x, str))
        else:
            yield k


def test_corpus_readers_never_open_the_held_out_half(corpus_counts, fake_corpora, monkeypatch):
    opened = []
    real_open, real_io_open = builtins.open, io.open

    def spy(real):
        def _open(file, *a, **k):
            opened.append(Path(str(file)))
            return real(file, *a, **k)
        return _open

    monkeypatch.setattr(builtins, "open", spy(real_open))
    monkeypatch.setattr(io, "open", spy(real_io_open))
    clean = corpus_counts.count_clean_corpora(fake_corpora)
    user = corpus_counts.count_user_corpus(fake_corpora)
    monkeypatch.undo()

    assert opened, "the corpus readers opened nothing"
    assert {p.name for p in opened} == {"sentences.txt"}, opened
    # the readers did read: words of the build halves are counted, once per clean corpus
    n = len(corpus_counts.CLEAN_CORPORA)
    assert clean.counts["сөйлем"] == n and user["сөйлем"] == 1
    assert ("бұл", "сөйлем") in clean.bigrams and clean.separate["астана"] == n
    for name, found in [("counts", clean.counts), ("bigrams", clean.bigrams), ("pairs", clean.pair_counts),
                        ("case", clean.case), ("separate", clean.separate), ("user counts", user)]:
        leaked = [w for w in _words(found) if SENTINEL in w.lower()]
        assert not leaked, f"held-out words in {name}: {leaked}"
