"""The punctuation step: doubled stops, quotes, dashes, glued quotes."""
import kaznorm
import pytest
from hypothesis import given, strategies as st

from kaznorm import Pipeline

STEP = Pipeline(["punctuation"])
FREE = Pipeline(["punctuation", "spacing", "suffix_hyphen"])

CHANGED = [
    ("Әдебиеттер..", "Әдебиеттер."),
    ("толды..1991 жылы", "толды.1991 жылы"),  # the space after it is the spacing step's
    ("[1]..Қазақстан", "[1].Қазақстан"),
    ("5,5%..", "5,5%."),
    ("Ол келді....", "Ол келді..."),
    ("Солай ма?...", "Солай ма?.."),
    ("Әттең!... Кеш қалдық", "Әттең!.. Кеш қалдық"),
    # straight quotes, paired by position
    ('"Тойота Мотор Корпорейшн" Қостанайда', "«Тойота Мотор Корпорейшн» Қостанайда"),
    ('Ол "Абай жолы" романын оқыды.', "Ол «Абай жолы» романын оқыды."),
    ('"Бір", "екі" және "үш".', "«Бір», «екі» және «үш»."),
    ('Ол: "Мен "Абай жолын" оқыдым" деді.', "Ол: «Мен „Абай жолын“ оқыдым» деді."),
    ('("Алтын")', "(«Алтын»)"),
    ('ЖШС"Алатау" серіктестігі', "ЖШС «Алатау» серіктестігі"),
    ('"Тошибамен"бірігіп', "«Тошибамен» бірігіп"),
    ('бір "екі"\nүш "төрт"', "бір «екі»\nүш «төрт»"),
    # dashes between words
    ("Сөз - іс", "Сөз – іс"),
    ("Абай — ақын - ойшыл", "Абай — ақын — ойшыл"),  # a spaced hyphen takes the dash the line already uses
    ("Абай – ақын - ойшыл", "Абай – ақын – ойшыл"),
    ("Ол -- ақын", "Ол – ақын"),
    ("1990 - 1995 жылдары", "1990 – 1995 жылдары"),
    ("деді, - деп", "деді, – деп"),
    ("Сөз  -  іс", "Сөз  –  іс"),
    # straight quotes wrapped around a « » span are dropped, not doubled
    ('тәрізді "«Ескендір», «Масғұт»" туындылар', "тәрізді «Ескендір», «Масғұт» туындылар"),
    # glued guillemets
    ("«Тошибамен»бірігіп", "«Тошибамен» бірігіп"),
    ("деген«Алтын»", "деген «Алтын»"),
    # marks typed twice: one comma; a comma and a full stop: the comma before a lower-case word, else the stop
    ("сапасы,, жақсы", "сапасы, жақсы"),
    ("сапасы жақсы,.", "сапасы жақсы."),
    ("сапасы жақсы,. Рахмет", "сапасы жақсы. Рахмет"),
    ("басым аурады., #хэштег", "басым аурады. #хэштег"),
    ("ол келді., бірақ кешікті", "ол келді, бірақ кешікті"),  # a finite verb: no abbreviation
]

UNCHANGED = [
    "Ол келді...",
    "Ол келді…",
    "Мазмұны..........5",
    "Не?.. Солай ма?!",
    "cd ../kaznorm",
    "1..10 аралығы",
    "..бастап",
    "ата-ана, 4-5 күн, EXPO-2017, -5 градус, COVID-19",
    "- бірінші пункт",
    "— Сәлем, – деді ол.",
    "Ол – ақын.",
    "Қазақ тілі — мемлекеттік тіл",  # an em dash is correct Kazakh typography: kept
    'He said "no" - and left.',  # a line with no Cyrillic letter keeps its own typography
    "Экран 15\" дюйм",
    'Бір "екі',
    '"Бір "екі" үш',
    "«Тошибамен» бірігіп",
    "«Сумитомо корпорейшн»мен",
    "«EXPO-2017»",
    "Н.Ә.Назарбаевтың 2013 жылы",
    "кітаптар, т.б., т.с.с., 5 млн., обл., мыс., халықар.,",  # an abbreviation's full stop and the clause's comma
    "жақсы., бірақ",  # a word that may be an abbreviation (no finite verb): left
    "жақсы,... ал", "1,,5 және 2.,3", "жақсы,.,", "Супер,,, бәрі",  # an ellipsis, numbers, three marks
    "Ну да,, хорошо",  # a Russian line keeps its typography
    "",
]


@pytest.mark.parametrize("src,want", CHANGED)
def test_repairs(src, want):
    assert STEP(src) == want


