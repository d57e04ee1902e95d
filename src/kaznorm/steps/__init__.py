"""Built-in steps.  Importing this package registers them with the pipeline.

One module per step; each step is a plain function ``(text, ctx) -> edits`` registered under the one
name used everywhere (profiles, explain, CLI --skip).  Beside them: the models of the bigger steps
(``keyboard_model``, ``typo_model`` and ``typo_layout``, ``segment_model`` and ``segment_evidence``,
``particle_model`` and ``particle_conjunction``) and what the word steps share (``word_cache``, ``quiet_words``,
``refeed``).
Kazakh facts live in :mod:`kaznorm.kazakh`, token scanning and protected spans in :mod:`kaznorm.text`,
the questions put to the lexicon in :mod:`kaznorm.lexicon.queries`.
"""
from importlib import import_module

# Modules are listed in pipeline order.  Word-level families (lexicon-backed)
# come after the lexicon-free ones.
_MODULES = [
    "encoding",
    "invisible",
    "latin",
    "lookalike",
    "lookalike_words",
    "spacing",
    "punctuation",
    "suffix_hyphen",
    "linebreak_hyphen",
    "letter_runs",
    "variants",
    "keyboard",
    "pair_hyphen",
    "segment",
    "particle",
    "typo",
    "write_latin",
]

for _m in _MODULES:
    import_module(f"{__name__}.{_m}")
