#!/usr/bin/env python3
"""Audit the word-level changes kaznorm makes on text its lexicon never counted, for a person to read.

    python benchmarks/audit.py --out /tmp/audit                 # every word-level change, grouped
    python benchmarks/audit.py --out /tmp/audit --sample 60     # + a sample per step to judge
    python benchmarks/audit.py --score benchmarks/audit_verdicts.tsv   # precision per step

It runs ``kaznorm.explain()`` over the ``unseen.txt`` halves of ../shared/corpora (never counted into the
dictionaries) and keeps every change that alters the words of the line (a step other than the character
steps, or any change whose words differ).  ``--out DIR`` writes ``changes.tsv`` (one change a row: corpus,
line hash, step, note, original -> replacement, the line with the change marked) and ``by_step.txt``
(changes grouped by step and note, most frequent first).  Both hold corpus text: keep them out of the
repository (the script refuses to write inside it).

``--sample N`` also writes ``sample.tsv``: N changes per step and corpus group (edited / reviews), drawn
with a fixed seed, with an empty ``verdict`` column to fill in (``right``, ``wrong`` or ``unsure``).
Judged rows go into ``benchmarks/audit_verdicts.tsv`` without the sentence: line hash, step, start, the
original and replacement fragments, the verdict.  ``--score FILE`` re-runs the audit and reports, per step
and group, the precision over the judged changes the code still makes (and how many it no longer makes).
"""
from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EDITED = ("kaznerd_valid", "apertium_segcorpus", "apertium_tagged", "edited_extra")
REVIEWS = ("kazsandra_dev",)
CHAR_STEPS = frozenset({"encoding", "invisible", "lookalike", "punctuation", "spacing"})
FIELDS = ["corpus", "group", "line", "step", "start", "original", "replacement", "note", "context"]


def line_hash(line: str) -> str:
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:12]


def unseen(name: str):
    path = SHARED / "corpora" / name / "unseen.txt"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        return [l.rstrip("\n") for l in fh if l.strip()]


def word_changes(explain, line: str, profile: str):
    """The changes of ``explain(line)`` that alter words (not only spaces or punctuation)."""
    r = explain(line, profile=profile)
    for c in r.changes:
        if c.step not in CHAR_STEPS:  # character fixes (look-alikes, invisibles, quotes) are no word decision
            yield c


def marked(line: str, start: int, end: int, replacement: str) -> str:
    return f"{line[:start]}[[{line[start:end]} => {replacement}]]{line[end:]}"


def collect(profile: str, limit: int):
    import kaznorm

    rows = []
    for group, names in (("edited", EDITED), ("reviews", REVIEWS)):
        for name in names:
            lines = unseen(name)[:limit] if limit else unseen(name)
            for line in lines:
                for c in word_changes(kaznorm.explain, line, profile):
                    rows.append({"corpus": name, "group": group, "line": line_hash(line), "step": c.step,
                                 "start": c.start, "original": c.original, "replacement": c.replacement,
                                 "note": c.note, "context": marked(line, c.start, c.end, c.replacement)})
            print(f"{name}: {len(lines)} lines", file=sys.stderr)
    return rows


def key(row) -> tuple:
    return (row["line"], row["step"], str(row["start"]), row["original"], row["replacement"])


