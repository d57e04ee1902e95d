"""Built-in steps.  Importing this package registers them with the pipeline.

One module per family; each step is a plain function ``(text, ctx) -> edits``
registered under the one name used everywhere (profiles, explain, CLI --skip).
"""
from importlib import import_module

# Modules are listed in pipeline order.  Word-level families (lexicon-backed)
# come after the lexicon-free ones.
_MODULES = [
    "encoding",
    "invisible",
    "latin",
    "lookalike",
    "spacing",
    "punctuation",
    "suffix_hyphen",
    "linebreak_hyphen",
    "variants",
    "keyboard",
    "segment",
    "particle",
    "typo",
    "write_latin",
]

for _m in _MODULES:
    import_module(f"{__name__}.{_m}")
