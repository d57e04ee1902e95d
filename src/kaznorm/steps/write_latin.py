"""The ``write_latin`` step: every Cyrillic word written in the official 2021 Latin alphabet.

Letter by letter (:func:`kaznorm.kazakh.latin.write`), with Turkic casing (и → i, И → İ; і → ı, І → I) and the
loan-letter table (ё io, ю iu, я ia, ц ts, ч ch, щ şş, э e, ь/ъ dropped: ``kaznorm.kazakh.latin.LOAN_LETTERS``).
Latin text is left as it is: Kazakh typed in another Latin alphabet is first read into Cyrillic by the
``latin`` step, when the pipeline has it.  No profile runs this step; :func:`kaznorm.latin.with_script`
puts it at the end of a pipeline (``kaznorm clean --script latin``), and :func:`kaznorm.to_latin` runs it alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List

from ..core.context import Context
from ..core.edits import Edit
from ..core.registry import register
from ..kazakh.latin import ALPHABETS, write

__all__ = ["Config", "write_latin"]

_CYR_WORD = re.compile("[\u0400-\u04ff]+")


@dataclass(frozen=True)
class Config:
    """Settings of the ``write_latin`` step."""

    # the Latin alphabet written: "2021" (official), or the drafts "2018" (acute accents), "2017" (apostrophes)
    alphabet: str = "2021"


@register("write_latin", doc="write Cyrillic words in the official 2021 Latin alphabet (not in any profile)",
          config=Config)
def write_latin(text: str, ctx: Context) -> List[Edit]:
    cfg: Config = ctx.config("write_latin")
    if cfg.alphabet not in ALPHABETS:
        raise ValueError(f"write_latin: unknown alphabet {cfg.alphabet!r}; choose one of {', '.join(ALPHABETS)}")
    note = f"write_latin: {'the official 2021' if cfg.alphabet == '2021' else 'the ' + cfg.alphabet} Latin alphabet"
    edits = []
    for m in _CYR_WORD.finditer(text):
        w = m.group()
        lat = write(w, cfg.alphabet)
        if lat != w:
            edits.append(Edit(m.start(), m.end(), lat, note))
    return edits
