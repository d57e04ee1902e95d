"""Helpers shared by the console-script tests in tests/cli (real files, real processes)."""
import os
import subprocess
import sys
import time

from kaznorm.cli import main

# Sentences written for these tests; several carry faults the foundation steps repair.
LINES = [
    "Бүгін  ауа райы жақсы..",
    "Біз кітапханаға бардық , онда жаңа кітаптар көп",
    "Ол 2020 жылы  университетті бітірді.",
    "Сәлем,әлем!  Қалайсың ?",
]
TEXT = "\n".join(LINES) + "\n"


def run(argv, capsys):
    """main(argv) in this process: (exit status, stdout, stderr)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def kaznorm_cmd(*args):
    return [sys.executable, "-m", "kaznorm", *[str(a) for a in args]]


def run_proc(*args, timeout=120, **kw):
    """``python -m kaznorm ARGS`` in a real process; CompletedProcess with bytes."""
    kw.setdefault("capture_output", True)
    return subprocess.run(kaznorm_cmd(*args), timeout=timeout, **kw)


def children(pid):
    """Process ids of the live children of ``pid`` (Linux /proc)."""
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out.extend(int(x) for x in f.read().split())
    except OSError:
        pass
    return out


def alive(pid):
    """Whether ``pid`` is a running process (a zombie is not)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def wait_until(cond, timeout, step=0.02):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(step)
    return bool(cond())


def big_input(path, mb):
    """Write about ``mb`` MB of the test sentences, one to three a line; return the path."""
    line_parts = [LINES[i % len(LINES)] + (" " + LINES[(i + 1) % len(LINES)] if i % 3 else "") for i in range(64)]
    block = ("\n".join(line_parts) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        for _ in range(max(1, int(mb * 2**20 / len(block)))):
            f.write(block)
    return str(path)


def boom(text, ctx):
    """A test step with a bug: fails on a line holding 'BOOM' (importable, so a worker process can load it)."""
    if "BOOM" in text:
        raise ValueError("the test step failed")
    return []
