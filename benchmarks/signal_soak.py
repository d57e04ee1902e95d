"""Signal soak: interrupt a real ``kaznorm clean --jobs 2`` run at random moments, many times.

    python benchmarks/signal_soak.py                      # 100 Ctrl-Cs (SIGINT to the process group)
    python benchmarks/signal_soak.py --signal TERM -n 50  # SIGTERM to the main process only
    python benchmarks/signal_soak.py --double             # Ctrl-C twice, 50 ms apart

Each round starts ``python -m kaznorm BIG -o OUT --jobs 2`` on a generated file
(long enough that no round finishes before its signal), waits a random time
(uniform over --window seconds, so start-up, the spawning of the workers, their
first chunks and the steady state are all hit), sends the signal and counts:

* a **hang**: the process has not ended --hang seconds after the signal (it is
  then killed, and so are its workers, by pid);
* a **leftover**: a worker process still alive 2 s after the run ended, or any
  file left in the output folder (a temporary file, a half-written output);
* the exit statuses, anything on stderr other than the one-line message, and
  the time from the signal to the end of the process (median, 95th
  percentile, maximum).

Linux only (reads /proc).  Not a test: nothing is asserted; the figures are
printed, and the exit status is 1 if there was any hang or leftover.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

SENTENCES = [
    "Бүгін  ауа райы жақсы болды, біз саябаққа бардық..",
    "Мектептің ауласында балалар ойнап жүр , мұғалімдер оларды бақылап тұр.",
    "Кітапханада жаңа кітаптар көп,оқырмандар да көбейді.",
    "Сәлем,әлем!  Қалайсың ?",
]


def generate(path: str, mb: float) -> None:
    rnd = random.Random(7)
    lines = [" ".join(rnd.choice(SENTENCES) for _ in range(rnd.randint(1, 3))) for _ in range(2000)]
    block = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        for _ in range(int(mb * 2**20 / len(block)) + 1):
            f.write(block)


def descendants(pid: int) -> list:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children") as f:
                    kids = [int(x) for x in f.read().split()]
                out.extend(kids)
                todo.extend(kids)
        except OSError:
            pass
    return out


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--rounds", type=int, default=100)
    ap.add_argument("--signal", default="INT", choices=("INT", "TERM", "HUP"))
    ap.add_argument("--double", action="store_true", help="send the signal twice, 50 ms apart")
    ap.add_argument("--window", type=float, default=4.0, help="signal at a random time in [0, WINDOW] s")
    ap.add_argument("--hang", type=float, default=5.0, help="seconds after which a run counts as hung")
    ap.add_argument("--size-mb", type=float, default=40.0, help="input size (the run must outlast the window)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    signum = getattr(signal, "SIG" + a.signal)
    tmp = tempfile.mkdtemp(prefix="kaznorm-soak-")
    src = os.path.join(tmp, "big.txt")
    generate(src, a.size_mb)
    outdir = os.path.join(tmp, "out")
    os.mkdir(outdir)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; {a.rounds} rounds of SIG{a.signal}"
          f"{' twice' if a.double else ''} within {a.window:g} s of the start of a --jobs 2 run "
          f"on {os.path.getsize(src) / 2**20:.0f} MB")
    hangs = leftovers = 0
    times, statuses, odd_stderr, early = [], {}, [], 0
    for r in range(a.rounds):
        out = os.path.join(outdir, "out.txt")
        err_path = os.path.join(tmp, "err.txt")
        with open(err_path, "wb") as err:
            proc = subprocess.Popen([sys.executable, "-m", "kaznorm", src, "-o", out, "--jobs", "2"],
                                    stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        delay = rnd.uniform(0, a.window)
        seen: set = set()
        end = time.monotonic() + delay
        while time.monotonic() < end:  # note every descendant while the run goes on
            seen.update(descendants(proc.pid))
            time.sleep(0.01)
        seen.update(descendants(proc.pid))
        if proc.poll() is not None:
            early += 1
        t0 = time.monotonic()
        send = (lambda: os.killpg(proc.pid, signum)) if signum == signal.SIGINT else (lambda: proc.send_signal(signum))
        try:
            send()
            if a.double:
                time.sleep(0.05)
                send()
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=a.hang)
            times.append(time.monotonic() - t0)
        except subprocess.TimeoutExpired:
            hangs += 1
            print(f"  round {r + 1}: HANG (signal at {delay:.2f} s); killing it and its workers")
            for p in [proc.pid] + descendants(proc.pid):
                try:
                    os.kill(p, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            proc.wait()
        statuses[proc.returncode] = statuses.get(proc.returncode, 0) + 1
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline and any(alive(p) for p in seen):
            time.sleep(0.02)
        live = [p for p in seen if alive(p)]
        files = os.listdir(outdir)
        if live or files:
            leftovers += 1
            print(f"  round {r + 1}: LEFTOVER (signal at {delay:.2f} s): live {live}, files {files}")
            for p in live:
                try:
                    os.kill(p, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            for f in files:
                os.remove(os.path.join(outdir, f))
        with open(err_path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        if text.count("\n") > 1 or "Traceback" in text:
            odd_stderr.append((r + 1, text[-400:]))
    shutil.rmtree(tmp)
    times.sort()
    print(f"\nrounds {a.rounds}: hangs {hangs}, leftovers {leftovers}, finished before the signal {early}")
    print(f"exit statuses: {dict(sorted(statuses.items()))}")
    if times:
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(f"signal to exit: median {statistics.median(times) * 1000:.0f} ms, 95th percentile "
              f"{p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")
    print(f"stderr other than one line: {len(odd_stderr)}")
    for r, text in odd_stderr[:5]:
        print(f"  round {r}:\n    " + text.replace("\n", "\n    "))
    return 1 if hangs or leftovers else 0


if __name__ == "__main__":
    sys.exit(main())
