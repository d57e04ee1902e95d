"""Signals against a real ``--jobs 2`` run (items 6, 7 and 8 of issue 18).

Each test starts ``python -m kaznorm BIG -o OUT --jobs 2`` as a real process, waits until its two
workers are cleaning, then signals it: the run must end within 2 s, leave no worker alive and no
temporary file, and say what happened.
"""
import os
import signal
import subprocess
import sys
import time

import pytest

from clihelp import alive, big_input, children, kaznorm_cmd, wait_until

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    return big_input(tmp_path_factory.mktemp("big") / "big.txt", 24)


@pytest.fixture
def started(tmp_path_factory):
    """Runs started by a test; at teardown any of their processes still alive is killed (by pid)."""
    procs = []
    yield procs
    for pid in procs:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


class Run:
    """A started run: the process, its stderr in a file (a pipe a leftover worker holds never ends)."""

    def __init__(self, proc, err_path):
        self.proc, self.err_path, self.pid = proc, err_path, proc.pid

    def __getattr__(self, name):
        return getattr(self.proc, name)

    def stderr(self):
        with open(self.err_path, encoding="utf-8", errors="replace") as f:
            return f.read()


def start(big, out, started, *extra):
    err_path = os.path.join(os.path.dirname(big), f"err-{len(os.listdir(os.path.dirname(big)))}.txt")
    with open(err_path, "wb") as err:
        proc = subprocess.Popen(kaznorm_cmd(big, "-o", out, "--jobs", "2", *extra),
                                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    run = Run(proc, err_path)
    started.append(proc.pid)
    workers = []

    def busy():
        # two workers, each past its start-up (it has used some CPU time cleaning)
        workers[:] = [p for p in children(proc.pid) if not _cmdline_has(p, "resource_tracker")]
        return len(workers) == 2 and all(_cpu_ticks(p) > 30 for p in workers)

    if not wait_until(busy, 60):
        proc.kill()
        proc.wait()
        pytest.fail(f"the workers did not start: {run.stderr()}")
    started.extend(workers)
    return run, list(workers)


def _cmdline_has(pid, word):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return word.encode() in f.read()
    except OSError:
        return False


def _cpu_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except OSError:
        return 0


def ended_within(run, seconds):
    t = time.monotonic()
    try:
        run.proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        run.proc.kill()
        run.proc.wait()
        pytest.fail(f"still running {seconds} s after the signal: {run.stderr()}")
    return time.monotonic() - t, run.stderr()


@pytest.mark.parametrize("signum,status,word", [(signal.SIGINT, 130, "interrupted"),
                                                (signal.SIGTERM, 143, "terminated")])
def test_interrupt_and_terminate_end_the_run(big, tmp_path, started, signum, status, word):
    out = tmp_path / "out.txt"
    proc, workers = start(big, out, started)
    # Ctrl-C in a terminal goes to the whole process group; SIGTERM to the main process only
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signum)
    else:
        proc.send_signal(signum)
    took, err = ended_within(proc, 2)
    assert proc.returncode == status, err
    assert word in err and "Traceback" not in err and "discarded" in err
    assert wait_until(lambda: not any(alive(w) for w in workers), 2), "a worker outlived the run"
    assert os.listdir(tmp_path) == [], "a temporary or output file was left"


def test_sigkill_of_the_main_process_takes_the_workers_along(big, tmp_path, started):
    out = tmp_path / "out.txt"
    proc, workers = start(big, out, started)
    proc.kill()
    proc.wait(timeout=5)
    assert wait_until(lambda: not any(alive(w) for w in workers), 2), "workers outlived their killed parent"
    # the killed run's temporary file cannot be taken for the output, and the next run names it
    left = os.listdir(tmp_path)
    assert not out.exists() and all(n.startswith(".out.txt.kaznorm-") and n.endswith(".partial") for n in left)
    small = tmp_path / "small.txt"
    small.write_text("Ол  келді\n", encoding="utf-8")
    proc = subprocess.run(kaznorm_cmd(small, "-o", out, "--jobs", "1"), capture_output=True, timeout=120)
    assert proc.returncode == 0
    err = proc.stderr.decode()
    assert all(n in err for n in left) and "killed" in err


def test_a_killed_worker_is_explained(big, tmp_path, started):
    out = tmp_path / "out.txt"
    proc, workers = start(big, out, started)
    os.kill(workers[0], signal.SIGKILL)  # what the out-of-memory killer does
    took, err = ended_within(proc, 5)
    assert proc.returncode != 0
    assert "killed" in err and "SIGKILL" in err and "memory" in err and "--jobs 1" in err
    assert "BrokenProcessPool" not in err and "Traceback" not in err
    assert wait_until(lambda: not any(alive(w) for w in workers), 2)
    assert os.listdir(tmp_path) == []


def test_head_closing_the_pipe_ends_the_run_quietly(big, tmp_path, started):
    proc = subprocess.Popen(kaznorm_cmd(big, "--jobs", "2"), stdout=subprocess.PIPE,
                            stderr=open(tmp_path / "err.txt", "wb"), start_new_session=True)
    started.append(proc.pid)
    first = proc.stdout.readline()
    assert wait_until(lambda: len(children(proc.pid)) >= 2, 30)
    workers = list(children(proc.pid))
    started.extend(workers)
    proc.stdout.close()  # what `| head -n 1` does after its line
    proc.wait(timeout=5)
    assert first.strip() and proc.returncode == 1
    assert (tmp_path / "err.txt").read_bytes() == b""
    assert wait_until(lambda: not any(alive(w) for w in workers), 2)


def test_an_exception_in_a_worker_names_the_lines():
    from clihelp import boom
    from kaznorm.chunks import Chunk, Job
    from kaznorm.parallel import WorkerError, ordered_map
    from kaznorm import Pipeline, Step

    pipe = Pipeline([Step("boom", boom, "test step")])
    chunks = [Chunk("f.txt", "text", [b"ok\n"] * 3, 1 + 3 * i, 0, 9) for i in range(4)]
    chunks[2].lines = [b"ok\n", b"BOOM\n", b"ok\n"]
    got = []
    with pytest.raises(WorkerError, match=r"ValueError: the test step failed \(while cleaning f.txt lines 7-9\)"):
        for item, res in ordered_map(chunks, pipe, Job(), jobs=2):
            got.append(res.out)
    assert got == [b"ok\n" * 3] * 2  # everything before the failing chunk came back, in order


MASK_SCRIPT = r'''
import signal
from multiprocessing import context
import kaznorm.parallel as par
from kaznorm import Pipeline
from kaznorm.chunks import Job

seen = []
real = context.SpawnProcess.start


def start(self):
    seen.append(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set()))
    return real(self)


if __name__ == "__main__":
    context.SpawnProcess.start = start
    pool = par.Pool(3, Pipeline(["spacing"]), Job())
    pool.start()
    pool.close(True)
    print(seen)
'''


def test_signals_stay_blocked_while_every_worker_starts(tmp_path):
    # a Ctrl-C that reaches a worker before it ignores SIGINT prints its traceback; the workers are
    # started with SIGINT blocked, which multiprocessing's resource tracker must not undo midway
    script = tmp_path / "mask.py"
    script.write_text(MASK_SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["[True,", "True,", "True]"]
