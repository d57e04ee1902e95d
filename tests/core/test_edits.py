"""Edits, change records, the offset map and replay, through custom steps (no built-in step needed)."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kaznorm.core.edits import Change, Edit, OffsetMap, apply_edits, apply_validated, replay, validated_edits
from kaznorm.core.pipeline import Pipeline
from kaznorm.core.registry import Step


# --------------------------------------------------------------------------- custom steps


def _upper_vowels(text, ctx):
    return [Edit(i, i + 1, c.upper()) for i, c in enumerate(text) if c in "аеоуыі"]


def _drop_x(text, ctx):
    return [Edit(i, i + 1, "") for i, c in enumerate(text) if c == "x"]


def _insert_bang(text, ctx):
    return [Edit(len(text), len(text), "!")] if text and not text.endswith("!") else []


UPPER = Step("upper_vowels", _upper_vowels)
DROP = Step("drop_x", _drop_x)
BANG = Step("bang", _insert_bang)


def test_custom_steps_compose_and_explain():
    p = Pipeline([DROP, UPPER, BANG])
    r = p.explain("xбала xоқу")
    assert r.text == "бАлА ОқУ!"
    assert [c.step for c in r.changes].count("drop_x") == 2
    # every change points at its span in the original
    for c in r.changes:
        assert r.original[c.start:c.end] == c.original
    first_a = next(c for c in r.changes if c.step == "upper_vowels")
    assert (first_a.start, first_a.end, first_a.original, first_a.replacement) == (2, 3, "а", "А")
    assert r.replay() == r.text


def test_offsets_both_ways():
    p = Pipeline([DROP])
    r = p.explain("ab xx cd")
    assert r.text == "ab  cd"
    assert r.to_original(4) == 6  # 'c'
    assert r.to_clean(6) == 4
    assert r.to_original(0) == 0 and r.to_original(len(r.text)) == len(r.original)
    with pytest.raises(IndexError):
        r.to_original(len(r.text) + 1)


def test_edits_are_validated():
    bad = Step("bad", lambda t, c: [Edit(0, 3, "z"), Edit(1, 2, "y")])
    with pytest.raises(RuntimeError, match="overlapping"):
        Pipeline([bad])("abcdef")
    outside = Step("outside", lambda t, c: [Edit(0, 99, "")])
    with pytest.raises(RuntimeError, match="outside"):
        Pipeline([outside])("abc")


def test_offset_map_regions_keep_copies_identical():
    m = OffsetMap(10)
    m.compose([Edit(2, 4, "xyz")], 11)
    m.compose([Edit(0, 1, ""), Edit(9, 11, "")], 8)
    assert m.to_clean(0) == 0
    assert m.to_original(m.clean_len) == 10
    assert all(o0 <= o1 and c0 <= c1 for o0, o1, c0, c1 in m.regions())


@given(st.text(alphabet="abcx ", max_size=40))
def test_replay_and_offsets_with_custom_steps(text):
    p = Pipeline([DROP, UPPER, BANG])
    r = p.explain(text)
    assert r.text == p(text)
    assert r.replay() == r.text
    prev = 0
    for i in range(len(r.text) + 1):
        o = r.to_original(i)
        assert prev <= o <= len(text)
        prev = o
    prev = 0
    for j in range(len(text) + 1):
        c = r.to_clean(j)
        assert prev <= c <= len(r.text)
        prev = c


def test_change_as_dict_and_report():
    r = Pipeline([DROP]).explain("axb")
    d = r.changes[0].as_dict()
    assert d["step"] == "drop_x" and d["original"] == "x" and d["replacement"] == ""
    assert "drop_x" in r.report()
    assert isinstance(r.changes[0], Change)


def test_replay_rejects_foreign_changes():
    r = Pipeline([DROP]).explain("axb")
    with pytest.raises(ValueError):
        replay("zzz", r.changes)


def test_run_without_recording_has_text_but_no_offsets():
    r = Pipeline([DROP]).run("axb", record=False)
    assert r.text == "ab" and r.changes == []
    with pytest.raises(ValueError, match="explain"):
        r.to_original(0)


# --------------------------------------------------------------------------- applying edits


def test_apply_validated_is_validate_then_apply():
    text = "abcdef"
    in_order = [Edit(0, 1, "A"), Edit(2, 2, "+"), Edit(3, 4, "d"), Edit(5, 6, "")]
    unsorted = [Edit(5, 6, ""), Edit(0, 1, "A")]
    for edits in (in_order, unsorted, []):
        want = apply_edits(text, validated_edits("t", text, edits))
        assert apply_validated("t", text, edits) == want
        assert apply_validated("t", text, iter(edits)) == want  # any iterable of edits
    assert apply_validated("t", text, in_order) == "Ab+cde"
    assert validated_edits("t", text, unsorted) == [Edit(0, 1, "A"), Edit(5, 6, "")]
    assert validated_edits("t", text, [Edit(3, 4, "d")]) == []  # an edit that changes nothing is dropped
    with pytest.raises(RuntimeError, match="overlapping"):
        apply_validated("t", text, [Edit(0, 3, "x"), Edit(1, 2, "y")])
    with pytest.raises(RuntimeError, match="outside"):
        apply_validated("t", text, [Edit(4, 9, "")])


def test_a_change_inside_an_earlier_change_reads_alone():
    """issue 18.15: a later step's record covers the stretch an earlier step changed, as it saw and left it."""
    from kaznorm import Edit, Pipeline, Step

    def restore(text, ctx):  # "жане" -> "және", as the keyboard step would
        i = text.find("жанеде")
        return [Edit(i, i + 6, "жәнеде", "keyboard")] if i >= 0 else []  # the keyboard step replaces whole words

    def split(text, ctx):  # "жәнеде" -> "және де", as the particle step would
        i = text.find("жәнеде")
        return [Edit(i + 4, i + 4, " ", "particle")] if i >= 0 else []

    p = Pipeline([Step("restore_probe", restore), Step("split_probe", split)])
    r = p.explain("Біз жанеде олар")
    assert r.text == "Біз және де олар" == r.replay()
    last = r.changes[-1]
    # not 'жанеде' -> ' ' (the whole old word paired with only the new piece)
    assert (last.step, last.original, last.before, last.replacement) == ("split_probe", "жанеде", "жәнеде", "және де")
    assert (last.start, last.end) == (4, 10)
