"""explain() lists what a step left out because the text there is in another language (Result.skipped), apart
from the changes: nothing is changed by it, the output and the replay stay the same."""
import threading

import kaznorm
from kaznorm import Pipeline, Skip

RUSSIAN = "Так как погода была плохой, мы остались дома - и читали книги.."
KAZAKH_TYPED = "Бул кала оте жаксы екен"
MIXED = "Ол маган: «Как дела, так и будет» деп айтты, бирак биз сенбедик."


def test_a_russian_line_is_listed_as_skipped_with_what_would_have_changed():
    r = kaznorm.explain(RUSSIAN)
    assert r.text == RUSSIAN and r.changes == []
    got = {(k.step, k.original, k.replacement) for k in r.skipped}
    assert ("keyboard", "так", "тақ") in {(s, o.lower(), x.lower()) for s, o, x in got}
    assert ("punctuation", "..", ".") in got
    for k in r.skipped:
        assert isinstance(k, Skip)
        assert (k.language, k.scope) == ("ru", "line") and "Russian" in k.note
        assert RUSSIAN[k.start:k.end] == k.original == k.before
    assert "left as written" in r.report()


def test_a_russian_quotation_in_a_kazakh_line_is_a_skipped_span_and_the_rest_is_changed():
    r = kaznorm.explain(MIXED)
    assert {c.original for c in r.changes} >= {"маган", "бирак", "биз"}
    spans = [(k.step, k.original, k.language, k.scope) for k in r.skipped]
    assert ("keyboard", "так", "ru", "span") in spans
    assert all(scope == "span" and MIXED.index("«") < k.start < MIXED.index("»")
               for k, (_, _, _, scope) in zip(r.skipped, spans))
    assert r.replay() == r.text == kaznorm.clean(MIXED)


def test_offsets_are_in_the_original_text_after_earlier_changes():
    text = KAZAKH_TYPED + "\n\u200b\u200bЭто  было так давно, что никто уже не помнит.."
    r = kaznorm.explain(text)
    assert r.text.splitlines()[1] == "Это  было так давно, что никто уже не помнит.."  # (invisible removed)
    assert r.skipped
    for k in r.skipped:
        assert text[k.start:k.end] == k.original
        assert k.start > text.index("\n")
    assert any(k.step == "spacing" and k.original == "  " for k in r.skipped)


def test_a_line_in_another_script_and_an_english_span():
    r = kaznorm.explain("He said we will come - and left..")
    assert r.skipped and all((k.language, k.scope) == ("other", "line") for k in r.skipped)
    line = 'Ол "I will come back tomorrow.." деп жазды..'
    r = kaznorm.explain(line)
    assert r.text.endswith("жазды.")
    assert [(k.step, k.original, k.language, k.scope) for k in r.skipped] == [("punctuation", "..", "other", "span")]


def test_kazakh_text_has_nothing_skipped_and_clean_agrees():
    for text in (KAZAKH_TYPED, "Бүгін  ауа райы жақсы..", ""):
        r = kaznorm.explain(text)
        assert r.skipped == []
        assert r.text == kaznorm.clean(text)


def test_only_what_would_have_been_applied_is_listed():
    # the keyboard step's edit for так is sure enough for the default profile; with a cut above every
    # confidence nothing would have been applied, so nothing is listed as skipped
    assert any(k.step == "keyboard" for k in kaznorm.explain(RUSSIAN).skipped)
    strict = kaznorm.explain(RUSSIAN, min_confidence=1.0)
    assert not any(k.step == "keyboard" for k in strict.skipped)


def test_each_skip_is_listed_once_and_as_dict():
    r = kaznorm.explain(RUSSIAN, profile="aggressive")
    keys = [(k.step, k.start, k.end, k.replacement) for k in r.skipped]
    assert len(keys) == len(set(keys))
    d = r.skipped[0].as_dict()
    assert set(d) == {"step", "start", "end", "original", "before", "replacement", "language", "scope", "note"}


def test_threads_do_not_mix_their_skips():
    p = Pipeline.default()
    texts = [RUSSIAN, KAZAKH_TYPED, MIXED, "Бүгін ауа райы жақсы."] * 4
    want = [[k.as_dict() for k in p.explain(t).skipped] for t in texts]
    got = [None] * len(texts)
    barrier = threading.Barrier(len(texts))

    def work(i):
        barrier.wait()
        got[i] = [k.as_dict() for k in p.explain(texts[i]).skipped]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == want
    assert p("Так как погода была плохой.") == "Так как погода была плохой."  # the shared context records nothing
    assert p.context().skipped is None
