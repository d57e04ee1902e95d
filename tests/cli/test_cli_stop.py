"""--errors stop with output to stdout (or a pipe) writes every good line before the bad one
(item 16 of issue 18); a regular file output is still all or nothing."""
import json

import pytest

import kaznorm
from clihelp import run


@pytest.fixture
def small_chunks(monkeypatch):
    import kaznorm.chunks as chunks

    monkeypatch.setattr(chunks, "CHUNK_LINES", 4)


@pytest.mark.parametrize("kind", ["text", "jsonl"])
def test_stdout_gets_every_line_before_the_error(tmp_path, capsys, small_chunks, kind):
    good = [f"Ол  келді {i}.." for i in range(10)]
    if kind == "text":
        lines = [g.encode() for g in good]
        lines[6] = b"\xff broken"
        want = [kaznorm.clean(g) for g in good[:6]]
    else:
        lines = [json.dumps({"text": g}, ensure_ascii=False).encode() for g in good]
        lines[6] = b'{"text": broken'
        want = [json.dumps({"text": kaznorm.clean(g)}, ensure_ascii=False) for g in good[:6]]
    src = tmp_path / ("in.txt" if kind == "text" else "in.jsonl")
    src.write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = run([src, "--jobs", "1"], capsys)
    assert code == 2 and "line 7" in err
    assert out.splitlines() == want  # lines 1-6, not just the first chunk's 4
    out_file = tmp_path / ("out" + src.suffix)
    code, _, err = run([src, "--jobs", "1", "-o", out_file], capsys)
    assert code == 2 and not out_file.exists()


def test_file_boundary_kept_when_the_next_file_starts_with_a_skipped_line(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_bytes("Ол  келді".encode())  # no final newline
    b = tmp_path / "b.txt"
    b.write_bytes(b"x" * 200 + b"\n" + "Біз  бардық\n".encode())  # a first line too long: skipped
    code, out, err = run([a, b, "--errors", "skip", "--max-line-bytes", "100", "--jobs", "1"], capsys)
    assert code == 0
    assert out.splitlines() == [kaznorm.clean("Ол  келді"), kaznorm.clean("Біз  бардық")]


def test_no_new_files_under_dev(tmp_path, capsys):
    src = tmp_path / "in.txt"
    src.write_text("Ол  келді\n", encoding="utf-8")
    code, _, err = run([src, "-o", "/dev/no-such-kaznorm-device"], capsys)
    assert code == 2 and "/dev/no-such-kaznorm-device" in err
    assert not __import__("os").path.exists("/dev/no-such-kaznorm-device")
