"""SortedText's search (a bisection among sampled lines, then among the lines between two of them) finds the same
first line ``>= x`` as a plain bisection over the text, on random sorted texts with and without a last newline,
short and long lines, and an empty first line; membership and prefixes answer like a set."""
import random

from kaznorm.lexicon.wordlists import NarrowSortedText, SortedText, narrow_sorted_text


def _reference(t: str, x: str) -> int:
    lo, hi = 0, len(t)
    while lo < hi:
        mid = (lo + hi) // 2
        s = t.rfind("\n", lo, mid)
        s = lo if s < 0 else s + 1
        e = t.find("\n", s)
        if e < 0:
            e = len(t)
        if t[s:e] < x:
            lo = e + 1
        else:
            hi = s
    return min(lo, len(t))


def _texts(rnd):
    alpha = "абвгқә"
    for n in (0, 1, 2, 5, 40, 400, 3000):
        words = sorted({"".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 12 if n < 400 else 40)))
                        for _ in range(n)})
        yield words, "".join(w + "\n" for w in words)
        if words:
            yield words, "\n".join(words)  # no last newline
    yield [""] + ["аб", "ав"], "\nаб\nав\n"


def test_search_matches_a_plain_bisection():
    rnd = random.Random(5)
    for words, text in _texts(rnd):
        for step in (1, 7, 64, 1024):
            cls = type("Small", (SortedText,), {"__slots__": (), "STEP": step})
            st = cls(text)
            probes = set(words) | {w[:k] for w in words[:200] for k in range(len(w))} | {w + "а" for w in words[:200]}
            probes |= {"", "я", "ә" * 50, "а"}
            for x in sorted(probes):
                assert st._line_at_or_after(x) == _reference(text, x), (step, x)
            got = [x in st for x in sorted(probes)]
            assert got == [x in set(words) and x != "" for x in sorted(probes)]


def test_narrow_and_prefix_answers_after_sampling():
    words = sorted({"а", "ай", "айна", "алма", "ёж", "ёлка", "я"})
    st = narrow_sorted_text("".join(w + "\n" for w in words))
    assert isinstance(st, NarrowSortedText)
    for x in words + ["айн", "ал", "ё", "яя", "б"]:
        assert (x in st) == (x in words)


def test_long_runs_of_one_prefix_are_bisected_with_the_same_answers():
    words = sorted({"қазақ" + "".join(random.Random(i).choice("абвгд") for _ in range(6)) for i in range(3000)}
                   | {"қазан", "қаз", "а", "қазақ"})
    text = "".join(w + "\n" for w in words)
    for scan in (0, 64, 10**9):
        st = type("Scan", (SortedText,), {"__slots__": (), "SCAN": scan})(text)
        probes = words[::7] + [w + "а" for w in words[::11]] + [w[:-1] for w in words[::13]] + ["қазақ", "қазақя"]
        assert [p in st for p in probes] == [p in set(words) for p in probes]
