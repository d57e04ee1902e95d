"""The ``typo`` step's path for и written for ый/ій, or ый/ій for и (силық: сыйлық, қыйындық: қиындық).

И is a composite letter: it spells ый in back-vowel words and ій in front-vowel ones (KAZAKH_FACTS §1.3), and
the spelling rules keep ый/ій in some words (сыйлық, a derivative of сый) and и in others (қиын), so writers put
one for the other.  Symspell's one-edit search never finds such a word (ый for и is two edits).
:func:`~kaznorm.steps.typo_model.typo_token` asks :func:`composite_i_slip` for a lower-case word the corpora never
count (unknown, or known only from the word lists or the morphology), not Russian or English.  ый/ій written
for и is also the older spelling that edited text keeps (қамтыйды), so it has a lower confidence
(``Config.composite_old_confidence``: the aggressive profile's).
"""
from __future__ import annotations

from typing import Optional, Tuple

from ..kazakh.errors import composite_i_variants, composite_y_variants
from ..lexicon.queries import corpus_count

__all__ = ["composite_i_slip"]

NOTHING = (None, "", 0.0)


def composite_i_slip(lw: str, lex, cfg) -> Tuple[Optional[str], str, float]:
    """(replacement or None, note, confidence) for the lower-case ``lw``: the variant of
    :func:`~kaznorm.kazakh.errors.composite_i_variants` the corpora count ``cfg.composite_min_count`` times or more,
    when it is the only one or counted ``cfg.ratio`` times as often as the next (``cfg``: the typo step's
    :class:`~kaznorm.steps.typo_model.Config`)."""
    spelt_out = composite_y_variants(lw)
    found = sorted(((corpus_count(lex, v), v) for v in composite_i_variants(lw) | spelt_out), reverse=True)
    found = [(n, v) for n, v in found if n >= cfg.composite_min_count]
    if not found or (len(found) > 1 and found[0][0] < cfg.ratio * found[1][0]):
        return NOTHING
    n, best = found[0]
    if best in spelt_out:
        return best, f"typo: й+а/й+у spelt out for я/ю: {best}({int(n)})", cfg.composite_confidence
    if len(best) < len(lw):  # (ый/ій written where the rules now write и: also the older spelling, қамтыйды)
        return best, f"typo: ый/ій written for и: {best}({int(n)})", cfg.composite_old_confidence
    return best, f"typo: и written for ый/ій: {best}({int(n)})", cfg.composite_confidence
