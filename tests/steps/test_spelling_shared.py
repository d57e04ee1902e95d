"""Properties of variants, keyboard and typo run together, and of what they share: the token scan (long
letter runs stay linear), names, and parts of a word broken at a line end.

Every test builds a small in-memory lexicon (spelling_lexicon.py), so the results do not depend on the shipped data.
"""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spelling_lexicon import COUNTS, ENGLISH, FORMS, NAMES, RUSSIAN, pipeline, run, spelling_lexicon

from kaznorm.lexicon import Lexicon


@pytest.fixture(scope="module")
def lex():
    return spelling_lexicon()


def test_long_letter_runs(lex):
    text = "ана" * 3000 + " " + "кабилетине" * 500 + " " + "." * 20000 + "а." * 5000 + "a@" * 5000 + "а" + ".kz" * 5000
    for aggressive in (False, True):
        assert run(lex, ["keyboard", "typo"], text, aggressive=aggressive) == text


KNOWN_COUNTED = sorted(w for w, n in COUNTS.items() if n > 0 and " " not in w)
NOISY = ["экономиканын", "битимгершилик", "мемарандумына", "Қазақастанның", "Жапоня", "маган", "кол", "Санк Петербург",
         "бул", "2009", "www.x.kz", ",", "—", "Жаксыбеков", "солодка"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(KNOWN_COUNTED + NOISY), min_size=1, max_size=12),
       st.sampled_from([" ", "  ", "\n", ". "]))
def test_idempotent(words, sep):
    lex = Lexicon.from_words(FORMS, names=NAMES, russian=RUSSIAN, english=ENGLISH)
    for aggressive in (False, True):
        p = pipeline(lex, ["variants", "keyboard", "typo"], aggressive)
        once = p(sep.join(words))
        assert p(once) == once
        assert once.count("\n") == sep.join(words).count("\n")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(KNOWN_COUNTED), min_size=1, max_size=12), st.sampled_from([" ", ", ", ". "]))
def test_known_words_never_change(words, sep):
    lex = Lexicon.from_words(FORMS, names=NAMES, russian=RUSSIAN, english=ENGLISH)
    text = sep.join(words + ["және"])  # a line with Kazakh letters in it
    for aggressive in (False, True):
        p = pipeline(lex, ["variants", "keyboard", "typo"], aggressive)
        assert p(text) == text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="абвгкноуыиәқңөұүіһх .-@1Aa\n«»", max_size=40))
def test_never_raises(text):
    lex = Lexicon.from_words(FORMS, names=NAMES, russian=RUSSIAN, english=ENGLISH)
    p = pipeline(lex, ["variants", "keyboard", "typo"], aggressive=True)
    out = p(text)
    assert out.count("\n") == text.count("\n")


def test_counted_rare_name_keeps_russian_form():
    forms = dict(FORMS)
    forms["жақсыбеков"] = 5  # the Kazakh spelling of the name is attested, and even counted
    lex2 = Lexicon.from_words(forms, names=NAMES, russian=RUSSIAN, english=ENGLISH)
    text = "Әділбек Жаксыбеков пен оның әріптесі"
    for aggressive in (False, True):
        assert run(lex2, ["keyboard", "typo"], text, aggressive=aggressive) == text


@pytest.mark.parametrize("steps, text", [
    (["keyboard"], "Бұл шара экономиканын-\nшикізат секторына"),
    (["typo"], "Қазақстан мен-\nЖапоня арасында"),
    (["variants"], "2013 жылы-\nСанк Петербургте"),
])
def test_parts_of_a_word_broken_at_a_line_end_left_alone(lex, steps, text):
    # linebreak_hyphen (an earlier step) kept the parts apart, judging them as they are; changing one
    # could change its decision on a second run (д-\nхг -> д-\nхғ -> дхғ)
    assert run(lex, steps, text) == text
    assert run(lex, steps, text.replace("-\n", " ")) != text.replace("-\n", " ")


def test_memo_sizes_are_speed_only(lex):
    # the per-word memos and quiet sets live in the pipeline's context, bounded by the Config: emptied at
    # every step, they change nothing
    texts = ["Бұл шара экономиканын шикізат секторына", "Жаксы магазин маган оте катты унайды",
             "Қазақстан мен Жапоня арасында", "және жакқсы", "Бала Казакстанның үлкен"] * 3
    for aggressive in (False, True):
        p = pipeline(lex, ["variants", "keyboard", "typo"], aggressive)
        tiny = p.with_config("keyboard", memo_size=1, quiet_size=1).with_config("typo", memo_size=1, quiet_size=1)
        assert [tiny(t) for t in texts] == [p(t) for t in texts]
