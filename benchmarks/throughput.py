#!/usr/bin/env python3
"""Throughput of kaznorm against ftfy (and sacremoses, if installed) on the same Kazakh text, in one run.

    python benchmarks/throughput.py                 # seed document lines, repeated
    python benchmarks/throughput.py --repeat 20 --json out.json
    python benchmarks/throughput.py --file ../shared/corpora/kaznerd_valid/sentences.txt --skip 4000 --lines 4000

With ``--file`` the text is those lines of a file, each seen once: the "first pass" column times one
pass over text the process has not seen (caches warmed on the seed document only, as a corpus run
meets new text), "best" the best of repeated passes (per-word caches warm).

Prints characters per second for each cleaner and kaznorm's ratio to ftfy.fix_text; then the
time of `import kaznorm` in a fresh interpreter and a linear-time check on adversarial inputs
(doubling the input should roughly double the time).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_lines(repeat: int):
    lines = []
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        lines.extend(l for l in f.read_text(encoding="utf-8").splitlines() if l.strip())
    return lines * repeat


def first_pass(fn, lines, warm):
    """Characters/second of one pass over ``lines`` after warming up on ``warm`` (other text)."""
    for line in warm:
        fn(line)
    t0 = time.perf_counter()
    for line in lines:
        fn(line)
    return sum(map(len, lines)) / (time.perf_counter() - t0)


def bench(fn, lines, min_seconds=2.0):
    """Best characters/second over repeated passes (first pass warms caches and loads dictionaries)."""
    fn(lines[0])
    chars = sum(map(len, lines))
    best = 0.0
    t_end = time.perf_counter() + min_seconds
    while True:
        t0 = time.perf_counter()
        for line in lines:
            fn(line)
        dt = time.perf_counter() - t0
        best = max(best, chars / dt)
        if time.perf_counter() > t_end:
            return best


def import_time(runs=5):
    code = "import time; t=time.perf_counter(); import kaznorm; print(time.perf_counter()-t)"
    times = [float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(runs)]
    return min(times)


def linear_check(fn):
    rows = []
    for name, make in [("dots", lambda n: "." * n), ("letters", lambda n: "а" * n),
                       ("words", lambda n: "сөз " * (n // 4)), ("quotes", lambda n: '"' * n),
                       ("mixed", lambda n: "Бaтыс.." * (n // 7))]:
        ts = []
        for n in (250_000, 500_000, 1_000_000):
            s = make(n)
            t0 = time.perf_counter()
            fn(s)
            ts.append(time.perf_counter() - t0)
        rows.append((name, ts, ts[2] / max(ts[1], 1e-9)))
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--json")
    ap.add_argument("--no-linear", action="store_true")
    ap.add_argument("--file", help="benchmark on lines of this UTF-8 file instead of the seed document")
    ap.add_argument("--skip", type=int, default=0, help="with --file: skip this many non-empty lines first")
    ap.add_argument("--lines", type=int, default=4000, help="with --file: how many lines")
    args = ap.parse_args(argv)

    import ftfy

    import kaznorm

    if args.file:
        with open(args.file, encoding="utf-8") as fh:
            lines = [l for l in fh.read().splitlines() if l.strip()][args.skip:args.skip + args.lines]
        source = f"{args.file} lines {args.skip}..{args.skip + len(lines)}"
    else:
        lines = corpus_lines(args.repeat)
        source = f"seed document x{args.repeat}"
    results = {"lines": len(lines), "chars": sum(map(len, lines)), "source": source}
    foundation = tuple(n for n in ("encoding", "invisible", "lookalike", "spacing", "punctuation", "suffix_hyphen")
                       if n in kaznorm.step_names())
    cleaners = {
        "ftfy.fix_text": ftfy.fix_text,
        "kaznorm chars profile": lambda s: kaznorm.clean(s, profile="chars"),
        "kaznorm foundation steps (issue 2)": lambda s: kaznorm.clean(s, only=foundation),
        "kaznorm default": kaznorm.clean,
        "kaznorm aggressive": lambda s: kaznorm.clean(s, profile="aggressive"),
    }
    try:
        from sacremoses import MosesPunctNormalizer

        mpn = MosesPunctNormalizer(lang="kk")
        cleaners["sacremoses normalize"] = mpn.normalize
    except ImportError:
        pass
    speeds = {}
    firsts = {}
    for name, fn in cleaners.items():
        if args.file and name != "kaznorm aggressive":  # (it would meet words the default run cached)
            firsts[name] = first_pass(fn, lines, corpus_lines(1))
        speeds[name] = bench(fn, lines, args.seconds)
    base = speeds["ftfy.fix_text"]
    print(f"{results['lines']} lines, {results['chars']} characters of Kazakh text ({source})")
    if args.file:
        # both columns are divided by ftfy's best speed (its own first pass is slower: a conservative ratio)
        print(f"{'cleaner':38s} {'first pass':>12s} {'x ftfy':>8s} {'best':>12s} {'x ftfy':>8s}")
        for name, v in speeds.items():
            f = firsts.get(name)
            fs = f"{f:12,.0f} {f / base:8.2f}" if f else f"{'-':>12s} {'-':>8s}"
            print(f"{name:38s} {fs} {v:12,.0f} {v / base:8.2f}")
        results["first_pass_chars_per_second"] = firsts
        results["first_pass_ratio_to_ftfy"] = {k: v / base for k, v in firsts.items()}
    else:
        print(f"{'cleaner':38s} {'chars/s':>12s} {'x ftfy':>8s}")
        for name, v in speeds.items():
            print(f"{name:38s} {v:12,.0f} {v / base:8.2f}")
    results["chars_per_second"] = speeds
    results["ratio_to_ftfy"] = {k: v / base for k, v in speeds.items()}
    t = import_time()
    results["import_seconds"] = t
    print(f"import kaznorm: {1000 * t:.0f} ms (best of 5 fresh interpreters)")
    if not args.no_linear:
        print("adversarial inputs, default profile: seconds at 250k / 500k / 1M chars, ratio 1M/500k (≈2 = linear)")
        rows = linear_check(kaznorm.clean)
        for name, ts, ratio in rows:
            print(f"  {name:8s} {ts[0]:7.3f} {ts[1]:7.3f} {ts[2]:7.3f}   x{ratio:.2f}")
        results["linear"] = {name: {"seconds": ts, "ratio": r} for name, ts, r in rows}
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
