"""The Kazakh lexicon: is this a word, how common is it, what is it made of, is it Russian or English.

Word steps use only these names; everything loads lazily, once per process::

    from kaznorm.lexicon import default_lexicon
    lex = default_lexicon()
    lex.known("балаларымыздың")      # attested form or a regular inflection of a known stem
    lex.logprob("жылы")              # natural log probability (segmentation)

``Lexicon.from_words(...)`` builds a small in-memory lexicon (tests, custom vocabularies);
``lex.with_words(words, protected)`` adds user words and protected terms to a copy.

The package: :mod:`.data` (data files, format version, loaders), :mod:`.wordlists` (compact word
containers), :mod:`.folding` (lookup keys), :mod:`.lexicon` (``Lexicon``), :mod:`.known` (why a word that is
not listed is known), :mod:`.typo_index` (the symspellpy index for the typo steps, imported on use), :mod:`.queries` (the questions
the word steps ask a lexicon, safe against one that lacks a method or fails).
"""
from __future__ import annotations

from typing import NamedTuple, Tuple

from .data import (FORMAT_VERSION, LexiconDataError, data_dir, load_acronyms, load_bases, load_data,
                   load_doubtful, load_pairs, load_russian, load_separate, load_stems)
from .folding import fold
from .lexicon import Lexicon, default_lexicon

__all__ = ["Lexicon", "Analysis", "default_lexicon", "data_dir", "load_data", "load_stems", "fold", "FORMAT_VERSION",
           "LexiconDataError", "load_bases", "load_separate", "load_pairs", "load_doubtful", "load_russian",
           "load_acronyms"]


def __getattr__(name):  # Analysis lives in the analyser module, imported only when needed
    if name == "Analysis":
        try:
            from ..kazakh.analyser import Analysis
        except ImportError:  # pragma: no cover
            Analysis = _Analysis
        return Analysis
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Analysis(NamedTuple):
    stem: str
    pos: str
    suffixes: Tuple[str, ...]
