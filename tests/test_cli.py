"""The console script, through main(argv) with real files, and once through a real subprocess."""
import bz2
import gzip
import json
import lzma
import os
import subprocess
import sys

import pytest

import kaznorm
from kaznorm.cli import main
from kaznorm.core.registry import step_names, get_step

# Sentences written for these tests; several carry faults the foundation steps repair.
LINES = [
    "Бүгін  ауа райы жақсы..",
    "Біз кітапханаға бардық , онда жаңа кітаптар көп",
    "Ол 2020 жылы  университетті бітірді.",
    "Мектептің ауласында балалар ойнап жүр.",
    "",
    "Сәлем,әлем!  Қалайсың ?",
    "Бұл жерде  бос орын   көп.",
]


def expected(lines, **kw):
    return [kaznorm.clean(x, **kw) for x in lines]


def write(path, text, mode="w"):
    with open(path, mode, encoding=None if "b" in mode else "utf-8", newline=None if "b" in mode else "") as f:
        f.write(text)
    return str(path)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


@pytest.fixture
def sample(tmp_path):
    return write(tmp_path / "in.txt", "\n".join(LINES) + "\n")


def run(argv, capsys):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- basics


def test_clean_file_to_stdout(sample, capsys):
    code, out, err = run(["clean", sample, "--jobs", "1"], capsys)
    assert code == 0, err
    assert out.split("\n")[:-1] == expected(LINES)
    assert out.endswith("\n")


def test_test_input_really_needs_cleaning():
    # the foundation steps change these lines, so the other tests check real work
    assert expected(LINES) != LINES


def test_shorthand_without_clean(sample, capsys):
    code, out, _ = run([sample, "--jobs", "1"], capsys)
    assert code == 0
    assert out.split("\n")[:-1] == expected(LINES)


def test_stdin_to_stdout(monkeypatch, capsys, tmp_path):
    data = ("\n".join(LINES) + "\n").encode("utf-8")
    src = tmp_path / "stdin.bin"
    src.write_bytes(data)

    class FakeStdin:
        buffer = open(src, "rb")

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    try:
        code, out, _ = run(["clean"], capsys)
    finally:
        FakeStdin.buffer.close()
    assert code == 0
    assert out.split("\n")[:-1] == expected(LINES)


def test_output_file_and_line_endings_kept(tmp_path, capsys):
    src = write(tmp_path / "crlf.txt", "Бүгін  ауа райы жақсы..\r\nОл  келді\nсоңғы  жол")
    out = tmp_path / "out.txt"
    code, stdout, _ = run([src, "-o", out, "--jobs", "1"], capsys)
    assert code == 0 and stdout == ""
    data = read_bytes(out).decode("utf-8")
    a, b, c = expected(["Бүгін  ауа райы жақсы..", "Ол  келді", "соңғы  жол"])
    assert data == f"{a}\r\n{b}\n{c}"  # \r\n kept, \n kept, no final newline added


def test_profile_skip_only(sample, capsys):
    names = step_names()
    code, out, _ = run([sample, "--skip", ",".join(names), "--jobs", "1"], capsys)
    assert code == 0
    assert out.split("\n")[:-1] == LINES  # every step skipped: nothing changes
    code, out, _ = run([sample, "--only", "spacing", "--jobs", "1"], capsys)
    assert code == 0
    assert out.split("\n")[:-1] == expected(LINES, only=["spacing"])
    code, out, _ = run([sample, "--profile", "chars", "--jobs", "1"], capsys)
    assert out.split("\n")[:-1] == expected(LINES, profile="chars")


def test_unknown_step_and_profile(sample, capsys):
    code, _, err = run([sample, "--skip", "nosuchstep"], capsys)
    assert code == 2 and "nosuchstep" in err and "Traceback" not in err
    code, _, err = run([sample, "--profile", "nosuch"], capsys)
    assert code == 2 and "profile" in err


