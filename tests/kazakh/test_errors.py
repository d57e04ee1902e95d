"""The error model (kaznorm.kazakh.errors): the Russian-keyboard map, its inverse and keys, the similar
letters; and that no other module writes the map again."""
import ast
from pathlib import Path

from kaznorm.kazakh.alphabet import NON_RUSSIAN_LOWER
from kaznorm.kazakh.errors import (KEYBOARD_KEY, KEYBOARD_OPTIONS, RUSSIAN_LAYOUT, SIMILAR, SIMILAR_ALT,
                                   TYPED_WITH_I, TYPED_WITH_Y, russian_layout_spellings)

ROOT = Path(__file__).resolve().parents[2]


def test_the_map_covers_the_nine_letters():
    assert set(RUSSIAN_LAYOUT) == NON_RUSSIAN_LOWER
    assert RUSSIAN_LAYOUT["і"] == ("и", "ы") and RUSSIAN_LAYOUT["ү"] == RUSSIAN_LAYOUT["ұ"] == ("у",)


def test_options_are_the_inverse():
    assert KEYBOARD_OPTIONS == {"а": ("а", "ә"), "г": ("г", "ғ"), "к": ("к", "қ"), "н": ("н", "ң"), "о": ("о", "ө"),
                                "у": ("у", "ұ", "ү"), "х": ("х", "һ"), "и": ("и", "і"), "ы": ("ы", "і")}
    for k, typed in RUSSIAN_LAYOUT.items():
        for t in typed:
            assert k in KEYBOARD_OPTIONS[t]


def test_spellings_and_keys():
    assert russian_layout_spellings("біздің құқығымыз") == ("биздин кукыгымыз", "быздын кукыгымыз")
    assert "әңгіме".translate(TYPED_WITH_I) == "ангиме" and "әңгіме".translate(TYPED_WITH_Y) == "ангыме"
    # a word, its Russian-layout spellings and their restorations share one key
    for typed in ("біз", "биз", "быз"):
        assert typed.translate(KEYBOARD_KEY) == "биз"
    assert "ұлы".translate(KEYBOARD_KEY) == "ули" == "үли".translate(KEYBOARD_KEY)


def test_similar_letters():
    assert ("ы", "і") in SIMILAR and ("і", "ы") in SIMILAR and "і" in SIMILAR_ALT["ы"]
    assert {(a, b) for a, alts in SIMILAR_ALT.items() for b in alts} == set(SIMILAR)


def _copies(tree):
    """Dict literals that state the Russian-layout substitutions (ә for а among them): Kazakh letters -> their
    typed letters, or typed letters -> options holding the Kazakh letters.  (The back -> front letters of
    suffixes, қ -> к, ы -> і, are another map: it has no ә.)"""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        pairs = set()
        for k, v in zip(node.keys, node.values):
            if not (isinstance(k, ast.Constant) and isinstance(k.value, str)):
                continue
            vals = [v] if isinstance(v, ast.Constant) else list(getattr(v, "elts", ()))
            vals = [x.value for x in vals if isinstance(x, ast.Constant) and isinstance(x.value, str)]
            pairs |= {frozenset((k.value, x)) for x in vals
                      if x in RUSSIAN_LAYOUT.get(k.value, ()) or k.value in RUSSIAN_LAYOUT.get(x, ())}
        if frozenset("әа") in pairs:
            yield node.lineno


def test_no_other_module_writes_the_keyboard_map():
    home = ROOT / "src" / "kaznorm" / "kazakh" / "errors.py"
    paths = [*(ROOT / "src" / "kaznorm").rglob("*.py"), *(ROOT / "dictionaries").rglob("*.py")]
    copies = [f"{p.relative_to(ROOT)}:{line}" for p in paths if p != home
              for line in _copies(ast.parse(p.read_text(encoding="utf-8")))]
    assert not copies, copies


def test_doubling_endings_start_with_a_consonant_a_stem_may_end_in():
    # plural, locative, ablative, -лық and -дағы after т and н stems, where two like letters meet (сурет-тер)
    from kaznorm.kazakh.suffixes import DOUBLING_ENDINGS
    assert {"тар", "тер", "та", "те", "тан", "тен", "нан", "нен", "тық", "тік", "тағы", "тегі"} <= DOUBLING_ENDINGS
    # not the genitive nor the accusative (уақытың, уақыты are the stem's own possessive forms)
    assert not {"тың", "тің", "ты", "ті", "ның", "ны"} & DOUBLING_ENDINGS
