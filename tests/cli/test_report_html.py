"""The HTML audit report (issue 20, part 2) without a browser: the sample (bounded, uniform, seeded,
the same whatever --jobs and the chunking), the escaping of corpus text, the totals against --stats,
the size of the page, and the two ways to ask for it (``clean --report``, ``kaznorm report``).
tests/integration/test_report_browser.py renders the page in headless Chromium."""
import hashlib
import base64
import json
import re
from collections import Counter
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest

from kaznorm import chunks
from kaznorm.report_html.assets import SCRIPT, content_security_policy
from kaznorm.report_html.render import ReportData, render, show
from kaznorm.report_html.sample import CONTEXT, SPAN, ChunkSampler, Reservoir, make_sample, snippet
from clihelp import run, run_proc

# Sentences written for these tests, each with a fault a step repairs (one is clean).
KAZ = [
    "Біз кеше \"жаңа\" кітап сатып алдық..",  # punctuation (quotes, doubled full stop)
    "Ауылда экономиканын дамуы жақсы",  # keyboard
    "Олар бірбірін жақсы таниды",  # segment (compound hyphen)
    "Бүгін тағыда жаңбыр жауды",  # particle
    "Мен  қалаға бардым ,сосын үйге қайттым",  # spacing
    "Бaлалар мектепке барды",  # lookalike (Latin a)
    "Мұғалім\u200b сабақты бастады",  # invisible
    "Қалада жаңа саябақ ашылды.",  # nothing to change
    "Жапонияжасмемлекеткеэкономикалық",  # segment (run-together words)
]
HOSTILE = [
    "<script>alert(1)</script> тағыда бірбірін",
    "экономиканын </script><script>alert(2)</script> & \"сөз\" 'тағы' &amp; &lt;b&gt;",
    "<img src=x onerror=\"alert(3)\"> Олар  бірбірін <!-- таниды",
]


def write_lines(path, lines):
    path.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    return path


