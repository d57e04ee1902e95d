"""The Kazakh alphabet and its letter sets (kaznorm.kazakh.alphabet), and that nothing else writes them."""
import ast
import re
from pathlib import Path

from kaznorm.kazakh.alphabet import (ALPHABET, ALPHABET_UPPER, CYRILLIC_VOWELS, LETTER_CLASS, LETTERS, LOWER_CLASS,
                                     LOWER_LETTERS, NON_RUSSIAN_LETTERS, NON_RUSSIAN_LOWER, UPPER_CLASS, UPPER_LETTERS,
                                     VOWEL_LETTERS)

ROOT = Path(__file__).resolve().parents[2]
RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def test_the_42_letters():
    assert len(ALPHABET) == len(set(ALPHABET)) == 42
    assert ALPHABET.startswith("аәбвгғд") and ALPHABET.endswith("ыіьэюя")  # the standard order
    assert ALPHABET_UPPER == ALPHABET.upper() and len(set(ALPHABET_UPPER)) == 42
    assert LETTERS == LOWER_LETTERS | UPPER_LETTERS and len(LETTERS) == 84


def test_the_nine_are_what_kazakh_adds_to_russian():
    assert NON_RUSSIAN_LOWER == LOWER_LETTERS - set(RUSSIAN) == set("әғқңөұүһі")
    assert "і" in NON_RUSSIAN_LOWER and "І" in NON_RUSSIAN_LETTERS
    assert NON_RUSSIAN_LETTERS == NON_RUSSIAN_LOWER | {c.upper() for c in NON_RUSSIAN_LOWER}


def test_vowels():
    assert VOWEL_LETTERS == set("аәеёиоөұүуыіэюя") and VOWEL_LETTERS <= LOWER_LETTERS
    assert CYRILLIC_VOWELS == VOWEL_LETTERS | {c.upper() for c in VOWEL_LETTERS}


def test_regex_classes_match_exactly_their_sets():
    for body, letters in ((LETTER_CLASS, LETTERS), (LOWER_CLASS, LOWER_LETTERS), (UPPER_CLASS, UPPER_LETTERS)):
        rx = re.compile(f"[{body}]")
        assert {chr(i) for i in range(0x20, 0x2000) if rx.match(chr(i))} == letters


def _sources():
    yield from (ROOT / "src" / "kaznorm").rglob("*.py")
    yield from (ROOT / "dictionaries").rglob("*.py")


def _strings(tree):
    """The string constants of a module, docstrings left out."""
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_no_other_module_writes_the_letter_sets():
    """One definition: a string constant holding all nine non-Russian letters (any case) is a copy of
    the alphabet's sets, whatever else it holds."""
    home = ROOT / "src" / "kaznorm" / "kazakh" / "alphabet.py"
    copies = [f"{path.relative_to(ROOT)}:{node.lineno}"
              for path in _sources() if path != home
              for node in _strings(ast.parse(path.read_text(encoding="utf-8")))
              if NON_RUSSIAN_LOWER <= set(node.value.lower())]
    assert not copies, copies