def test_help_documents_every_step(capsys):
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    for name in step_names():
        assert name in out
        if get_step(name).doc:
            assert get_step(name).doc.split()[0] in out
    code, out2, _ = run(["steps"], capsys)
    assert code == 0 and all(n in out2 for n in step_names())
    code, out3, _ = run(["clean", "--help"], capsys)
    assert code == 0 and "--errors" in out3 and all(n in out3 for n in step_names())


# --------------------------------------------------------------------------- explain and stats


def test_explain_and_stats(sample, tmp_path, capsys):
    ex, st = tmp_path / "explain.jsonl", tmp_path / "stats.json"
    code, out, _ = run([sample, "--explain", ex, "--stats", st, "--jobs", "1"], capsys)
    assert code == 0
    records = [json.loads(x) for x in read_bytes(ex).decode("utf-8").splitlines()]
    want = []
    for i, line in enumerate(LINES, 1):
        for c in kaznorm.explain(line).changes:
            want.append((i, c.step, c.start, c.end, c.original, c.replacement))
    assert [(r["line"], r["step"], r["start"], r["end"], r["original"], r["replacement"]) for r in records] == want
    assert records and all(r["file"] == sample for r in records)
    for r in records:  # spans point into the original line
        assert LINES[r["line"] - 1][r["start"]:r["end"]] == r["original"]
    stats = json.loads(read_bytes(st))
    assert stats["lines"] == len(LINES) == stats["lines_out"]
    assert stats["bytes"] == os.path.getsize(sample)
    assert stats["lines_changed"] == sum(a != b for a, b in zip(LINES, expected(LINES)))
    assert sum(stats["changes"].values()) == len(records) == stats["changes_total"]
    assert set(stats["changes"]) >= {r["step"] for r in records}
    assert stats["seconds"] >= 0


# --------------------------------------------------------------------------- bad input


