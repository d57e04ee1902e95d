"""The audit report in a real browser (issue 20, part 2): headless Chromium renders the report of a
small generated corpus; from the rendered page (the DOM after the scripts ran) the step counts are
those of --stats, the filter script ran under the page's Content-Security-Policy and follows the
address (#step=segment), and the <script> and onerror handlers injected in the corpus did nothing.
A screenshot of the page is kept under the test's tmp_path (its path is printed) so that a failure
can be looked at.  Skipped when Chromium is not installed (.ci/run installs the Debian package).
"""
import json
import os
import re
import shutil
import subprocess

import pytest

from kaznorm.cli import main

CHROMIUM = next((p for p in (os.environ.get("KAZNORM_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                             shutil.which("chromium-browser")) if p and os.path.isfile(p)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (apt-get install chromium)")

# Sentences written for this test, with faults the steps repair, and hostile lines.
LINES = [
    "Біз кеше \"жаңа\" кітап сатып алдық..",
    "Ауылда экономиканын дамуы жақсы",
    "Олар бірбірін жақсы таниды",
    "Бүгін тағыда жаңбыр жауды",
    "Мен  қалаға бардым ,сосын үйге қайттым",
    "Жапонияжасмемлекеткеэкономикалық",
    "<script>document.title='PWNED'</script> Олар бірбірін таниды",
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> экономиканын  өсуі",
    "</script><script>document.body.setAttribute('data-pwned','2')</script> тағыда",
    "<svg onload=\"document.body.setAttribute('data-pwned','3')\"></svg> \"сөз\"..",
]

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--mute-audio", "--hide-scrollbars"]


def chromium(tmp_path, *args):
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args]
    proc = subprocess.run(cmd, capture_output=True, timeout=90, env={**os.environ, "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    return proc.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    src = tmp / "corpus.txt"
    src.write_text("".join(x + "\n" for x in LINES * 4), encoding="utf-8")
    rep, st = tmp / "report.html", tmp / "stats.json"
    assert main(["report", str(src), "-o", str(rep), "--stats", str(st), "--jobs", "1"]) == 0
    return tmp, rep, json.loads(st.read_text())


def visible_sections(dom):
    return {m.group(2): "hidden" in m.group(1) for m in re.finditer(
        r'<section class="step card"([^>]*?data-step="([^"]+)"[^>]*)>', dom)}


def test_rendered_report_counts_and_inert_corpus_script(report):
    tmp, rep, stats = report
    shot = tmp / "report.png"
    chromium(tmp, f"--screenshot={shot}", "--window-size=1366,900", rep.as_uri())
    full = tmp / "report-full.png"  # the samples too, for a look after a failure
    chromium(tmp, f"--screenshot={full}", "--window-size=1366,3000", rep.as_uri())
    print(f"\nscreenshots of the report: {shot} (a laptop screen), {full}")
    assert shot.stat().st_size > 10000 and full.stat().st_size > 10000
    dom = chromium(tmp, "--dump-dom", rep.as_uri())
    (tmp / "report.dom.html").write_text(dom, encoding="utf-8")
    body = re.search(r"<body([^>]*)>", dom).group(1)
    assert 'data-ready="1"' in body  # the page's own script ran (allowed by its CSP hash)
    assert "data-pwned" not in body and re.search(r"<[a-z][^>]*\sdata-pwned=", dom) is None  # no handler ran
    assert re.search(r"<title>([^<]*)</title>", dom).group(1) == "kaznorm audit report"
    assert "PWNED'" in dom  # the injected script is on the page, as text
    shown = {m.group(1): int(re.sub(r"\D", "", m.group(2))) for m in re.finditer(
        r'<tr data-step="([^"]+)"><td>.*?</td><td class="num">([^<]*)</td>', dom)}
    assert shown == stats["changes"]
    for key, want in (("lines", stats["lines"]), ("lines-changed", stats["lines_changed"])):
        got = re.search(rf'<li id="total-{key}"><b>([^<]*)</b>', dom).group(1)
        assert int(re.sub(r"\D", "", got)) == want
    sections = visible_sections(dom)
    assert set(sections) == {s for s, n in stats["changes"].items() if n} and not any(sections.values())
    assert "<nav" in dom and re.search(r'<nav id="filter"[^>]*hidden', dom) is None  # the filter is shown


def test_filter_follows_the_address(report):
    tmp, rep, stats = report
    dom = chromium(tmp, "--dump-dom", rep.as_uri() + "#step=segment,particle")
    sections = visible_sections(dom)
    assert {s for s, hidden in sections.items() if not hidden} == {"segment", "particle"}
    shown = re.search(r'<span id="shown">([^<]*)</span>', dom).group(1)
    assert shown.startswith(f"2 of {len(sections)} steps")
