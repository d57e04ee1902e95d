"""The look-alike letters (kaznorm.kazakh.lookalikes) and the maps derived from them: the lexicon's lookup key,
and that no other module writes them again."""
import ast
from pathlib import Path

from kaznorm.kazakh.lookalikes import (LATIN_TO_CYRILLIC, LOOKALIKE_LATIN, VARIANT_LETTERS, WEAK_VARIANT_LETTERS,
                                       WORD_VARIANTS)
from kaznorm.lexicon.folding import fold

ROOT = Path(__file__).resolve().parents[2]


def test_word_variants():
    assert set(WORD_VARIANTS) == {k for k in VARIANT_LETTERS if k != "¥"} | {"ѳ", "Ѳ"}
    assert all(WORD_VARIANTS[k] == v for k, v in {**VARIANT_LETTERS, **WEAK_VARIANT_LETTERS}.items() if k in WORD_VARIANTS)
    assert LOOKALIKE_LATIN == set("aceopxyhiABCEHIKMOPTXY") == set(LATIN_TO_CYRILLIC)


def test_fold():
    assert fold("Бəлім") == "бәлім" and fold("кɵл") == "көл" and fold("ѳнер") == "өнер" and fold("таӊ") == "таң"
    assert fold("бiр") == "бір"  # Latin i inside a Cyrillic word
    assert fold("θ") == "θ" and fold("Θεός") == "θεός"  # Greek stays Greek
    assert fold("шофёр") == "шофёр" and fold("wifi") == "wifi"


def test_no_other_module_writes_the_look_alike_maps():
    home = ROOT / "src" / "kaznorm" / "kazakh" / "lookalikes.py"
    copies = []
    for path in [*(ROOT / "src" / "kaznorm").rglob("*.py"), *(ROOT / "dictionaries").rglob("*.py")]:
        if path == home:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body
                and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict) and any(isinstance(k, ast.Constant) and k.value in ("ə", "ɵ", "ӛ", "ӊ", "c")
                                                 and isinstance(v, ast.Constant) and v.value in ("ә", "ө", "ң", "с")
                                                 for k, v in zip(node.keys, node.values)):
                copies.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs \
                    and set(node.value) >= LOOKALIKE_LATIN:
                copies.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not copies, copies
