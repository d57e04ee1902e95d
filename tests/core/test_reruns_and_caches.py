"""A step's ``reruns``/``feeds`` (earlier steps run once more, in clean and explain alike) and the pipeline's
caches (``ctx.cache``, ``BoundedDict``, ``BoundedSet``), through custom steps."""
import copy
import pickle
import threading

import pytest

from kaznorm.core.context import BoundedDict, BoundedSet, Context
from kaznorm.core.edits import Edit
from kaznorm.core.pipeline import Pipeline
from kaznorm.core.registry import Step


# --------------------------------------------------------------------------- reruns and feeds


def _upper_a(text, ctx):
    return [Edit(i, i + 1, "A") for i, ch in enumerate(text) if ch == "a"]


def _first_x_to_a(text, ctx):
    i = text.find("x")
    return [Edit(i, i + 1, "a")] if i >= 0 else []


def _puts_back_a(text, edits):
    return any("a" in e.replacement for e in edits)


UPPER_A = Step("upper_a", _upper_a)
X_TO_A = Step("x_to_a", _first_x_to_a, reruns=("upper_a",), feeds=_puts_back_a)


def _both(p, text):
    """``p(text)``, checked against ``p.explain(text)``; and the steps of the changes, in order."""
    r = p.explain(text)
    assert p(text) == r.text and r.replay() == r.text
    return r.text, [c.step for c in r.changes]


def test_a_feeding_step_makes_an_earlier_step_run_once_more():
    assert _both(Pipeline([UPPER_A, X_TO_A]), "xa") == ("AA", ["upper_a", "x_to_a", "upper_a"])
    # nothing fed: no second pass
    assert _both(Pipeline([UPPER_A, X_TO_A]), "ba") == ("bA", ["upper_a"])
    not_feeding = Step("x_to_a", _first_x_to_a, reruns=("upper_a",), feeds=lambda text, edits: False)
    assert _both(Pipeline([UPPER_A, not_feeding]), "xa") == ("aA", ["upper_a", "x_to_a"])
    no_reruns = Step("x_to_a", _first_x_to_a, feeds=_puts_back_a)
    assert _both(Pipeline([UPPER_A, no_reruns]), "xa") == ("aA", ["upper_a", "x_to_a"])
    # a step it reruns that is not in the pipeline is no error
    assert _both(Pipeline([X_TO_A]), "xa") == ("aa", ["x_to_a"])


def test_the_second_pass_runs_in_pipeline_order_after_the_whole_pass_and_only_once():
    bang = Step("bang", lambda text, ctx: [Edit(len(text), len(text), "!")] if "!" not in text else [])
    feeds_itself = Step("x_to_a", _first_x_to_a, reruns=("x_to_a", "upper_a"), feeds=_puts_back_a)
    text, steps = _both(Pipeline([UPPER_A, feeds_itself, bang]), "xxa")
    # pass 1: xxA, axA, axA!; pass 2 (upper_a, x_to_a): AxA!, AaA! (it feeds again: no third pass)
    assert text == "AaA!"
    assert steps == ["upper_a", "x_to_a", "bang", "upper_a", "x_to_a"]


def test_feeds_sees_the_same_edits_in_clean_and_explain():
    # feeds() gets the edits as the pipeline applies them: sorted, without the ones that change nothing
    seen = []

    def feeds(text, edits):
        seen.append([(e.start, e.end, e.replacement) for e in edits])
        return True

    def unsorted(text, ctx):
        return [Edit(2, 3, "b"), Edit(1, 2, text[1]), Edit(0, 1, "a")]

    once = Step("once", lambda text, ctx: [Edit(len(text), len(text), "!")])  # not idempotent: counts its runs
    p = Pipeline([once, Step("unsorted", unsorted, reruns=("once",), feeds=feeds)])
    assert _both(p, "xyz") == ("ayb!!", ["once", "unsorted", "unsorted", "once"])
    assert seen == [[(0, 1, "a"), (2, 3, "b")]] * 2

    # a step whose edits all change nothing has fed nothing, in clean as in explain
    def no_ops(text, ctx):
        return [Edit(0, 1, text[0])]

    def no_edits(text, ctx):
        yield from ()

    for func in (no_ops, no_edits):
        p = Pipeline([once, Step("quiet", func, reruns=("once",), feeds=lambda text, edits: True)])
        assert _both(p, "x") == ("x!", ["once"])


