"""Recording a run for ``explain()``: each step's applied edits as :class:`~.edits.Change` records (and the offset
map), and the edits a step left out because the text there is in another language as :class:`~.edits.Skip`
records.  :meth:`~.pipeline.Pipeline.run` calls these after each step when it records.
"""
from __future__ import annotations

from typing import List, Set, Tuple

from .edits import Change, Edit, Result, Skip, apply_edits

__all__ = ["record_edits", "record_skips"]


def record_edits(rec: Result, name: str, text: str, edits: List[Edit]) -> str:
    """Apply ``edits`` (validated) to ``text`` and record them in ``rec`` (changes and offsets).

    Each record reads alone: where an edit falls inside text an earlier step changed, its original span is
    the whole of that earlier change (``span_to_original`` widens it), so the record's ``before`` and
    ``replacement`` cover the same stretch as the step saw it and left it (``жанеде`` -> ``және де``, not
    ``жанеде`` -> `` ``); edits of the step that fall in one such stretch make one record.
    """
    new_text = apply_edits(text, edits)
    offsets, original, changes = rec.offsets, rec.original, rec.changes
    groups: List[list] = []  # [cs, ce, os_, oe, [edits]]
    for e in edits:
        os_, oe = offsets.span_to_original(e.start, e.end)
        cs, ce = e.start, e.end
        if original[os_:oe] != text[cs:ce]:  # inside an earlier change: the stretch as this step saw it
            cs = min(cs, offsets.to_clean(os_))
            ce = max(ce, offsets.to_clean(oe))
        if groups and (cs < groups[-1][1] or os_ < groups[-1][3]):  # the same stretch as the last record
            g = groups[-1]
            g[1], g[3] = max(g[1], ce), max(g[3], oe)
            g[4].append(e)
        else:
            groups.append([cs, ce, os_, oe, [e]])
    for cs, ce, os_, oe, group in groups:
        if len(group) == 1 and (cs, ce) == (group[0].start, group[0].end):
            e = group[0]
            changes.append(Change(name, os_, oe, original[os_:oe], e.replacement, e.start, text[e.start:e.end],
                                  e.note, e.confidence))
            continue
        parts, pos = [], cs
        for e in group:
            parts.append(text[pos:e.start])
            parts.append(e.replacement)
            pos = e.end
        parts.append(text[pos:ce])
        note = "; ".join(dict.fromkeys(e.note for e in group if e.note))
        changes.append(Change(name, os_, oe, original[os_:oe], "".join(parts), cs, text[cs:ce], note,
                              min(e.confidence for e in group)))
    offsets.compose(edits, len(new_text))
    return new_text


def record_skips(rec: Result, name: str, text: str, skipped: list, cut: float) -> None:
    """Record in ``rec.skipped`` the edits the step ``name`` left out (``skipped``: ``(step, edit, language,
    scope, note)``, put there by ``kaznorm.text.language`` while the step ran on ``text``), then empty the list.

    Call it before the step's own edits are recorded: the offsets still map ``text`` to the original.  Only what
    the step itself left out counts (a step that consults another, as encoding asks invisible, says nothing for
    it), only an edit sure enough to have been applied (``cut``) and that changes something, once each (a step
    that runs again in the second pass proposes it again).
    """
    seen: Set[Tuple[int, int, str]] = {(k.start, k.end, k.replacement) for k in rec.skipped if k.step == name}
    offsets, original = rec.offsets, rec.original
    for step, e, language, scope, note in skipped:
        if step != name or e.confidence < cut or text[e.start:e.end] == e.replacement:
            continue
        os_, oe = offsets.span_to_original(e.start, e.end)
        if (os_, oe, e.replacement) in seen:
            continue
        seen.add((os_, oe, e.replacement))
        rec.skipped.append(Skip(name, os_, oe, original[os_:oe], text[e.start:e.end], e.replacement, language,
                                scope, note))
    skipped.clear()
