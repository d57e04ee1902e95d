#!/usr/bin/env python3
"""Score kaznorm on the real-noise dev gold of issue 21 (hand-annotated user reviews).

    python benchmarks/real_noise.py                     # default profile: a table per kind
    python benchmarks/real_noise.py --profile aggressive
    python benchmarks/real_noise.py --misses            # + every fix not made and keep not kept
    python benchmarks/real_noise.py --json              # the figures (and misses with --misses) as JSON

The gold, ``benchmarks/real_noise_gold.tsv``, stores no sentence: each row names its line by hash (the
``line_hash`` of ``benchmarks/audit.py``) and holds a ``before``/``after`` fragment (a fix) or a fragment
that must not change (a keep).  The lines are looked up by hash in
``../shared/corpora/kazsandra_dev/sentences.txt`` (``--corpus`` for another path) and cleaned with
``kaznorm.explain(line, profile=...)``.

When a fix counts as made
-------------------------
``before`` is located in the input line (its ``nth`` occurrence) and its span is carried into the output
through the offset map of ``explain()``: a start inside a changed region maps to the region's start, an end
inside one to its end.  The window is that output span widened by one character on each side and then to
whole whitespace-delimited tokens.  The fix is made when ``after`` occurs in the window and ``before`` does
not (unless ``before`` is itself part of ``after``), both compared under a normalisation that erases what
*other* kinds of fix would change in the same words, so that a fix is scored for its own kind only:

* ``lookalike``: case folded, Russian-keyboard letters folded (қ→к, ә→а, і→и ...), only word characters
  kept (spaces, hyphens and marks dropped);
* ``keyboard``, ``typo``: case folded, Latin look-alikes read as Cyrillic, only word characters kept;
* ``glue``, ``particle``, ``hyphen``, ``run``, ``punct``, ``spacing``, ``other``: case folded, look-alikes
  and Russian-keyboard letters folded, spaces collapsed; spaces, hyphens and marks count.

For every kind but ``run``, a letter written three or more times in a row counts as one (a ``run`` fix
in the same words: ``сервис ,рахмееет`` → ``сервис, рахмееет`` is made by ``сервис, рахмет``).

So ``Олда`` → ``Ол да`` (particle) is made by ``Ол да`` and by ``Ол да`` with any letter fixed, not by
``Олда`` or ``Ол-да``; ``жаксы`` → ``жақсы`` (keyboard) is made by ``жақсы`` whether or not a glued particle
after it was split.  A word with two faults of one kind in one row (``Бугн`` → ``Бүгін``) needs both.

A keep is kept when its fragment occurs, exactly, in the window of its own span; an ``otherlang`` keep
when the line's words (``\\w+``) all come back in order.
"""
from __future__ import annotations

import argparse
import bisect
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "real_noise_gold.tsv"
CORPUS = ROOT.parent / "shared" / "corpora" / "kazsandra_dev" / "sentences.txt"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit import line_hash  # noqa: E402

FIX_KINDS = ("lookalike", "keyboard", "typo", "glue", "particle", "hyphen", "run", "punct", "spacing", "other")
KEEP_KINDS = ("word", "name", "foreign", "number", "otherlang")
LETTER_KINDS = frozenset({"lookalike", "keyboard", "typo"})

# Latin (and a few other) letters that look like Cyrillic ones -> the Cyrillic letter
_LOOK = str.maketrans({
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "k": "к", "h": "һ",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
    "X": "Х", "I": "І", "\u0259": "ә", "\u018f": "Ә", "\u04c0": "І", "\u04cf": "і",
})
# Kazakh letters -> what a Russian keyboard types for them
_KEYB = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
                       "і": "и", "ы": "и"})
_NONWORD = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")


_RUN3 = re.compile(r"([^\W\d_])\1{2,}")


def norm(kind: str, s: str) -> str:
    s = s.casefold()
    if kind != "run":
        s = _RUN3.sub(r"\1", s)
    if kind == "lookalike":
        return _NONWORD.sub("", s.translate(_KEYB))
    s = s.translate(_LOOK).casefold()
    if kind in LETTER_KINDS:
        return _NONWORD.sub("", s)
    return _SPACES.sub(" ", s.translate(_KEYB))


def read_gold(path: Path = GOLD):
    rows = []
    with open(path, encoding="utf-8") as fh:
        header = None
        for raw in fh:
            if raw.startswith("#") or not raw.strip():
                continue
            cells = raw.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells)))
    return rows


def read_lines(path: Path, wanted) -> dict:
    found = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            h = line_hash(line)
            if h in wanted:
                found[h] = line
    return found


def find_nth(text: str, frag: str, nth: int) -> int:
    i = -1
    for _ in range(nth):
        i = text.find(frag, i + 1)
        if i < 0:
            return -1
    return i


def out_span(result, start: int, end: int):
    """The output span of input span [start, end): a bound inside a changed region widens to the region."""
    regions = result.offsets.regions()
    o0 = [r[0] for r in regions]
    cs = result.to_clean(start)
    ce = result.to_clean(end)
    k = bisect.bisect_right(o0, start) - 1
    if k >= 0 and regions[k][0] <= start < regions[k][1]:
        cs = regions[k][2]
    k = bisect.bisect_left(o0, end) - 1
    if k >= 0 and regions[k][0] < end <= regions[k][1]:
        ce = regions[k][3]
    return cs, max(cs, ce)


