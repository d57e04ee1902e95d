"""Lines in another language are left alone by the word steps (text/language.py)."""
import pytest

import kaznorm
from kaznorm.lexicon import default_lexicon
from kaznorm.text.language import line_language

RUSSIAN = [  # our own sentences: the words the Kazakh keyboard and typo steps used to "restore"
    "Так как погода была плохой, мы остались дома и читали книги.",
    "Он вышел из дома, как только закончился дождь.",
    "Это было так давно, что никто уже не помнит, как всё началось.",
    "Из-за пробок на дорогах мы опоздали на встречу с коллегами.",
]
KAZAKH_TYPED_ON_A_RUSSIAN_LAYOUT = [
    "Бул кала оте жаксы екен",
    "Мен бугин мектепке бардым",
]


@pytest.mark.parametrize("line", RUSSIAN)
def test_russian_lines_come_back_unchanged_in_words(line):
    lex = default_lexicon()
    assert line_language(line, lex) == "ru"
    for profile in ("default", "aggressive"):
        out = kaznorm.clean(line, profile=profile, skip=["punctuation", "spacing"])
        assert out == line


@pytest.mark.parametrize("line", KAZAKH_TYPED_ON_A_RUSSIAN_LAYOUT)
def test_kazakh_typed_without_kazakh_letters_is_still_kazakh(line):
    assert line_language(line, default_lexicon()) == "kk"
    assert kaznorm.clean(line) != line  # the keyboard step still puts the letters back


def test_line_kinds():
    lex = default_lexicon()
    assert line_language("Қазақ тілі", lex) == "kk"
    assert line_language("He said no.", lex) == "other"
    assert line_language("12 345 — 678", lex) == "none"
    assert line_language("Алматы Астана", lex) == "kk"  # names only: no language evidence, not held back


def test_a_russian_line_inside_a_kazakh_text_is_left_alone():
    text = "Бул кала оте жаксы екен\nТак как погода была плохой, мы остались дома."
    out = kaznorm.clean(text).splitlines()
    assert out[0] != "Бул кала оте жаксы екен"
    assert out[1] == "Так как погода была плохой, мы остались дома."


# whole lines in other languages come back exactly as written: words, quotes, dashes, dots and spaces (our own
# sentences); only language-neutral character repairs (mojibake, invisible characters, look-alikes inside a
# word) may touch them, and these have none
OTHER_LANGUAGES = [
    'Он сказал: "Мы приедем завтра" - и ушёл..',  # Russian
    "Вчера  в городе прошёл сильный дождь , и улицы затопило.",  # Russian, odd spacing kept
    'She said "we will come tomorrow" - and left..',  # English
    "The new bridge opens next week ,  the mayor said.",
    "Yarın sabah erkenden İstanbul'a gideceğiz - hava güzel olursa.",  # Turkish
    "Ertaga ertalab biz bozorga boramiz, keyin uyga qaytamiz.",  # Uzbek (Latin)
    "Эртага эрталаб биз бозорга борамиз, кейин уйга қайтамиз.",  # Uzbek (Cyrillic: қ is no Kazakh evidence here)
    "Бугун ҳаво жуда яхши , биз боғга борамиз.",  # Uzbek: ҳ is not Kazakh
    "Ёшлар учун янги иш ўринлари яратилади - деди вазир.",  # Uzbek: ў
    "Болалар мактабга кетишди, онаси уйда қолди.",  # Uzbek: қ, words Kazakh does not have
]


@pytest.mark.parametrize("line", OTHER_LANGUAGES)
def test_lines_in_other_languages_come_back_as_written(line):
    for profile in ("default", "aggressive"):
        assert kaznorm.clean(line, profile=profile) == line


def test_uzbek_cyrillic_is_another_language():
    lex = default_lexicon()
    for line in OTHER_LANGUAGES[-4:]:
        assert line_language(line, lex) == "other", line
    assert line_language("Бугун ҳаво жуда яхши", None) == "other"  # ў and ҳ need no lexicon


