#!/usr/bin/env python3
"""Throughput of kaznorm against ftfy on the same Kazakh text, in one process.

    python benchmarks/throughput.py                    # the user's case (issue 17), on the unseen halves
    python benchmarks/throughput.py --mb 1 --json out.json
    python benchmarks/throughput.py --seed             # seed document lines, repeated (older figures)
    python benchmarks/throughput.py --file ../shared/corpora/kaznerd_valid/sentences.txt --skip 4000 --lines 4000

The user's case (no ``--seed``/``--file``): text the process has never seen, the ``unseen.txt`` halves
of ``../shared/corpora`` (their non-empty lines, corpus after corpus; ``--mb`` caps the amount).  Each
figure comes from its own fresh interpreter, and each kaznorm time is set against ``ftfy.fix_text`` on
the same lines in the same process:

* first ``clean()``: the time of the first call in a fresh process (``import kaznorm`` done), which
  loads the dictionaries;
* first pass, default and ``chars`` profiles: one pass over the lines in a fresh process after one
  ``clean()`` of a short sentence (dictionaries loaded, word caches cold); ftfy's first pass over the
  same lines follows in the same process;
* warm pass: a second pass over the same lines (per-word caches full), against ftfy's second pass; a line that
  no step changed is then found in the memo of settled texts (``kaznorm.core.passes``) and costs one set test,
  so the row "warm, no text memo" also times a pipeline with that memo off (``options={"settled_texts": 0}``):
  every line through every step again, with only the per-word memos warm;
* documents: ``clean(document)`` on 1 KB / 100 KB / 1 MB documents made of whole lines joined by
  newlines, against the sum of ``clean(line)`` over its lines (both warm, best of five), with the memo of settled
  texts and without it (a document is longer than the texts that memo keeps);
* peak RSS: ``ru_maxrss`` of a fresh process after a first pass over 2 MB of the lines.

With ``--seed`` or ``--file``: characters per second for each cleaner (chars profile, foundation steps,
default, aggressive, ftfy, sacremoses if installed), the ratio to ftfy, ``import kaznorm`` time and a
linear-time check on adversarial inputs.  With ``--file`` the "first pass" column times one pass over
those lines after warming up on the seed document, "best" the best of repeated passes.
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


# --- the user's case (issue 17): text never seen before, each figure in a fresh process -------------

SHARED = ROOT.parent / "shared"
if not (SHARED / "corpora").is_dir():  # a worktree beside the main checkout
    for up in ROOT.parents:
        if (up / "shared" / "corpora").is_dir():
            SHARED = up / "shared"
            break
PROBE = "Бұл кітап өте қызық."  # the short sentence that loads the dictionaries before a first pass
REPEATS = 5  # documents and their lines: the best of this many passes (on a shared machine two were too few)


def unseen_lines(max_bytes: int):
    """Non-empty lines of every ``unseen.txt`` under ../shared/corpora, corpus after corpus, up to
    ``max_bytes`` bytes of UTF-8."""
    out, size = [], 0
    for f in sorted((SHARED / "corpora").glob("*/unseen.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            n = len(line.encode("utf-8")) + 1
            if size + n > max_bytes:
                return out
            out.append(line)
            size += n
    return out


def _pass(fn, lines):
    t0 = time.perf_counter()
    for line in lines:
        fn(line)
    return time.perf_counter() - t0


def _worker(kind: str, profile: str, max_bytes: int) -> dict:
    """One measurement in this (fresh) process; returns plain numbers."""
    import resource

    t0 = time.perf_counter()
    import kaznorm
    t_import = time.perf_counter() - t0
    if kind == "first_clean":
        t0 = time.perf_counter()
        kaznorm.clean(PROBE, profile=profile)
        return {"import_ms": 1000 * t_import, "first_clean_ms": 1000 * (time.perf_counter() - t0)}
    lines = unseen_lines(max_bytes)
    nbytes = sum(len(l.encode("utf-8")) + 1 for l in lines)
    clean = (lambda s: kaznorm.clean(s, profile=profile)) if profile != "default" else kaznorm.clean
    t0 = time.perf_counter()
    clean(PROBE)
    out = {"lines": len(lines), "bytes": nbytes, "load_s": time.perf_counter() - t0}
    if kind == "rss":
        out["rss_before_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out["first_s"] = _pass(clean, lines)
        out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return out
    import ftfy

    if kind == "passes":
        out["first_s"] = _pass(clean, lines)
        out["ftfy_first_s"] = _pass(ftfy.fix_text, lines)
        out["warm_s"] = _pass(clean, lines)
        out["ftfy_warm_s"] = _pass(ftfy.fix_text, lines)
        out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # the same without the memo of settled texts (each line again through every step: the word memos alone)
        plain = _no_text_memo(kaznorm, profile)
        plain(PROBE)
        out["plain_first_s"] = _pass(plain, lines)
        out["plain_warm_s"] = _pass(plain, lines)
        out["ftfy_plain_warm_s"] = _pass(ftfy.fix_text, lines)
        return out
    if kind == "documents":
        docs = {}
        for size in (1_000, 100_000, 1_000_000):
            part = unseen_lines(size)
            doc = "\n".join(part)
            for line in part:  # warm both ways
                clean(line)
            clean(doc)
            t_lines = min(_pass(clean, part) for _ in range(REPEATS))
            t_doc = min(_pass(clean, [doc]) for _ in range(REPEATS))
            t_ftfy = min(_pass(ftfy.fix_text, [doc]) for _ in range(REPEATS))
            plain = _no_text_memo(kaznorm, "default")  # (a document is too long for the memo of settled texts:
            for line in part:  # its lines are set against lines cleaned without it too)
                plain(line)
            t_plain = min(_pass(plain, part) for _ in range(REPEATS))
            docs[str(size)] = {"lines": len(part), "doc_s": t_doc, "sum_of_lines_s": t_lines, "ftfy_doc_s": t_ftfy,
                               "sum_of_lines_plain_s": t_plain}
        out["documents"] = docs
        return out
    raise SystemExit(f"unknown worker kind {kind!r}")


def _no_text_memo(kaznorm, profile: str):
    """A pipeline of ``profile`` without the memo of settled texts (``options={"settled_texts": 0}``)."""
    return kaznorm.Pipeline.from_profile(profile, options={"settled_texts": 0})


def _fresh(kind: str, profile: str, max_bytes: int) -> dict:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH", "")]))
    got = subprocess.run([sys.executable, __file__, "--worker", kind, profile, str(max_bytes)],
                         capture_output=True, text=True, env=env)
    if got.returncode:
        raise SystemExit(f"worker {kind} {profile} failed:\n{got.stderr}")
    return json.loads(got.stdout.strip().splitlines()[-1])


def user_case(mb: float) -> dict:
    max_bytes = int(mb * 1_000_000)
    res = {"source": f"../shared/corpora/*/unseen.txt, first {mb:g} MB"}
    firsts = [_fresh("first_clean", "default", 0) for _ in range(3)]
    res["import_ms"] = min(f["import_ms"] for f in firsts)
    res["first_clean_ms"] = min(f["first_clean_ms"] for f in firsts)
    print(f"import kaznorm {res['import_ms']:.0f} ms; first clean() in a fresh process "
          f"{res['first_clean_ms']:.0f} ms (best of 3)")
    print(f"{'unseen text, fresh process':34s} {'kaznorm MB/s':>12s} {'ftfy MB/s':>10s} {'x ftfy':>7s}")
    for profile in ("default", "chars"):
        r = _fresh("passes", profile, max_bytes)
        res[profile] = r
        mbytes = r["bytes"] / 1e6
        for label, k, f in (("first pass", "first_s", "ftfy_first_s"), ("warm pass", "warm_s", "ftfy_warm_s"),
                            ("warm, no text memo", "plain_warm_s", "ftfy_plain_warm_s")):
            r[label.replace(" ", "_") + "_ratio"] = r[f] / r[k]
            print(f"{profile + ' ' + label:34s} {mbytes / r[k]:12.2f} {mbytes / r[f]:10.2f} {r[f] / r[k]:7.2f}")
        print(f"{'':34s} ({r['lines']} lines, {mbytes:.2f} MB; dictionaries loaded in {r['load_s']:.2f} s; "
              f"peak RSS {r['peak_rss_mb']:.0f} MB)")
    r = _fresh("rss", "default", min(max_bytes, 2_000_000))
    res["rss"] = r
    print(f"peak RSS after a first pass over {r['bytes'] / 1e6:.2f} MB (default): {r['peak_rss_mb']:.0f} MB "
          f"(after loading: {r['rss_before_mb']:.0f} MB)")
    r = _fresh("documents", "default", 0)
    res["documents"] = r["documents"]
    print(f"{'clean(document), warm':34s} {'doc s':>9s} {'lines s':>9s} {'doc/lines':>9s} {'no memo':>9s} "
          f"{'doc/lines':>9s} {'x ftfy(doc)':>11s}")
    for size, d in r["documents"].items():
        d["ratio"] = d["doc_s"] / d["sum_of_lines_s"]
        d["ratio_plain"] = d["doc_s"] / d["sum_of_lines_plain_s"]
        print(f"{int(size) // 1000:>6d} KB ({d['lines']:>5d} lines){'':14s} {d['doc_s']:9.4f} "
              f"{d['sum_of_lines_s']:9.4f} {d['ratio']:9.2f} {d['sum_of_lines_plain_s']:9.4f} {d['ratio_plain']:9.2f} "
              f"{d['ftfy_doc_s'] / d['doc_s']:11.2f}")
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--json")
    ap.add_argument("--no-linear", action="store_true")
    ap.add_argument("--file", help="benchmark on lines of this UTF-8 file instead of the seed document")
    ap.add_argument("--skip", type=int, default=0, help="with --file: skip this many non-empty lines first")
    ap.add_argument("--lines", type=int, default=4000, help="with --file: how many lines")
    ap.add_argument("--seed", action="store_true", help="the seed document lines, repeated (older figures)")
    ap.add_argument("--mb", type=float, default=4.0, help="user's case: at most this many MB of the unseen halves")
    ap.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(_worker(args.worker[0], args.worker[1], int(args.worker[2]))))
        return
    if not (args.seed or args.file):
        res = user_case(args.mb)
        if args.json:
            Path(args.json).write_text(json.dumps(res, indent=1), encoding="utf-8")
        return

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