def window(text: str, cs: int, ce: int) -> str:
    a, b = max(0, cs - 1), min(len(text), ce + 1)
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b]


def judge(row, line: str, result):
    """(ok, output window) for one gold row; ok is None when the fragment is not in the line."""
    frag, nth = row["before"], int(row.get("nth") or 1)
    if row["kind"] == "keep" and row["class"] == "otherlang":
        return re.findall(r"\w+", line) == re.findall(r"\w+", result.text), ""
    s = find_nth(line, frag, nth)
    if s < 0:
        return None, ""
    win = window(result.text, *out_span(result, s, s + len(frag)))
    if row["kind"] == "keep":
        return frag in win, win
    kind = row["class"]
    b, a, w = norm(kind, frag), norm(kind, row["after"]), norm(kind, win)
    return a in w and not (b in w and b not in a), win


def score(rows, lines: dict, profile: str):
    import kaznorm

    results = {h: kaznorm.explain(line, profile=profile) for h, line in lines.items()}
    fix = collections.defaultdict(lambda: [0, 0])
    keep = collections.defaultdict(lambda: [0, 0])
    by_sample = collections.defaultdict(lambda: [0, 0, 0, 0])
    misses, missing = [], 0
    for row in rows:
        h = row["line"]
        if h not in lines:
            missing += 1
            continue
        ok, win = judge(row, lines[h], results[h])
        if ok is None:
            missing += 1
            continue
        table = fix if row["kind"] == "fix" else keep
        table[row["class"]][0] += 1
        table[row["class"]][1] += bool(ok)
        smp = by_sample[row.get("sample", "-")]
        j = 0 if row["kind"] == "fix" else 2
        smp[j] += 1
        smp[j + 1] += bool(ok)
        if not ok:
            misses.append({"line": h, "kind": row["kind"], "class": row["class"], "before": row["before"],
                           "after": row["after"], "output": win})
    return fix, keep, by_sample, misses, missing


def pct(made: int, n: int) -> str:
    return f"{100 * made / n:5.1f}" if n else "    -"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--profile", default="default")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--misses", action="store_true", help="list every fix not made and keep not kept")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    rows = read_gold(args.gold)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    lines = read_lines(args.corpus, {r["line"] for r in rows})
    fix, keep, by_sample, misses, missing = score(rows, lines, args.profile)
    n_fix = sum(v[0] for v in fix.values())
    m_fix = sum(v[1] for v in fix.values())
    n_keep = sum(v[0] for v in keep.values())
    m_keep = sum(v[1] for v in keep.values())
    summary = {
        "profile": args.profile,
        "lines": len(lines),
        "rows_not_found": missing,
        "fixes": {k: {"n": fix[k][0], "made": fix[k][1]} for k in FIX_KINDS if fix[k][0]},
        "fixes_all": {"n": n_fix, "made": m_fix, "pct": round(100 * m_fix / n_fix, 1) if n_fix else None},
        "keeps": {k: {"n": keep[k][0], "kept": keep[k][1]} for k in KEEP_KINDS if keep[k][0]},
        "keeps_all": {"n": n_keep, "kept": m_keep, "pct": round(100 * m_keep / n_keep, 1) if n_keep else None},
        "by_sample": {s: {"fixes": v[0], "made": v[1], "keeps": v[2], "kept": v[3]}
                      for s, v in sorted(by_sample.items())},
    }
    if args.json:
        if args.misses:
            summary["misses"] = misses
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    print(f"real-noise gold, profile {args.profile}: {len(lines)} lines"
          + (f" ({missing} rows whose line or fragment was not found)" if missing else ""))
    print(f"{'fix kind':10s} {'n':>5s} {'made':>5s} {'%':>6s}")
    for k in FIX_KINDS:
        if fix[k][0]:
            print(f"{k:10s} {fix[k][0]:5d} {fix[k][1]:5d} {pct(fix[k][1], fix[k][0]):>6s}")
    print(f"{'all fixes':10s} {n_fix:5d} {m_fix:5d} {pct(m_fix, n_fix):>6s}")
    print(f"{'keep':10s} {'n':>5s} {'kept':>5s} {'%':>6s}")
    for k in KEEP_KINDS:
        if keep[k][0]:
            print(f"{k:10s} {keep[k][0]:5d} {keep[k][1]:5d} {pct(keep[k][1], keep[k][0]):>6s}")
    print(f"{'all keeps':10s} {n_keep:5d} {m_keep:5d} {pct(m_keep, n_keep):>6s}")
    print("by sample: " + "; ".join(f"{s}: fixes {pct(v[1], v[0]).strip()}% of {v[0]}, keeps {pct(v[3], v[2]).strip()}% of {v[2]}"
                                    for s, v in sorted(by_sample.items())))
    if args.misses:
        print("\nmisses (the output window holds corpus text: do not commit it):")
        for m in sorted(misses, key=lambda m: (m["kind"], m["class"])):
            arrow = f"{m['before']!r} -> {m['after']!r}" if m["kind"] == "fix" else f"keep {m['before']!r}"
            print(f"  {m['kind']:4s} {m['class']:9s} {m['line']}  {arrow}   out: {m['output']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
