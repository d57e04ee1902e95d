"""The ``invisible`` step: tables of cases and its own property (the shared ones: tests/contract)."""
import unicodedata

import pytest
from hypothesis import given

import kaznorm

from noisy_characters import ANY

INVIS = kaznorm.Pipeline(["invisible"])

INVISIBLE_CASES = [
    ("\ufeffБүгін күн ашық.", "Бүгін күн ашық."),  # BOM at the start
    ("Қазақ\ufeffстан", "Қазақстан"),  # ZWNBSP inside a word
    ("мем\u200bлекет", "мемлекет"),  # zero-width space inside a word
    ("сөз\u200b", "сөз"),
    ("Аб\u200cай Құнан\u200dбайұлы", "Абай Құнанбайұлы"),  # joiners in Cyrillic words
    ("Кітап\u2060хана", "Кітапхана"),  # word joiner
    ("өседі. \u200e.", "өседі. ."),  # LRM in a left-to-right text
    ("\u202aАлматы\u202c", "Алматы"),  # bidi embedding
    ("бас\u00adқар\u00adма", "басқарма"),  # soft hyphens inside a word
    ("ұйымдас\u00acқан", "ұйымдасқан"),  # PDF remnant ¬ between letters
    ("екі\u00a0сөз", "екі сөз"),  # NBSP between words
    ("2010\u00a0жылы", "2010 жылы"),  # NBSP between a number and a word
    ("5\u202f%", "5 %"),
    ("екі\u2003сөз\u3000үш", "екі сөз үш"),  # em space, ideographic space
    ("2\u00a01012 жасуша", "2 1012 жасуша"),  # not a three-digit group: a plain space
    ("Алма-Ата\u2011ның", "Алма-Ата-ның"),  # non-breaking hyphen
    ("сөз\x00дер\x07", "сөздер"),  # C0 controls
    ("мәтін\x85мәтін", "мәтін мәтін"),  # NEL between words
    ("\x0cБірінші бет", "Бірінші бет"),  # form feed at a page start
    ("бір\x0bекі", "бір екі"),  # Word's manual line break
    ("сөз\x9aсөз", "сөзсөз"),  # stray C1 control
    ("и\u0306", "й"),  # decomposed й
    ("е\u0308лка", "ёлка"),  # decomposed ё
    ("қала\u0301", "қала"),  # stress mark on a Cyrillic vowel
    ("мұға\u0301лім", "мұғалім"),
    ("а\u200b\u0301ға", "аға"),  # stress mark hidden behind a zero-width space
]

INVISIBLE_UNCHANGED = [
    "1\u00a0000 теңге",  # NBSP inside a digit group stays
    "1\u202f000\u202f000 адам",  # narrow NBSP digit groups
    "жол\r\nекінші жол\n",  # CRLF line ends survive
    "кесте\tбағана",  # tab
    "ай \u00adдауымен",  # soft hyphen next to a space: left for linebreak_hyphen
    "сөз\u00ad\nжалғасы",  # soft hyphen at a line end: left for linebreak_hyphen
    "¬p ∧ q",  # logical not
    "مرحبا\u200cبك",  # ZWNJ in Arabic script
    "👩\u200d💻 бағдарламашы",  # emoji ZWJ sequence
    "עברית \u200fטקסט",  # RLM in a right-to-left text
    "ภาษา\u200bไทย",  # ZWSP between Thai words
    "O\u0301zgerissiz",  # Latin 2018 alphabet with a combining acute: not a Cyrillic word
    "café",  # precomposed Latin
    "Қазақстан Республикасы – «тәуелсіз» мемлекет.",
    "",
]


@pytest.mark.parametrize("noisy,clean", INVISIBLE_CASES)
def test_invisible(noisy, clean):
    assert INVIS(noisy) == clean


@pytest.mark.parametrize("text", INVISIBLE_UNCHANGED)
def test_invisible_not_changed(text):
    assert INVIS(text) == text


def test_invisible_explain_has_notes():
    r = INVIS.explain("мем\u200bлекет")
    assert r.text == "мемлекет"
    assert [c.step for c in r.changes] == ["invisible"]
    assert r.changes[0].original == "\u200b" and "ZWSP" in r.changes[0].note


# --------------------------------------------------------------------------- properties


def _letters_digits(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


@given(text=ANY)
def test_step_properties(text):
    # (never raises, idempotent, line count, replay: tests/contract/test_every_step.py)
    out = INVIS.explain(text).text
    # only invisible characters, controls and combining marks are dropped
    assert len(_letters_digits(unicodedata.normalize("NFC", out))) >= len(
        _letters_digits(unicodedata.normalize("NFC", "".join(c for c in text if c not in "\u0301\u0300"))))


# --------------------------------------------------------------------------- settings


def test_settings_are_the_steps_config():
    from kaznorm.steps.invisible import Config

    assert kaznorm.Pipeline.default().config("invisible") == Config()
    assert kaznorm.Pipeline.from_profile("aggressive").config("invisible") == Config()  # no aggressive settings


@pytest.mark.parametrize("max_gap, text, want", [
    # a soft hyphen before a gap and a word part is kept for linebreak_hyphen when the gap is short enough
    (2, "ай\u00ad   дауымен", "ай   дауымен"),
    (100, "ай\u00ad" + " " * 70 + "дауымен", "ай\u00ad" + " " * 70 + "дауымен"),
])
def test_max_gap_is_read_from_the_config(max_gap, text, want):
    assert INVIS(text) != want
    assert INVIS.with_config("invisible", max_gap=max_gap)(text) == want


def test_a_russian_line_keeps_its_typography_but_loses_invisible_characters():
    # (our own sentences) a no-break space before a dash, a stress mark, a non-breaking hyphen are Russian
    # typography; a zero-width space is a fault in any language
    line = "Москва\u00a0— город, где б\u043e\u0301льшая часть улиц ведёт к Юго\u2011Западу."
    assert kaznorm.clean(line) == line
    assert kaznorm.clean(line + "\u200b") == line
    kazakh = "Алматы\u00a0— ең үлкен қала."
    assert kaznorm.clean(kazakh) == "Алматы — ең үлкен қала."
    assert kaznorm.clean("\u0435\u0308лка") == "\u0451лка"  # a composed letter is a repair, in Russian too


def test_a_russian_hanging_hyphen_is_no_line_break():
    line = "Мы учились аудио- и видеомонтажу весь год."
    assert kaznorm.clean(line) == line
    assert kaznorm.clean("The infor- mation was late.", only=["linebreak_hyphen"]) == "The information was late."
