"""Corpus I/O helpers: line endings, dotted paths, atomic writes, chunk cleaning, interruption."""
import gzip
import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kaznorm.cli import main
from kaznorm.outputs import AtomicWriter
from kaznorm.io import (
    InputError,
    compression_of,
    detect_format,
    expand_inputs,
    get_path,
    parse_path,
    same_file,
    set_path,
    split_ending,
)
from kaznorm.parallel import Job, clean_lines, ordered_map, Chunk
from kaznorm import Edit, Pipeline, Step


def _shout(text, ctx):  # a test step: "ой" -> "ОЙ"
    out, i = [], text.find("ой")
    while i >= 0:
        out.append(Edit(i, i + 2, "ОЙ"))
        i = text.find("ой", i + 2)
    return out


SHOUT = Pipeline([Step("shout", _shout, "test step")])
EMPTY = Pipeline([])


@pytest.mark.parametrize("raw,body,ending", [
    (b"abc\n", b"abc", b"\n"),
    (b"abc\r\n", b"abc", b"\r\n"),
    (b"abc", b"abc", b""),
    (b"\n", b"", b"\n"),
    (b"a\rb\n", b"a\rb", b"\n"),  # a lone \r is part of the line
    (b"", b"", b""),
])
def test_split_ending(raw, body, ending):
    assert split_ending(raw) == (body, ending)


@pytest.mark.parametrize("name,kind,fmt", [
    ("a.txt", None, "text"), ("a.txt.gz", "gzip", "text"), ("a.jsonl.bz2", "bz2", "jsonl"),
    ("a.ndjson.xz", "xz", "jsonl"), ("A.JSONL", None, "jsonl"), ("-", None, "text"), ("data.json", None, "jsonl"), ("notes.json.txt", None, "text"),
])
def test_names(name, kind, fmt):
    assert compression_of(name) == kind
    assert detect_format(name) == fmt


def test_dotted_paths():
    rec = {"meta": {"body": "x", "list": [{"t": "y"}]}, "text": "z"}
    assert parse_path("meta.body") == ("meta", "body")
    assert get_path(rec, ("meta", "body")) == "x"
    assert get_path(rec, ("meta", "list", "0", "t")) == "y"
    assert get_path(rec, ("meta", "nope"), None) is None
    assert get_path(rec, ("text", "deeper"), None) is None
    with pytest.raises(KeyError):
        get_path(rec, ("nope",))
    set_path(rec, ("meta", "list", "0", "t"), "Y")
    set_path(rec, ("text",), "Z")
    assert rec == {"meta": {"body": "x", "list": [{"t": "Y"}]}, "text": "Z"}
    for bad in ("", "a..b", ".a", "a."):
        with pytest.raises(ValueError):
            parse_path(bad)


def test_atomic_writer_commits_and_discards(tmp_path):
    target = tmp_path / "out.txt.gz"
    with AtomicWriter(str(target)) as f:
        f.write("ой бай\n".encode())
    with gzip.open(target, "rb") as f:
        assert f.read() == "ой бай\n".encode()
    for exc in (RuntimeError, KeyboardInterrupt):
        with pytest.raises(exc):
            with AtomicWriter(str(target)) as f:
                f.write(b"half")
                raise exc()
        with gzip.open(target, "rb") as f:  # the previous content is untouched
            assert f.read() == "ой бай\n".encode()
    assert os.listdir(tmp_path) == ["out.txt.gz"]  # no temporary file left


def test_atomic_writer_backup_and_mode(tmp_path):
    target = tmp_path / "f.txt"
    target.write_bytes(b"old\n")
    os.chmod(target, 0o640)
    with AtomicWriter(str(target), backup="~") as f:
        f.write(b"new\n")
    assert target.read_bytes() == b"new\n"
    assert (tmp_path / "f.txt~").read_bytes() == b"old\n"
    assert os.stat(target).st_mode & 0o777 == 0o640