# --------------------------------------------------------------------------- bounded caches


def test_bounded_dict_empties_itself_at_its_limit():
    d = BoundedDict(3)
    for k in "abc":
        d[k] = k.upper()
    assert d == {"a": "A", "b": "B", "c": "C"}
    d["b"] = "b"  # an existing key: it does not grow
    assert len(d) == 3
    d["e"] = "E"
    assert d == {"e": "E"}
    for k in "fg":
        d[k] = 1
    assert d.setdefault("h", 2) == 2 and d == {"h": 2}
    assert d.setdefault("h", 3) == 2
    d.update({str(i): i for i in range(10)})
    assert 0 < len(d) <= 3 and d["9"] == 9
    d |= {"x": 0, "y": 0, "z": 0, "w": 0}
    assert 0 < len(d) <= 3 and d["w"] == 0
    d.update(q=1)
    assert d["q"] == 1 and len(d) <= 3


def test_bounded_set_empties_itself_at_its_limit():
    s = BoundedSet(3)
    s.update("abc")
    s.add("a")
    assert s == {"a", "b", "c"}
    s.add("d")
    assert s == {"d"}
    s.update(range(10))
    assert 0 < len(s) <= 3 and 9 in s
    s |= {"x", "y", "z", "w"}
    assert 0 < len(s) <= 3
    s.update("uv", "wxyz")
    assert 0 < len(s) <= 3 and "z" in s


@pytest.mark.parametrize("cache", [BoundedDict(2), BoundedSet(2)])
def test_bounded_caches_copy_and_pickle(cache):
    if isinstance(cache, dict):
        cache["a"] = 1
    else:
        cache.add("a")
    for other in (copy.copy(cache), copy.deepcopy(cache), pickle.loads(pickle.dumps(cache))):
        assert type(other) is type(cache) and other == cache and other.limit == 2


def _noop(text, ctx):
    return []


def test_context_cache_is_made_once_per_pipeline():
    p = Pipeline([Step("noop", _noop)])
    ctx = p.context()
    made = []

    def factory():
        made.append(1)
        return BoundedDict(10)

    memo = ctx.cache("memo", factory)
    assert ctx.cache("memo", factory) is memo and p.context().cache("memo", factory) is memo and made == [1]
    assert ctx.cache("other", lambda: BoundedSet(5)) is not memo
    # copies (another setting, a pickle) start with their own, empty caches
    assert p.with_words(["сөз"]).context().cache("memo", factory) is not memo
    memo["k"] = 1
    assert "k" not in pickle.loads(pickle.dumps(p)).context().cache("memo", factory)
    assert len(made) == 3


def test_context_cache_factory_runs_once_across_threads():
    ctx = Context()
    made = []
    start = threading.Barrier(8)

    def factory():
        made.append(1)
        return BoundedSet(10)

    got = []

    def worker():
        start.wait()
        got.append(ctx.cache("settled", factory))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert made == [1] and all(g is got[0] for g in got)


def test_a_step_keeps_its_memo_in_the_context():
    calls = []

    def memo_step(text, ctx):
        memo = ctx.cache("memo_step", lambda: BoundedDict(2))
        if text not in memo:
            calls.append(text)
            memo[text] = text.upper()
        return [Edit(0, len(text), memo[text])]

    p = Pipeline([Step("memo_step", memo_step)])
    assert [p("a"), p("a"), p("b"), p("c"), p("a")] == ["A", "A", "B", "C", "A"]
    assert calls == ["a", "b", "c", "a"]  # full at two: emptied before "c"
    assert p.with_words(["x"])("a") == "A" and calls[-1] == "a" and len(calls) == 5
