"""Lines longer than --max-line-bytes (default 1 MiB) are never cleaned nor held whole in memory
(item 14 of issue 18): --errors stop reports them, replace passes them through byte for byte,
skip leaves them out; the lines around them are cleaned as usual."""
import json
import subprocess
import sys

import pytest

import kaznorm
from clihelp import LINES, run

WRAPPER = r"""
import resource, subprocess, sys
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def long_line(nbytes):
    unit = "Бүгін  ауа райы жақсы.. "
    n = nbytes // len(unit.encode()) + 1
    return unit * n


def test_default_limit_stops_with_a_clear_error(tmp_path, capsys):
    src = tmp_path / "in.txt"
    src.write_text(LINES[0] + "\n" + long_line(1100 * 1024) + "\n" + LINES[1] + "\n", encoding="utf-8")
    code, out, err = run([src, "--jobs", "1"], capsys)
    assert code == 2
    assert f"{src}: line 2, byte offset {len(LINES[0].encode()) + 1}" in err
    assert "longer than 1 MiB" in err and "--max-line-bytes" in err and "--errors" in err
    assert out == kaznorm.clean(LINES[0]) + "\n"  # the line before it is written (to stdout)
    code, _, err = run([src, "--jobs", "1", "-o", tmp_path / "out.txt"], capsys)
    assert code == 2 and not (tmp_path / "out.txt").exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_replace_passes_long_lines_through_in_order(tmp_path, capsys, monkeypatch, jobs):
    import kaznorm.chunks as chunks

    monkeypatch.setattr(chunks, "CHUNK_LINES", 3)
    lines = [LINES[i % 4] for i in range(20)]
    big = long_line(300) + "\r"
    lines[7] = big
    lines[15] = big
    src = tmp_path / "in.txt"
    src.write_bytes(("\n".join(lines)).encode())  # no final newline: the last line stays open
    code, out, err = run([src, "--max-line-bytes", "200", "--errors", "replace", "--jobs", jobs,
                          "--stats", tmp_path / "st.json"], capsys)
    assert code == 0, err
    want = [x if x == big else kaznorm.clean(x) for x in lines]
    assert out == "\n".join(want)
    assert "line 8" in err and "line 16" in err and "passed through unchanged" in err
    st = json.loads((tmp_path / "st.json").read_text())
    assert st["lines"] == st["lines_out"] == 20 and st["errors"]["long"] == 2


def test_skip_leaves_them_out(tmp_path, capsys):
    src = tmp_path / "in.txt"
    src.write_text("\n".join([LINES[0], "x" * 150, LINES[1], "y" * 101, LINES[2]]) + "\n", encoding="utf-8")
    code, out, err = run([src, "--max-line-bytes", "100", "--errors", "skip", "--jobs", "1"], capsys)
    assert code == 0
    assert out.splitlines() == [kaznorm.clean(x) for x in LINES[:3]]
    assert "line 2" in err and "line 4" in err and "skipped" in err


def test_limit_boundary_and_values(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    rec = json.dumps({"text": "Ол  келді"}, ensure_ascii=False)
    n = len(rec.encode())
    src.write_text(rec + "\r\n", encoding="utf-8")
    code, out, _ = run([src, "--max-line-bytes", str(n), "--jobs", "1"], capsys)
    assert code == 0 and json.loads(out)["text"] == kaznorm.clean("Ол  келді")  # exactly at the limit
    code, _, err = run([src, "--max-line-bytes", str(n - 1), "--jobs", "1"], capsys)
    assert code == 2 and "longer than" in err
    for ok in ("0", "2K", "3M", "1G", "1500"):
        assert run([src, "--max-line-bytes", ok, "--jobs", "1"], capsys)[0] == 0
    code, _, err = run([src, "--max-line-bytes", "lots"], capsys)
    assert code == 2 and "--max-line-bytes" in err


def test_memory_stays_bounded_on_a_huge_line(tmp_path):
    src = tmp_path / "huge.txt"
    with open(src, "wb") as f:
        f.write((LINES[0] + "\n").encode())
        f.write(long_line(40 * 2**20).encode() + b"\n")
        f.write((LINES[1] + "\n").encode())
    out = tmp_path / "out.txt"
    proc = subprocess.run([sys.executable, "-c", WRAPPER, sys.executable, "-m", "kaznorm", str(src), "-o", str(out),
                           "--errors", "replace", "--jobs", "1"], capture_output=True, text=True, timeout=120)
    rc, rss_kib = proc.stdout.split()
    assert rc == "0", proc.stderr
    assert int(rss_kib) < 300 * 1024  # the lexicon and the Python process; not 40 MB x 30
    assert out.stat().st_size == src.stat().st_size - len(LINES[0].encode()) - len(LINES[1].encode()) \
        + len(kaznorm.clean(LINES[0]).encode()) + len(kaznorm.clean(LINES[1]).encode())
