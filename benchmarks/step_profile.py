#!/usr/bin/env python3
"""Each step's share of ftfy's time, in the default pipeline, on the same lines.

    python benchmarks/step_profile.py                      # seed document lines x10
    python benchmarks/step_profile.py FILE N               # the first N non-empty lines of FILE

Runs the default pipeline step by step as ``Pipeline.__call__`` does (each step sees the text the
earlier steps left, and its edits are checked and applied), timing each step with its checking and
applying; prints the best of 5 passes per step in ms and as a share of ``ftfy.fix_text``'s best pass
over the same lines, and both cleaners' best pass.  Caches are warm (one pass first).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import ftfy

from kaznorm.core.edits import apply_validated
from kaznorm.core.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def read_lines(path, limit=None):
    lines = [l for l in Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]
    return lines[:limit] if limit else lines


def best_pass(fn, lines, reps=5):
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        for line in lines:
            fn(line)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        lines = read_lines(argv[0], int(argv[1]) if len(argv) > 1 else None)
    else:
        lines = read_lines(ROOT / "seeds" / "000_af71af07aad02984.txt") * 10
    p = Pipeline.default()
    ctx = p.context()
    applied = apply_validated  # the pipeline's own edit path
    for line in lines:
        p(line)
        ftfy.fix_text(line)
    acc = {s.name: 0.0 for s in p.steps}
    clock = time.perf_counter

    def run(text):
        for st in p.steps:
            t0 = clock()
            edits = st.func(text, ctx)
            if not (edits.__class__ is list and not edits):
                text = applied(st.name, text, edits)
            acc[st.name] += clock() - t0
        return text

    best = {}
    for _ in range(5):
        for k in acc:
            acc[k] = 0.0
        for line in lines:
            run(line)
        for k, v in acc.items():
            best[k] = min(best.get(k, float("inf")), v)
    tf = best_pass(ftfy.fix_text, lines)
    tp = best_pass(p, lines)
    print(f"{len(lines)} lines; ftfy {tf * 1000:.1f} ms, pipeline {tp * 1000:.1f} ms (x{tf / tp:.2f} ftfy), "
          f"sum of the steps {sum(best.values()) * 1000:.1f} ms")
    for k, v in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {k:18s} {v * 1000:6.2f} ms  {v / tf:.3f}")


if __name__ == "__main__":
    main()