def test_missing_file(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    code, out, err = run(["clean", missing], capsys)
    assert code == 2
    assert "nope.txt" in err and "no such file" in err
    assert "Traceback" not in err and out == ""


def test_invalid_utf8_stops_with_file_line_offset(tmp_path, capsys):
    good = "Бүгін  ауа райы жақсы..\n"
    data = good.encode() + "Ол келді\n".encode() + b"\xd2\xff broken\n" + "соңғы  жол\n".encode()
    src = write(tmp_path / "bad.txt", data, "wb")
    out = tmp_path / "out.txt"
    code, _, err = run([src, "-o", out, "--jobs", "1"], capsys)
    assert code == 2
    offset = len(good.encode()) + len("Ол келді\n".encode())
    assert f"bad.txt: line 3, byte offset {offset}" in err
    assert "UTF-8" in err and "Traceback" not in err
    assert not out.exists()  # nothing half-written
    assert os.listdir(tmp_path) == ["bad.txt"]  # and no temporary file left behind


def test_invalid_utf8_replace_and_skip(tmp_path, capsys):
    lines = ["Бүгін  ауа райы жақсы..", None, "соңғы  жол"]
    data = lines[0].encode() + b"\n" + b"\xd2\xff broken\n" + lines[2].encode() + b"\n"
    src = write(tmp_path / "bad.txt", data, "wb")
    code, out, err = run([src, "--errors", "replace", "--jobs", "1"], capsys)
    assert code == 0
    got = out.split("\n")[:-1]
    assert len(got) == 3
    assert got[0] == kaznorm.clean(lines[0]) and got[2] == kaznorm.clean(lines[2])
    assert "\ufffd" in got[1] and "broken" in got[1]
    assert "line 2" in err and "warning" in err
    code, out, err = run([src, "--errors", "skip", "--jobs", "1"], capsys)
    assert code == 0
    assert out.split("\n")[:-1] == [kaznorm.clean(lines[0]), kaznorm.clean(lines[2])]
    assert "line 2" in err and "skipped" in err


def test_output_equal_to_input_refused(sample, tmp_path, capsys):
    before = read_bytes(sample)
    code, _, err = run([sample, "-o", sample], capsys)
    assert code == 2 and "input" in err
    link = tmp_path / "link.txt"
    os.symlink(sample, link)
    code, _, err = run([sample, "-o", link], capsys)
    assert code == 2 and "input" in err
    code, _, err = run([link, "--explain", sample], capsys)
    assert code == 2
    assert read_bytes(sample) == before


def test_python_api_rejects_bytes_and_none():
    with pytest.raises(TypeError, match="decode"):
        kaznorm.clean(b"\xd0\x91")
    with pytest.raises(TypeError, match="str"):
        kaznorm.clean(None)


# --------------------------------------------------------------------------- JSONL


def test_jsonl_field_and_passthrough(tmp_path, capsys):
    recs = [
        {"id": 1, "meta": {"body": "Бүгін  ауа райы жақсы..", "lang": "kk"}, "score": 0.5},
        {"id": 2, "meta": {"body": "Мектептің ауласында балалар ойнап жүр."}, "tags": ["a", "ә"]},
        {"id": 3, "meta": {}, "note": "Бұл  өзгермейді"},
    ]
    src = write(tmp_path / "in.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
    out = tmp_path / "out.jsonl"
    code, _, err = run([src, "--field", "meta.body", "-o", out, "--jobs", "1"], capsys)
    assert code == 0, err
    got_lines = read_bytes(out).decode("utf-8").splitlines()
    got = [json.loads(x) for x in got_lines]
    assert [list(g) for g in got] == [list(r) for r in recs]  # key order kept
    assert got[0]["meta"]["body"] == kaznorm.clean(recs[0]["meta"]["body"])
    assert got[0]["meta"]["lang"] == "kk" and got[0]["score"] == 0.5
    assert got[1]["meta"]["body"] == kaznorm.clean(recs[1]["meta"]["body"])
    assert got[2] == recs[2]  # no such field: record passed through
    assert "ә" in got_lines[1]  # ensure_ascii=False


def test_jsonl_bad_line(tmp_path, capsys):
    text = '{"text": "Ол  келді"}\n{"text": broken\n{"text": "Біз  бардық"}\n'
    src = write(tmp_path / "in.jsonl", text)
    code, out, err = run([src, "--jobs", "1"], capsys)
    assert code == 2
    first = len('{"text": "Ол  келді"}\n'.encode())
    assert "line 2" in err and "invalid JSON" in err and f"byte offset {first + 9}" in err
    code, out, err = run([src, "--errors", "replace", "--jobs", "1"], capsys)
    assert code == 0
    lines = out.split("\n")[:-1]
    assert lines[1] == '{"text": broken'  # passed through untouched
    assert json.loads(lines[0])["text"] == kaznorm.clean("Ол  келді")
    assert json.loads(lines[2])["text"] == kaznorm.clean("Біз  бардық")
    code, out, err = run([src, "--errors", "skip", "--jobs", "1"], capsys)
    assert code == 0 and len(out.split("\n")[:-1]) == 2


# --------------------------------------------------------------------------- compression, jobs, files


@pytest.mark.parametrize("suffix,opener", [(".gz", gzip.open), (".bz2", bz2.open), (".xz", lzma.open)])
def test_compressed_round_trip(tmp_path, capsys, suffix, opener):
    src = tmp_path / ("in.txt" + suffix)
    with opener(src, "wb") as f:
        f.write(("\n".join(LINES) + "\n").encode("utf-8"))
    out = tmp_path / ("out.txt" + suffix)
    code, _, err = run([src, "-o", out, "--jobs", "1"], capsys)
    assert code == 0, err
    with opener(out, "rb") as f:
        assert f.read().decode("utf-8").split("\n")[:-1] == expected(LINES)


def test_jsonl_gz_detected_by_name(tmp_path, capsys):
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as f:
        for x in LINES:
            f.write(json.dumps({"text": x}, ensure_ascii=False) + "\n")
    code, out, _ = run([src, "--jobs", "1"], capsys)
    assert code == 0
    assert [json.loads(x)["text"] for x in out.split("\n")[:-1]] == expected(LINES)


def test_jobs_2_byte_identical(tmp_path, capsys, monkeypatch):
    import kaznorm.chunks as par

    monkeypatch.setattr(par, "CHUNK_LINES", 7)  # many small chunks, so the pool really runs
    body = []
    for i in range(300):
        body.append(LINES[i % len(LINES)] + ("\r\n" if i % 5 == 0 else "\n"))
    src = write(tmp_path / "many.txt", "".join(body) + "соңғы  жол")
    o1, o2 = tmp_path / "o1.txt", tmp_path / "o2.txt"
    s1, s2 = tmp_path / "s1.json", tmp_path / "s2.json"
    e1, e2 = tmp_path / "e1.jsonl", tmp_path / "e2.jsonl"
    assert run([src, "-o", o1, "--jobs", "1", "--stats", s1, "--explain", e1], capsys)[0] == 0
    assert run([src, "-o", o2, "--jobs", "2", "--stats", s2, "--explain", e2], capsys)[0] == 0
    assert read_bytes(o1) == read_bytes(o2)
    assert read_bytes(e1) == read_bytes(e2)
    st1, st2 = json.loads(read_bytes(s1)), json.loads(read_bytes(s2))
    for k in ("lines", "lines_out", "bytes", "bytes_out", "changes", "lines_changed"):
        assert st1[k] == st2[k]
    assert st1["lines"] == 301


def test_in_place_with_backup(tmp_path, capsys):
    a = write(tmp_path / "a.txt", "Бүгін  ауа райы жақсы..\n")
    b = write(tmp_path / "b.txt", "Ол  келді\n")
    code, out, err = run(["--in-place", "--backup", ".orig", a, b, "--jobs", "1"], capsys)
    assert code == 0 and out == "", err
    assert read_bytes(a).decode() == kaznorm.clean("Бүгін  ауа райы жақсы..") + "\n"
    assert read_bytes(b).decode() == kaznorm.clean("Ол  келді") + "\n"
    assert read_bytes(a + ".orig").decode() == "Бүгін  ауа райы жақсы..\n"
    assert read_bytes(b + ".orig").decode() == "Ол  келді\n"
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "a.txt.orig", "b.txt", "b.txt.orig"]


def test_in_place_error_keeps_file(tmp_path, capsys):
    data = "Бүгін  ауа райы жақсы..\n".encode() + b"\xff\n"
    a = write(tmp_path / "a.txt", data, "wb")
    code, _, err = run(["--in-place", a], capsys)
    assert code == 2
    assert read_bytes(a) == data
    assert os.listdir(tmp_path) == ["a.txt"]


def test_directory_input_and_mirrored_output(tmp_path, capsys):
    src = tmp_path / "corpus"
    (src / "sub").mkdir(parents=True)
    write(src / "one.txt", "Бүгін  ауа райы жақсы..\n")
    write(src / "sub" / "two.txt", "Ол  келді\n")
    write(src / "skip.csv", "Ол  келді\n")
    write(src / ".hidden.txt", "Ол  келді\n")
    out = tmp_path / "clean"
    code, _, err = run([src, "--glob", "*.txt", "-o", str(out) + os.sep, "--jobs", "1"], capsys)
    assert code == 0, err
    assert read_bytes(out / "one.txt").decode() == kaznorm.clean("Бүгін  ауа райы жақсы..") + "\n"
    assert read_bytes(out / "sub" / "two.txt").decode() == kaznorm.clean("Ол  келді") + "\n"
    assert not (out / "skip.csv").exists() and not (out / ".hidden.txt").exists()


def test_several_inputs_concatenated(tmp_path, capsys):
    a = write(tmp_path / "a.txt", "Бүгін  ауа райы жақсы..")  # no final newline
    b = write(tmp_path / "b.txt", "Ол  келді\n")
    out = tmp_path / "all.txt"
    code, _, _ = run([a, b, "-o", out, "--jobs", "1"], capsys)
    assert code == 0
    # one output line per input line: a file's unterminated last line is ended before the next file
    assert read_bytes(out).decode() == kaznorm.clean("Бүгін  ауа райы жақсы..") + "\n" + kaznorm.clean("Ол  келді") + "\n"
    code, out2, _ = run([a, b, "--jobs", "1"], capsys)
    assert out2 == read_bytes(out).decode()


def test_empty_file(tmp_path, capsys):
    src = write(tmp_path / "empty.txt", "")
    out = tmp_path / "out.txt"
    assert run([src, "-o", out], capsys)[0] == 0
    assert read_bytes(out) == b""


# --------------------------------------------------------------------------- a real process


def test_subprocess_python_m_kaznorm(sample, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kaznorm", "clean", sample, "--jobs", "1"],
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode("utf-8").split("\n")[:-1] == expected(LINES)
    proc = subprocess.run([sys.executable, "-m", "kaznorm", "clean", str(tmp_path / "missing.txt")],
                          capture_output=True, timeout=300)
    assert proc.returncode == 2
    assert b"missing.txt" in proc.stderr and b"Traceback" not in proc.stderr


def test_words_and_protect_files(tmp_path, capsys):
    from pathlib import Path

    line = "экономиканын дамуы  жақсы"
    src = write(tmp_path / "in.txt", line + "\n")
    prot = write(tmp_path / "protect.txt", "# terms to keep\nэкономиканын\n")
    words = write(tmp_path / "words.txt", "жаңасөз\n")
    code, out, err = run([src, "--protect", prot, "--words", words, "--jobs", "1"], capsys)
    assert code == 0, err
    pipe = kaznorm.Pipeline.default().with_words(Path(words), protected=Path(prot))
    assert out == pipe(line) + "\n"
    assert out.startswith("экономиканын ")  # the protected term is kept as written
    code, _, err = run([src, "--words", tmp_path / "missing.txt"], capsys)
    assert code == 2 and "missing.txt" in err


def test_stdout_redirected_to_input_refused(tmp_path):
    src = write(tmp_path / "in.txt", "Ол  келді\n")
    with open(src, "ab") as out:
        proc = subprocess.run([sys.executable, "-m", "kaznorm", src], stdout=out, stderr=subprocess.PIPE, timeout=300)
    assert proc.returncode == 2 and b"input" in proc.stderr
    assert read_bytes(src) == "Ол  келді\n".encode()


def test_in_place_through_symlink_keeps_link(tmp_path, capsys):
    real = write(tmp_path / "real.txt", "Ол  келді\n")
    link = tmp_path / "link.txt"
    os.symlink(real, link)
    assert run(["-i", link, "--jobs", "1"], capsys)[0] == 0
    assert os.path.islink(link)
    assert read_bytes(real).decode() == kaznorm.clean("Ол  келді") + "\n"


def test_truncated_gzip_is_an_error(tmp_path, capsys):
    data = gzip.compress(("\n".join(LINES * 50) + "\n").encode())
    src = write(tmp_path / "cut.txt.gz", data[: len(data) // 2], "wb")
    out = tmp_path / "out.txt"
    code, _, err = run([src, "-o", out, "--jobs", "1"], capsys)
    assert code == 2 and "cut.txt.gz" in err and "Traceback" not in err
    assert not out.exists()


def test_progress_bar_only_on_stderr(sample, capsys):
    code, out, err = run([sample, "--progress", "--jobs", "1"], capsys)
    assert code == 0
    assert out.split("\n")[:-1] == expected(LINES)
    assert "kaznorm" in err  # the bar's label
    code, out2, err2 = run([sample, "--no-progress", "--jobs", "1"], capsys)
    assert out2 == out and err2 == ""
