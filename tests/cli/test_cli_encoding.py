"""Input that is not UTF-8: UTF-16/UTF-32 are recognised and named (item 12 of issue 18), and
--encoding reads any codec Python knows; the output is always UTF-8."""
import gzip

import pytest

import kaznorm
from clihelp import LINES, run

TEXT = "\r\n".join(LINES) + "\r\n"
CLEAN = "\r\n".join(kaznorm.clean(x) for x in LINES) + "\r\n"


@pytest.mark.parametrize("codec,bom,what", [
    ("utf-16", True, "UTF-16 (little-endian"),
    ("utf-16-le", False, "UTF-16 (little-endian"),
    ("utf-16-be", True, "UTF-16 (big-endian"),
    ("utf-32", True, "UTF-32"),
])
def test_utf16_is_named_with_the_way_out(tmp_path, capsys, codec, bom, what):
    data = TEXT.encode(codec)
    if bom and codec == "utf-16-be":
        data = b"\xfe\xff" + data
    src = tmp_path / "in.txt"
    src.write_bytes(data)
    code, out, err = run([src, "--jobs", "1"], capsys)
    assert code == 2 and out == ""
    assert f"{src}: " in err and f"looks like {what}" in err
    assert "iconv" in err and "--encoding" in err and "Traceback" not in err


def test_utf16_inside_gzip(tmp_path, capsys):
    src = tmp_path / "in.txt.gz"
    src.write_bytes(gzip.compress(TEXT.encode("utf-16")))
    code, _, err = run([src, "--jobs", "1"], capsys)
    assert code == 2 and "looks like UTF-16" in err


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "kz1048", "utf-8-sig"])
def test_encoding_option_reads_it_and_writes_utf8(tmp_path, capsys, codec):
    src = tmp_path / "in.txt"
    src.write_bytes(TEXT.encode(codec))
    out = tmp_path / "out.txt"
    code, _, err = run([src, "--encoding", codec, "-o", out, "--jobs", "1"], capsys)
    assert code == 0, err
    assert out.read_bytes() == CLEAN.encode("utf-8")  # line endings kept, no BOM


def test_encoding_jsonl(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_bytes(('{"text": "%s"}\n' % LINES[0]).encode("utf-16"))
    code, out, err = run([src, "--encoding", "utf-16", "--jobs", "1"], capsys)
    assert code == 0, err
    assert out == '{"text": "%s"}\n' % kaznorm.clean(LINES[0])


def test_unknown_encoding(tmp_path, capsys):
    src = tmp_path / "in.txt"
    src.write_text(TEXT, encoding="utf-8")
    code, _, err = run([src, "--encoding", "nosuch-8"], capsys)
    assert code == 2 and "unknown encoding" in err and "nosuch-8" in err


def test_bad_bytes_in_another_encoding(tmp_path, capsys):
    good = "\n".join(LINES[:3]) + "\n"
    data = good.encode("utf-16-le") + b"\x00\xd8" + "x\n".encode("utf-16-le") + LINES[3].encode("utf-16-le") + b"\n\x00"
    src = tmp_path / "in.txt"
    src.write_bytes(data)
    code, out, err = run([src, "--encoding", "utf-16-le", "--jobs", "1"], capsys)
    assert code == 2 and f"{src}: line 4" in err and "utf-16-le" in err
    code, out, err = run([src, "--encoding", "utf-16-le", "--errors", "replace", "--jobs", "1"], capsys)
    assert code == 0 and "line 4" in err and "warning" in err
    got = out.split("\n")
    assert got[:3] == [kaznorm.clean(x) for x in LINES[:3]] and "\ufffd" in got[3]
    code, out, err = run([src, "--encoding", "utf-16-le", "--errors", "skip", "--jobs", "1"], capsys)
    assert code == 0 and "line 4" in err and "skipped" in err
    assert out.split("\n")[:4] == [kaznorm.clean(x) for x in LINES]
