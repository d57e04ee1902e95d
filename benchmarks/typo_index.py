#!/usr/bin/env python3
"""Typo index: time to the first correction in a fresh process, and memory of the index.

    python benchmarks/typo_index.py            # one run, prints a small table

1. A fresh interpreter imports kaznorm and runs the ``typo`` step on one sentence
   with a misspelt word (lexicon load and index shard build included); the
   wall time of that call is reported, and again for the ``keyboard`` step.
2. In this process, every shard of the index over the default lexicon is built
   and the memory it adds is measured (tracemalloc: Python allocations), along
   with the build time and lookup speed.
Bars (issue 5): first correction < 1 s; index memory < 150 MB.
"""
from __future__ import annotations

import subprocess
import sys
import time
import tracemalloc

FIRST = r"""
import time
t = time.perf_counter()
import kaznorm
out = kaznorm.clean("{text}", only=["{step}"])
dt = time.perf_counter() - t
assert out == "{want}", out
print(f"{{dt:.3f}}")
"""

CASES = [
    ("typo", "Қазақстан мен Жапоня арасындағы тауар айналымы", "Қазақстан мен Жапония арасындағы тауар айналымы"),
    ("keyboard", "Бұл шара экономиканын шикізат секторына", "Бұл шара экономиканың шикізат секторына"),
]


def fresh(step: str, text: str, want: str) -> float:
    code = FIRST.format(step=step, text=text, want=want)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(r.stdout.strip().splitlines()[-1])


def main() -> int:
    print("first correction in a fresh process (import + lexicon + index shard + step)")
    for step, text, want in CASES:
        times = sorted(fresh(step, text, want) for _ in range(3))
        print(f"  {step:9s} median {times[1]:.3f} s  (min {times[0]:.3f}, max {times[2]:.3f})  bar < 1 s")

    from kaznorm.lexicon import default_lexicon
    from kaznorm.typo_index import TypoIndex, lexicon_forms

    lex = default_lexicon()
    lex.known("бала")
    tracemalloc.start()
    t = time.perf_counter()
    idx = TypoIndex(lambda: lexicon_forms(lex))
    idx.build_all()
    build = time.perf_counter() - t
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = sum(len(v) for v in idx._load().values())
    print(f"full index: {n} forms in {len(idx.built_shards())} shards, built in {build:.2f} s (tracemalloc on)")
    print(f"  memory {cur / 2**20:.1f} MB (peak {peak / 2**20:.1f} MB)  bar < 150 MB")

    words = ["жапоня", "қазастан", "радияцияға", "мемарандумына", "авияциялық", "бастамадарын", "өңдіеу",
             "парламинтарилер", "қазақастанның", "экономикасынын"]
    for d in (1, 2):
        t = time.perf_counter()
        reps = 50
        for _ in range(reps):
            for w in words:
                idx.lookup(w, d)
        per = (time.perf_counter() - t) / (reps * len(words))
        print(f"  lookup at distance {d}: {per * 1000:.2f} ms per word")
    return 0


if __name__ == "__main__":
    sys.exit(main())
