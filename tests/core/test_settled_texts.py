"""Settled texts (``core.passes``): a step registered with ``quiet_lines`` returns ``NO_EDITS`` when it proposes
nothing, and the pipeline then skips it (or a whole run of such steps) on that very text, in clean and explain
alike; through custom steps that count their calls."""
import pytest

from kaznorm.core.edits import NO_EDITS, Edit
from kaznorm.core.passes import SettledTexts, runs_of
from kaznorm.core.pipeline import Pipeline
from kaznorm.core.registry import Step


# steps of these tests need no lexicon, so a pipeline of them keeps no texts unless told to
ON = {"settled_texts": SettledTexts.MAX_TEXTS}


def _counting(name, func, calls):
    def run(text, ctx):
        calls.append((name, text))
        return func(text)
    return Step(name, run, quiet_lines=True)


def _x_to_y(text):
    return [Edit(i, i + 1, "y") for i, ch in enumerate(text) if ch == "x"] or NO_EDITS


def _q_to_k(text):
    return [Edit(i, i + 1, "k") for i, ch in enumerate(text) if ch == "q"] or NO_EDITS


def test_no_edits_is_an_empty_list_that_cannot_change():
    assert NO_EDITS == [] and isinstance(NO_EDITS, list) and not NO_EDITS
    for change in (lambda: NO_EDITS.append(1), lambda: NO_EDITS.extend([1]), lambda: NO_EDITS.insert(0, 1)):
        with pytest.raises(TypeError):
            change()
    with pytest.raises(TypeError):
        NO_EDITS[0:0] = [1]
    assert NO_EDITS == []


def test_runs_are_consecutive_quiet_steps():
    a, b = Step("a", lambda t, c: []), Step("b", lambda t, c: [])
    qa, qb, qc = (Step(n, lambda t, c: NO_EDITS, quiet_lines=True) for n in ("qa", "qb", "qc"))
    assert [[st.name for st in run] for run in runs_of([a, qa, qb, b, qc])] == [["a"], ["qa", "qb"], ["b"], ["qc"]]
    assert [[st.name for st in run] for run in runs_of([qa, qb, qc])] == [["qa", "qb", "qc"]]


def test_a_settled_text_skips_the_run_and_a_changed_one_skips_the_steps_that_left_it():
    calls = []
    p = Pipeline([_counting("x", _x_to_y, calls), _counting("q", _q_to_k, calls)], options=ON)
    assert p("abc") == "abc" and len(calls) == 2
    assert p("abc") == "abc" and len(calls) == 2  # the whole run settled on "abc"
    assert p.explain("abc").changes == [] and len(calls) == 2
    calls.clear()
    assert p("aq") == "ak" and calls == [("x", "aq"), ("q", "aq")]
    calls.clear()
    assert p("aq") == "ak" and calls == [("q", "aq")]  # x proposed nothing on "aq": skipped
    r = p.explain("aq")
    assert r.text == "ak" and [c.step for c in r.changes] == ["q"]
    calls.clear()
    assert p("xq") == "yk" and calls == [("x", "xq"), ("q", "yq")]
    assert p("xq") == "yk" and calls[2:] == [("x", "xq"), ("q", "yq")]  # both changed their text: asked again


def test_a_plain_empty_list_settles_nothing():
    calls = []
    plain = Step("plain", lambda t, c: calls.append(t) or [], quiet_lines=True)
    p = Pipeline([plain, Step("other", lambda t, c: calls.append(t) or [], quiet_lines=True)], options=ON)
    p("abc")
    p("abc")
    assert len(calls) == 4


def test_the_settled_sets_are_bounded():
    s = SettledTexts()
    s.remember("a" * (SettledTexts.MAX_LEN + 1))
    assert not s
    for i in range(SettledTexts.MAX_TEXTS + 5):
        s.remember(str(i))
    assert 0 < len(s) <= SettledTexts.MAX_TEXTS


def test_the_built_in_word_steps_settle_a_clean_line_and_keep_their_answers():
    p = Pipeline.default()
    line = "Бүгін ауа райы жақсы болды."
    first = p.explain(line)
    assert p(line) == line == first.text and p.explain(line).changes == first.changes == []
    noisy = "Помада оте жаксы!"
    once = p.explain(noisy)
    assert p(noisy) == once.text and p.explain(noisy).changes == once.changes


class _Loose(str):
    """A str that equals, and hashes as, any text of its length made of "a" (settled sets must not be asked for
    it)."""

    def __eq__(self, other):
        return isinstance(other, str) and len(other) == len(self)

    def __hash__(self):
        return hash("a" * len(self))


def test_a_str_subclass_is_never_taken_for_a_settled_text():
    calls = []
    p = Pipeline([_counting("x", _x_to_y, calls), _counting("q", _q_to_k, calls)], options=ON)
    assert p("aaa") == "aaa"
    assert _Loose("xqz") in {"aaa"}
    assert p(_Loose("xqz")) == "ykz" and calls[-2:] == [("x", "xqz"), ("q", "yqz")]


def test_the_option_settled_texts_bounds_the_sets_and_zero_turns_them_off():
    for limit, expected_calls in ((0, 4), (1, 2)):
        calls = []
        p = Pipeline([_counting("x", _x_to_y, calls), _counting("q", _q_to_k, calls)],
                     options={"settled_texts": limit})
        assert p("abc") == "abc" and p("abc") == "abc"
        assert len(calls) == expected_calls  # (0: each text runs through both steps every time)
    with pytest.raises(TypeError, match="settled_texts"):
        Pipeline([_counting("x", _x_to_y, []), _counting("q", _q_to_k, [])], options={"settled_texts": -1})("abc")
    s = SettledTexts(2)
    for t in ("a", "b", "c"):
        s.remember(t)
    assert s == {"c"}  # (emptied when full)


def test_a_pipeline_of_character_steps_keeps_no_texts_unless_told():
    calls = []
    p = Pipeline([_counting("x", _x_to_y, calls), _counting("q", _q_to_k, calls)])
    p("abc"), p("abc")
    assert len(calls) == 4
    lexical = Step("lexical", lambda t, c: calls.append(t) or NO_EDITS, quiet_lines=True, needs_lexicon=True)
    calls.clear()
    p = Pipeline([_counting("x", _x_to_y, calls), lexical], lexicon=object())
    p("abc"), p("abc")
    assert len(calls) == 2  # (a step that needs the lexicon: the texts are kept by default)
