"""The audit report at corpus scale (issue 20, part 2): the size of the page and the peak memory of a
``kaznorm clean`` run with ``--report`` against the same run without it.

    python benchmarks/report_size.py                 # 100 MB of generated text, --jobs 1
    python benchmarks/report_size.py --mb 5 --jobs 1 --jobs 2   # a quick run

The bar: 100 MB of input -> a report under 2 MB, and peak memory unchanged (within 20 MB).

The input is generated from Kazakh sentences written for this benchmark, most with a fault a step
repairs (quotes, doubled full stops, spacing, Russian-keyboard letters, run-together words, glued
particles, Latin look-alikes, zero-width characters), with a random number in each line so that lines
differ, and one long line (3,000+ characters) in 500.  Each run is a real ``python -m kaznorm clean``
process started from a small wrapper process, so ``getrusage(RUSAGE_CHILDREN)`` of the wrapper gives
the peak resident memory of the largest process of that run (the main process or a worker).  The
cleaned output of both runs is compared.  Not a test: nothing is asserted.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # (run as a script or imported)
from cli_scale import run  # noqa: E402  (the timed subprocess with its peak memory)

SENTENCES = [
    "Біз кеше \"жаңа\" кітап сатып алдық..",
    "Ауылда экономиканын дамуы жақсы болды",
    "Олар бірбірін жақсы таниды",
    "Бүгін тағыда жаңбыр жауды",
    "Мен  қалаға бардым ,сосын үйге қайттым",
    "Бaлалар мектепке барды",
    "Мұғалім\u200b сабақты бастады",
    "Қалада жаңа саябақ ашылды.",
    "Жапонияжасмемлекеткеэкономикалық байланыс",
    "Кітапханада оқырмандар көп,олар кітап оқиды.",
    "Өзен жағасында қызғалдақтар гүлдеп тұр.",
    "Ол 2020 жылы университетті бітірді .",
]

def generate(path: str, mb: float, seed: int = 7) -> int:
    rnd = random.Random(seed)
    target = int(mb * 1024 * 1024)
    written = 0
    block = []
    with open(path, "wb") as f:
        i = 0
        while written < target:
            n = 60 if i % 500 == 499 else rnd.randint(1, 4)
            line = f"{rnd.randint(1, 99999)}. " + " ".join(rnd.choice(SENTENCES) for _ in range(n))
            b = (line + "\n").encode("utf-8")
            block.append(b)
            written += len(b)
            i += 1
            if len(block) >= 5000:
                f.write(b"".join(block))
                block = []
        f.write(b"".join(block))
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=100.0, help="input size in MB (default: 100)")
    ap.add_argument("--jobs", type=int, action="append", help="--jobs of the runs (repeatable; default: 1)")
    ap.add_argument("--sample", type=int, default=50, help="--report-sample (default: 50)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (input, outputs, report)")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="kaznorm-report-bench-")
    src = os.path.join(tmp, "in.txt")
    size = generate(src, a.mb)
    print(f"input: {size / 2**20:.1f} MiB, {tmp}")
    kaz = [sys.executable, "-m", "kaznorm", "clean", src]
    print(f"{'jobs':>4} {'run':<12} {'seconds':>8} {'peak RSS MiB':>13} {'report KiB':>11}")
    for jobs in a.jobs or [1]:
        plain, rep = os.path.join(tmp, f"plain{jobs}.txt"), os.path.join(tmp, f"rep{jobs}.txt")
        report = os.path.join(tmp, f"report{jobs}.html")
        dt0, rss0 = run(kaz + ["-o", plain, "--jobs", str(jobs)])
        print(f"{jobs:>4} {'clean':<12} {dt0:>8.1f} {rss0:>13.1f} {'':>11}")
        dt1, rss1 = run(kaz + ["-o", rep, "--jobs", str(jobs), "--report", report,
                               "--report-sample", str(a.sample)])
        kib = os.path.getsize(report) / 1024
        print(f"{jobs:>4} {'--report':<12} {dt1:>8.1f} {rss1:>13.1f} {kib:>11.1f}")
        same = filecmp.cmp(plain, rep, shallow=False)
        print(f"     peak RSS difference {rss1 - rss0:+.1f} MiB; time x{dt1 / dt0:.2f}; "
              f"outputs {'identical' if same else 'DIFFER'}")
        for p in (plain, rep):
            os.remove(p)
    if not a.keep:
        for name in os.listdir(tmp):
            os.remove(os.path.join(tmp, name))
        os.rmdir(tmp)


if __name__ == "__main__":
    main()
