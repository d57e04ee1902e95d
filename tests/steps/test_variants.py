"""Tests for the variants step and its table parser."""
import pytest
from spelling_lexicon import pipeline, run, spelling_lexicon

from kaznorm.core.pipeline import Pipeline
from kaznorm.steps.variants import Config, parse_variants


@pytest.fixture(scope="module")
def lex():
    return spelling_lexicon()


VARIANT_CASES = [
    ("2013 жылы Санк Петербургте G20", "2013 жылы Санкт-Петербургте G20"),
    ("САНК ПЕТЕРБУРГ", "САНКТ-ПЕТЕРБУРГ"),
    ("Нью  Йорктағы", "Нью-Йорктағы"),
    ("вице министр келді", "вице-министр келді"),
    ("Вице министр келді", "Вице-министр келді"),
]


@pytest.mark.parametrize("text, want", VARIANT_CASES)
def test_variants(lex, text, want):
    assert run(lex, ["variants"], text) == want


@pytest.mark.parametrize("text", ["Санкт-Петербург", "Санк\nПетербург", "Санкт-Петербургте", "Кәсіпсанк Петербург"])
def test_variants_keep(lex, text):
    assert run(lex, ["variants"], text) == text


def test_parse_variants():
    rows = parse_variants("# comment\nа б\tа-б\t+\n\nбадрow\nв\tг\n")
    assert rows == (("а б", "а-б", True), ("в", "г", False))


def test_variants_settings_by_profile():
    assert Pipeline.default().config("variants") == Config()
    assert Pipeline.from_profile("aggressive").config("variants") == Config()


def test_variants_table_is_read_from_the_config(lex):
    p = pipeline(lex, ["variants"])
    assert p("Санк Петербург пен кейбір") == "Санкт-Петербург пен кейбір"
    mine = p.with_config("variants", table="# mine\nкейбір\tкей бір\n")
    assert mine("Санк Петербург пен кейбір") == "Санк Петербург пен кей бір"
    assert p("Санк Петербург пен кейбір") == "Санкт-Петербург пен кейбір"  # the first pipeline keeps its table


def test_shipped_table_read_from_the_package_folder_is_the_one_importlib_resources_gives():
    from importlib.resources import files

    from kaznorm.steps.variants import load_variants, parse_variants

    want = parse_variants((files("kaznorm") / "data_variants.tsv").read_text(encoding="utf-8"))
    assert want and load_variants() == want
