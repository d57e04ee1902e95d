"""Step settings: ``Step.settings(profile)``, ``Pipeline.config(name)``, ``Pipeline.with_config(...)`` and
``ctx.config(name)``, through custom steps with their own ``Config`` (no built-in step needed)."""
import pickle
from dataclasses import dataclass, replace
from typing import Optional, Tuple

import pytest

import kaznorm
from kaznorm.core.edits import Edit
from kaznorm.core.pipeline import Pipeline
from kaznorm.core.registry import NoConfig, Step


@dataclass(frozen=True)
class ShortConfig:
    max_len: int = 3  # words of at most this many letters are written in capitals
    ratio: float = 1.0  # (unused: a float setting for the type checks)
    note: str = "short word"  # the note of each change
    limit: Optional[int] = None  # (unused: an optional setting)
    kinds: Tuple[str, ...] = ("word",)  # (unused: a tuple setting)


AGGRESSIVE = ShortConfig(max_len=5, note="aggressive")


def _short(text, ctx):
    cfg = ctx.config("short")
    out, start = [], None
    for i, ch in enumerate(text + " "):
        if ch.isalpha():
            start = i if start is None else start
        elif start is not None:
            if i - start <= cfg.max_len:
                out.append(Edit(start, i, text[start:i].upper(), cfg.note))
            start = None
    return out


def _drop_x(text, ctx):
    return [Edit(i, i + 1, "") for i, ch in enumerate(text) if ch == "x"]


def _bang(text, ctx):
    return [Edit(len(text), len(text), "!")] if text and not text.endswith("!") else []


SHORT = Step("short", _short, config=ShortConfig, profiles={"aggressive": AGGRESSIVE})
DROP = Step("drop_x", _drop_x)
BANG = Step("bang", _bang)


# --------------------------------------------------------------------------- Step.settings


def test_step_settings_per_profile():
    assert SHORT.settings() == ShortConfig() == SHORT.settings("default")
    assert SHORT.settings("aggressive") is AGGRESSIVE
    assert SHORT.settings("chars") == ShortConfig()  # a profile the step does not name: its defaults
    assert DROP.settings() == NoConfig() == DROP.settings("aggressive")


def test_step_declarations_are_checked():
    with pytest.raises(TypeError, match="profile 'aggressive' must be a ShortConfig"):
        Step("bad", _short, config=ShortConfig, profiles={"aggressive": {"max_len": 5}})
    with pytest.raises(TypeError, match="dataclass"):
        Step("bad", _short, config=dict)


# --------------------------------------------------------------------------- Pipeline.config / with_config


def test_config_is_the_profiles_with_the_overrides():
    p = Pipeline([SHORT])
    assert p.config("short") == ShortConfig()
    assert p("ab abcd") == "AB abcd"
    aggressive = Pipeline([SHORT], profile="aggressive")
    assert aggressive.config("short") == AGGRESSIVE
    assert aggressive("ab abcd") == "AB ABCD"
    q = p.with_config("short", max_len=4)
    assert q.config("short") == ShortConfig(max_len=4)
    assert q("ab abcd") == "AB ABCD"
    assert p.config("short") == ShortConfig() and p("ab abcd") == "AB abcd"  # the original is unchanged
    # overrides add up, and change the profile's settings, not the defaults
    assert q.with_config("short", note="x").config("short") == ShortConfig(max_len=4, note="x")
    assert aggressive.with_config("short", note="x").config("short") == replace(AGGRESSIVE, note="x")
    given = Pipeline([SHORT], config={"short": ShortConfig(max_len=1)})
    assert given.with_config("short", note="y").config("short") == ShortConfig(max_len=1, note="y")
    assert Pipeline([SHORT], config={"short": {"max_len": 2}}).config("short") == ShortConfig(max_len=2)
    assert Pipeline([DROP]).config("drop_x") == NoConfig()


