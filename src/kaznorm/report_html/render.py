"""The audit report as one self-contained HTML page: totals, a bar chart of the changes per step
(inline SVG), a table, and each step's sampled changes shown in their line.

Every piece of corpus text (lines, spans, notes, file names) goes through :func:`show`:
``html.escape(quote=True)``, and characters a reader could not see or that would disturb the
page (controls, zero-width and bidi characters, exotic spaces, lone surrogates) shown as their
code point.  So the page displays whatever the corpus holds as text: a ``<script>`` in a line is
shown, never run.  The page loads nothing (no fonts, images or scripts from anywhere; see
:mod:`.assets` for its Content-Security-Policy).
"""
from __future__ import annotations

import html
import unicodedata
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence

from .assets import CSS, SCRIPT, content_security_policy
from .sample import SPAN, Sample

__all__ = ["ReportData", "render", "show"]

MAX_INPUTS_SHOWN = 20  # input names listed in the header (the rest are counted)


class ReportData(NamedTuple):
    """What the page shows (the sampling and the counting happened before)."""

    version: str
    profile: str
    steps: Sequence[str]  # the pipeline's steps, in order
    docs: Dict[str, str]  # step -> description
    stats: dict  # the run's statistics (as --stats writes them): files, lines, lines_changed, changes...
    samples: Dict[str, List[Sample]]  # step -> its sampled changes, in input order
    sample_size: int  # --report-sample
    seed: int  # --report-seed
    inputs: Sequence[str]  # the first input names (at most MAX_INPUTS_SHOWN)
    field: Optional[str] = None  # JSON lines: the field cleaned


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _codepoint(ch: str) -> str:
    name = unicodedata.name(ch, "")
    label = f"U+{ord(ch):04X}"
    title = f"{label} {name}" if name else label
    return f'<span class="cp" title="{esc(title)}">{label}</span>'


def show(text: str) -> str:
    """``text`` as HTML text: escaped, and invisible or disruptive characters as a visible code point."""
    out: List[str] = []
    plain = 0
    for i, ch in enumerate(text):
        if ch.isprintable():  # not a control, format, private-use, unassigned or separator character but ' '
            continue
        if plain < i:
            out.append(esc(text[plain:i]))
        out.append(_codepoint(ch))
        plain = i + 1
    if plain == 0:
        return esc(text)
    out.append(esc(text[plain:]))
    return "".join(out)


