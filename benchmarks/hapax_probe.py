#!/usr/bin/env python3
"""How the word steps treat words the dictionaries lack, measured on the build halves only.

    python benchmarks/hapax_probe.py                    # default profile, 3000 sentences each way
    python benchmarks/hapax_probe.py --profile aggressive --n 6000 --show 8

The words the ``sentences.txt`` halves count once stand in for words never seen (Good-Turing: text a corpus
has not seen is full of them).  The probe takes them out of the shipped lexicon
(:meth:`kaznorm.lexicon.Lexicon.without_words`) and then

* runs the pipeline over build sentences holding such a word: every word-level change of one is listed by
  step and note (most are false alarms: a rare correct word changed; some are the corpora's own errors);
* glues neighbouring words of other build sentences (``../shared/eval/noise.py``) and counts, per segment
  note, the splits that gave the sentence back and those that did not, and the runs left unsplit.

A rule that trades fewer false alarms for little recall here can then be checked on ``dev_eval.py``; no
``unseen.txt`` line is read.  Prints corpus words with ``--show``: keep its output out of the repository.
"""
from __future__ import annotations

import argparse
import collections
import random
import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BUILD = ("kaznerd_valid", "apertium_segcorpus", "edited_extra")
WORD_STEPS = frozenset({"keyboard", "typo", "segment", "particle", "letter_runs", "pair_hyphen"})
WORD = re.compile(r"\w+")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--profile", default="default")
    ap.add_argument("--n", type=int, default=3000, help="sentences for each half of the probe")
    ap.add_argument("--show", type=int, default=0, help="examples printed per row (corpus words)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(SHARED / "eval"))
    import noise  # noqa: E402  (the shared evaluation's noise makers)
    import score  # noqa: E402

    from kaznorm.core.pipeline import Pipeline
    from kaznorm.lexicon.lexicon import default_lexicon

    lex = default_lexicon()
    once = {w for w, n in lex.counts.items() if n == 1}
    pipe = Pipeline.from_profile(args.profile, lexicon=lex.without_words(once))
    sents = [line.rstrip("\n") for name in BUILD
             for line in open(SHARED / "corpora" / name / "sentences.txt", encoding="utf-8") if line.strip()]
    random.Random(7).shuffle(sents)

    alarms, examples = collections.Counter(), collections.defaultdict(list)
    held = [s for s in sents if any(w.lower() in once for w in WORD.findall(s))][:args.n]
    for s in held:
        for c in pipe.explain(s).changes:
            if c.step in WORD_STEPS and any(w.lower() in once for w in WORD.findall(c.original)):
                key = (c.step, c.note.split(";")[-1].strip()[:60])
                alarms[key] += 1
                examples[key].append(f"{c.original} -> {c.replacement}")
    print(f"{len(held)} build sentences with a word counted once (masked): word-level changes of those words")
    for (step, why), n in alarms.most_common():
        print(f"  {n:5d}  {step:12s} {why}" + (f"  {examples[(step, why)][:args.show]}" if args.show else ""))

    glue, items = collections.Counter(), 0
    for s in sents[-args.n:]:
        noisy = noise.glue(s, random.Random(zlib.crc32(s.encode("utf-8"))))
        if noisy is None:
            continue
        items += 1
        r = pipe.explain(noisy)
        ok = score.tokens(r.text) == score.tokens(s)
        notes = [c.note.split(";")[-1].strip()[:60] for c in r.changes if c.step == "segment"] or ["(no split)"]
        for why in notes:
            glue[(why, ok)] += 1
    fixed = sum(n for (why, ok), n in glue.items() if ok and why != "(no split)")
    print(f"\n{items} build sentences with 2-4 words glued: {fixed} given back by a split; per segment note:")
    for why in sorted({w for w, _ in glue}, key=lambda w: -(glue[(w, True)] + glue[(w, False)])):
        print(f"  {glue[(why, True)]:5d} right  {glue[(why, False)]:5d} not  {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
