"""The ``encoding`` step: mojibake, KZ-1048 / KZ-font and PTCP154 letters read as cp1251."""
import pytest
from hypothesis import given

import kaznorm
from kaznorm.kazakh.legacy_encodings import KZ1048_AS_CP1251, PTCP154_AS_CP1251

from noisy_characters import WORDISH

ENC = kaznorm.Pipeline(["encoding"])

KAZ = "Қазақстан Республикасы – «тәуелсіз» мемлекет. Әже өнер үй һәм ұл ғылым"


def mojibake(text: str, codec: str) -> str:
    """What a program shows when it decodes UTF-8 bytes with ``codec`` (browser-style for undefined bytes)."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


@pytest.mark.parametrize("codec", ["cp1251", "cp1252", "latin-1"])
def test_utf8_read_in_single_byte_charset_is_repaired(codec):
    assert ENC(mojibake(KAZ, codec)) == KAZ


def test_mojibake_span_only_rest_of_line_untouched():
    line = "Дұрыс мәтін: " + mojibake("Қазақстан тарихы", "cp1251") + " – дұрыс соңы"
    assert ENC(line) == "Дұрыс мәтін: Қазақстан тарихы – дұрыс соңы"


def test_mojibake_and_kz_font_in_one_line_in_one_run():
    line = mojibake("Қазақстан", "cp1251") + " Ќазаќстан Республикасыныѕ"
    r = ENC.explain(line)
    assert r.text == "Қазақстан Қазақстан Республикасының"
    assert r.replay() == r.text
    assert ENC(r.text) == r.text


def test_latin_mojibake_of_punctuation():
    assert ENC("itâ€™s a cafÃ© Ð°Ð»Ð¼Ð°") == "it’s a café алма"


CASES = [
    # KZ-1048 / KZ-font text read as cp1251
    ("Ќазаќстан Республикасыныѕ", "Қазақстан Республикасының"),
    ("уаќыт кетірмейік", "уақыт кетірмейік"),
    ("ўйымдастырылєан ўлттыќ ойын", "ұйымдастырылған ұлттық ойын"),
    ("Мен їйге бардым, жаќсы кґрдім", "Мен үйге бардым, жақсы көрдім"),
    ("ЌАЗАЌСТАН ЖЈНЕ ЄЫЛЫМ", "ҚАЗАҚСТАН ЖӘНЕ ҒЫЛЫМ"),
    ("Ћикмет пен ѕаѕа жаќсылыќ", "Һикмет пен ңаңа жақсылық"),
    ("Ќазаќ тілі", "Қазақ тілі"),  # і rules out Serbian/Macedonian, ќ rules out Ukrainian
    ("Медет 2008 жылы туєан.", "Медет 2008 жылы туған."),  # a frequent Kazakh word in the line
    ("Кґкек мамыр айында гїлдейді.", "Көкек мамыр айында гүлдейді."),  # a Kazakh ending (-ында)
    ("Бізге тіркеуден µту керек емес.", "Бізге тіркеуден өту керек емес."),  # PTCP154 µ for ө
    ("Ал Ќазаќстанѓа Мысыр Президенті келді.", "Ал Қазақстанға Мысыр Президенті келді."),
    # PTCP154 read as cp1251 (є is Ә there, not Ғ)
    ("ѓылым жєне т±рмыс", "ғылым және тұрмыс"),
    ("ѓылым ±лттыќ т‰рде", "ғылым ұлттық түрде"),
    # decomposed spellings are judged like the composed ones
    ("у\u0306лттык\u0301 жак\u0301сы", "ұлттық жақсы"),
]

UNCHANGED = [
    "Київ є столицею України, її населення зростає.",  # Ukrainian: є ї fit its alphabet
    "Ґрунт і ґанок, моє подвір'я.",  # Ukrainian ґ
    "Београд је главни град Србије, а Југославија је бивша држава.",  # Serbian ј
    "Ђорђе и Јован су у Нишу.",  # Serbian-only letters
    "Македонски: ѕвезда, ќерка, Ѓорѓи.",  # Macedonian ѕ ќ ѓ
    "Беларуская мова: ўсё, праўда, воўк.",  # Belarusian ў
    "Ўзбекистон Республикаси пойтахти Тошкент.",  # Uzbek Cyrillic ў
    "Ќазаќ",  # a lone word that fits Macedonian: no evidence, left alone (documented)
    "Јован I и Ана",  # Serbian name next to a Roman numeral
    "Он приехал в Київ и Львів вчера.",  # Russian text quoting Ukrainian names
    "Він їде до Києва, і це є добре.",  # Ukrainian with і: і only vouches for ќ ѕ ј ћ
    "Қазақстан Республикасы – «тәуелсіз» мемлекет.",
    "Жоғары «ҚРС» – АҚШ пен ТМД-ның келісімі №5.",
    "Температура 20 ± 2 °C, тығыздығы 5 µм, 3‰.",
    "Ресей: «Съезд» – объект, ёлка, щётка.",
    "Toyota, iPhone, COVID-19, H2O, https://example.kz/?q=1",
    "",
    "ASCII only line",
]


@pytest.mark.parametrize("noisy,clean", CASES)
def test_legacy_encodings(noisy, clean):
    assert ENC(noisy) == clean


@pytest.mark.parametrize("text", UNCHANGED)
def test_not_changed(text):
    assert ENC(text) == text


def test_explain_names_the_step():
    r = kaznorm.Pipeline(["encoding"]).explain("Ќазаќстан Республикасыныѕ")
    assert r.text == "Қазақстан Республикасының"
    assert {c.step for c in r.changes} == {"encoding"}
    assert all("KZ-1048" in c.note for c in r.changes)


def test_kz1048_table_matches_python_codec():
    # the KZ-font map is exactly "cp1251 reading of the KZ-1048 byte"
    for src, dst in KZ1048_AS_CP1251.items():
        assert dst.encode("kz1048").decode("cp1251") == src


def test_ptcp154_table_matches_python_codec():
    for src, dst in PTCP154_AS_CP1251.items():
        assert dst.encode("ptcp154").decode("cp1251") == src


def test_import_does_not_load_ftfy():
    import subprocess
    import sys

    code = "import sys, kaznorm; kaznorm.clean('сөз', only=['encoding']); print('ftfy' in sys.modules)"
    assert subprocess.check_output([sys.executable, "-c", code], text=True).strip() == "False"


# (never raises, idempotent, line count, replay: tests/contract/test_every_step.py, on WORDISH too)


@given(WORDISH)
def test_letters_and_digits_never_lost_outside_mojibake(text):
    # without mojibake spans, the KZ-font/PTCP154 mapping is one character for one
    # (after NFC; the PTCP154 symbols become letters): no letter or digit is lost
    import unicodedata

    if any(c in text for c in "ÐÑÒÓâРСТУ"):
        return
    out = ENC(text)

    def alnum(s):
        return sum(c.isalnum() for c in unicodedata.normalize("NFC", s))

    assert alnum(out) >= alnum(text)


# --------------------------------------------------------------------------- idempotence
# The step decides on what the later steps will leave of the text, so that a second run of the
# pipeline finds nothing new (counter-examples found by fuzzing the whole pipeline, shrunk).


def test_i_evidence_is_what_the_lookalike_step_writes():
    # the lookalike step writes Іеһ / әХІ (Latin I next to look-alikes only): і is in the text, so
    # ќ is the KZ-font қ; a rule guessing which Latin I it converts missed these
    assert ENC("Ieһ aќ") == "Ieһ aқ"
    assert ENC("вќ əXI") == "вқ əXI"
    assert ENC("ќy/Ixө") == "қy/Ixө"
    assert ENC("Ќазаќ") == "Ќазаќ"  # still no evidence without і


def test_mojibake_span_is_made_of_one_charset():
    assert ENC("Р°9Ð»") == "Р°9Ð»"  # a cp1251 pair and a cp1252 pair: no one run, no repair of a part
    assert ENC("Ð\u00a0Р°Р°") == "Ð\u00a0аа"  # the cp1252 pair does not swallow the cp1251 run


def test_mojibake_span_gaps_count_no_spaces():
    # NBSP (a space once the invisible step ran) and space runs do not break or lengthen a span
    assert ENC("Ð°\u00a0Ð»\u00a0Ð¾") == "а л о"
    assert ENC("Ð°Ð»" + " " * 20 + "Ð¾Ð»") == "ал" + " " * 20 + "ол"


# --------------------------------------------------------------------------- settings


def test_settings_are_the_steps_config():
    from kaznorm.steps.encoding import Config

    assert kaznorm.Pipeline.default().config("encoding") == Config()
    assert kaznorm.Pipeline.from_profile("aggressive").config("encoding") == Config()  # no aggressive settings


def test_settings_are_read_from_the_config():
    # 14 visible ASCII characters between two mojibake runs: two spans, only the first one long enough for ftfy
    text = "ТљР°Р· 1234567890abcd Р°Т›"
    assert ENC(text) == "Қаз 1234567890abcd Р°Т›"
    assert ENC.with_config("encoding", gap=20)(text) == "Қаз 1234567890abcd ақ"
    # a span needs min_pairs pairs (Қазақ has five)
    assert ENC("ТљР°Р·Р°Т›") == "Қазақ"
    assert ENC.with_config("encoding", min_pairs=6)("ТљР°Р·Р°Т›") == "ТљР°Р·Р°Т›"


def test_kz_font_yi_takes_the_reading_the_lexicon_knows():
    """issue 18.18: ї is ү in KZ-1048 but һ in fonts that had no room for һ: the lexicon decides."""
    import kaznorm

    assert kaznorm.clean("Абай мәшїүр ақын, Ќазаќ тілін їйрену", only=["encoding"]) == \
        "Абай мәшһүр ақын, Қазақ тілін үйрену"
    # the lexicon-free chars profile keeps to the KZ-1048 reading
    assert kaznorm.clean("Абай мәшїүр ақын, Ќазаќ тілін їйрену", profile="chars") == \
        "Абай мәшүүр ақын, Қазақ тілін үйрену"
