"""The real-noise dev gold of issue 21 (benchmarks/real_noise_gold.tsv) and its scoring rule."""
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import real_noise as rn  # noqa: E402

from kaznorm.core.edits import OffsetMap, Result  # noqa: E402

ROWS = rn.read_gold()


def test_gold_parses_and_is_big_enough():
    assert ROWS
    assert all(set(r) == {"line", "sample", "kind", "class", "before", "after", "nth"} for r in ROWS)
    assert len({r["line"] for r in ROWS}) >= 300
    assert all(re.fullmatch(r"[0-9a-f]{12}", r["line"]) for r in ROWS)
    assert all(r["sample"] in {"A", "B", "C", "D"} for r in ROWS)
    assert all(r["nth"].isdigit() and int(r["nth"]) >= 1 for r in ROWS)


def test_every_row_has_a_known_kind():
    for r in ROWS:
        assert r["kind"] in {"fix", "keep"}, r
        if r["kind"] == "fix":
            assert r["class"] in rn.FIX_KINDS, r
            assert r["before"] and r["after"] and r["before"] != r["after"], r
        else:
            assert r["class"] in rn.KEEP_KINDS, r
            assert r["before"] and not r["after"], r


def test_no_sentence_slips_in():
    for r in ROWS:
        assert len(r["before"]) <= 60 and len(r["after"]) <= 60, r


def test_fragments_are_found_in_the_corpus_lines():
    if not rn.CORPUS.exists():
        pytest.skip("corpus not available")
    lines = rn.read_lines(rn.CORPUS, {r["line"] for r in ROWS})
    assert set(lines) == {r["line"] for r in ROWS}
    covered = {h: [False] * len(line) for h, line in lines.items()}
    for r in ROWS:
        s = rn.find_nth(lines[r["line"]], r["before"], int(r["nth"]))
        assert s >= 0, r
        covered[r["line"]][s:s + len(r["before"])] = [True] * len(r["before"])
    # no line can be rebuilt from its fragments: some word of it is in none of them
    for h, line in lines.items():
        words = [m.span() for m in re.finditer(r"\w+", line)]
        assert not all(any(covered[h][a:b]) for a, b in words), h


def _result(original, text, regions):
    m = OffsetMap(len(original))
    for o0, o1, c0, c1 in regions:
        m.o0.append(o0), m.o1.append(o1), m.c0.append(c0), m.c1.append(c1)
    m.clean_len = len(text)
    return Result(original=original, text=text, changes=[], offsets=m)


def _row(kind, cls, before, after="", nth="1"):
    return {"kind": kind, "class": cls, "before": before, "after": after, "nth": nth}


def test_scoring_rule_on_invented_lines():
    line = "Жаксыма олда келдi"
    same = _result(line, line, [])
    assert rn.judge(_row("fix", "particle", "олда", "ол да"), line, same)[0] is False
    assert rn.judge(_row("keep", "word", "Жаксыма"), line, same)[0] is True
    # the particle split and the keyboard letter fixed: both rows made, each for its own kind
    out = "Жақсы ма ол да келді"
    done = _result(line, out, [(0, 7, 0, 8), (8, 12, 9, 14), (13, 18, 15, 20)])
    assert rn.judge(_row("fix", "particle", "Жаксыма", "жаксы ма"), line, done)[0] is True
    assert rn.judge(_row("fix", "keyboard", "Жаксыма", "жақсы ма"), line, done)[0] is True
    assert rn.judge(_row("fix", "particle", "олда", "ол да"), line, done)[0] is True
    assert rn.judge(_row("fix", "lookalike", "келдi", "келді"), line, done)[0] is True
    assert rn.judge(_row("keep", "word", "Жаксыма"), line, done)[0] is False
    # a letter run: the shorter form inside the run is not a fix
    run = "рахметтт"
    assert rn.judge(_row("fix", "run", run, "рахмет"), run, _result(run, run, []))[0] is False
    assert rn.judge(_row("fix", "run", run, "рахмет"), run, _result(run, "рахмет", [(0, 8, 0, 6)]))[0] is True
