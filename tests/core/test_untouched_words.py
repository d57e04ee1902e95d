"""The word steps' ``untouched`` tests: a text a step's test passes is one the step leaves alone (``NO_EDITS``).

The default pipeline returns a text every step's test passes without calling the steps
(:mod:`kaznorm.core.passes`), so a wrong test would skip a repair.  The tests read what the steps settled (words,
white-space chunks, pairs of chunks, pattern matches), so the claim is checked after the steps have met our own
sentences, on those sentences and on many texts made by recombining their chunks with other separators (new
neighbours for the particles, pairs and line-level rules), against every step itself.
"""
import random

from hypothesis import given, settings, strategies as st

from kaznorm import Pipeline
from kaznorm.core.edits import NO_EDITS
from kaznorm.core.passes import untouched_test

# our own sentences: clean ones, and ones with the slips the word steps repair (written for this test)
SENTENCES = [
    "Бүгін ауа райы өте жақсы болды, біз бәріміз саябаққа бардық.",
    "Мен кеше кітапханаға барып, екі кітап алдым.",
    "Ол 2020 жылы университетті бітірді, 2021-ден бастап жұмыс істейді.",
    "Бұл жоба 5 жылға созылды ма?",
    "Сен де келесің бе, әлде үйде қаласың ба?",
    "Ағаш үйдің қасында көп көп гүл өсіп тұр.",
    "Олар бірбірін жақсы таниды.",
    "Жапонияжасмемлекеткеэкономикалық көмек берді.",
    "экономиканын дамуы туралы баяндама жасалды",
    "Ол келди де, кетти де.",
    "Рахмеееет сізге, керемет дүкен екен!",
    "тәтті ма деп сұрады.",
    "Алматы мен Астана арасында пойыз жүреді.",
    "Ахметпен бірге келдік.",
    "Бұл өте өте жақсы жаңалық.",
    "Ата-ана мен бала арасындағы байланыс маңызды.",
    "Біз 3 сағат күттік, бірақ ол келмеді.",
    "Ол қала- да тұрады.",
    "USB-ге жазып берші.",
    "ҚР Үкіметі жаңа заң қабылдады.",
    "Мектептегі оқушылар жарысқа қатысты.",
    "Мен сени жақсы көремін.",
    "Кеше біз кинога бардық, фильм ұнады.",
    "Тамақ дәмді екен, қызмет көрсету де жақсы.",
    "Компания 2019 шы жылы құрылды.",
    "Он екі айдың бірінде ол қайта оралды.",
    "Ну конечно, это так и было.",
    "The weather is nice today.",
    "Айгүл мен Дәурен кездесті.",
    "Оның ойынша, бұл дұрыс шешім емес еді.",
]
SEPARATORS = [" ", " ", " ", " ", "  ", "\u00a0", "\t", "\u2009", ", ", " - ", "-", " да ", " ма ", " көп ", "? ", ". ",
              "\n", ".\n", "-\n", " \n\n"]


def _pipelines():
    out = []
    for p in (Pipeline.default(options={"settled_texts": 0}), Pipeline.default(), Pipeline.from_profile("aggressive")):
        for _ in range(2):  # (what the steps settle on a first and a second sight)
            for s in SENTENCES:
                p(s)
        out.append(p)
    return out


PIPELINES = _pipelines()
CHUNKS = sorted({c for s in SENTENCES for c in s.split()})


def _check(text: str) -> int:
    """How many of the pipelines' steps pass ``text``; assert each of those leaves it alone, and that the
    pipeline's combined test passes it only when cleaning changes nothing."""
    passed = 0
    for p in PIPELINES:
        ctx = p.context()
        for step in p.steps:
            if step.untouched(ctx)(text):
                passed += 1
                assert step.func(text, ctx) is NO_EDITS, (step.name, text)
        if untouched_test(p.steps, ctx)(text):
            assert p.explain(text).text == text, text  # (explain calls every step)
    return passed


def test_every_step_has_a_test_in_the_built_in_profiles():
    for p in PIPELINES:
        assert untouched_test(p.steps, p.context()) is not None


def test_the_sentences_met_before_pass_where_nothing_is_to_be_done():
    combined = 0
    for s in SENTENCES:
        _check(s)
        p = PIPELINES[0]
        if untouched_test(p.steps, p.context())(s):
            combined += 1
            assert p(s) == s
    assert combined >= 8  # not vacuous: the clean sentences are settled
    p = PIPELINES[0]
    test = untouched_test(p.steps, p.context())
    doc = "\n".join(s for s in SENTENCES if test(s))
    assert test(doc) and p(doc) == doc  # a document of settled lines passes as they do
    assert not test(doc + "\nОлар бірбірін жақсы таниды.")
    for s in ["Олар бірбірін жақсы таниды.", "Ол келди де, кетти де.", "тәтті ма деп сұрады.",
              "Ағаш үйдің қасында көп көп гүл өсіп тұр."]:
        p = PIPELINES[0]
        assert not untouched_test(p.steps, p.context())(s)  # each has a repair to make


def test_recombined_chunks_pass_only_where_each_step_leaves_them_alone():
    rnd = random.Random(5)
    passed = total = 0
    for _ in range(3000):
        words = [rnd.choice(CHUNKS) for _ in range(rnd.randint(1, 9))]
        text = words[0] + "".join(rnd.choice(SEPARATORS) + w for w in words[1:])
        passed += _check(text)
        total += sum(len(p.steps) for p in PIPELINES)
    assert total * 0.3 < passed < total  # not vacuous: many steps pass many texts, and not all


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CHUNKS), min_size=1, max_size=8),
       st.lists(st.sampled_from(SEPARATORS + ["\n", "?", "»", "1", "ма"]), min_size=8, max_size=8))
def test_hypothesis_texts_it_passes_are_left_alone(words, seps):
    _check("".join(w + s for w, s in zip(words, seps)).strip())
