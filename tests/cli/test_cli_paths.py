"""Output paths are checked before any input is read (item 10 of issue 18), and every error names
the path it is about (item 11): a file too large, no space, a backup that cannot be kept."""
import os
import resource
import subprocess
import sys

import pytest

from clihelp import TEXT, big_input, run, run_proc


@pytest.fixture
def src(tmp_path):
    p = tmp_path / "in.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


@pytest.mark.parametrize("option", ["--stats", "--explain", "-o"])
def test_unwritable_output_found_before_reading(tmp_path, option):
    # the input is a FIFO nobody writes to: reading it would block, so only a check made
    # before reading can end this run
    fifo = tmp_path / "never.txt"
    os.mkfifo(fifo)
    (tmp_path / "plain").write_text("x")
    args = [fifo, "--jobs", "1"]
    if option != "-o":
        args += ["-o", tmp_path / "out.txt"]
    for bad, why in ((tmp_path / "missing" / "f.json", "does not exist"),
                     (tmp_path / "plain" / "f.json", "not a directory")):
        try:
            proc = run_proc(*args, option, bad, timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{option} {bad}: the run read its input before checking the output path")
        err = proc.stderr.decode()
        assert proc.returncode == 2, err
        assert str(bad.parent) in err and why in err.lower() and "Traceback" not in err
    assert sorted(os.listdir(tmp_path)) == ["never.txt", "plain"]


def test_output_is_a_directory_found_first(tmp_path):
    fifo = tmp_path / "never.txt"
    os.mkfifo(fifo)
    (tmp_path / "d").mkdir()
    try:
        proc = run_proc(fifo, "--stats", tmp_path / "d", "--jobs", "1", timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("the run read its input before checking the --stats path")
    assert proc.returncode == 2 and f"{tmp_path / 'd'}: is a directory" in proc.stderr.decode()


def test_file_too_large_names_the_file(tmp_path):
    src = big_input(tmp_path / "in.txt", 0.2)
    out = tmp_path / "out.txt"
    limit = 50_000

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run([sys.executable, "-m", "kaznorm", src, "-o", str(out), "--jobs", "1"],
                          capture_output=True, timeout=120, preexec_fn=small_files)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert f"{out}: cannot write (File too large)" in err and "Traceback" not in err
    assert sorted(os.listdir(tmp_path)) == ["in.txt"]  # no output, no temporary file


def test_backup_that_cannot_be_kept(src, tmp_path, capsys):
    before = src.read_bytes()
    code, _, err = run(["-i", src, "--backup", "/orig", "--jobs", "1"], capsys)
    assert code == 2 and "--backup" in err and "/" in err
    assert src.read_bytes() == before
    # a backup name taken by a directory: the error names it, the input is kept as it was
    (tmp_path / "in.txt.orig").mkdir()
    (tmp_path / "in.txt.orig" / "x").write_text("x")
    code, _, err = run(["-i", src, "--backup", ".orig", "--jobs", "1"], capsys)
    assert code == 2, err
    assert f"{tmp_path / 'in.txt.orig'}" in err and "Traceback" not in err
    assert src.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["in.txt", "in.txt.orig"]


def test_oserror_messages_name_the_path(tmp_path, capsys):
    (tmp_path / "plain").write_text("x")
    src = tmp_path / "in.txt"
    src.write_text(TEXT, encoding="utf-8")
    code, _, err = run([src, "-o", str(tmp_path / "plain" / "sub") + "/", "--jobs", "1"], capsys)
    assert code == 2
    assert str(tmp_path / "plain") in err and "Errno" not in err and "Traceback" not in err
