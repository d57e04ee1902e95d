"""The whole default pipeline: clean text stays, found cases stay idempotent, properties on noisy text."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kaznorm

from clean_sentences import CLEAN_SENTENCES


# --------------------------------------------------------------------------- whole default pipeline


@pytest.mark.parametrize("sentence", CLEAN_SENTENCES)
@pytest.mark.parametrize("profile", ["default", "chars"])
def test_clean_sentences_unchanged(sentence, profile):
    assert kaznorm.clean(sentence, profile=profile) == sentence


TEXTS = st.lists(
    st.sampled_from(
        list("абвгдеқңөұүһіәғ ӘҚЖ .,;:!?«»\"'-–()[]0123456789xyzXIaeopc\u00a0\u200b\u00ad\ufeff\n\t")
        + ["ə", "ɵ", "ќ", "ў", "Ð", "Ñ", "Р°", "..", "  ", "http://a.kz", "-\n"]
    ),
    max_size=40,
).map("".join)


# Regression cases of the idempotence property above (shrunk fuzz finds), by the step whose decision
# had to anticipate a later step
PIPELINE_IDEMPOTENT = [
    # encoding: і from the lookalike step; mojibake spans of one charset, gaps as the later steps leave them
    "Ieһ aќ", "вќ əXI", "ќy/Ixө", "Iaе-\nгќ", "IoӘ\noќ-\nұ", "əoI\u00a0ќe", "yќ.Ipһ",
    '"Р°9Ð"', "Р°\u00a0yÐ»", "Р°\u00a0Ð–", "Ð\u00a0Р°Р°,а", "Ð–\u00a0Ð–", "Ð°\u00a0Ð»\u00a0Ð¾", "һ.Ð–\u00a0Ð–",
    # lookalike: halves of a word broken at a line end read as one word; gaps without their spaces
    "X-\nx Ж", "o-\nx ң", "y-\no ө", "д c-\ne", "ө X-\nc", "a- c\tұ", "I-\ne\tў", "p-\no\u00a0ң", "Ж\u00a0x-\nx",
    "г\u00a0I-\nc", "xa а- б", "ey\u00a0і-\nһ", "»:xa\tі-\nд", "д »cy- г-\nб", "ә xa          ә", "xa          ә",
    # punctuation: quotes next to URLs and look-alike words
    "ў;7вда« ү", "ң«5вад?c", "e;4ігі»а", "IXXб«", "ү«4ўөқ'o", "Iќ«4еде(Ñ", 'http://k"д.."', '"http://"Қ»г',
    'http://ұ""..', 'p://z"z:oў"',
    # spacing: the look-alike guard looks at the nearest words only
    "x,7ғқд!ө", "( 5һғд,Ð", "Ð–əpҚa?һ", "I'3гің,в", "XIңќ,б", "o«8вбқ :", "IXIг( і", "(\u00a0дaӘқ)o",
    "Қ:6Р°Р°г!Ð", "қ;4в-\nеp,Ñ", "ң:еңЖo–I", "x0..0ұɵќ,і",
    # suffix_hyphen, keyboard/typo: no edit inside a part of a word broken at a line end
    "kzі-\nә", "ҚӘі-\tө", "kzі\u00ad а", "ЖЖі- ү", "IЖі-\nə", "Ә-\nҚӘі", "zyі-\nң", "д-\nxг",
    # linebreak_hyphen: halves in two scripts; a vowelless left part (the list knows vowelless abbreviations);
    # a word broken more than once, where one break is judged on the part before the next
    "I-\nа", "в-\nң-\nг", "і-\nя- үңб", "колданыс-\nта\u00ad\nғ-\n ы", "е-\nя-\nг ауырт-  па-  л-\n ығы 2",
    "1-\n23\nАқтен- те\u00ad\nк", "б-\n я Х-  а-\n ба\u00ad\nр к-  етушілер-  д-  ің әкім- не\u00ad\nн",
]


@pytest.mark.parametrize("text", PIPELINE_IDEMPOTENT)
def test_pipeline_idempotent_on_found_cases(text):
    once = kaznorm.clean(text)
    assert kaznorm.clean(once) == once


@given(TEXTS)
def test_default_pipeline_properties(text):
    out = kaznorm.clean(text)
    assert isinstance(out, str)
    assert kaznorm.clean(out) == out, "idempotent"
    r = kaznorm.explain(text)
    assert r.text == out
    assert r.replay() == out
    for c in r.changes:
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start:c.end] == c.original
    prev = 0
    for i in range(len(out) + 1):
        o = r.to_original(i)
        assert prev <= o <= len(text)
        prev = o


@given(TEXTS)
def test_line_count_preserved(text):
    out = kaznorm.clean(text, skip=["linebreak_hyphen"]) if "linebreak_hyphen" in kaznorm.step_names() else kaznorm.clean(text)
    assert out.count("\n") == text.count("\n")


@given(st.text(max_size=80))
def test_never_raises_on_any_str(text):
    assert isinstance(kaznorm.clean(text), str)


@given(st.lists(st.sampled_from(CLEAN_SENTENCES), min_size=1, max_size=4).map(" ".join))
def test_clean_text_unchanged_in_any_combination(text):
    assert kaznorm.clean(text) == text


def test_adversarial_long_inputs_complete():
    # linear-time behaviour is measured in benchmarks/; here they only have to finish
    for text in ["." * 100_000, "а" * 1_000_000, ("сөз " * 250_000), "«" * 50_000 + "»" * 50_000, "-\n" * 50_000]:
        out = kaznorm.clean(text)
        assert isinstance(out, str)