# Kazakh lines whose only Kazakh letters are the қ and ғ Uzbek shares stay Kazakh (their words are Kazakh)
ONLY_Q_AND_GH = [
    "Ол бала жақсы оқиды.",
    "Сондықтан олар жақын арада басқа қалаға барады.",
    "Тамактары мулдем унаган жоқ",  # typed on a Russian layout but for one letter: still restored
]


@pytest.mark.parametrize("line", ONLY_Q_AND_GH)
def test_kazakh_lines_with_only_q_and_gh_are_kazakh(line):
    assert line_language(line, default_lexicon()) == "kk"


def test_a_kazakh_line_with_one_q_typed_is_still_restored():
    assert kaznorm.clean(ONLY_Q_AND_GH[-1]) == "Тамақтары мүлдем ұнаған жоқ"


def _russian_words():
    from kaznorm.lexicon.data import load_russian_evidence
    lex = default_lexicon()
    words = sorted(w for w in (load_russian_evidence() or ()) if len(w) >= 2 and w.isalpha()
                   and line_language(w, lex) == "ru")
    assert len(words) > 1000
    return words


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_russian_words()), min_size=2, max_size=12), st.booleans())
def test_any_sentence_of_russian_words_is_left_alone_by_the_word_steps(words, capital):
    line = " ".join(words) + "."
    if capital:
        line = line[0].upper() + line[1:]
    assert kaznorm.clean(line, only=["keyboard", "typo", "segment", "particle", "variants", "suffix_hyphen"]) == line


def test_variants_and_suffix_hyphen_leave_russian_lines_alone():
    # the curated variant table and the number + suffix hyphen are Kazakh spelling: a Russian line keeps both
    ru = "Он живёт в Санк Петербург с 2007ден года и очень рад этому."
    assert kaznorm.clean(ru) == ru
    skipped = {s.step for s in kaznorm.explain(ru).skipped}
    assert {"variants", "suffix_hyphen"} <= skipped
    assert kaznorm.clean("Ол Санк Петербург қаласында 2007ден бері тұрады.") == \
        "Ол Санкт-Петербург қаласында 2007-ден бері тұрады."


# our own review-style lines: one Russian loan beside a Kazakh word typed without Kazakh letters
HALF_RUSSIAN_LOANS = [
    ("Жаксы телефон.", "Жақсы телефон."),  # the capitalised first word is the sentence's, typed on a Russian layout
    ("Рахмет официант кыздарга", "Рахмет официант қыздарға"),
    ("Сапасы оригинал екен", None),  # a counted Kazakh word (екен) against one Russian one: Kazakh
]


@pytest.mark.parametrize("line,cleaned", HALF_RUSSIAN_LOANS)
def test_kazakh_words_outweigh_one_russian_loan(line, cleaned):
    assert line_language(line, default_lexicon()) == "kk"
    if cleaned is not None:
        assert kaznorm.clean(line) == cleaned


@pytest.mark.parametrize("line", ["Вот так.", "Так и быть.", "Москва большой город.", "Да, конечно."])
def test_short_russian_lines_stay_russian(line):
    # a capitalised Russian first word is no Kazakh evidence, a two-letter word (да, не) none either way
    assert line_language(line, default_lexicon()) == "ru"
    assert kaznorm.clean(line) == line


def test_kazakh_evidence():
    from kaznorm.text.language import kazakh_evidence
    lex = default_lexicon()
    from kaznorm.lexicon.queries import frequent_keys
    common = frequent_keys(lex, "skeleton", 20)
    assert kazakh_evidence("екен", lex, common)  # counted, no common Russian word
    assert kazakh_evidence("жаксы", lex, common)  # жақсы typed on a Russian layout
    assert not kazakh_evidence("очень", lex, common)  # Russian
    assert not kazakh_evidence("не", lex, common)  # two letters: both languages
