"""Which lines are JSON and which field is cleaned: --field means JSON lines (item 3 of issue 18),
a missing or misspelt field is reported (item 9), --only '' is refused (item 13, the CLI half)."""
import json
import subprocess
import sys

import pytest

import kaznorm
from clihelp import LINES, run, run_proc

QUOTED = 'Ол "Абай" кітабын  оқыды..'


def records(*texts, key="text"):
    return "".join(json.dumps({"id": i, key: t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))


def test_field_on_stdin_means_json_lines():
    data = records(QUOTED, LINES[0]).encode()
    proc = subprocess.run([sys.executable, "-m", "kaznorm", "--field", "text", "--jobs", "1"], input=data,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    got = [json.loads(x) for x in proc.stdout.decode().splitlines()]  # still JSON: no quote became «»
    assert [g["text"] for g in got] == [kaznorm.clean(QUOTED), kaznorm.clean(LINES[0])]
    assert [g["id"] for g in got] == [0, 1]


def test_field_means_json_lines_whatever_the_file_name(tmp_path, capsys):
    for name in ("data.json", "data.txt"):
        src = tmp_path / name
        src.write_text(records(QUOTED), encoding="utf-8")
        args = [src, "--jobs", "1"] + (["--field", "text"] if name.endswith(".txt") else [])
        code, out, err = run(args, capsys)
        assert code == 0, err
        assert json.loads(out)["text"] == kaznorm.clean(QUOTED)


def test_field_with_format_text_is_refused(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(QUOTED + "\n", encoding="utf-8")
    code, _, err = run([src, "--field", "text", "--format", "text"], capsys)
    assert code == 2 and "--field" in err and "--format text" in err


def test_json_document_gets_a_hint(tmp_path, capsys):
    src = tmp_path / "doc.json"
    src.write_text(json.dumps([{"text": QUOTED}], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    code, _, err = run([src, "--jobs", "1"], capsys)
    assert code == 2
    assert "doc.json: line 1" in err and "JSON lines" in err and "jq -c" in err


def test_json_lines_read_as_text_are_pointed_out():
    data = records(QUOTED).encode()
    proc = run_proc("--jobs", "1", input=data)
    assert proc.returncode == 0
    err = proc.stderr.decode()
    assert "<stdin>" in err and "JSON" in err and "--field" in err
    proc = run_proc("--jobs", "1", "--format", "text", input=data)  # said on purpose: no warning
    assert proc.returncode == 0 and proc.stderr == b""


def test_missing_field_is_reported_and_counted(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(records(QUOTED, LINES[0], LINES[1]), encoding="utf-8")
    stats = tmp_path / "stats.json"
    code, out, err = run([src, "--field", "txt", "--stats", stats, "--jobs", "1"], capsys)
    assert code == 0
    assert out == src.read_text(encoding="utf-8")  # nothing cleaned, nothing lost
    assert "'txt'" in err and "3 of 3 records" in err and "id, text" in err
    st = json.loads(stats.read_text())
    assert st["records"] == 3 and st["records_without_field"] == 3


def test_field_that_is_not_a_string_is_reported(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"meta": {"body": t}}, ensure_ascii=False) + "\n" for t in LINES),
                   encoding="utf-8")
    code, out, err = run([src, "--field", "meta", "--jobs", "1"], capsys)
    assert code == 0 and out == src.read_text(encoding="utf-8")
    assert "not a string" in err and "'meta'" in err


def test_a_few_records_without_the_field_are_fine(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(records(*LINES) + json.dumps({"id": 9}) + "\n", encoding="utf-8")
    code, out, err = run([src, "--jobs", "1"], capsys)
    assert code == 0 and err == ""
    assert [json.loads(x).get("text") for x in out.splitlines()] == [kaznorm.clean(x) for x in LINES] + [None]


@pytest.mark.parametrize("field", ["a.²", "a.٣", "text.0"])
def test_odd_field_paths_are_not_internal_errors(tmp_path, capsys, field):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"a": ["x", "y", "z", "w"], "text": "Ол  келді"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    code, out, err = run([src, "--field", field, "--jobs", "1"], capsys)
    assert code == 0, err
    assert "internal error" not in err and out == src.read_text(encoding="utf-8")
    assert repr(field) in err  # reported as missing


@pytest.mark.parametrize("only", ["", ",", " , "])
def test_only_with_no_step_names_is_refused(tmp_path, capsys, only):
    src = tmp_path / "a.txt"
    src.write_text(LINES[0] + "\n", encoding="utf-8")
    code, out, err = run([src, "--only", only], capsys)
    assert code == 2 and out == ""
    assert "--only" in err and "step" in err


def test_help_shows_how_the_profiles_differ():
    from kaznorm.cli.profile import steps_text

    text = " ".join(steps_text(width=200).split())
    assert "aggressive" in text and "min confidence 0.5" in text
    assert "keyboard: ratio=3.0 (default 4.0)" in text  # the aggressive profile's own settings are shown
    default_line = next(l for l in steps_text(width=400).splitlines() if l.strip().startswith("default "))
    assert "(default" not in default_line  # the default profile changes no setting


def test_script_latin_and_cyrillic(tmp_path):
    """kaznorm clean --script latin writes the official 2021 Latin; --script cyrillic reads Latin-typed Kazakh back."""
    from kaznorm.cli import main

    src = tmp_path / "in.txt"
    src.write_text("Бұл кітап жақсы.\nJaqsy komektesedi, rahmet!\n", encoding="utf-8")
    out = tmp_path / "latin.txt"
    assert main(["clean", str(src), "-o", str(out), "--script", "latin"]) == 0
    assert out.read_text(encoding="utf-8").splitlines()[0] == "Būl kıtap jaqsy."
    back = tmp_path / "cyr.txt"
    assert main(["clean", str(src), "-o", str(back), "--script", "cyrillic"]) == 0
    assert back.read_text(encoding="utf-8").splitlines() == ["Бұл кітап жақсы.", "Жақсы көмектеседі, рахмет!"]
