"""JSON lines keep every byte but the cleaned string value (item 4 of issue 18): numbers, duplicate
keys, escapes, spacing and a UTF-8 BOM pass through as they were."""
import json

from hypothesis import given
from hypothesis import strategies as st

import kaznorm
from kaznorm.chunks import Job, clean_lines
from kaznorm.cli import main
from kaznorm import Edit, Pipeline, Step

RAW = "Ол  келді.."
CLEAN = kaznorm.clean(RAW)


def run_file(tmp_path, data: bytes, *args):
    src = tmp_path / "in.jsonl"
    src.write_bytes(data)
    out = tmp_path / "out.jsonl"
    code = main([str(src), "-o", str(out), "--jobs", "1", *args])
    assert code == 0
    return out.read_bytes()


def test_numbers_pass_through_as_written(tmp_path):
    line = '{"a": 1e400, "b": 1.10, "c": 1.0000000000000001, "d": -0.0, "e": 10E2, "text": "%s"}\n' % RAW
    got = run_file(tmp_path, line.encode())
    assert got == line.replace(RAW, CLEAN).encode()


def test_duplicate_keys_and_odd_spacing_kept(tmp_path):
    line = '{ "id" : 1 ,"id":2,\t"text" :  "%s" , "x":[ 1,2 ] ,"text": "%s"}\r\n' % ("бір  екі", RAW)
    got = run_file(tmp_path, line.encode()).decode()
    # json.loads takes the last duplicate: that one is cleaned, everything else stays
    assert got == line.replace('"%s"}' % RAW, '"%s"}' % CLEAN)
    assert json.loads(got)["text"] == CLEAN


def test_lone_surrogate_keeps_cyrillic_raw(tmp_path):
    line = '{"text": "%s \\ud800", "b": "әліпби"}\n' % RAW
    got = run_file(tmp_path, line.encode("utf-8")).decode("utf-8")
    assert '"b": "әліпби"' in got and "\\ud800" in got
    assert json.loads(got)["text"] == kaznorm.clean(RAW + " \ud800")


def test_ascii_escaped_records_stay_ascii(tmp_path):
    rec = json.dumps({"text": RAW, "n": "ә"})  # ensure_ascii: every Cyrillic letter as \uXXXX
    got = run_file(tmp_path, (rec + "\n").encode()).decode()
    assert got.isascii() and '"n": "\\u04d9"' in got
    assert json.loads(got)["text"] == CLEAN


def test_bom_does_not_lose_the_first_record(tmp_path):
    data = "\ufeff" + json.dumps({"text": RAW}, ensure_ascii=False) + "\n" + \
        json.dumps({"text": RAW}, ensure_ascii=False) + "\n"
    got = run_file(tmp_path, data.encode()).decode()
    first, second = got.splitlines()
    assert first.startswith("\ufeff")  # the BOM stays where it was
    assert json.loads(first[1:])["text"] == CLEAN == json.loads(second)["text"]


def test_nested_and_list_fields(tmp_path):
    line = '{"meta":{"body":["x","%s"],"body2":"%s"},"z":1.50}\n' % (RAW, RAW)
    got = run_file(tmp_path, line.encode(), "--field", "meta.body.1").decode()
    assert got == '{"meta":{"body":["x","%s"],"body2":"%s"},"z":1.50}\n' % (CLEAN, RAW)


# --------------------------------------------------------------------------- property


def _shout(text, ctx):  # a test step: "ой" -> "ОЙ"
    out, i = [], text.find("ой")
    while i >= 0:
        out.append(Edit(i, i + 2, "ОЙ"))
        i = text.find("ой", i + 2)
    return out


SHOUT = Pipeline([Step("shout", _shout, "test step")])
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                    st.text(max_size=8))
values = st.recursive(scalars, lambda kids: st.one_of(st.lists(kids, max_size=3),
                                                      st.dictionaries(st.text(max_size=4), kids, max_size=3)),
                      max_leaves=8)


@given(st.dictionaries(st.text(max_size=5).filter(lambda k: k != "text"), values, max_size=4),
       st.text(alphabet="ой бар\\\"ә\u2028\ud800", max_size=20), st.booleans(), st.booleans(), st.integers(0, 4))
def test_only_the_field_value_changes(others, text, ascii_only, compact, pos):
    items = list(others.items())
    items.insert(pos % (len(items) + 1), ("text", text))
    seps = (",", ":") if compact else (", ", ": ")
    line = "{" + seps[0].join(json.dumps(k, ensure_ascii=ascii_only) + seps[1] + json.dumps(v, ensure_ascii=ascii_only)
                              for k, v in items) + "}"
    raw = line.encode("utf-8", "surrogatepass")
    if b"\xed\xa0" in raw:  # a raw lone surrogate is not UTF-8: such a line is a decode error, not JSON
        return
    res = clean_lines([raw + b"\n"], "jsonl", SHOUT, Job())
    assert res.fatal is None
    out = res.out.decode("utf-8")[:-1]
    token = json.dumps(text, ensure_ascii=ascii_only)
    start = line.index(seps[1].join([json.dumps("text", ensure_ascii=ascii_only), token]))
    start += len(json.dumps("text", ensure_ascii=ascii_only)) + len(seps[1])
    assert out[:start] == line[:start]  # every byte before the value, as it was
    new_text = SHOUT(text)
    assert json.loads(out) == dict(items, text=new_text)
    tail = line[start + len(token):]
    assert out.endswith(tail)  # and every byte after it
    if text == new_text:
        assert out == line

