"""Time the morphology fast path (Analyzer.accepts) on real words and on glued word pairs.

    python benchmarks/morphology_speed.py [TEXT_FILE ...]

Uses the stems shipped with the default lexicon and the words of the given text files (default:
seeds/*.txt).  Every run uses a fresh Analyzer, so the per-word memo does not hide the cost.
Prints microseconds per word (CPU time, best of 5) and the share of glued pairs accepted.
"""
import re
import sys
import time
from pathlib import Path

from kaznorm.lexicon import default_lexicon
from kaznorm.kazakh.analyser import Analyzer

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"[а-яёәғқңөұүһі]+")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    files = [Path(a) for a in argv] or sorted((HERE.parent / "seeds").glob("*.txt"))
    words = []
    for f in files:
        words.extend(WORD.findall(f.read_text(encoding="utf-8").lower()))
    pairs = [a + b for a, b in zip(words, words[1:]) if len(a) >= 3 and len(b) >= 3]
    lex = default_lexicon()
    stems = lex.stems  # the stem table the lexicon hands to the Analyzer (loaded on first read)
    t0 = time.perf_counter()
    Analyzer(stems)
    print(f"Analyzer construction: {1e3 * (time.perf_counter() - t0):.1f} ms ({len(stems)} stems)")
    for label, items in (("words", words), ("glued pairs", pairs)):
        best = float("inf")
        accepted = 0
        for _ in range(5):
            an = Analyzer(stems)
            t = time.process_time()
            accepted = sum(map(an.accepts, items))
            best = min(best, time.process_time() - t)
        print(f"{label:12s} {len(items):6d}  {1e6 * best / max(len(items), 1):7.2f} us/word  "
              f"accepted {accepted / max(len(items), 1):.3f}")


if __name__ == "__main__":
    main()
