"""Start-up is thread-safe: threads that begin cleaning at the same time in a fresh process all get every step.

Each case runs in its own Python process (a subprocess), so the step registry is cold when the threads start:
that is the moment the registration race used to break a process for good.
"""
import subprocess
import sys
import textwrap

import pytest

PRELUDE = """
import pickle, sys, threading
import kaznorm
from kaznorm import Pipeline
N = 8
barrier = threading.Barrier(N)
out = [None] * N
errors = []
def run(i, work):
    try:
        barrier.wait()
        out[i] = work(i)
    except Exception as exc:  # reported to the parent through stderr
        errors.append(repr(exc))
def together(work):
    threads = [threading.Thread(target=run, args=(i, work)) for i in range(N)]
    for t in threads: t.start()
    for t in threads: t.join()
    if errors:
        sys.exit("errors: " + "; ".join(errors))
    return out
"""

CASES = {
    "clean in threads": """
        text = "Бұл  кітап..  "
        got = together(lambda i: kaznorm.clean(text, only=["spacing", "punctuation"]))
        assert got == ["Бұл кітап."] * N, got
        assert kaznorm.clean(text, only=["spacing", "punctuation"]) == "Бұл кітап."
    """,
    "default pipeline in threads": """
        got = together(lambda i: len(Pipeline.default().steps))
        assert len(set(got)) == 1 and got[0] == len(kaznorm.PROFILES["default"]) >= 12, got
    """,
    "unpickled pipelines in threads": """
        blob = pickle.dumps(Pipeline.from_profile("chars"), protocol=4)
        got = together(lambda i: pickle.loads(blob)("а,б"))
        assert got == ["а, б"] * N, got
    """,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_threads_from_a_cold_process(name):
    code = PRELUDE + textwrap.dedent(CASES[name])
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_unknown_step_names_are_errors_everywhere():
    import kaznorm
    from kaznorm import Pipeline

    for bad in (lambda: kaznorm.clean("x", only=[]), lambda: Pipeline.from_profile("default", only=[]),
                lambda: kaznorm.clean("x", skip=["nope"]), lambda: kaznorm.clean("x", only=["nope"]),
                lambda: Pipeline(["nope"])):
        with pytest.raises(ValueError):
            bad()
