"""The contract every registered step keeps, run alone (shipped lexicon; default and aggressive profiles).

* it never raises on any ``str``;
* ``explain(text).text == clean(text)``, and replaying the recorded changes on the input rebuilds it;
* it is idempotent: cleaning its own output changes nothing;
* it keeps the line count: no change adds or removes a ``"\\n"``, except ``linebreak_hyphen``'s
  changes whose note says the lines were rejoined;
* every change names the step and its span in the input, and the offset map sends every position of
  the output back into the input (monotone, ends to ends, unchanged stretches to equal characters);
* a step registered with ``quiet_lines`` returns ``NO_EDITS`` only when it leaves nothing out for another
  language, and again on the same text; a pipeline that met a text before cleans and explains it the same.

Step-specific properties (only spaces change, one letter for one letter...) stay in
``tests/steps/test_<step>.py``, next to the step's tables of cases.
"""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kaznorm.core.edits import NO_EDITS
from kaznorm.core.pipeline import Pipeline
from kaznorm.core.registry import get_step, step_names

from noisy_characters import NOISY as NOISY_CHARACTERS, WORDISH

STEPS = step_names()
# each step runs with its settings (Config) in these profiles
OPTIONS = ("default", "aggressive")
_PIPELINES = {}


def _pipeline(name: str, options: str) -> Pipeline:
    key = (name, options)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline([name], profile=options)
    return _PIPELINES[key]


# pieces of text the steps act on: punctuation and space runs, numbers and suffixes, abbreviations,
# URLs, words broken at a line end, glued words and particles, Russian-layout and misspelt words
PIECES = [
    " ", "  ", "\u00a0", "\u2009", "\t", "\n", "\r\n", "-\n", "- ", "\u00ad\n", ".", "..", "...", "....", "…",
    ",", ";", ":", "!", "?", '"', "«", "»", "„", "“", "(", ")", "[", "]", "-", "--", "–", "—", " - ", "/", "%",
    "1", "5", "200", "4,4", "10:30", "т.б.", "Н.", "Ә.", "ж.", "http://x.kz/a?b=Ақ", "info@a.kz", "www.x.kz",
    "жетті", "Әлі", "әлі", "мен", "ден", "дан", "тың", "ға", "ші", "шы", "да", "де", "ма", "ме", "ғой",
    "АҚШ", "EXPO", "Toyota", "Corporation", "XX", "Cәлем", "бiр", "əке", "Ќазаќстан",
    "жылы", "кітап", "мемлекет", "қала", "бала", "прези", "дент", "ата", "ана", "Қазақстан", "Жапония",
    "Қазақстанмен", "мемлекетке", "кітаптарда", "баласыда", "ол", "бұл", "сен", "келді", "болмаима", "боласда",
    "экономиканын", "битимгершилик", "маган", "бул", "кала", "оте", "Жапоня", "мемлекеттік", "арасындағы",
]
NOISY = st.one_of(
    NOISY_CHARACTERS,  # invisible and control characters, odd spaces, look-alike and variant letters...
    WORDISH,  # KZ-font / PTCP154 letters, mojibake pieces
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
)


def check_contract(name: str, options: str, text: str) -> None:
    p = _pipeline(name, options)
    r = p.explain(text)
    out = p(text)
    assert isinstance(out, str)
    assert r.text == out, "explain().text == clean()"
    assert r.replay() == out, "replay"
    assert p(out) == out, "idempotent"
    # line count: only linebreak_hyphen may remove a newline, and its change says so
    joined = 0
    for c in r.changes:
        assert c.step == name
        assert 0 <= c.start <= c.end <= len(text) and text[c.start:c.end] == c.original
        lost = c.original.count("\n") - c.replacement.count("\n")
        if lost and name == "linebreak_hyphen" and "lines rejoined" in c.note:
            joined += lost
        else:
            assert lost == 0, f"line count changed by {c}"
    assert out.count("\n") == text.count("\n") - joined, "line count"
    # offsets: monotone, the ends to the ends (the output's start may map past a deletion at the input's
    # start), and outside the changed regions each output character is the input character it maps back to
    assert r.to_original(len(out)) == len(text)
    assert r.to_clean(0) == 0 and r.to_clean(len(text)) == len(out)
    changed = [False] * len(out)
    for _o0, _o1, c0, c1 in r.offsets.regions():
        changed[c0:c1] = [True] * (c1 - c0)
    prev = 0
    for i in range(len(out) + 1):
        o = r.to_original(i)
        assert prev <= o <= len(text)
        if i < len(out) and not changed[i]:
            assert out[i] == text[o]
        prev = o
    prev = 0
    for j in range(len(text) + 1):
        k = r.to_clean(j)
        assert prev <= k <= len(out)
        prev = k
    step = get_step(name)
    if step.quiet_lines:  # NO_EDITS lets the pipeline skip the step on this text from now on
        skipped: list = []
        got = step.func(text, p.context().recording(skipped))
        if got is NO_EDITS:  # (a step it consults may leave something out: not its own)
            assert not [k for k in skipped if k[0] == name] and not r.skipped and out == text, "NO_EDITS"
            assert step.func(text, p.context()) is NO_EDITS, "NO_EDITS again on the same text"


def test_every_built_in_step_is_registered():
    assert len(STEPS) == len(set(STEPS)) >= 12


@pytest.mark.parametrize("name", STEPS)
@given(text=st.text())
def test_contract_on_any_str(name, text):
    check_contract(name, "default", text)


@pytest.mark.parametrize("options", list(OPTIONS))
@pytest.mark.parametrize("name", STEPS)
@given(text=NOISY)
def test_contract_on_noisy_text(name, options, text):
    check_contract(name, options, text)



_WHOLE = {}


@pytest.mark.parametrize("options", list(OPTIONS))
@given(text=NOISY)
def test_a_text_met_again_cleans_the_same(options, text):
    # the first run of the whole pipeline on a text remembers what its steps settled; the next ones skip them
    p = _WHOLE.setdefault(options, Pipeline.from_profile(options))
    first, once = p.explain(text), p(text)
    again, twice = p.explain(text), p(text)
    assert first.text == once == again.text == twice
    assert first.changes == again.changes and first.skipped == again.skipped
