"""Outputs that are not regular files: devices, FIFOs, /dev/stdout-style links, /dev/fd/N, ``-``.

Such outputs are written directly (never through a temporary file and a rename), so a device or
FIFO stays what it is and a reader of a FIFO or pipe gets the text.  Devices are ``mknod`` copies of
/dev/null and /dev/full in a temporary folder when the tests run as root (the real ones otherwise,
which a non-root process cannot replace).
"""
import os
import stat
import subprocess
import sys
import threading

import pytest

import kaznorm
from clihelp import LINES, TEXT, run, run_proc

CLEAN = "".join(kaznorm.clean(x) + "\n" for x in LINES)


@pytest.fixture
def src(tmp_path):
    p = tmp_path / "in.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


def device(tmp_path, name, minor):
    if os.geteuid() != 0:
        return f"/dev/{name}"
    path = tmp_path / name
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    return str(path)


def is_chr(path):
    return stat.S_ISCHR(os.stat(path).st_mode)


def test_device_outputs_stay_devices(src, tmp_path, capsys):
    null = device(tmp_path, "null", 3)
    code, out, err = run([src, "-o", null, "--explain", null, "--stats", null, "--jobs", "1"], capsys)
    assert code == 0, err
    assert is_chr(null) and out == ""
    assert sorted(os.listdir(tmp_path)) == sorted(["in.txt"] + (["null"] if null.startswith(str(tmp_path)) else []))


@pytest.mark.parametrize("option", ["-o", "--explain", "--stats"])
def test_full_device_is_an_error_naming_it(src, tmp_path, capsys, option):
    full = device(tmp_path, "full", 7)
    code, out, err = run([src, option, full, "--jobs", "1"], capsys)
    assert code == 2
    assert f"{full}: " in err and "no space left" in err.lower() and "Traceback" not in err
    assert is_chr(full)


def test_fifo_output_reaches_its_reader(src, tmp_path, capsys):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
    reader.start()
    code, _, err = run([src, "-o", fifo, "--jobs", "1"], capsys)
    reader.join(10)
    assert code == 0, err
    assert not reader.is_alive(), "the FIFO's reader still waits: the output went elsewhere"
    assert got == [CLEAN.encode()]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(os.listdir(tmp_path)) == ["fifo", "in.txt"]


def test_link_to_proc_self_fd_1_like_dev_stdout(src, tmp_path):
    # /dev/stdout is a link to /proc/self/fd/1; a copy of it in the temp folder behaves the same
    link = tmp_path / "stdout"
    os.symlink("/proc/self/fd/1", link)
    proc = run_proc(src, "-o", link, "--jobs", "1")
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode() == CLEAN
    assert os.path.islink(link) and os.readlink(link) == "/proc/self/fd/1"
    # stdout redirected to a file: the file gets the text, the link stays
    with open(tmp_path / "redirected.txt", "wb") as f:
        proc = run_proc(src, "-o", link, "--jobs", "1", stdout=f, stderr=subprocess.PIPE, capture_output=False)
    assert proc.returncode == 0, proc.stderr.decode()
    assert (tmp_path / "redirected.txt").read_text(encoding="utf-8") == CLEAN
    assert os.path.islink(link)


def test_dev_fd_n_like_process_substitution(src, tmp_path):
    r, w = os.pipe()
    r2, w2 = os.pipe()
    proc = subprocess.Popen([sys.executable, "-m", "kaznorm", str(src), "-o", f"/dev/fd/{w}",
                             "--explain", f"/dev/fd/{w2}", "--jobs", "1"],
                            pass_fds=(w, w2), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(w)
    os.close(w2)
    with os.fdopen(r, "rb") as f1, os.fdopen(r2, "rb") as f2:
        text = f1.read()
        explain = f2.read()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert text.decode() == CLEAN and out == b""
    assert explain.count(b"\n") == sum(len(kaznorm.explain(x).changes) for x in LINES) > 0


def test_dash_is_stdout_for_output_and_explain(src, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run([src, "-o", "-", "--jobs", "1"], capsys)
    assert code == 0, err
    assert out == CLEAN
    code, out, err = run([src, "-o", "clean.txt", "--explain", "-", "--jobs", "1"], capsys)
    assert code == 0, err
    assert (tmp_path / "clean.txt").read_text(encoding="utf-8") == CLEAN
    assert out.count("\n") == sum(len(kaznorm.explain(x).changes) for x in LINES)
    assert not (tmp_path / "-").exists()
    code, out, err = run([src, "--explain", "-", "--jobs", "1"], capsys)
    assert code == 2 and "stdout" in err  # the text and the explain records cannot share stdout


def test_output_through_a_symlink_keeps_the_link(src, tmp_path, capsys):
    real = tmp_path / "real.txt"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    os.symlink(real, link)
    code, _, err = run([src, "-o", link, "--jobs", "1"], capsys)
    assert code == 0, err
    assert os.path.islink(link) and real.read_text(encoding="utf-8") == CLEAN
