"""The fixed parts of the audit report page: its style sheet, its one script and the
Content-Security-Policy that lets only that script run.

The script holds no corpus text and reads none as code: the samples are escaped HTML, and the
script only shows or hides the sections of the steps ticked in the filter (their ``data-step``
attribute), so nothing in the corpus can reach a script context.  The policy forbids every
network request (``default-src 'none'``) and allows the inline script by its SHA-256 hash, so
even an inline script that escaped the escaping would not run.
"""
from __future__ import annotations

import base64
import hashlib

__all__ = ["CSS", "SCRIPT", "script_hash", "content_security_policy"]

CSS = """
:root { --ink: #1d2330; --muted: #5b6475; --line: #d8dde6; --bg: #f6f7f9; --bar: #3b6fb6;
        --del: #fbd3d0; --del-ink: #8a1c12; --ins: #cdeccf; --ins-ink: #125a1f; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
       font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
.lead { color: var(--muted); margin: 0 0 1rem; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem;
        margin: 0 0 1rem; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 0 0 .75rem; padding: 0; list-style: none; }
.totals b { display: block; font-size: 1.35rem; }
.totals span { color: var(--muted); font-size: .85rem; }
.chart-box { max-width: 700px; margin: 0 0 1rem; }
svg.chart { width: 100%; height: auto; font-size: 13px; }
svg.chart .label { fill: var(--ink); }
svg.chart .count { fill: var(--muted); }
svg.chart rect { fill: var(--bar); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.doc { color: var(--muted); }
a { color: var(--bar); }
#filter { position: sticky; top: 0; z-index: 1; }
#filter fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem .9rem;
                   align-items: center; }
#filter legend { font-weight: 600; float: left; margin-right: .75rem; }
#filter label { white-space: nowrap; cursor: pointer; }
#filter button { font: inherit; font-size: .85rem; padding: .1rem .6rem; cursor: pointer; }
#shown { color: var(--muted); font-size: .85rem; }
section.step h2 small { color: var(--muted); font-weight: normal; font-size: .9rem; }
section.step .doc { color: var(--muted); margin: 0 0 .5rem; }
ol.changes { margin: 0; padding: 0; list-style: none; }
ol.changes li { border-top: 1px solid var(--line); padding: .5rem 0; }
.meta { font-size: .8rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: 0 1rem; }
.meta .where { font-family: ui-monospace, "DejaVu Sans Mono", monospace; color: var(--ink); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .15rem 0; font-size: 1rem; }
del, ins { text-decoration: none; border-radius: 3px; padding: 0 1px; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
ins { background: var(--ins); color: var(--ins-ink); }
.arrow { color: var(--muted); padding: 0 .2rem; }
.cp { font: .7rem ui-monospace, "DejaVu Sans Mono", monospace; border: 1px solid currentColor;
      border-radius: 3px; padding: 0 2px; margin: 0 1px; }
.more { color: var(--muted); }
.note { font-size: .85rem; }
.empty { color: var(--muted); font-style: italic; }
[hidden] { display: none !important; }
""".strip()

# Shows the sections of the ticked steps, hides the others (the ``hidden`` attribute); the filter
# can be given in the address (report.html#step=segment,keyboard) and follows it; marks the
# body ``data-ready`` once it ran.  It builds no HTML and reads no corpus text.
SCRIPT = """
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#filter input[data-filter]"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.step[data-step]"));
  var shown = document.getElementById("shown");
  function apply() {
    var on = {}, n = 0, changes = 0;
    boxes.forEach(function (b) { if (b.checked) { on[b.getAttribute("data-filter")] = true; } });
    sections.forEach(function (s) {
      if (on[s.getAttribute("data-step")]) {
        s.removeAttribute("hidden"); n += 1;
        changes += s.querySelectorAll("ol.changes > li").length;
      } else { s.setAttribute("hidden", ""); }
    });
    if (shown) { shown.textContent = n + " of " + sections.length + " steps, " + changes + " sampled changes shown"; }
  }
  function fromHash() {
    var m = /(?:^#|&)step=([^&]*)/.exec(window.location.hash);
    if (!m) { return false; }
    var want = decodeURIComponent(m[1]).split(",");
    var all = want.length === 1 && (want[0] === "" || want[0] === "*");
    boxes.forEach(function (b) { b.checked = all || want.indexOf(b.getAttribute("data-filter")) >= 0; });
    return true;
  }
  function toHash() {
    var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.getAttribute("data-filter"); });
    var hash = on.length === boxes.length ? "" : "#step=" + encodeURIComponent(on.join(","));
    try { window.history.replaceState(null, "", hash || window.location.pathname); } catch (e) { /* file: URLs */ }
  }
  boxes.forEach(function (b) { b.addEventListener("change", function () { apply(); toHash(); }); });
  [["filter-all", true], ["filter-none", false]].forEach(function (pair) {
    var button = document.getElementById(pair[0]);
    if (button) {
      button.addEventListener("click", function () {
        boxes.forEach(function (b) { b.checked = pair[1]; }); apply(); toHash();
      });
    }
  });
  window.addEventListener("hashchange", function () { if (fromHash()) { apply(); } });
  fromHash();
  apply();
  var filter = document.getElementById("filter");
  if (filter) { filter.removeAttribute("hidden"); }
  document.body.setAttribute("data-ready", "1");
}());
""".strip()


def script_hash(script: str = SCRIPT) -> str:
    """``'sha256-...'``: the CSP source that allows exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(script: str = SCRIPT) -> str:
    """No network of any kind; inline styles; only the report's own script."""
    return ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
            f"script-src {script_hash(script)}; base-uri 'none'; form-action 'none'")
