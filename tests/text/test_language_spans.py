"""Stretches of a Kazakh line in another language (text/language.py line_spans): a Russian quotation or clause
inside a Kazakh sentence comes back as written while the Kazakh words around it are still cleaned.  Our own
sentences."""
import pytest

import kaznorm
from kaznorm.lexicon import default_lexicon
from kaznorm.text.language import line_language, line_spans

# (line, the stretch that must come back exactly, a Kazakh fix around it that must still be made)
MIXED = [
    ("Ол маган: «Как дела, так и будет» деп айтты, бирак биз сенбедик.", "Как дела, так и будет", "бірақ біз"),
    ("Мұғалім маган: как дела, так и будет – деп айтты.", "как дела, так и будет", "маған"),
    ("Бугин кала оте жаксы болды, ал ол так и не пришёл домой вчера вечером.",
     "так и не пришёл домой вчера вечером", "Бүгін қала өте жақсы"),
    ("Ол: «Мы придём завтра - если погода позволит» деді, бирак келмеди.", "Мы придём завтра - если погода позволит",
     "бірақ"),
    ("Темір жол (рус. железная дорога) салынды, бирак пойыз жок.", "рус. железная дорога", "бірақ"),
    ('Ол "I will come back tomorrow - maybe" деп жазды, бирак келмеди.', "I will come back tomorrow - maybe", "бірақ"),
    ("Газет жазды: «Вчера Нұрсұлтан Назарбаев встретился с министрами», бірақ ол маган айтпады.",
     "Вчера Нұрсұлтан Назарбаев встретился с министрами", "ол маған"),
]


@pytest.mark.parametrize("line,kept,fixed", MIXED, ids=range(len(MIXED)))
def test_a_russian_or_english_stretch_of_a_kazakh_line_is_left_as_written(line, kept, fixed):
    lex = default_lexicon()
    assert line_language(line, lex) == "kk"
    assert kept in [line[s:e] for s, e, _ in line_spans(line, lex)]
    for profile in ("default", "aggressive"):
        out = kaznorm.clean(line, profile=profile)
        assert kept in out, profile
        assert fixed in out, profile
        assert kaznorm.clean(out, profile=profile) == out  # and a second run changes nothing


def test_typography_inside_the_stretch_is_its_own_and_outside_it_kazakh():
    line = "Ол: «Мы придём завтра - если погода позволит» деді.."
    out = kaznorm.clean(line)
    assert "завтра - если" in out  # Russian typography inside
    assert out.endswith("деді.")  # the Kazakh sentence's own dots outside
    kazakh = "Ол: «Біз ертең келеміз - егер ауа райы жақсы болса» деді."
    assert "келеміз – егер" in kaznorm.clean(kazakh)  # the same dash in a Kazakh quotation is Kazakh's


# a single Russian-looking word (or two) in a Kazakh line is most often a Kazakh word typed on a Russian layout:
# no stretch, and the keyboard step restores it
KAZAKH_NOT_A_SPAN = [
    ("Жаксы магазин маган отте катты унайды", "Жақсы магазин маған"),
    ("Ол маган «так» деди.", "тақ"),
    ("Бул кала оте жаксы екен", "Бұл қала өте жақсы"),
    ("Мен бугин мектепке бардым", "бүгін"),
]


@pytest.mark.parametrize("line,fixed", KAZAKH_NOT_A_SPAN, ids=range(len(KAZAKH_NOT_A_SPAN)))
def test_kazakh_typed_on_a_russian_layout_is_no_stretch_and_is_restored(line, fixed):
    lex = default_lexicon()
    assert line_language(line, lex) == "kk"
    assert [x for x in line_spans(line, lex) if x[2] == "ru"] == []
    assert fixed in kaznorm.clean(line)


# Russian lines that name Kazakh people and places (Kazakh letters in names only) are still Russian
RUSSIAN_WITH_KAZAKH_NAMES = [
    "Вчера Нұрсұлтан Назарбаев встретился с министрами в Астане.",
    "В Қарағанды открылся новый торговый центр - прямо у вокзала.",
    "Ерлан Қожабеков сказал, что поедет в Шымкент на следующей неделе..",
]


@pytest.mark.parametrize("line", RUSSIAN_WITH_KAZAKH_NAMES, ids=range(len(RUSSIAN_WITH_KAZAKH_NAMES)))
def test_a_russian_line_with_a_kazakh_name_is_russian(line):
    assert line_language(line, default_lexicon()) == "ru"
    for profile in ("default", "aggressive"):
        assert kaznorm.clean(line, profile=profile) == line


def test_a_capitalised_kazakh_word_that_is_no_name_is_kazakh():
    lex = default_lexicon()
    for line in ("Жақсы ресторан.", "Өкінішке орай", "Шайдың сапасы оригинал!"):
        assert line_language(line, lex) == "kk", line


def test_spans_are_disjoint_sorted_and_in_the_line():
    lex = default_lexicon()
    line = "Ол: «Как дела, так и будет» деді, ал сосын (рус. железная дорога) және «New York Times» деп жазды."
    spans = line_spans(line, lex)
    assert [line[s:e] for s, e, _ in spans] == ["Как дела, так и будет", "рус. железная дорога", "New York Times"]
    assert [lang for _, _, lang in spans] == ["ru", "ru", "other"]
    assert all(a[1] < b[0] for a, b in zip(spans, spans[1:]))


def test_without_a_lexicon_only_latin_stretches_are_told_apart():
    assert line_spans("Ол: «Как дела, так и будет» деді.", None) == ()
    line = "Ол «I will come back» деді."
    assert [line[s:e] for s, e, _ in line_spans(line, None)] == ["I will come back"]


def test_long_lines_stay_linear():
    import time

    def spans_time(n):
        line = ("қала " + "так и будет " * 3 + ": " + "«а» " * 3) * n
        t = time.perf_counter()
        line_spans(line, default_lexicon())
        line_language(line, default_lexicon())
        return time.perf_counter() - t

    spans_time(10)
    small, big = min(spans_time(500) for _ in range(2)), min(spans_time(2000) for _ in range(2))
    assert big < 12 * small + 0.05  # four times the text, not sixteen times the time
