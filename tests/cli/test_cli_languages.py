"""kaznorm clean --stats counts the cleaned lines by language (issue 22): kk, ru, other (left as written) and none
(no letters); the same with --jobs 1 and 2, for text and JSON lines."""
import json

import pytest

import kaznorm.chunks as chunks
from clihelp import run

# our own sentences: two Kazakh (one typed on a Russian layout), two Russian, one English, one Uzbek, two
# without letters (a blank line and numbers)
MIXED = [
    "Бүгін  ауа райы жақсы..",
    "Бул кала оте жаксы екен",
    "Так как погода была плохой, мы остались дома.",
    "Вчера Нұрсұлтан Назарбаев встретился с министрами в Астане.",
    "She said we will come tomorrow - and left..",
    "Бугун ҳаво жуда яхши, биз боғга борамиз.",
    "",
    "12 345 - 678",
]
COUNTS = {"kk": 2, "ru": 2, "other": 2, "none": 2}


def test_stats_count_lines_per_language(tmp_path, capsys):
    src = tmp_path / "mixed.txt"
    src.write_text("\n".join(MIXED) + "\n", encoding="utf-8")
    out, st = tmp_path / "out.txt", tmp_path / "stats.json"
    code, _, err = run([src, "-o", out, "--stats", st, "--jobs", "1"], capsys)
    assert code == 0, err
    stats = json.loads(st.read_text())
    assert stats["languages"] == COUNTS
    assert sum(stats["languages"].values()) == stats["lines"]
    got = out.read_text(encoding="utf-8").split("\n")
    assert got[2:6] == MIXED[2:6]  # the lines in another language come back as written
    assert got[1] == "Бұл қала өте жақсы екен"


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_stats_per_language_are_the_same_with_two_jobs(tmp_path, capsys, monkeypatch, fmt):
    monkeypatch.setattr(chunks, "CHUNK_LINES", 5)  # several chunks, so --jobs 2 really uses workers
    if fmt == "text":
        src = tmp_path / "many.txt"
        src.write_text("\n".join(MIXED * 25) + "\n", encoding="utf-8")
        want = {k: v * 25 for k, v in COUNTS.items()}
    else:  # a record's field of several lines counts each of its lines
        src = tmp_path / "many.jsonl"
        src.write_text("".join(json.dumps({"text": "\n".join(MIXED[i:i + 4])}, ensure_ascii=False) + "\n"
                               for i in (0, 4) * 25), encoding="utf-8")
        want = {k: v * 25 for k, v in COUNTS.items()}
    stats = {}
    for jobs in ("1", "2"):
        st = tmp_path / f"stats{jobs}.json"
        code, _, err = run([src, "-o", tmp_path / f"out{jobs}", "--stats", st, "--jobs", jobs], capsys)
        assert code == 0, err
        stats[jobs] = json.loads(st.read_text())
    assert stats["1"]["languages"] == stats["2"]["languages"] == want


def test_languages_are_counted_only_when_asked():
    from kaznorm import Pipeline
    from kaznorm.chunks import Job, clean_lines

    lines = [x.encode() + b"\n" for x in MIXED]
    assert clean_lines(lines, "text", Pipeline.default(), Job()).languages is None
    res = clean_lines(lines, "text", Pipeline.default(), Job(languages=True))
    assert res.languages == {k: v for k, v in COUNTS.items()}


def test_chars_profile_reads_lines_without_the_lexicon(tmp_path, capsys):
    # the chars profile never asks the lexicon: a Cyrillic line without Kazakh letters is Kazakh to it
    src = tmp_path / "a.txt"
    src.write_text("Так как погода была плохой.\nHe said no.\n", encoding="utf-8")
    st = tmp_path / "st.json"
    assert run([src, "--profile", "chars", "--stats", st, "--jobs", "1", "-o", tmp_path / "o"], capsys)[0] == 0
    assert json.loads(st.read_text())["languages"] == {"kk": 1, "ru": 0, "other": 1, "none": 0}


def test_explain_file_lists_what_was_left_as_another_language(tmp_path, capsys):
    src = tmp_path / "mixed.txt"
    src.write_text("\n".join(MIXED) + "\n", encoding="utf-8")
    out, ex = tmp_path / "out.txt", tmp_path / "changes.jsonl"
    code, _, err = run([src, "-o", out, "--explain", ex], capsys)
    assert code == 0, err
    recs = [json.loads(l) for l in ex.read_text(encoding="utf-8").splitlines()]
    skipped = [r for r in recs if "skipped" in r]
    made = [r for r in recs if "skipped" not in r]
    # what the other-language lines would have had is reported, marked "skipped", and never applied
    assert {r["line"] for r in skipped} <= {3, 4, 5, 6}
    assert any(r["skipped"] == "other" and r["line"] == 5 for r in skipped)  # the English "- " dash, "..": left
    assert all(r["line"] in (1, 2) for r in made)