@pytest.mark.parametrize("src", UNCHANGED)
def test_keeps(src):
    assert STEP(src) == src


@pytest.mark.parametrize("src,want", [
    ("толды..1991 жылы", "толды. 1991 жылы"),
    ("көрсетті..Одан бері", "көрсетті. Одан бері"),
    ("сөз .. Келесі", "сөз. Келесі"),
    ('бір " екі " үш', 'бір " екі " үш'),
    ('Ол "  Абай  " деді', 'Ол " Абай " деді'),  # spaces inside both quotes: unsure, left alone
    ("« Тойота »бірігіп", "«Тойота» бірігіп"),
])
def test_with_spacing(src, want):
    assert FREE(src) == want


TOKENS = ["жетті", "Әлі", "әлі", "мен", "200", "ден", "Toyota", ".", "..", "...", "....", "…", ",", ":", "?", "!",
          " ", "  ", "\u00a0", "\n", '"', "«", "»", "„", "“", "(", ")", "[", "]", "-", "--", "–", "—", " - ", "/", "\\",
          "%", "1", "т.б.", "'"]
texts = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)


def _alnum(s):
    return [c for c in s if c.isalnum()]


# (never raises on any str, idempotent, line count, replay: tests/contract/test_every_step.py)


@given(texts)
def test_properties(s):
    out = STEP(s)
    assert STEP(out) == out
    assert out.count("\n") == s.count("\n")
    assert _alnum(out) == _alnum(s)
    for line_in, line_out in zip(s.split("\n"), out.split("\n")):
        # a line's quotes convert all together or not at all (quotes are paired line by line)
        assert line_out.count('"') in (0, line_in.count('"'))
    once = FREE(s)
    assert FREE(once) == once


def test_adversarial_long_inputs_complete():
    assert STEP("." * 100_000) == "." * 100_000
    assert STEP(".." + "а" * 1_000_000).startswith("..")
    dashes = "сөз - " * 150_000
    assert STEP(dashes).count("–") == 150_000 - 1  # the last one has no word after it
    quotes = '"' * 100_001
    assert STEP(quotes) == quotes  # odd count: left alone
    assert STEP(" " * 1_000_000 + "-") == " " * 1_000_000 + "-"


def test_nothing_changed_inside_a_url():
    assert STEP('Сайт "http://x.kz" деді') == "Сайт «http://x.kz» деді"
    assert STEP("http://a.kz/x..y") == "http://a.kz/x..y"  # no doubled full stop fixed inside
    assert STEP("мына:www.x.kz/a..b.") == "мына:www.x.kz/a..b."
    # a URL ends before a quote (no URL holds one): what follows it is text, the same on a second run
    assert STEP('http://k"д.."') == "http://k «д.»"
    assert STEP('"http://"Қ»г') == "«http://» Қ» г"
    assert STEP('сайт"Қазақ"') == "сайт «Қазақ»"


def test_one_setting_the_language_of_a_line():
    from kaznorm.steps.punctuation import Config

    assert Pipeline.default().config("punctuation") == Config(ask_lexicon=True)
    assert Pipeline.from_profile("chars").config("punctuation") == Config(ask_lexicon=False)
    with pytest.raises(ValueError, match="ask_lexicon"):
        STEP.with_config("punctuation", depth=3)


@pytest.mark.parametrize("line", [
    'Он сказал: "Мы придём завтра" - и ушёл..',  # Russian (my own sentence): quotes, dash and dots as written
    'She said "we will come" - and left..',  # English
])
def test_lines_in_other_languages_keep_their_typography(line):
    assert kaznorm.clean(line, only=["punctuation"]) == line


def test_without_a_lexicon_only_other_scripts_are_told_apart():
    # the chars profile loads no lexicon: a Russian line cannot be told from Kazakh typed without its letters
    assert kaznorm.clean('Он сказал: "да"', profile="chars") == "Он сказал: «да»"
    assert kaznorm.clean('He said: "yes"', profile="chars") == 'He said: "yes"'


def test_a_full_stop_and_comma_need_the_lexicon():
    # without a lexicon (chars) a word before ".," may be an abbreviation: only ",," and ",." are repaired
    assert kaznorm.clean("ол келді., бірақ", profile="chars") == "ол келді., бірақ"
    assert kaznorm.clean("сапасы,, жақсы,.", profile="chars") == "сапасы, жақсы."


def test_dash_regex_compiled_on_first_need_is_kept():
    from kaznorm.steps.punctuation import dash_rx

    assert dash_rx() is dash_rx()
    assert [m.lastgroup for m in dash_rx().finditer("сөз - сөз.. «сөз»сөз")] == ["dash", "dots", "gq"]
