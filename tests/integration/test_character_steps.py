"""The character-level steps together (encoding, invisible, lookalike): one run repairs all, a second changes nothing."""
from hypothesis import given, strategies as st

import kaznorm

from noisy_characters import ANY

CHARS = kaznorm.Pipeline(["encoding", "invisible", "lookalike"])


def test_all_three_steps_together():
    noisy = "\ufeffҚазаќстан Республикасыныѕ Бaтыс\u200bында 1\u00a0000 əке"
    assert CHARS(noisy) == "Қазақстан Республикасының Батысында 1\u00a0000 әке"


@given(text=ANY)
def test_three_steps_together_idempotent(text):
    out = CHARS(text)
    assert CHARS(out) == out
    assert out.count("\n") == text.count("\n")


@given(st.text(alphabet=st.sampled_from(list("абвқыіңәұүө -,.«»0123456789")), max_size=80))
def test_clean_cyrillic_text_unchanged(text):
    assert CHARS(text) == text
