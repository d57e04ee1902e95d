"""The spacing step: tables of repairs and of text that must stay, plus properties."""
import re

import kaznorm
import pytest
from hypothesis import given, strategies as st

from kaznorm import Pipeline

STEP = Pipeline(["spacing"])
# the lexicon-free steps in pipeline order (punctuation runs before spacing)
FREE = Pipeline(["punctuation", "spacing", "suffix_hyphen"])

CHANGED = [
    # runs of spaces, mixed spaces, trailing spaces
    ("Бұл  кітап", "Бұл кітап"),
    ("Бұл    жақсы   кітап", "Бұл жақсы кітап"),
    ("үшін\u00a0\u00a0\u00a0 де маңызды", "үшін де маңызды"),
    ("Бунмэй \u00a0Ибукимен \u00a0кездесіп", "Бунмэй Ибукимен кездесіп"),
    ("жапон\u00a0 – \u00a0қазақстан", "жапон – қазақстан"),
    ("Сәлем   \nәлем  ", "Сәлем\nәлем"),
    ("Сәлем \r\nәлем", "Сәлем\r\nәлем"),
    ("   \nмәтін", "\nмәтін"),
    # no space before closing punctuation, none after opening
    ("Ол келді , бірақ кетті .", "Ол келді, бірақ кетті."),
    ("Неге келмедің ? Біз күттік !", "Неге келмедің? Біз күттік!"),
    ("Мысалы : алма", "Мысалы: алма"),
    ("( бірінші )", "(бірінші)"),
    ("« Абай жолы »", "«Абай жолы»"),
    ("4 ,4 млрд", "4,4 млрд"),
    ("т .б.", "т.б."),
    ("айтты ...", "айтты..."),
    # one space after glued sentence punctuation
    ("жетті.Әлі", "жетті. Әлі"),
    ("толды.1991 жылы", "толды. 1991 жылы"),
    ("[1].Қазақстан", "[1]. Қазақстан"),
    ("(2010).Кейін", "(2010). Кейін"),
    ("млрд.теңге", "млрд. теңге"),
    ("т.б.және", "т.б. және"),
    ("т.с.с.басқа", "т.с.с. басқа"),
    ("т.б.Жер асты", "т.б. Жер асты"),
    ("1991 ж.Қазан", "1991 ж. Қазан"),
    ("б.з.б.2 ғасыр", "б.з.б. 2 ғасыр"),
    ("ЖШК.«DALA MINING»", "ЖШК. «DALA MINING»"),
    ("алма,алмұрт", "алма, алмұрт"),
    ("жылы,1991", "жылы, 1991"),
    ("Иә;жоқ", "Иә; жоқ"),
    ("Мысалы:алма", "Мысалы: алма"),
    ("дәрежесі:60 кг", "дәрежесі: 60 кг"),
    ("Келдің бе?Иә!Рахмет", "Келдің бе? Иә! Рахмет"),
    ("деді...Бірақ", "деді... Бірақ"),
    ("деді…Бірақ", "деді… Бірақ"),
    ("1.Кіріспе", "1. Кіріспе"),
    ("жетті.Toyota", "жетті. Toyota"),
    # a stray space before a mark that is itself glued to the next word
    ("жетті .Әлі", "жетті. Әлі"),
    # the comma after an address is outside it
    ("info@example.kz,келесі", "info@example.kz, келесі"),
]

UNCHANGED = [
    "Н.Ә.Назарбаевтың сапары",
    "А.Исекешов басқарды",
    "Ю.\nХатояма мырза",
    "4,4 млрд. АҚШ доллары",
    "3.14 саны, 1.2.3-бөлім, 1,5 литр",
    "Сағат 10:30-да басталды",
    "kaznorm.kz сайты, есеп.pdf файлы, Kaznorm.KZ",
    "https://kk.wikipedia.org/wiki/Қазақстан?x=Ақ,Жоқ сілтемесі",
    "Хат: info@example.kz, kaznorm@mail.kz",
    "президент.қаз сайты",
    "COKEY SYSTEMS CO.\nLtd арасында",
    "    Шегініс сақталады.",
    "\tТаб\tсақталады.",
    "деді ...және",
    "«...және",
    "Бұл :) жақсы",
    "Рахмет )))",
    "Рахмет ) келесі жолы",
    "Не?.. Солай ма?!",
    "x,y және a.b",
    "сөз. . сөз",
    "1 000 теңге",
    "",
    "\n\n",
    "Бір.\nЕкі.",
]


