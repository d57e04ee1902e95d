#!/usr/bin/env python3
"""The bars of issue 19 (Latin-script Kazakh), measured on the project's corpora at run time.

    python benchmarks/latin_eval.py                 # every bar
    python benchmarks/latin_eval.py --only roundtrip,detection --limit 2000

* ``roundtrip``: every line of the unseen halves (../shared/corpora/*/unseen.txt) written in the official 2021
  Latin (``kaznorm.to_latin``) and read back (``kaznorm.to_cyrillic``): the share of Cyrillic word tokens that
  come back identical, and every loss counted by kind (и/й, х/һ, е/э, ь/ъ, ц/тс, ё/ю/я, щ/шш, left in
  Latin, other).
* ``sentences``: 500 unseen sentences (fixed seed) in 2021 Latin, read back by the ``latin`` step as the
  ``unify`` profile runs it (line detection on): the share of words right.
* ``detection``: 2,000 English sentences (../shared/corpora/other_languages/english.txt) and 500 Turkish and
  Uzbek ones (the hand-written ones of benchmarks/latin_foreign_lines.txt, the rest generated from
  wordfreq's Turkish list and kaznorm's Uzbek list): the share of lines the step changes.
* ``informal``: ../shared/corpora/kazsandra_dev/latin_reviews.txt converted; every converted word with its
  line goes to /tmp/latin_judge/items.tsv, 200 of them (fixed seed) to /tmp/latin_judge/sample.tsv for
  judging; the verdicts kept in benchmarks/latin_verdicts.tsv (word pairs only, no sentences) are counted.

Corpus text is read at run time and written only under /tmp.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
UNSEEN = ("edited_extra", "kaznerd_valid", "apertium_segcorpus", "apertium_tagged", "kazsandra_dev")
WORD = re.compile(r"[^\W\d_]+")
CYR = re.compile(r"^[\u0400-\u04ff]+$")
JUDGE = Path("/tmp/latin_judge")


def read_lines(path: Path, limit: int = 0):
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    return lines[:limit] if limit else lines


def loss_kind(a: str, b: str) -> str:
    """Which documented ambiguity turned the Cyrillic word ``a`` into ``b``."""
    if any("a" <= c.lower() <= "z" or c.lower() in "äöüūğşñı" for c in b):
        return "left in Latin"
    a, b = a.lower(), b.lower()
    if a.replace("ь", "").replace("ъ", "") == b.replace("ь", "").replace("ъ", ""):
        return "ь/ъ"
    for x, y, kind in (("й", "и", "и/й"), ("һ", "х", "х/һ"), ("э", "е", "е/э"), ("ц", "тс", "ц/тс"),
                       ("щ", "шш", "щ/шш")):
        if a.replace(x, y) == b.replace(x, y):
            return kind
    if re.sub("[ёюя]", "", a) != a or re.sub("[ёюя]", "", b) != b:
        return "ё/ю/я"
    return "other"


def kazakh_word(lex, w: str) -> bool:
    """A Kazakh word token: the lexicon knows it, and not only as a Russian word."""
    return lex.known(w) and lex.language_of(w) == "kk"


def roundtrip(limit: int) -> None:
    import kaznorm
    from kaznorm.lexicon import default_lexicon

    lex = default_lexicon()
    total = same = ktotal = ksame = 0
    kinds: Counter = Counter()
    kkinds: Counter = Counter()
    examples = {}
    t = time.time()
    for name in UNSEEN:
        p = SHARED / name / "unseen.txt"
        if not p.exists():
            print(f"  (missing {p})")
            continue
        for line in read_lines(p, limit):
            back = kaznorm.to_cyrillic(kaznorm.to_latin(line))
            a, b = WORD.findall(line), WORD.findall(back)
            if len(a) != len(b):
                print("  token count changed:", name)
                continue
            for x, y in zip(a, b):
                if not CYR.match(x):
                    continue
                total += 1
                kk = kazakh_word(lex, x)
                ktotal += kk
                if x == y:
                    same += 1
                    ksame += kk
                else:
                    k = loss_kind(x, y)
                    kinds[k] += 1
                    if kk:
                        kkinds[k] += 1
                        examples.setdefault(k, []).append(f"{x}→{y}")
    print(f"roundtrip: {ksame}/{ktotal} Kazakh word tokens (known to the lexicon as Kazakh) back identical = "
          f"{100 * ksame / max(ktotal, 1):.3f}%; all Cyrillic word tokens (typos, Russian words, abbreviations "
          f"included): {same}/{total} = {100 * same / max(total, 1):.3f}% ({time.time() - t:.0f} s)")
    print("  losses of Kazakh word tokens by kind:")
    for k, n in kkinds.most_common():
        print(f"  {k}: {n}  e.g. {', '.join(examples[k][:8])}")
    print("  all losses by kind:", dict(kinds.most_common()))


def sentences(n: int = 500) -> None:
    import kaznorm
    from kaznorm import Pipeline

    pool = []
    for name in UNSEEN:
        p = SHARED / name / "unseen.txt"
        if p.exists():
            pool.extend(read_lines(p))
    rng = random.Random(19)
    picked = rng.sample(pool, n)
    from kaznorm.lexicon import default_lexicon

    lex = default_lexicon()
    step = Pipeline(["latin"], profile="unify")
    total = right = ktotal = kright = 0
    wrong: Counter = Counter()
    kwrong: Counter = Counter()
    for line in picked:
        back = step(kaznorm.to_latin(line))
        for x, y in zip(WORD.findall(line), WORD.findall(back)):
            if not CYR.match(x):
                continue
            kk = kazakh_word(lex, x)
            total += 1
            ktotal += kk
            right += x == y
            kright += kk and x == y
            if x != y:
                wrong[loss_kind(x, y)] += 1
                if kk:
                    kwrong[loss_kind(x, y)] += 1
    print(f"sentences: {n} unseen sentences in 2021 Latin read back by the latin step (unify profile, line "
          f"detection on): Kazakh words {kright}/{ktotal} right = {100 * kright / max(ktotal, 1):.2f}% "
          f"(wrong by kind: {dict(kwrong)}); every Cyrillic word, source typos and Russian words included: "
          f"{right}/{total} = {100 * right / max(total, 1):.2f}% (wrong by kind: {dict(wrong)})")


def foreign_sentences(n: int = 500):
    """Hand-written Turkish and Uzbek sentences, then sentences drawn from wordfreq's Turkish list and kaznorm's
    Uzbek list (fixed seed) up to ``n``."""
    hand = [l for l in (ROOT / "benchmarks" / "latin_foreign_lines.txt").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    import wordfreq

    from kaznorm.text.script import UZBEK_COMMON

    rng = random.Random(7)
    tr = [w for w in wordfreq.top_n_list("tr", 3000) if w.isalpha()]
    uz = sorted(UZBEK_COMMON)
    out = list(hand)
    while len(out) < n:
        words = tr if len(out) % 2 else uz
        k = rng.randint(4, 12)
        s = " ".join(rng.choice(words) for _ in range(k))
        out.append(s[0].upper() + s[1:] + ".")
    return out[:n]


def detection(limit: int) -> None:
    from kaznorm import Pipeline

    step = Pipeline(["latin"], profile="unify")
    english = read_lines(SHARED / "other_languages" / "english.txt")[:2000]
    foreign = foreign_sentences(500)
    for name, lines in (("English", english), ("Turkish/Uzbek", foreign)):
        changed = [l for l in lines if step(l) != l]
        print(f"detection: {name}: {len(changed)}/{len(lines)} lines changed = {100 * len(changed) / len(lines):.2f}%")
        for l in changed[:8]:
            print("   ", l[:100], "=>", step(l)[:100])


def informal() -> None:
    from kaznorm import Pipeline
    from kaznorm.latin import latin_decisions

    step = Pipeline(["latin"], profile="unify")
    lines = read_lines(SHARED / "kazsandra_dev" / "latin_reviews.txt")
    JUDGE.mkdir(exist_ok=True)
    items = []
    for i, line in enumerate(lines):
        r = step.explain(line)
        for c in r.changes:
            items.append((i, c.original, c.replacement, line))
    with open(JUDGE / "items.tsv", "w", encoding="utf-8") as fh:
        fh.write("id\tlatin\tcyrillic\tline\n")
        for k, (i, a, b, line) in enumerate(items):
            fh.write(f"{k}\t{a}\t{b}\t{line}\n")
    rng = random.Random(200)
    sample = sorted(rng.sample(range(len(items)), min(200, len(items))))
    with open(JUDGE / "sample.tsv", "w", encoding="utf-8") as fh:
        fh.write("id\tlatin\tcyrillic\tline\n")
        for k in sample:
            i, a, b, line = items[k]
            fh.write(f"{k}\t{a}\t{b}\t{line}\n")
    words = sum(len(WORD.findall(l)) for l in lines)
    print(f"informal: {len(items)} words converted in {len(lines)} reviews ({words} words); "
          f"items in {JUDGE}/items.tsv, 200 to judge in {JUDGE}/sample.tsv")
    verdicts = ROOT / "benchmarks" / "latin_verdicts.tsv"
    if verdicts.exists():
        rows = [l.split("\t") for l in verdicts.read_text(encoding="utf-8").splitlines()
                if l.strip() and not l.startswith("#") and not l.startswith("latin\t")]
        got = Counter(r[2] for r in rows)
        n = len(rows)
        print(f"  verdicts ({verdicts.name}): {n} judged, right {got['right']} = {100 * got['right'] / max(n, 1):.1f}%, "
              f"wrong {got['wrong']}, English/Russian word converted {got['foreign']}")
        left = Counter()
        for line in lines:
            for d in latin_decisions(line, step):
                if d.kazakh_run and d.cyrillic is None:
                    left[d.word] += 1
        print(f"  left in Latin inside converted runs: {sum(left.values())} words, e.g. "
              f"{', '.join(w for w, _ in left.most_common(25))}")
        current = {(a, b) for _, a, b, _ in items}
        stale = [r for r in rows if (r[0], r[1]) not in current]
        if stale:
            print(f"  {len(stale)} judged pairs are no longer produced (judge again): {stale[:5]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="roundtrip,sentences,detection,informal")
    ap.add_argument("--limit", type=int, default=0, help="lines per corpus for the round trip (0: all)")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"no corpora at {SHARED}", file=sys.stderr)
        return 2
    for part in args.only.split(","):
        {"roundtrip": lambda: roundtrip(args.limit), "sentences": sentences,
         "detection": lambda: detection(args.limit), "informal": informal}[part]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
