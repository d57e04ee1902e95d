#!/usr/bin/env python3
"""Typo index: time to the first correction in a fresh process, and memory of the index.

    python benchmarks/typo_index.py            # one run, prints a small table

1. A fresh interpreter imports kaznorm and runs the ``typo`` step on one sentence
   with a misspelt word (lexicon load and index shard build included); the
   wall and CPU time of that call are reported (CPU time is the fairer figure on
   a busy machine), and again for the ``keyboard`` step; then the phases.
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
w0, c0 = time.perf_counter(), time.process_time()
import kaznorm
out = kaznorm.clean("{text}", only=["{step}"])
assert out == "{want}", out
print(f"{{time.perf_counter() - w0:.3f}} {{time.process_time() - c0:.3f}}")
"""

PHASES = r"""
import time
marks = []
def mark(name):
    marks.append((name, time.perf_counter(), time.process_time()))
mark("start")
import kaznorm
from kaznorm.lexicon import default_lexicon
from kaznorm.lexicon.typo_index import index_for
mark("import")
lex = default_lexicon(); mark("lexicon load")
lex.known("жапоня"); mark("first known() (morphology)")
idx = index_for(lex); idx._load(); mark("index: bucket forms by letter")
idx.lookup("жапоня", 1); mark("index: build one shard + lookup")
kaznorm.clean("Қазақстан мен Жапоня арасындағы", only=["typo"]); mark("typo step")
for (a, w0, c0), (b, w1, c1) in zip(marks, marks[1:]):
    print(f"    {b:32s} wall {w1 - w0:.3f} s  cpu {c1 - c0:.3f} s")
"""

CASES = [
    ("typo", "Қазақстан мен Жапоня арасындағы сауда биыл өсті", "Қазақстан мен Жапония арасындағы сауда биыл өсті"),
    ("keyboard", "Бұл шара экономиканын шикізат секторына", "Бұл шара экономиканың шикізат секторына"),
]


def fresh(step: str, text: str, want: str):
    code = FIRST.format(step=step, text=text, want=want)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    wall, cpu = r.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def main() -> int:
    print("first correction in a fresh process (import + lexicon + index shard + step)")
    for step, text, want in CASES:
        runs = sorted(fresh(step, text, want) for _ in range(3))
        walls = sorted(r[0] for r in runs)
        cpus = sorted(r[1] for r in runs)
        print(f"  {step:9s} wall median {walls[1]:.3f} s (min {walls[0]:.3f})  cpu median {cpus[1]:.3f} s  bar < 1 s")
    print("  phases of the typo case (one fresh process):")
    r = subprocess.run([sys.executable, "-c", PHASES], capture_output=True, text=True, check=True)
    print(r.stdout.rstrip())

    from kaznorm.lexicon import default_lexicon
    from kaznorm.lexicon.typo_index import TypoIndex, lexicon_forms

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
