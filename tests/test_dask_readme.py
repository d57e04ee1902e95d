"""The README's Dask example, run as a file with a real local Dask cluster (item 5 of issue 18).

Every ```python block of README.md that uses kaznorm.dask is written to a file and run with
``python FILE`` in a folder holding the inputs it names (corpus/*.jsonl.gz, texts/*.txt, table/),
written here; the outputs are then checked line by line.
"""
import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kaznorm
from kaznorm import Pipeline

pytest.importorskip("dask.bag", reason="install the dask extra: pip install '.[test,dask]'")
pytest.importorskip("distributed", reason="install the dask extra: pip install '.[test,dask]'")
pd = pytest.importorskip("pandas")

README = Path(__file__).resolve().parent.parent / "README.md"
BODIES = ["Бүгін  ауа райы жақсы..", "Мектептің ауласында балалар ойнап жүр.", "Сәлем,әлем!  Қалайсың ?",
          "Ол 2020 жылы  университетті бітірді.", "экономиканын дамуы"]


def dask_examples():
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    return [b for b in blocks if "kaznorm.dask" in b]


def write_inputs(root: Path):
    (root / "corpus").mkdir()
    jsonl = {}
    for k in range(2):
        lines = []
        for i, body in enumerate(BODIES):
            rec = {"id": k * 10 + i, "score": "__NUM__", "meta": {"body": body, "src": "тест"}}
            lines.append(json.dumps(rec, ensure_ascii=False).replace('"__NUM__"', "1.10") + "\n")
        lines.append('{"id": 99, "meta": {}}\n')  # no such field: passes through
        jsonl[k] = lines
        with gzip.open(root / "corpus" / f"part{k}.jsonl.gz", "wt", encoding="utf-8") as f:
            f.write("".join(lines))
    (root / "texts").mkdir()
    texts = {}
    for k in range(2):
        text = "".join(b + ("\r\n" if i == 2 else "\n") for i, b in enumerate(BODIES[k:]))
        texts[k] = text
        (root / "texts" / f"t{k}.txt").write_bytes(text.encode("utf-8"))
    (root / "table").mkdir()
    pd.DataFrame({"id": range(len(BODIES)), "text": BODIES}).to_parquet(root / "table" / "part.0.parquet")
    return jsonl, texts


@pytest.mark.parametrize("number", range(len(dask_examples())) or [pytest.param(0, marks=pytest.mark.skip)])
def test_readme_dask_example_runs_as_a_file(tmp_path, number):
    code = dask_examples()[number]
    jsonl, texts = write_inputs(tmp_path)
    script = tmp_path / f"readme_example_{number}.py"
    script.write_text(code, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    proc = subprocess.run([sys.executable, script.name], cwd=tmp_path, capture_output=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]

    pipe = Pipeline.default().without("typo")
    got = []
    for p in sorted((tmp_path / "clean" / "corpus").glob("*.jsonl.gz"), key=lambda p: int(p.name.split(".")[0])):
        with gzip.open(p, "rt", encoding="utf-8", newline="") as f:
            got.append(f.read())
    want = []
    for k in range(2):
        out = []
        for line in jsonl[k]:
            rec = json.loads(line)
            body = rec.get("meta", {}).get("body")
            if body is not None and pipe(body) != body:
                line = line.replace(json.dumps(body, ensure_ascii=False), json.dumps(pipe(body), ensure_ascii=False))
            out.append(line)
        want.append("".join(out))
    assert got == want  # only the field changed; 1.10 and the rest stay byte for byte

    got = [(tmp_path / "clean" / "texts" / f"{k}.txt").read_bytes().decode("utf-8") for k in range(2)]
    want = ["".join(kaznorm.clean(line.rstrip("\r\n")) + "\n" for line in texts[k].splitlines(keepends=True))
            for k in range(2)]
    assert got == want  # one line per line, no doubled line breaks (read_text turns \r\n into \n)

    table = pd.read_parquet(tmp_path / "clean" / "table").sort_values("id")
    assert list(table["text"]) == [kaznorm.clean(b) for b in BODIES]
    assert want != texts and [kaznorm.clean(b) for b in BODIES] != BODIES  # the inputs needed cleaning