def test_config_of_a_step_not_in_the_pipeline_is_an_error():
    with pytest.raises(ValueError, match="not in this pipeline"):
        Pipeline([DROP]).config("short")
    with pytest.raises(ValueError, match="not in this pipeline"):
        Pipeline([DROP]).with_config("short", max_len=4)


def test_unknown_setting_is_a_value_error_naming_the_settings():
    p = Pipeline([SHORT, DROP])
    msg = "step 'short' has no setting 'maxlen'; its settings: kinds, limit, max_len, note, ratio"
    with pytest.raises(ValueError, match=msg):
        p.with_config("short", maxlen=4)
    with pytest.raises(ValueError, match=msg):  # after earlier overrides, a dict or a whole Config
        p.with_config("short", note="x").with_config("short", maxlen=4)
    with pytest.raises(ValueError, match=msg):
        Pipeline([SHORT], config={"short": ShortConfig(max_len=1)}).with_config("short", maxlen=4)
    with pytest.raises(ValueError, match=msg):
        Pipeline([SHORT], config={"short": {"maxlen": 4}})
    with pytest.raises(ValueError, match="its settings: none"):
        p.with_config("drop_x", limit=3)


@pytest.mark.parametrize("changes", [
    {"max_len": "4"}, {"max_len": 4.0}, {"max_len": True}, {"max_len": None},
    {"ratio": "2"}, {"note": 3}, {"limit": "3"}, {"kinds": ["word"]},
])
def test_wrong_type_is_a_type_error(changes):
    p = Pipeline([SHORT])
    with pytest.raises(TypeError, match=f"setting '{next(iter(changes))}' of step 'short' takes"):
        p.with_config("short", **changes)
    with pytest.raises(TypeError):
        Pipeline([SHORT], config={"short": changes})


def test_right_types_pass():
    p = Pipeline([SHORT]).with_config("short", ratio=2, limit=None, kinds=("a", "b"))  # an int is a float
    assert p.config("short") == ShortConfig(ratio=2, kinds=("a", "b"))
    assert p.with_config("short", limit=7).config("short").limit == 7


def test_whole_settings_of_the_wrong_class_are_a_type_error():
    with pytest.raises(TypeError, match="ShortConfig or a dict of its fields, not int"):
        Pipeline([SHORT], config={"short": 5})
    with pytest.raises(TypeError, match="not NoConfig"):
        Pipeline([SHORT], config={"short": NoConfig()})


def test_copies_keep_the_overrides():
    p = Pipeline([DROP, SHORT]).with_config("short", max_len=4)
    want = ShortConfig(max_len=4)
    assert p.without("drop_x").config("short") == want
    assert p.with_words(["сөз"], protected=["KazNorm"]).config("short") == want
    assert p.with_step(BANG).config("short") == want
    q = pickle.loads(pickle.dumps(p))
    assert q.config("short") == want and q.overrides == p.overrides
    assert q("xab abcd") == p("xab abcd") == "AB ABCD"
    whole = Pipeline([SHORT], profile="aggressive", config={"short": ShortConfig(max_len=2)})
    assert pickle.loads(pickle.dumps(whole)).config("short") == ShortConfig(max_len=2)
    assert pickle.loads(pickle.dumps(Pipeline([SHORT], profile="aggressive"))).config("short") == AGGRESSIVE
    # a step taken out takes its overrides with it
    assert p.without("short").with_step(SHORT).config("short") == ShortConfig()


def test_each_copy_runs_with_its_own_settings():
    p = Pipeline([SHORT])
    q = p.with_config("short", max_len=5)
    assert p.context() is not q.context()
    assert p.context().config("short") == ShortConfig() and q.context().config("short") == ShortConfig(max_len=5)
    assert [p("abcd"), q("abcd"), p("abcd")] == ["abcd", "ABCD", "abcd"]
    r = q.explain("ab abcd")
    assert r.text == "AB ABCD" and [c.note for c in r.changes] == ["short word"] * 2


# --------------------------------------------------------------------------- a registered custom step