def _num(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")  # a narrow no-break space between thousands


def _plural(n: int, word: str) -> str:
    return f"{_num(n)} {word}" + ("" if n == 1 else "s")


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "–"


def _step_id(step: str) -> str:
    return "s-" + "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "_" for ch in step)


def _chart(steps: Sequence[str], changes: Dict[str, int]) -> str:
    """One horizontal bar a step, labelled with its count; the longest bar is the largest count."""
    label_w, bar_w, count_w, row_h = 140, 470, 90, 24
    width = label_w + bar_w + count_w
    height = row_h * max(1, len(steps)) + 4
    top = max((changes.get(s, 0) for s in steps), default=0)
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>Changes per step</title>']
    for i, step in enumerate(steps):
        n = changes.get(step, 0)
        y = 2 + i * row_h
        w = 0 if not top else max(1 if n else 0, round(bar_w * n / top))
        parts.append(f'<g data-step="{esc(step)}"><title>{esc(step)}: {_plural(n, "change")}</title>'
                     f'<text class="label" x="0" y="{y + 16}">{esc(step)}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 8}" rx="2"></rect>'
                     f'<text class="count" x="{label_w + w + 6}" y="{y + 16}">{_num(n)}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def _table(data: ReportData, changes: Dict[str, int]) -> str:
    total = sum(changes.get(s, 0) for s in data.steps)
    rows = ['<table class="steps"><thead><tr><th>step</th><th class="num">changes</th><th class="num">share</th>'
            '<th class="num">shown</th><th>what it repairs</th></tr></thead><tbody>']
    for step in data.steps:
        n = changes.get(step, 0)
        name = (f'<a href="#step={esc(step)}">{esc(step)}</a>' if n else esc(step))
        rows.append(f'<tr data-step="{esc(step)}"><td>{name}</td><td class="num">{_num(n)}</td>'
                    f'<td class="num">{_pct(n, total)}</td><td class="num">{len(data.samples.get(step, ()))}</td>'
                    f'<td class="doc">{esc(data.docs.get(step, ""))}</td></tr>')
    rows.append(f'</tbody><tfoot><tr><th>all steps</th><th class="num" id="changes-total">{_num(total)}</th>'
                f'<th></th><th class="num">{sum(len(v) for v in data.samples.values())}</th><th></th></tr>'
                f'</tfoot></table>')
    return "".join(rows)


def _span(text: str, cut: int) -> str:
    if not cut:
        return show(text)
    half = SPAN // 2
    return f'{show(text[:half])}<span class="more">…[{_num(cut)} characters]…</span>{show(text[half:])}'


def _letters(original: str, replacement: str) -> str:
    """For a short same-length substitution, the code points of the letters that differ (``a`` U+0061 and
    ``а`` U+0430 look alike), else ''."""
    if len(original) != len(replacement) or not original or len(original) > 40:
        return ""
    pairs = [(a, b) for a, b in zip(original, replacement) if a != b]
    if not pairs or len(pairs) > 3:
        return ""
    shown = ", ".join(f"{show(a)} U+{ord(a):04X} → {show(b)} U+{ord(b):04X}" for a, b in pairs)
    return f'<span class="letters">{shown}</span>'


def _change(s: Sample) -> str:
    where = f"{s.file}:{s.line}"
    meta = [f'<span class="where">{show(where)}</span>']
    if s.field is not None:
        meta.append(f"<span>field {show(s.field)}</span>")
    meta.append(f"<span>characters {s.start}–{s.end}</span>")
    letters = _letters(s.original, s.replacement) if not (s.cut or s.cut_replacement) else ""
    if letters:
        meta.append(letters)
    if s.confidence < 1.0:
        meta.append(f'<span class="conf">confidence {s.confidence:.2f}</span>')
    text = ['<div class="text">']
    if s.cut_left:
        text.append('<span class="more">…</span>')
    text.append(show(s.before))
    if s.original:
        text.append(f'<del title="original">{_span(s.original, s.cut)}</del>')
    if s.replacement:
        text.append(f'<ins title="replacement">{_span(s.replacement, s.cut_replacement)}</ins>')
    elif s.original:
        text.append('<ins class="gone" title="removed">∅</ins>')
    text.append(show(s.after))
    if s.cut_right:
        text.append('<span class="more">…</span>')
    text.append("</div>")
    note = f'<div class="note">{show(s.note)}</div>' if s.note else ""
    return f'<li data-step="{esc(s.step)}"><div class="meta">{"".join(meta)}</div>{"".join(text)}{note}</li>'


def _section(data: ReportData, step: str, n: int) -> str:
    samples = data.samples.get(step, [])
    head = (f'<section class="step card" id="{_step_id(step)}" data-step="{esc(step)}">'
            f'<h2>{esc(step)} <small><span class="count">{_num(n)}</span> change{"" if n == 1 else "s"} · '
            f'<span class="shown-count">{len(samples)}</span> shown</small></h2>'
            f'<p class="doc">{esc(data.docs.get(step, ""))}</p>')
    items = "".join(_change(s) for s in samples)
    return head + f'<ol class="changes">{items}</ol></section>'


def _filter(steps: Iterable[str]) -> str:
    boxes = "".join(f'<label><input type="checkbox" data-filter="{esc(s)}" checked> {esc(s)}</label>' for s in steps)
    return ('<nav id="filter" class="card" hidden><fieldset><legend>Steps</legend>' + boxes +
            '<button type="button" id="filter-all">all</button><button type="button" id="filter-none">none</button>'
            '<span id="shown"></span></fieldset></nav>')


def render(data: ReportData) -> str:
    """The whole page."""
    st = data.stats
    changes: Dict[str, int] = dict(st.get("changes", {}))
    steps = list(data.steps) + [s for s in changes if s not in data.steps]  # (a step that ran without a name)
    data = data._replace(steps=steps)
    lines, changed = st.get("lines", 0), st.get("lines_changed", 0)
    total = sum(changes.get(s, 0) for s in steps)
    with_changes = [s for s in steps if changes.get(s, 0)]
    inputs = ", ".join(show(p) for p in data.inputs)
    more = st.get("files", 0) - len(data.inputs)
    if more > 0:
        inputs += f" and {_num(more)} more"
    field = f"; JSON field <b>{show(data.field)}</b>" if data.field else ""
    totals = [("lines", _num(lines), "lines read"),
              ("lines-changed", _num(changed), f"lines changed ({_pct(changed, lines)})"),
              ("changes", _num(total), "changes"),
              ("files", _num(st.get("files", 0)), "files")]
    skipped = st.get("skipped_lines", 0)
    if skipped:
        totals.append(("skipped", _num(skipped), "lines skipped (--errors skip)"))
    totals_html = "".join(f'<li id="total-{k}"><b>{v}</b><span>{label}</span></li>' for k, v, label in totals)
    body = [
        '<main><header><h1>kaznorm audit report</h1>',
        f'<p class="lead">kaznorm {esc(data.version)}, profile <b>{esc(data.profile)}</b>{field}; inputs: {inputs}. '
        f'Up to {_num(data.sample_size)} changes a step are shown, a uniform random sample (seed {data.seed}); '
        f'each is the original line with the original text <del>struck out</del> and its replacement '
        f'<ins>marked</ins>.</p></header>',
        f'<section class="card" id="overview"><h2>Totals</h2><ul class="totals">{totals_html}</ul>',
        f'<div class="chart-box">{_chart(steps, changes)}</div>{_table(data, changes)}</section>',
    ]
    if with_changes:
        body.append(_filter(with_changes))
        body.extend(_section(data, s, changes[s]) for s in with_changes)
    else:
        body.append('<section class="card"><p class="empty">No step changed anything.</p></section>')
    body.append("</main>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{esc(content_security_policy())}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="referrer" content="no-referrer">'
            f"<title>kaznorm audit report</title><style>{CSS}</style></head>\n<body>"
            + "\n".join(body) + f"\n<script>{SCRIPT}</script></body></html>\n")