def test_same_file_and_expand(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("x")
    os.link(a, tmp_path / "hard.txt")
    assert same_file(str(a), str(tmp_path / "hard.txt"))
    assert same_file(str(a), str(tmp_path / "." / "a.txt"))
    assert not same_file(str(a), str(tmp_path / "other.txt"))
    with pytest.raises(InputError, match="no such file"):
        expand_inputs([str(tmp_path / "missing")], "*")
    (tmp_path / "d").mkdir()
    with pytest.raises(InputError, match="no files matching"):
        expand_inputs([str(tmp_path / "d")], "*.txt")


# --------------------------------------------------------------------------- chunk cleaning


def test_clean_lines_text_keeps_endings():
    lines = ["ой бар\n".encode(), "жоқ\r\n".encode(), "ой".encode()]
    res = clean_lines(lines, "text", SHOUT, Job(record=True, explain=True))
    assert res.out == "ОЙ бар\nжоқ\r\nОЙ".encode()
    assert (res.lines_in, res.lines_out, res.lines_changed) == (3, 3, 2)
    assert res.steps == {"shout": 2}
    assert [e[0] for e in res.explain] == [0, 2]
    assert res.explain[0][2:7] == ("shout", 0, 2, "ой", "ОЙ")


@given(st.lists(st.tuples(st.text(alphabet=st.characters(blacklist_characters="\n", blacklist_categories=("Cs",))),
                          st.sampled_from(["\n", "\r\n"])), max_size=20),
       st.booleans())
def test_identity_pipeline_round_trips_bytes(pairs, unterminated):
    lines = [(t + e).encode("utf-8") for t, e in pairs]
    if unterminated and lines:
        lines[-1] = split_ending(lines[-1])[0]
    res = clean_lines(lines, "text", EMPTY, Job())
    assert res.out == b"".join(lines)
    assert res.lines_out == len(lines)


def test_clean_lines_errors_modes():
    lines = [b"ok\n", b"\xc3\x28 x\n", "ой\n".encode()]
    stop = clean_lines(lines, "text", SHOUT, Job(errors="stop"))
    assert stop.fatal is not None and stop.fatal.index == 1 and stop.fatal.offset == 3
    rep = clean_lines(lines, "text", SHOUT, Job(errors="replace"))
    assert rep.fatal is None and rep.out == "ok\n\ufffd( x\nОЙ\n".encode()
    assert [p.index for p in rep.problems] == [1]
    skip = clean_lines(lines, "text", SHOUT, Job(errors="skip"))
    assert skip.out == "ok\nОЙ\n".encode() and skip.lines_out == 2


def test_clean_lines_jsonl():
    recs = [
        '{"a": 1, "body": {"t": "ой бар"}, "z": [1.5, null]}\n',
        '{"a":2,"body":{"t":"жоқ"}}\n',
        '{"a":3,"body":{"t":"ой"},"ә":"ә"}\r\n',
        '\n',
        '{"a": 4}\n',
        '[1, 2]\n',
    ]
    res = clean_lines([r.encode() for r in recs], "jsonl", SHOUT, Job(field=("body", "t"), explain=True))
    got = res.out.decode().split("\n")
    assert json.loads(got[0]) == {"a": 1, "body": {"t": "ОЙ бар"}, "z": [1.5, None]}
    assert got[1] == '{"a":2,"body":{"t":"жоқ"}}'  # unchanged record: byte for byte
    assert got[2] == '{"a":3,"body":{"t":"ОЙ"},"ә":"ә"}\r'  # compact style and \r\n kept
    assert got[3:6] == ["", '{"a": 4}', "[1, 2]"]
    assert res.without_field == 2 and res.lines_out == len(recs)
    assert {e[1] for e in res.explain} == {"body.t"}


def test_ordered_map_keeps_order_in_process():
    chunks = [Chunk("f", "text", [f"ой {i}\n".encode()], i + 1, 0, 1) for i in range(5)]
    items = ["begin"] + chunks + ["end"]
    got = list(ordered_map(items, SHOUT, Job(), jobs=1))
    assert [g[0] for g in got] == items
    assert [g[1].out for g in got[1:-1]] == [f"ОЙ {i}\n".encode() for i in range(5)]


# --------------------------------------------------------------------------- Ctrl-C


def test_ctrl_c_leaves_no_output(tmp_path, monkeypatch, capsys):
    import kaznorm.cli.run as cli
    import kaznorm.chunks as par

    real = cli.ordered_map

    def interrupted(*a, **kw):
        for n, x in enumerate(real(*a, **kw)):
            yield x
            if n >= 2:
                raise KeyboardInterrupt

    monkeypatch.setattr(cli, "ordered_map", interrupted)
    monkeypatch.setattr(par, "CHUNK_LINES", 2)
    src = tmp_path / "in.txt"
    src.write_text("".join(f"жол  {i}\n" for i in range(20)), encoding="utf-8")
    code = main([str(src), "-o", str(tmp_path / "out.txt"), "--explain", str(tmp_path / "ex.jsonl"), "--jobs", "1"])
    assert code == 130
    assert "interrupted" in capsys.readouterr().err
    assert os.listdir(tmp_path) == ["in.txt"]