class Page(HTMLParser):
    """What the report shows: the steps table (step -> changes), the totals, sample items, script tags."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.counts, self.totals, self.items, self.scripts = {}, {}, Counter(), []
        self.texts = []  # the text of each sample's line
        self._row = self._cell = self._total = self._text = None
        self._cells = []
        self._buf = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts.append(a)
        if tag == "tr" and "data-step" in a:
            self._row, self._cells = a["data-step"], []
        if tag == "td" and self._row is not None:
            self._cell, self._buf = True, []
        if tag == "li" and "data-step" in a:
            self.items[a["data-step"]] += 1
        if tag == "li" and (a.get("id") or "").startswith("total-"):
            self._total, self._buf = a["id"][6:], []
        if tag == "div" and a.get("class") == "text":
            self._text, self._tbuf = True, []

    def handle_endtag(self, tag):
        if tag == "td" and self._cell:
            self._cells.append("".join(self._buf).strip())
            self._cell = None
        if tag == "tr" and self._row is not None:
            self.counts[self._row] = number(self._cells[1])
            self._row = None
        if tag == "b" and self._total:
            self.totals[self._total] = number("".join(self._buf))
            self._total = None
        if tag == "div" and self._text:
            self.texts.append("".join(self._tbuf))
            self._text = None

    def handle_data(self, data):
        self._buf.append(data)
        if self._text:
            self._tbuf.append(data)


def number(text):
    return int(re.sub(r"\D", "", text))


# --------------------------------------------------------------------------- the sample


class FakeChange(SimpleNamespace):
    pass


def change(step, start=0, end=1, original="x", replacement="y"):
    return FakeChange(step=step, start=start, end=end, original=original, replacement=replacement, note="n",
                      confidence=1.0)


def sample_of(n_lines, k, seed, chunk_lines, steps=("a", "b")):
    """Offer one change of each step on each of ``n_lines`` lines, in chunks of ``chunk_lines``."""
    res = Reservoir(k)
    for first in range(1, n_lines + 1, chunk_lines):
        cs = ChunkSampler(k, seed, "f.txt", first)
        for idx in range(min(chunk_lines, n_lines - first + 1)):
            cs.add(idx, None, "x line", [change(s) for s in steps])
        res.add(cs.samples(), 1)
    return {s: [x.line for x in res.samples(s)] for s in steps}


def test_sample_is_bounded_seeded_and_independent_of_chunking():
    a = sample_of(1000, 7, seed=0, chunk_lines=1000)
    assert all(len(v) == 7 for v in a.values())
    assert all(v == sorted(v) for v in a.values())  # shown in input order
    assert sample_of(1000, 7, seed=0, chunk_lines=13) == a == sample_of(1000, 7, seed=0, chunk_lines=1)
    assert sample_of(1000, 7, seed=1, chunk_lines=1000) != a
    assert a["a"] != a["b"]  # each step has its own sample
    small = sample_of(3, 7, seed=0, chunk_lines=2)
    assert small == {"a": [1, 2, 3], "b": [1, 2, 3]}  # fewer changes than k: all of them


def test_sample_is_uniform():
    n, k, rounds = 20, 5, 1500
    seen = Counter()
    for seed in range(rounds):
        seen.update(sample_of(n, k, seed, chunk_lines=6, steps=("a",))["a"])
    expected = rounds * k / n  # 375
    assert set(seen) == set(range(1, n + 1))
    assert all(abs(c - expected) < 0.2 * expected for c in seen.values()), seen


def test_sample_keeps_a_bounded_context():
    line = "а" * 5000 + "Бaлалар" + "б" * 5000
    c = change("lookalike", 5000, 5007, "Бaлалар", "Балалар")
    s = make_sample(1, "f.txt", 3, 0, None, line, c)
    assert s.before == "а" * CONTEXT and s.after == "б" * CONTEXT and s.cut_left and s.cut_right
    assert (s.original, s.cut) == ("Бaлалар", 0)
    long = make_sample(1, "f", 1, 0, None, "x" * 1000, change("encoding", 0, 1000, "x" * 1000, "y" * 999))
    assert len(long.original) == SPAN and long.cut == 1000 - SPAN and long.cut_replacement == 999 - SPAN
    assert snippet("abcdef", 2, 3, width=1) == ("b", "d", True, True)
    assert snippet("abcdef", 0, 6, width=1) == ("", "", False, False)


# --------------------------------------------------------------------------- escaping


def test_show_escapes_and_makes_invisible_characters_visible():
    assert show("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert show("a & \"b\" 'c'") == "a &amp; &quot;b&quot; &#x27;c&#x27;"
    zw = show("сөз\u200bдер\u202e\t\ud800")
    assert "\u200b" not in zw and "U+200B" in zw and "U+202E" in zw and "U+0009" in zw and "U+D800" in zw
    assert show("Қазақ тілі — ана тілі") == "Қазақ тілі — ана тілі"


def hostile_page():
    samples = []
    for i, line in enumerate(HOSTILE, 1):
        c = change("segment", 0, 8, line[:8], "</script>&\"'")
        c.note = "<b>note</b></script>"
        samples.append(make_sample(i, "<evil>\"name'.txt", i, 0, "meta.<x>", line, c))
    stats = {"files": 1, "lines": 3, "lines_changed": 3, "changes": {"segment": 3}}
    data = ReportData("0", "default", ["segment"], {"segment": "doc <i>"}, stats, {"segment": samples}, 50, 0,
                      ["<evil>\"name'.txt"], "meta.<x>")
    return render(data)


def test_render_shows_corpus_text_as_text():
    page = hostile_page()
    assert page.count("<script") == 1 and page.count("</script") == 1  # the report's own script only
    assert "<script>alert" not in page and "<img" not in page and "<!--" not in page and "<b>note" not in page
    assert page.index("</script>") > page.rindex("data-step=")  # the script is last and holds no corpus text
    parsed = Page(page)
    # the text a reader sees is the corpus text: the line, with the original span and its replacement
    assert parsed.texts == [x[:8] + "</script>&\"'" + x[8:] for x in HOSTILE]
    assert parsed.items == {"segment": 3} and parsed.counts == {"segment": 3}


def test_page_loads_nothing_and_allows_only_its_own_script():
    page = hostile_page()
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode()
    csp = content_security_policy()
    assert "default-src 'none'" in csp and f"script-src 'sha256-{digest}'" in csp and "unsafe-inline" not in \
        csp.split("script-src")[1]
    assert f"<script>{SCRIPT}</script>" in page
    assert re.search(r"\s(src|srcset|action|formaction)=", page) is None
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', page))


# --------------------------------------------------------------------------- the console script


@pytest.fixture
def corpus(tmp_path):
    return write_lines(tmp_path / "in.txt", KAZ * 3 + HOSTILE)


def test_clean_report_totals_match_stats(corpus, tmp_path, capsys):
    out, rep, st = tmp_path / "out.txt", tmp_path / "report.html", tmp_path / "stats.json"
    code, _, err = run([corpus, "-o", out, "--report", rep, "--stats", st, "--jobs", "1"], capsys)
    assert code == 0, err
    stats = json.loads(st.read_text())
    page = Page(rep.read_text(encoding="utf-8"))
    assert page.counts == stats["changes"]
    assert page.totals["lines"] == stats["lines"] == len(KAZ) * 3 + len(HOSTILE)
    assert page.totals["lines-changed"] == stats["lines_changed"]
    assert page.totals["changes"] == sum(stats["changes"].values())
    assert {s: n for s, n in page.items.items()} == {s: n for s, n in stats["changes"].items() if n}  # all < 50
    plain = tmp_path / "plain.txt"
    assert run([corpus, "-o", plain, "--jobs", "1"], capsys)[0] == 0
    assert plain.read_bytes() == out.read_bytes()  # the report changes nothing in the output


def test_report_command_writes_the_report_only(corpus, tmp_path, capsys):
    rep = tmp_path / "r.html"
    code, out, err = run(["report", corpus, "-o", rep, "--jobs", "1"], capsys)
    assert code == 0 and out == "" and err == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "r.html"]
    rep2 = tmp_path / "r2.html"
    assert run(["clean", corpus, "-o", tmp_path / "o.txt", "--report", rep2, "--jobs", "1"], capsys)[0] == 0
    assert rep.read_bytes() == rep2.read_bytes()  # the same page either way, byte for byte
    proc = run_proc("report", corpus, "--jobs", "1")  # stdout, not a terminal: the page
    assert proc.returncode == 0 and proc.stdout == rep.read_bytes()


def test_sample_same_for_any_jobs_and_bounded(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_LINES", 5)  # several chunks, so --jobs 2 really uses workers
    pages = {}
    for jobs, seed in (("1", "0"), ("2", "0"), ("1", "9")):
        rep = tmp_path / f"r{jobs}-{seed}.html"
        code, _, err = run(["report", corpus, "-o", rep, "--jobs", jobs, "--report-sample", "2",
                            "--report-seed", seed], capsys)
        assert code == 0, err
        pages[jobs, seed] = rep.read_bytes()
    assert pages["1", "0"] == pages["2", "0"]
    assert pages["1", "0"] != pages["1", "9"]
    page = Page(pages["1", "0"].decode("utf-8"))
    assert page.items and max(page.items.values()) == 2 and page.counts["segment"] > 2


def test_report_size_is_bounded(tmp_path, capsys):
    long_line = "Қала " * 2000 + "экономиканын " + "дала " * 2000  # a long line: only its context is kept
    lines = [f"{KAZ[i % len(KAZ)]} {KAZ[(i * 7) % len(KAZ)]}" for i in range(3000)] + [long_line]
    src = write_lines(tmp_path / "big.txt", lines)
    rep, st = tmp_path / "r.html", tmp_path / "s.json"
    assert run(["report", src, "-o", rep, "--stats", st, "--jobs", "1"], capsys)[0] == 0
    stats = json.loads(st.read_text())
    page = Page(rep.read_text(encoding="utf-8"))
    busy = [s for s, n in stats["changes"].items() if n]
    assert sum(stats["changes"].values()) > 5000 and all(page.items[s] == min(50, stats["changes"][s]) for s in busy)
    assert rep.stat().st_size < 1500 * 50 * len(busy) + 30000  # about 1.5 KB a sampled change at most
    assert max(len(t) for t in page.texts) < 2 * CONTEXT + 2 * SPAN + 10


def test_report_options_are_checked(corpus, tmp_path, capsys):
    code, _, err = run(["clean", corpus, "--report", "-"], capsys)  # both on stdout
    assert code == 2 and "--report" in err and "stdout" in err
    code, _, err = run(["report", corpus, "-o", corpus], capsys)
    assert code == 2 and "also an input" in err
    code, _, err = run(["report", corpus, "--report-sample", "-1"], capsys)
    assert code == 2 and "--report-sample" in err


def test_no_report_when_the_run_fails(tmp_path, capsys):
    src = tmp_path / "bad.txt"
    src.write_bytes("Олар бірбірін таниды\n".encode() + b"\xff\xfe bad\n")
    rep = tmp_path / "r.html"
    code, _, err = run(["report", src, "-o", rep, "--jobs", "1"], capsys)
    assert code == 2 and "line 2" in err and not rep.exists()
    code, _, err = run(["report", src, "-o", rep, "--jobs", "1", "--errors", "replace"], capsys)
    assert code == 0 and rep.exists()


def test_report_of_json_lines_names_the_field(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "meta": {"body": x}}, ensure_ascii=False) + "\n"
                           for i, x in enumerate(KAZ)), encoding="utf-8")
    rep = tmp_path / "r.html"
    assert run(["report", src, "--field", "meta.body", "-o", rep, "--jobs", "1"], capsys)[0] == 0
    html = rep.read_text(encoding="utf-8")
    assert "field meta.body" in html and "JSON field <b>meta.body</b>" in html
    assert Page(html).items["keyboard"] == 1
