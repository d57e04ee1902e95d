"""The typo step's "Russian layout + one slip" path (kaznorm.steps.typo_layout): a word typed without Kazakh letters
that also drops, adds, swaps or mistypes one letter.  Our own words and made-up counts, in a small lexicon."""
import pytest

from kaznorm.core.pipeline import Pipeline
from kaznorm.lexicon import Lexicon
from kaznorm.steps.typo_layout import skeleton_edits

COUNTS = {
    "сияқты": 300, "барлығы": 200, "бөлігі": 110, "қолданып": 80, "жұмысы": 40, "әңгіме": 40, "өте": 3000,
    "жақсы": 2000, "деп": 1200, "ол": 3000, "біз": 500, "кітап": 400, "келді": 600,
    "сұрақ": 300,  # сурок: a Russian word (see RUSSIAN) one edit from its skeleton
    "қаласы": 60, "қашасы": 0,  # кашасы: the Russian layout alone explains it (a known form, never counted)
    "тиімді": 100, "тойымды": 2,  # тоиымды: one similar-letter slip from a counted form
    "орыс": 90,  # өгіс: typed with Kazakh letters that орыс has not
    "күннен": 42, "құнын": 8,  # кунен: no clear winner
    "тәуелді": 12,  # тауеоди: the winner is counted too rarely
}
RUSSIAN = ["сурок"]


@pytest.fixture(scope="module")
def lex():
    return Lexicon.from_words(COUNTS, russian=RUSSIAN)


def run(lex, text, aggressive=False):
    return Pipeline(["typo"], lexicon=lex, profile="aggressive" if aggressive else "default")(text)


FIXES = [
    ("ол сиакты деп", "ол сияқты деп"),  # и for я (similar letters), к for қ
    ("жақсы брлыгы деп", "жақсы барлығы деп"),  # а dropped; г for ғ
    ("біз ангме деп", "біз әңгіме деп"),  # і dropped; а for ә, н for ң
    ("өте жумвсы деп", "өте жұмысы деп"),  # в for ы (a neighbouring key); у for ұ
    ("біз колдынып келді", "біз қолданып келді"),  # ы for а; к for қ
]


@pytest.mark.parametrize("text, want", FIXES)
def test_a_word_typed_on_a_russian_layout_with_one_slip_is_corrected(lex, text, want):
    assert run(lex, text) == want
    assert run(lex, text, aggressive=True) == want


KEEPS = [
    "біз сурок деп",  # a Russian word
    "ол Брлыгы деп",  # a capitalised word inside a sentence: a name
    "Ангме келді",  # a capitalised first word: a name or a brand as often
    "біз кашасы деп",  # the Russian layout alone explains it (қашасы), and the keyboard step declined it
    "ол өгіс деп",  # the writer typed Kazakh letters орыс has not
    "ол кунен деп",  # күннен and құнын both within reach: no clear winner
    "ол тауеоди деп",  # тәуелді is counted too rarely
    "ол б2рлыгы деп",  # digits
]


@pytest.mark.parametrize("text", KEEPS)
def test_russian_words_names_and_unclear_cases_stay(lex, text):
    assert run(lex, text) == text


def test_a_word_one_slip_from_a_counted_form_is_left_to_the_one_slip_path(lex):
    # (тойымды, one similar-letter slip away, is that path's only candidate here; never тиімді, two edits away)
    assert run(lex, "өте тоиымды деп") == "өте тойымды деп"


def test_the_note_names_the_path(lex):
    ch = Pipeline(["typo"], lexicon=lex).explain("ол сиакты деп").changes
    assert len(ch) == 1 and "typed on a Russian layout with one slip" in ch[0].note
    assert ch[0].confidence >= 0.9


def test_skeleton_edits_keep_the_first_and_last_letter():
    got = skeleton_edits("бакит", "абикту")
    assert "бкит" in got and "бакти" not in got and "акит" not in got and "бакии" not in got
    assert "баакит" in got and "бабкит" in got and "бакит" not in got
    assert all(e[0] == "б" and e[-1] == "т" for e in got)