@pytest.fixture
def registry(monkeypatch):
    """The registry, restored after the test (the built-in steps are loaded first)."""
    from kaznorm.core import registry as reg

    reg.step_names()
    monkeypatch.setattr(reg, "_REGISTRY", dict(reg._REGISTRY))
    return reg


def test_registered_step_with_settings_and_a_profile(registry):
    kaznorm.register("short", doc="short words in capitals", config=ShortConfig,
                     profiles={"aggressive": AGGRESSIVE})(_short)
    assert "short" in kaznorm.step_names()
    step = registry.get_step("short")
    assert step.config is ShortConfig and step.settings("aggressive") is AGGRESSIVE
    assert Pipeline(["short"]).config("short") == ShortConfig()
    assert Pipeline.default(only=["short"]).config("short") == ShortConfig()
    aggressive = Pipeline.from_profile("aggressive", only=["short"])
    assert aggressive.config("short") == AGGRESSIVE
    assert aggressive("ab abcd") == "AB ABCD"
    tuned = Pipeline(["spacing"]).with_step("short").with_config("short", max_len=1)
    assert tuned.config("short") == ShortConfig(max_len=1)
    assert tuned("ab a") == "ab A"
    q = pickle.loads(pickle.dumps(tuned))  # a registered step pickles by its name
    assert q == tuned and q.config("short") == ShortConfig(max_len=1) and q("ab a") == "ab A"
    with pytest.raises(ValueError, match="its settings: kinds, limit, max_len, note, ratio"):
        tuned.with_config("short", max_length=1)


def test_a_step_reads_another_steps_settings_in_the_pipelines_profile(registry):
    # a step may consult one that is not in the pipeline (encoding runs invisible and lookalike): it gets
    # that step's settings in the pipeline's profile
    kaznorm.register("short", config=ShortConfig, profiles={"aggressive": AGGRESSIVE})(_short)
    seen = []
    probe = Step("probe", lambda text, ctx: seen.append(ctx.config("short")) or [])
    Pipeline([probe])("x")
    Pipeline([probe], profile="aggressive")("x")
    assert seen == [ShortConfig(), AGGRESSIVE]


def test_register_checks_the_profiles(registry):
    with pytest.raises(TypeError, match="must be a ShortConfig"):
        kaznorm.register("short", config=ShortConfig, profiles={"aggressive": NoConfig()})(_short)


def test_min_confidence_cuts_unsure_edits():
    from kaznorm.core.edits import Edit
    from kaznorm.core.pipeline import MIN_CONFIDENCE

    def unsure(text, ctx):
        return [Edit(0, 1, "A", "sure", 1.0), Edit(2, 3, "C", "unsure", 0.6)]

    step = Step("unsure_probe", unsure)
    assert Pipeline([step])("abc") == "Abc"  # a custom pipeline cuts where the default profile does
    assert MIN_CONFIDENCE["default"] > 0.6
    assert Pipeline([step], min_confidence=0.5)("abc") == "AbC"
    assert Pipeline([step], min_confidence=0.9)("abc") == "Abc"
    strict = Pipeline([step]).with_min_confidence(0.95)
    assert strict("abc") == "Abc" and strict.explain("abc").text == "Abc"
    r = Pipeline([step], min_confidence=0.0).explain("abc")
    assert [c.confidence for c in r.changes] == [1.0, 0.6]
    assert r.changes[1].as_dict()["confidence"] == 0.6
    assert pickle.loads(pickle.dumps(Pipeline.default().with_min_confidence(0.95))).min_confidence == 0.95
    assert Pipeline.from_profile("aggressive").min_confidence == MIN_CONFIDENCE["aggressive"]
    assert Pipeline.default().min_confidence == MIN_CONFIDENCE["default"]
    with pytest.raises(ValueError):
        Pipeline([step], min_confidence=1.5)
    with pytest.raises(TypeError):
        Pipeline([step], min_confidence="high")
    import kaznorm
    assert kaznorm.clean("x", only=["spacing"], min_confidence=0.3) == "x"
