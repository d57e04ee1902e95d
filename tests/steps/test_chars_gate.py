"""The chars profile's one test (steps/chars_gate.py): a text it passes is one every chars step leaves alone.

A wrong "untouched" would make the pipeline skip a repair, so the claim is checked on many random texts made of
the characters the five steps look at (and of the letters and spaces around them, so that a good share of the
texts pass and the near misses are tried), against each step itself, in the chars and the default settings.
"""
import random

from hypothesis import given, strategies as st

from kaznorm import Pipeline
from kaznorm.core.edits import NO_EDITS
from kaznorm.core.passes import untouched_test
from kaznorm.steps.chars_gate import chars_untouched

CHARS_STEPS = ["encoding", "invisible", "lookalike", "punctuation", "spacing"]

# ordinary text: Kazakh letters, digits, plain spaces (drawn often)
PLAIN = list("аәбгғдеикқлмнңоөрстуұүхһцшыіэюяАӘБҒҚНӨСҰҮІЖ0123456789") + [" "] * 12
# what the steps act on or look at: marks, quotes, brackets, dashes, odd spaces, invisible characters, combining
# marks, Latin and variant letters, mojibake leads and continuations, KZ-font letters, line ends
SPECIAL = list('.,;:!?()[]«»„“”"\'-–—…/@%') + [
    "\u00a0", "\u2009", "\u202f", "\u3000", "\u2007", "\u200b", "\u200c", "\u200d", "\u00ad", "\u00ac", "\ufeff",
    "\u2011", "\u200e", "\x0b", "\x0c", "\x85", "\u2028", "\x01", "\x9d", "\u0301", "\u0300", "\u0306", "\u0308",
    "\n", "\r", "\t", "a", "c", "e", "i", "I", "h", "x", "o", "p", "H", "T", "XI", "ə", "ɵ", "ӊ", "¥", "θ",
    "Р", "С", "Т", "Ð", "Ñ", "Ò", "â", "°", "±", "µ", "Ќ", "ќ", "ѕ", "Ј", "є", "ї", "ў", "Ѓ", "њ", "Ё", "ё", "€",
    "http://a.kz", "т.б.", "1,5", "3.14", "10:30", "«Абай»мен", "»", "« ", " »", " ,", "..", "...", " - ", "--",
]


def _contexts():
    chars = Pipeline.from_profile("chars")
    default = Pipeline(CHARS_STEPS)  # (the steps' default settings)
    return [(p, p.context()) for p in (chars, default)]


CONTEXTS = _contexts()
UNTOUCHED = chars_untouched()


def _check(text: str) -> bool:
    """Whether ``text`` passes the test; if it does, assert that no step (in either settings) proposes an edit."""
    if not UNTOUCHED(text):
        return False
    for p, ctx in CONTEXTS:
        for step in p.steps:
            assert step.func(text, ctx) is NO_EDITS, (step.name, text)
        assert p(text) == text
    return True


def test_random_texts_it_passes_are_left_alone():
    rnd = random.Random(17)
    passed = 0
    total = 20000
    for _ in range(total):
        n = rnd.randint(0, 14)
        k = rnd.choice((0, 0, 1, 1, 2, 3))  # how many special pieces
        parts = [rnd.choice(PLAIN) for _ in range(n)] + [rnd.choice(SPECIAL) for _ in range(k)]
        rnd.shuffle(parts)
        passed += _check("".join(parts))
    # not vacuous: a good share passes, and many do not
    assert total * 0.15 < passed < total * 0.85, passed


@given(st.lists(st.sampled_from(PLAIN + SPECIAL), max_size=30).map("".join))
def test_hypothesis_texts_it_passes_are_left_alone(text):
    _check(text)


def test_plain_lines_pass_and_lines_with_work_do_not():
    for text in ["Қазақстан Республикасы", "Ол келді, бірақ кетті.", "2020 жылы 1 000 адам", ""]:
        assert UNTOUCHED(text)
    for text in ["сөз  сөз", "сөз ", "сөз ,", "жетті.Әлі", "«Абай»мен", "a - b", 'Ол "келді"', "Бaтыс", "сөз\u200bсөз",
                 "ТљР°Р·Р°Т›", "жаќсы", "толды..", "( сөз", "сөз…"]:
        assert not UNTOUCHED(text), text


def test_only_pipelines_of_such_steps_use_it():
    chars = Pipeline.from_profile("chars").steps
    assert untouched_test(chars) is UNTOUCHED
    assert untouched_test(chars[:2]) is UNTOUCHED
    with_words = Pipeline(CHARS_STEPS + ["typo"])
    assert untouched_test(with_words.steps, with_words.context()) not in (None, UNTOUCHED)  # (typo has its own)
    assert untouched_test(()) is None


def test_explain_still_records_every_step_run():
    res = Pipeline.from_profile("chars").explain("Қазақстан Республикасы")
    assert res.text == "Қазақстан Республикасы" and not res.changes
