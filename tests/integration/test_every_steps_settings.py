"""The settings of every registered step, through the public API: a frozen Config, the same in
``Step.settings`` and ``Pipeline.config``, changed in a copy by ``with_config``."""
import dataclasses
import pickle

import pytest

from kaznorm import Pipeline, step_names
from kaznorm.core.registry import get_step


def _with(name: str, profile: str = "default") -> Pipeline:
    """The profile's pipeline, with the step added when the profile leaves it out (latin, write_latin)."""
    p = Pipeline.from_profile(profile)
    return p if name in p.names() else p.with_step(name)


@pytest.mark.parametrize("name", step_names())
def test_settings_are_a_frozen_config_per_profile(name):
    step = get_step(name)
    assert dataclasses.is_dataclass(step.config) and step.config.__dataclass_params__.frozen
    assert _with(name).config(name) == step.settings("default") == step.config()
    assert _with(name, "aggressive").config(name) == step.settings("aggressive")
    for profile, settings in step.profiles.items():
        assert isinstance(settings, step.config) and step.settings(profile) is settings


@pytest.mark.parametrize("name", [n for n in step_names() if dataclasses.fields(get_step(n).config)])
def test_with_config_changes_one_setting_in_a_copy(name):
    p = _with(name)
    field = dataclasses.fields(get_step(name).config)[0]
    value = getattr(p.config(name), field.name)
    new = not value if isinstance(value, bool) else value * 2 + 1 if isinstance(value, (int, float)) else value
    q = p.with_config(name, **{field.name: new})
    assert getattr(q.config(name), field.name) == new and p.config(name) == get_step(name).config()
    assert pickle.loads(pickle.dumps(q)).config(name) == q.config(name)
    with pytest.raises(ValueError, match="its settings: "):
        p.with_config(name, no_such_setting=1)
