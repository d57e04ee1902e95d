"""The counted forms a word step leaves alone unasked (quiet_words.CountedUnlessSlip, each word's slip decided on
first ask) answer like the counted forms less the whole counted_slips set, for the typo and keyboard steps, on
the small lexicon of test_typo_counted and on a sample of the shipped one."""
import pytest

from kaznorm.core.context import Context
from kaznorm.lexicon import Lexicon, default_lexicon
from kaznorm.lexicon.queries import counted_forms
from kaznorm.steps import keyboard_model, typo_model
from kaznorm.steps.quiet_words import CountedUnlessSlip, quiet_counted

from test_typo_counted import COUNTS, NAMES, RUSSIAN

MODELS = [(typo_model, typo_model.DEFAULTS), (typo_model, typo_model.AGGRESSIVE),
          (keyboard_model, keyboard_model.DEFAULTS), (keyboard_model, keyboard_model.AGGRESSIVE)]


def _small():
    return Lexicon.from_words({**COUNTS, "кушті": 2, "күшті": 900, "кул": 3, "күл": 40},
                              names=NAMES, russian=RUSSIAN, stems={"өт": "n", "кітап": "n"})


@pytest.mark.parametrize("model,cfg", MODELS)
def test_small_lexicon(model, cfg):
    lex = _small()
    counted = counted_forms(lex)
    whole = counted - model.counted_slips(lex, cfg)
    lazy = CountedUnlessSlip(counted, model.slip_test(lex, cfg))
    for w in list(lex.counts) + ["нет", "кермет", "", "Кермет"]:
        assert (w in lazy) == (w in whole), w
        assert (w in lazy) == (w in whole), w  # (the remembered answer too)


@pytest.mark.parametrize("model,cfg", MODELS[::2])
def test_shipped_lexicon_sample(model, cfg):
    lex = default_lexicon()
    counted = counted_forms(lex)
    whole = counted - model.counted_slips(lex, cfg)
    assert whole != counted  # the sample below holds slips
    slips = sorted(counted - whole)[:300]
    sample = slips + sorted(counted)[::50] + ["кушті", "кермет", "қазақстан", "жоқсөз"]
    lazy = CountedUnlessSlip(counted, model.slip_test(lex, cfg))
    assert [w in lazy for w in sample] == [w in whole for w in sample]


def test_quiet_counted_is_the_counted_set_when_no_form_can_be_a_slip():
    lex = _small()
    ctx = Context(lexicon=lex, configs={"typo": typo_model.Config(suspicious=False)})
    counted = counted_forms(lex)
    assert quiet_counted(ctx, "typo", counted, typo_model.slip_test) is counted


@pytest.mark.parametrize("lexicon", ["small", "shipped"])
def test_typo_slip_test_makes_the_frequent_deletions_on_the_first_rarely_counted_word(lexicon):
    from kaznorm.kazakh.phonology import written_undropped
    from kaznorm.lexicon.queries import deletions, frequent_keys

    lex = _small() if lexicon == "small" else default_lexicon().with_words(["жаңасөз"])  # (a fresh derived cache)
    cfg = typo_model.DEFAULTS
    key = f"spelling.frequent_keys.deletes1.{cfg.suspicious_min!r}"
    slip = typo_model.slip_test(lex, cfg)
    assert key not in lex._derived  # (not made yet)
    common = max(lex.counts, key=lex.counts.get)
    assert slip(common) is False and key not in lex._derived  # (counted too often to be a slip: nothing made)
    near = frequent_keys(lex, "deletes1", cfg.suspicious_min)
    words = sorted(lex.counts)[::max(1, len(lex.counts) // 400)] + ["кушті", "кул", "нет", ""]
    for w in words:
        n = lex.counts.get(w, 0)
        # (one edit from a frequent form, or a stem that drops its vowel written in full: орыны)
        assert slip(w) == (0 < n <= cfg.counted_slip_max and (not near.isdisjoint(deletions(w, 1))
                                                             or written_undropped(w) is not None)), w