@pytest.mark.parametrize("src,want", CHANGED)
def test_repairs(src, want):
    assert STEP(src) == want


@pytest.mark.parametrize("src", UNCHANGED)
def test_keeps(src):
    assert STEP(src) == src


def test_explain_names_the_step():
    r = FREE.explain("жетті.Әлі  мен")
    assert r.text == "жетті. Әлі мен"
    assert {c.step for c in r.changes} == {"spacing"}


TOKENS = ["жетті", "Әлі", "әлі", "АҚШ", "200", "ден", "мен", "Toyota", "т.б.", "Н.", "Ә.", "ж.", "4,4", "10:30",
          ".", "..", "...", "…", ",", ";", ":", "!", "?", " ", "  ", "\u00a0", "\u2009", "\t", "\n", "\r\n",
          '"', "«", "»", "(", ")", "[", "]", "-", " - ", "—", "kz", "қаз", "http://x.kz/a?b=Ақ", "info@a.kz", "%", "1"]
texts = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)


def _alnum(s):
    return [c for c in s if c.isalnum()]


# (never raises on any str, idempotent, line count, replay: tests/contract/test_every_step.py)


@given(texts)
def test_properties(s):
    out = STEP(s)
    assert STEP(out) == out  # idempotent
    assert out.count("\n") == s.count("\n")  # line count kept
    assert _alnum(out) == _alnum(s)  # only spaces change
    assert re.sub(r"\s", "", out) == re.sub(r"\s", "", s)
    assert FREE(FREE(s)) == FREE(s)


def test_adversarial_long_inputs_complete():
    line = ("сөз. " * 200_000)[:1_000_000]
    assert STEP(line).count("\n") == 0
    assert STEP("." * 100_000) == "." * 100_000
    spaces = " " * 1_000_000 + "x"
    assert STEP(spaces) == spaces  # indentation is kept
    assert STEP("а" + " " * 1_000_000 + "б") == "а б"
    assert STEP("a" + " " * 1_000_000 + "b") == "a" + " " * 1_000_000 + "b"  # a Latin line keeps its spacing
    glued = "ә." * 300_000
    assert _alnum(STEP(glued)) == _alnum(glued)
    assert FREE("жетті.Әлі" * 100_000).count("жетті. Әлі") == 100_000


def test_lookalike_guard_looks_at_the_nearest_words_only():
    # a space next to a look-alike Latin word is left alone (the lookalike step judges such a word
    # by its gaps); a word further away (x, XI) is not: the segment step may split it off (7 ғқд)
    assert STEP("x,7ғқд!ө") == "x,7ғқд! ө"
    assert STEP("XIңқ,б") == "XIңқ, б"
    assert STEP("xa,ө") == "xa,ө"


# --------------------------------------------------------------------------- settings


def test_settings_are_the_steps_config():
    from kaznorm.steps.spacing import Config

    assert Pipeline.default().config("spacing") == Config()
    assert Pipeline.from_profile("aggressive").config("spacing") == Config()  # no aggressive settings of its own


@pytest.mark.parametrize("setting, src, default, changed", [
    # an unclosed "(" further back than the lookback: the ")" is a smiley, its space stays
    ({"paren_lookback": 5}, "(" + "а" * 20 + " )", "(" + "а" * 20 + ")", "(" + "а" * 20 + " )"),
    # a word glued to a dotted one-letter abbreviation must be this long for a space to go in
    ({"abbreviation_word": 5}, "т.б.және", "т.б. және", "т.б.және"),
])
def test_settings_are_read_from_the_config(setting, src, default, changed):
    assert STEP(src) == default
    assert STEP.with_config("spacing", **setting)(src) == changed


@pytest.mark.parametrize("line", [
    "The  road ends here ,  near the river .",  # English
    "Мы  приехали  в город , где никто не ждал нас .",  # Russian (my own sentence)
    "Bu  yol  şehre gider .",  # Turkish
])
def test_lines_in_other_languages_keep_their_spacing(line):
    assert kaznorm.clean(line, only=["spacing"]) == line
    assert kaznorm.clean(line) == line


def test_kazakh_line_without_kazakh_letters_still_gets_its_spacing():
    assert kaznorm.clean("Мен  кеше  келдим .", only=["spacing"]) == "Мен кеше келдим."

