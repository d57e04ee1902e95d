"""The seed document: every expected fix of this issue's kinds is made, every protected fragment kept.

Spelling and keyboard fixes need the lexicon's judgement; issue 5 allows at most two of them to be
missed, so they are counted together (each is also listed, as a non-strict expected failure).
The check is the one of the development evaluation: the broken form is gone, and the output holds
one more copy of a fixed form per occurrence -- counting copies of the fixed form that were
already inside the broken one (``Әдебиеттер..`` contains ``Әдебиеттер.``) as consumed.
"""
import json
from pathlib import Path

import pytest

import kaznorm

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DOCS = sorted(SEEDS.glob("*.expected.json"))

ALL_MADE = {"punctuation", "spacing", "suffix_hyphen",
            "glue", "hyphen_drop", "linebreak_hyphen", "particle"}  # every one of these must be made
AT_MOST_TWO_MISSED = {"spelling", "keyboard"}


def _load(spec_path: Path):
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    text = (SEEDS / spec_path.name.replace(".expected.json", ".txt")).read_text(encoding="utf-8")
    return spec, text


_CACHE = {}


def _cleaned(spec_path: Path):
    if spec_path not in _CACHE:
        spec, text = _load(spec_path)
        _CACHE[spec_path] = (spec, text, kaznorm.clean(text))
    return _CACHE[spec_path]


def _made(text: str, out: str, before: str, afters) -> bool:
    n = text.count(before)
    if n == 0 or before in out:
        return False
    for a in afters:
        inside = n * before.count(a)  # copies of the fixed form that were part of the broken one
        if out.count(a) >= text.count(a) - inside + n:
            return True
    return False


def _cases():
    for path in DOCS:
        spec, _ = _load(path)
        for i, fx in enumerate(spec["fixes"]):
            kind = fx["kind"]
            marks = []
            if kind not in ALL_MADE:
                marks.append(pytest.mark.xfail(strict=False, reason=f"{kind}: at most two may be missed (issue 5)"))
            yield pytest.param(path, i, id=f"{path.stem.split('.')[0]}-{i}-{kind}", marks=marks)


def test_seed_documents_present():
    assert DOCS, "seeds/*.expected.json missing"
    for path in DOCS:
        spec, text = _load(path)
        assert spec["fixes"] and spec["keep"] and text


@pytest.mark.parametrize("path,index", list(_cases()))
def test_expected_fix(path, index):
    spec, text, out = _cleaned(path)
    fx = spec["fixes"][index]
    assert text.count(fx["before"]) >= 1
    assert _made(text, out, fx["before"], fx["after"]), (fx["before"], fx["after"])


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem.split(".")[0])
def test_spelling_and_keyboard_fixes_all_but_two(path):
    spec, text, out = _cleaned(path)
    wanted = [fx for fx in spec["fixes"] if fx["kind"] in AT_MOST_TWO_MISSED]
    missed = [fx["before"] for fx in wanted if not _made(text, out, fx["before"], fx["after"])]
    assert len(missed) <= 2, missed


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem.split(".")[0])
def test_keep_fragments_survive(path):
    spec, text, out = _cleaned(path)
    lost = [k for k in spec["keep"] if k not in out]
    assert not lost
    assert len(spec["keep"]) >= 1


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem.split(".")[0])
def test_line_count_kept_and_idempotent(path):
    spec, text, out = _cleaned(path)
    assert out.count("\n") == text.count("\n")
    assert kaznorm.clean(out) == out