def write_out(rows, out: Path, sample: int, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "changes.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, FIELDS, delimiter="\t")
        w.writeheader()
        w.writerows(rows)
    groups = collections.defaultdict(list)
    for r in rows:
        groups[(r["group"], r["step"], r["note"].split(";")[0].split(":")[0])].append(r)
    with open(out / "by_step.txt", "w", encoding="utf-8") as fh:
        for (group, step, note), rs in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], -len(kv[1]))):
            fh.write(f"\n== {group} / {step} / {note}: {len(rs)}\n")
            for r in rs[:40]:
                fh.write(f"  {r['original']!r} -> {r['replacement']!r}  ({r['note'][:100]})\n      {r['context'][:300]}\n")
    if sample:
        rng = random.Random(seed)
        by = collections.defaultdict(list)
        for r in rows:
            by[(r["group"], r["step"])].append(r)
        picked = []
        for k in sorted(by):
            rs = by[k]
            picked.extend(rng.sample(rs, min(sample, len(rs))))
        with open(out / "sample.tsv", "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, FIELDS + ["verdict"], delimiter="\t")
            w.writeheader()
            for r in picked:
                w.writerow(dict(r, verdict=""))


def score(rows, verdicts_path: Path) -> None:
    with open(verdicts_path, encoding="utf-8", newline="") as fh:
        judged = {(v["line"], v["step"], v["start"], v["original"], v["replacement"]): v
                  for v in csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t")}
    made = {key(r): r for r in rows}
    table = collections.defaultdict(collections.Counter)
    for k, v in judged.items():
        group_step = (v["group"], v["step"])
        if k in made:
            table[group_step][v["verdict"]] += 1
        else:
            table[group_step]["no longer made (" + v["verdict"] + ")"] += 1
    all_steps = collections.Counter((r["group"], r["step"]) for r in rows)
    print(f"{'group':8s} {'step':17s} {'changes':>7s} {'judged':>6s} {'right':>5s} {'wrong':>5s} {'unsure':>6s} {'precision':>9s}  gone")
    for gs in sorted(set(table) | set(all_steps)):
        t = table[gs]
        right, wrong = t["right"], t["wrong"]
        prec = f"{right / (right + wrong):.3f}" if right + wrong else "-"
        gone = {k: n for k, n in t.items() if k.startswith("no longer")}
        print(f"{gs[0]:8s} {gs[1]:17s} {all_steps[gs]:7d} {right + wrong + t['unsure']:6d} {right:5d} {wrong:5d} "
              f"{t['unsure']:6d} {prec:>9s}  {dict(gone) or ''}")
    for group in ("edited", "reviews"):
        right = sum(t["right"] for gs, t in table.items() if gs[0] == group)
        wrong = sum(t["wrong"] for gs, t in table.items() if gs[0] == group)
        if right + wrong:
            print(f"{group}: all word steps precision {right / (right + wrong):.3f} ({right} right, {wrong} wrong)")
        # the judged samples are drawn per step, at different rates (every edited change, a few of the thousands of
        # keyboard changes on reviews): the share of all changes made that are right weighs each step's precision
        # by how many changes it makes (steps with no judged change left out)
        est = n = 0
        for gs, t in table.items():
            if gs[0] == group and t["right"] + t["wrong"]:
                est += all_steps[gs] * t["right"] / (t["right"] + t["wrong"])
                n += all_steps[gs]
        if n:
            print(f"{group}: all word changes, each step weighed by its changes: precision {est / n:.3f} "
                  f"({n} changes)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--profile", default="default")
    ap.add_argument("--out", type=Path, help="folder for changes.tsv, by_step.txt (and sample.tsv); outside the repo")
    ap.add_argument("--sample", type=int, default=0, help="changes per step and group to draw for judging")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="lines per corpus (0: all)")
    ap.add_argument("--score", type=Path, help="a verdicts file: report precision per step")
    args = ap.parse_args(argv)
    if args.out is not None and ROOT in args.out.resolve().parents:
        ap.error("the audit holds corpus text: write it outside the repository (e.g. /tmp/audit)")
    rows = collect(args.profile, args.limit)
    print(f"{len(rows)} word-level changes", file=sys.stderr)
    for (group, step), n in sorted(collections.Counter((r["group"], r["step"]) for r in rows).items()):
        print(f"  {group:8s} {step:17s} {n}", file=sys.stderr)
    if args.out is not None:
        write_out(rows, args.out, args.sample, args.seed)
    if args.score is not None:
        score(rows, args.score)
    return 0


if __name__ == "__main__":
    sys.exit(main())
