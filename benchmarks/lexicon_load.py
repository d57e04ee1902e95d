#!/usr/bin/env python3
"""Lexicon load time, memory and lookup speed, each load measured in a fresh process.

    python benchmarks/lexicon_load.py

Prints: size of dictionaries/data, `import kaznorm` time, time of the first `kaznorm.is_word` call
(data load included) for an attested word and for a word only the morphology knows, resident memory
added by the loaded lexicon, and lookups per second.  Bars (issue 3): first call < 0.5 s, memory
added < 120 MB, dictionaries/ < 15 MB.
"""
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, time, resource
def rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t0 = time.perf_counter()
import kaznorm
t1 = time.perf_counter()
m0 = rss_mb()
word = sys.argv[1]
t2 = time.perf_counter()
ok = kaznorm.is_word(word)
t3 = time.perf_counter()
m1 = rss_mb()
from kaznorm.lexicon import default_lexicon
lex = default_lexicon()
words = ["балаларымыздың", "жәнеоның", "казакстандагы", "мемлекеттік", "уағдаласқандығымыз", "және",
         "автоматтандырудың", "бірбірін", "Қазақстан", "жылы"] * 2000
lex._known_cache.clear()
t4 = time.perf_counter()
for w in words:
    lex.known(w)
t5 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_call_s": t3 - t2, "result": ok, "rss_before_mb": m0,
                  "rss_added_mb": m1 - m0, "lookups_per_s": len(words) / (t5 - t4)}))
"""


def run(word):
    out = subprocess.run([sys.executable, "-c", CHILD, word], capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(out.stdout)


def main():
    data = REPO / "dictionaries" / "data"
    size = sum(p.stat().st_size for p in (REPO / "dictionaries").rglob("*") if p.is_file())
    print(f"dictionaries/ size         {size / 1e6:.2f} MB  (data files: "
          + ", ".join(f"{p.name} {p.stat().st_size / 1e6:.2f}" for p in sorted(data.glob("*.gz"))) + ")")
    for label, word in [("attested word", "балаларымыздың"), ("morphology-only word", "уағдаласқандығымыз")]:
        runs = [run(word) for _ in range(3)]
        best = min(runs, key=lambda r: r["first_call_s"])
        every = ", ".join("%.0f" % (r["first_call_s"] * 1000) for r in runs)
        print(f"first is_word ({label:20s}) {best['first_call_s'] * 1000:7.1f} ms (best of 3; all {every})"
              f"  -> {best['result']}")
        print(f"  import kaznorm            {best['import_s'] * 1000:7.1f} ms")
        print(f"  resident memory added     {best['rss_added_mb']:7.1f} MB")
        print(f"  lookups/s (10 words x 2000, memoised after the first) {best['lookups_per_s']:9.0f}")


if __name__ == "__main__":
    main()
