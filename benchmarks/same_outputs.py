#!/usr/bin/env python3
"""Check that a speed change left every output the same: snapshot, then compare.

    python benchmarks/same_outputs.py --save /tmp/before.json.gz      # with the old code
    python benchmarks/same_outputs.py --compare /tmp/before.json.gz   # with the new code

For every input it records ``kaznorm.clean`` (default, aggressive and chars profiles) and
``kaznorm.explain(...)`` (text and ``Change.as_dict()`` list, default and aggressive), twice: once in
the fresh process (every word met for the first time, in input order) and once after two warm-up
passes (the per-word memos and "settled" sets full).  ``--compare`` reports the first differences
and exits non-zero when there is any.

Inputs (fixed seeds, so the list is the same in every run): every seed line and the whole seed
document; ``--lines`` lines of each corpus in ../shared/corpora (when present); noisy lines from
../shared/eval/noise.py for every kind (``make_pairs(sentences, kind, seed=1)``); five-line chunks of
corpus lines; ``--random`` random strings of punctuation, quotes, dots, digits, Latin/Cyrillic
mixes, NBSP, soft hyphens and zero-width characters.

Snapshots hold corpus text, so they must stay out of the repository: the script refuses to write
one inside it (use /tmp).
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = ("kaznerd_valid", "apertium_segcorpus", "apertium_tagged", "kazsandra_dev")

# pieces for random strings: what the character-level steps look at
_PIECES = [
    ".", "..", "...", "…", ",", ";", ":", "!", "?", "?!", "-", " - ", "–", "—", "--", '"', "'", "«", "»",
    "„", "“", "”", "(", ")", "[", "]", "/", "%", "№", " ", "  ", "   ", "\t", "\n", "\u00a0", "\u202f",
    "\u2009", "\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u200e", "\x07",
    "0", "1", "7", "12", "200", "1991", "3,5", "2.0", "ден", "ға", "тың", "шы", "да", "ма", "-ақ",
    "a", "e", "o", "p", "c", "x", "y", "i", "A", "E", "O", "P", "C", "T", "H", "K", "M", "B", "X", "I",
    "ə", "Ə", "ɵ", "ӊ", "h", "ќ", "ѓ", "Ѓ", "ў", "ђ", "Ð", "Ñ", "Ò", "Ó", "Ð°", "Ñ‹", "Ò›", "Ó™",
    "бала", "Бaтыс", "экономиканын", "Қазақстан", "Қазастан", "АҚШ", "АҚШтың", "прези- дент",
    "арасын-  да", "тағыда", "бірбірін", "және", "сөз", "the", "word", "www.example.kz",
    "http://a.kz/x..y", "a@b.kz", "Ресей", "Москва", "бір-бірін", "кітап", "жетті", "Әлі",
]


def random_strings(n: int, words, seed: int = 7):
    rng = random.Random(seed)
    pieces = _PIECES + list(words)
    out = []
    for _ in range(n):
        k = rng.randint(1, 25)
        out.append("".join(rng.choice(pieces) if rng.random() < 0.6 else rng.choice(_PIECES)
                           for _ in range(k)))
    return out


def read_lines(path: Path):
    with open(path, encoding="utf-8") as fh:
        return [l for l in fh.read().splitlines() if l.strip()]


def build_inputs(n_lines: int, n_random: int, n_noisy: int, n_chunks: int):
    """(label, text) pairs; labels say where an input came from, never the text itself."""
    inputs = []
    seed_texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "seeds").glob("*.txt"))]
    for d, doc in enumerate(seed_texts):
        inputs.append((f"seed{d}:doc", doc))
        inputs.extend((f"seed{d}:{i}", l) for i, l in enumerate(l for l in doc.splitlines() if l.strip()))
    corpus = []
    for name in CORPORA:
        p = SHARED / "corpora" / name / "sentences.txt"
        if not p.exists():
            print(f"(missing {p}: skipped)", file=sys.stderr)
            continue
        lines = read_lines(p)[:n_lines]
        corpus.append(lines)
        inputs.extend((f"{name}:{i}", l) for i, l in enumerate(lines))
    pool = [l for lines in corpus for l in lines[:1000]]
    if (SHARED / "eval" / "noise.py").exists():
        sys.path.insert(0, str(SHARED / "eval"))
        import noise

        for kind in noise.KINDS:
            pairs = noise.make_pairs(pool, kind, seed=1, limit=n_noisy)
            inputs.extend((f"noise:{kind}:{i}", noisy) for i, (noisy, _) in enumerate(pairs))
    else:
        print("(missing ../shared/eval/noise.py: no noisy lines)", file=sys.stderr)
    rng = random.Random(3)
    flat = [l for lines in corpus for l in lines]
    for i in range(n_chunks if flat else 0):
        j = rng.randrange(len(flat))
        sep = rng.choice(["\n", "\r\n", "\n\n", " "])
        inputs.append((f"chunk:{i}", sep.join(flat[j:j + 5])))
    words = sorted({w for doc in seed_texts for w in doc.split()})[:400]
    inputs.extend((f"random:{i}", s) for i, s in enumerate(random_strings(n_random, words)))
    return inputs


def record(texts):
    import kaznorm

    rows = []
    for t in texts:
        row = {
            "default": kaznorm.clean(t),
            "aggressive": kaznorm.clean(t, profile="aggressive"),
            "chars": kaznorm.clean(t, profile="chars"),
        }
        for prof in ("default", "aggressive"):
            r = kaznorm.explain(t, profile=prof)
            row[f"explain_{prof}"] = [r.text, [c.as_dict() for c in r.changes]]
        rows.append(row)
    return rows


def snapshot(inputs, warm_passes: int = 2):
    import kaznorm

    texts = [t for _, t in inputs]
    t0 = time.perf_counter()
    fresh = record(texts)
    for _ in range(warm_passes):
        for t in texts:
            kaznorm.clean(t)
            kaznorm.clean(t, profile="aggressive")
    warm = record(texts)
    print(f"{len(texts)} inputs recorded fresh and warm in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return {"labels": [l for l, _ in inputs], "fresh": fresh, "warm": warm}


def _as_old(a, b):
    """``b`` (a new explain record) without the change fields the old snapshot did not record yet (a field
    added to ``Change.as_dict()`` later is not a difference in what the pipeline did)."""
    if not (isinstance(a, list) and len(a) == 2 and isinstance(b, list) and len(b) == 2 and isinstance(b[1], list)):
        return b
    known = set().union(*(c.keys() for c in a[1])) if a[1] else None
    if known is None:
        return b
    return [b[0], [{k: v for k, v in c.items() if k in known} for c in b[1]]]


def compare(old, new, show: int = 10) -> int:
    if old["labels"] != new["labels"]:
        print("the input lists differ (other corpus files or options?)")
        return 2
    bad = 0
    for phase in ("fresh", "warm"):
        for label, a, b in zip(old["labels"], old[phase], new[phase]):
            for key in a:
                if a[key] != _as_old(a[key], b[key]):
                    bad += 1
                    if bad <= show:
                        print(f"DIFF {phase} {label} {key}:\n  old {a[key]!r}\n  new {b[key]!r}")
    kinds: dict = {}  # the inputs that differ, by kind (the label before its number)
    for phase in ("fresh", "warm"):
        for label, a, b in zip(old["labels"], old[phase], new[phase]):
            if any(a[key] != _as_old(a[key], b[key]) for key in a):
                kinds.setdefault(label.rsplit(":", 1)[0], set()).add(label)
    if kinds:
        print("inputs that differ: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(kinds.items())))
    n = len(old["labels"])
    print(f"{n} inputs x {len(old['fresh'][0])} outputs x 2 phases: "
          + ("all identical" if not bad else f"{bad} differ"))
    return 1 if bad else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", metavar="FILE")
    g.add_argument("--compare", metavar="FILE")
    ap.add_argument("--lines", type=int, default=3000, help="lines of each corpus")
    ap.add_argument("--noisy", type=int, default=300, help="noisy lines per noise kind")
    ap.add_argument("--chunks", type=int, default=400, help="five-line chunks of corpus lines")
    ap.add_argument("--random", type=int, default=5000, help="random strings")
    args = ap.parse_args(argv)
    if args.save and ROOT in Path(args.save).resolve().parents:
        ap.error("snapshots hold corpus text: write them outside the repository (e.g. /tmp)")
    inputs = build_inputs(args.lines, args.random, args.noisy, args.chunks)
    counts = {}
    for label, _ in inputs:
        k = label.split(":")[0]
        counts[k] = counts.get(k, 0) + 1
    print("inputs: " + ", ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)
    snap = snapshot(inputs)
    if args.save:
        with gzip.open(args.save, "wt", encoding="utf-8") as fh:
            json.dump(snap, fh, ensure_ascii=False)
        print(f"saved {args.save}")
        return 0
    with gzip.open(args.compare, "rt", encoding="utf-8") as fh:
        old = json.load(fh)
    return compare(old, snap)


if __name__ == "__main__":
    sys.exit(main())
