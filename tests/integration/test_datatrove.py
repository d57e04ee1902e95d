"""kaznorm.datatrove: README's example run as a file (LocalPipelineExecutor, 2 tasks on 2 worker processes, over
.jsonl.gz files written here), the step's stats, explain metadata, non-string text, pickling and the ImportError.

Needs the ``datatrove`` extra: ``pip install '.[test,dask,datatrove]'`` (datatrove needs Python >= 3.10).
"""
import collections
import gzip
import json
import pickle
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kaznorm import Pipeline

HINT = "install the datatrove extra: pip install '.[test,dask,datatrove]' (datatrove needs Python >= 3.10)"
README = Path(__file__).resolve().parents[2] / "README.md"
STEP_STATS = "✂️ - FORMAT: 🧹 kaznorm"

# Sentences written for these tests, most with faults the character, spacing and word steps repair.
SENTENCES = [
    "Бүгін  ауа райы жақсы..",
    "Бaтысында  экономиканын дамуы..",
    "Біз кітапханаға бардық , онда жаңа кітаптар көп",
    "Мектептің ауласында балалар ойнап жүр.",
    "Сәлем,әлем!  Қалайсың ?",
    "Олар бірбірін жақсы түсінеді.",
    "Қазастан  Республикасы",
]
NOT_STR = [["тізім", "мәтін емес"], {"title": "Сөз"}]  # JSON texts that are not strings: passed on unchanged


@pytest.fixture(scope="module")
def kd():
    pytest.importorskip("datatrove", reason=HINT)
    pytest.importorskip("orjson", reason=HINT)  # datatrove's JSONL reader and writer
    import kaznorm.datatrove

    return kaznorm.datatrove


def _readme_example() -> str:
    text = README.read_text(encoding="utf-8")
    m = re.search(r"<!-- datatrove-example: start[^>]*-->\s*```python\n(.*?)```\s*<!-- datatrove-example: end -->",
                  text, re.S)
    assert m, "README.md has no datatrove example between its markers"
    return m.group(1)


def _write_corpus(root: Path):
    """corpus/part{0,1,2}.jsonl.gz; returns {file name: [records in order]}."""
    corpus = root / "corpus"
    corpus.mkdir()
    files = {}
    for k, n in enumerate((25, 18, 21)):
        recs = []
        for i in range(n):
            text = SENTENCES[(i + k) % len(SENTENCES)] + f" {k}-{i}"
            recs.append({"id": f"p{k}-{i:03d}", "text": text, "source": f"part{k}", "n": i})
        recs.insert(7, {"id": f"p{k}-bad", "text": NOT_STR[k % 2], "source": f"part{k}", "n": -1})
        with gzip.open(corpus / f"part{k}.jsonl.gz", "wt", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        files[f"part{k}.jsonl.gz"] = recs
    return files


def _read_jsonl_gz(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _total(stats: dict, name: str):
    v = stats.get(name, 0)
    return v["total"] if isinstance(v, dict) else v


def _step_stats(path: Path) -> dict:
    blocks = {b["name"]: b["stats"] for b in json.loads(path.read_text(encoding="utf-8"))}
    assert STEP_STATS in blocks, list(blocks)
    return blocks[STEP_STATS]


@pytest.fixture(scope="module")
def readme_run(kd, tmp_path_factory):
    """README's example, written to a file and run as a script in a directory with the corpus it reads."""
    root = tmp_path_factory.mktemp("datatrove_readme")
    files = _write_corpus(root)
    (root / "readme_example.py").write_text(_readme_example(), encoding="utf-8")
    proc = subprocess.run([sys.executable, "readme_example.py"], cwd=root, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return root, files, proc


def test_readme_example_cleans_every_record_in_order(readme_run):
    root, files, _ = readme_run
    pipe = Pipeline.default()  # the pipeline the README example runs
    outputs = sorted((root / "clean").glob("*.jsonl.gz"))
    assert [p.name for p in outputs] == ["00000.jsonl.gz", "00001.jsonl.gz"]  # one file per task
    by_source = collections.defaultdict(list)
    for out in outputs:
        recs = _read_jsonl_gz(out)
        # a task writes its input files one after another: each source's records form one run
        sources = [r["metadata"]["source"] for r in recs]
        runs = [s for i, s in enumerate(sources) if i == 0 or sources[i - 1] != s]
        assert len(runs) == len(set(runs)), runs
        for r in recs:
            by_source[r["metadata"]["source"] + ".jsonl.gz"].append(r)
    assert set(by_source) == set(files)
    for name, recs_in in files.items():
        got = by_source[name]
        # every record once, in its file's order; the text cleaned, non-string text as it was; other fields kept
        assert [r["id"] for r in got] == [r["id"] for r in recs_in]
        for r_out, r_in in zip(got, recs_in):
            want = pipe(r_in["text"]) if isinstance(r_in["text"], str) else r_in["text"]
            assert r_out["text"] == want
            assert r_out["metadata"]["n"] == r_in["n"]
            assert r_out["metadata"]["file_path"].endswith(name)
            assert "kaznorm_changes" not in r_out["metadata"]  # explain is off by default
    changed = [r for recs in files.values() for r in recs if isinstance(r["text"], str) and pipe(r["text"]) != r["text"]]
    assert len(changed) > 30


def test_readme_example_stats(readme_run):
    root, files, proc = readme_run
    pipe = Pipeline.default()
    docs = [r["text"] for recs in files.values() for r in recs]
    texts = [t for t in docs if isinstance(t, str)]
    per_step = collections.Counter(c.step for t in texts for c in pipe.explain(t).changes)
    assert len(per_step) >= 4

    merged = _step_stats(root / "logs" / "stats.json")
    assert _total(merged, "total") == len(docs)
    assert _total(merged, "error_text_not_str") == len(files)  # one non-string text per file
    assert _total(merged, "changed") == sum(pipe(t) != t for t in texts)
    assert _total(merged, "changes") == sum(per_step.values())
    assert merged["changes"]["n"] == len(texts)  # one update per cleaned document: the mean is per document
    assert {k[len("changes_"):]: _total(merged, k) for k in merged if k.startswith("changes_")} == dict(per_step)

    # both tasks ran, each in its own worker, and each counted its own documents
    per_task = [_step_stats(root / "logs" / "stats" / f"{rank:05d}.json") for rank in (0, 1)]
    assert sum(_total(s, "total") for s in per_task) == len(docs)
    assert all(_total(s, "total") > 0 for s in per_task)
    assert "error_text_not_str" in proc.stderr  # said once per task in the log, not a crash


def test_explain_metadata_through_jsonl_writer(kd, tmp_path):
    """explain=True: each document's changes in metadata, written by JsonlWriter (tasks in this process)."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    files = _write_corpus(tmp_path)
    step = kd.KaznormFormatter(profile="default", skip=["typo"], explain=True)
    LocalPipelineExecutor([JsonlReader(str(tmp_path / "corpus"), glob_pattern="*.jsonl.gz"), step,
                           JsonlWriter(str(tmp_path / "clean"))],
                          tasks=2, workers=1, logging_dir=str(tmp_path / "logs")).run()
    pipe = Pipeline.default().without("typo")
    got = {r["id"]: r for p in (tmp_path / "clean").glob("*.jsonl.gz") for r in _read_jsonl_gz(p)}
    assert len(got) == sum(map(len, files.values()))
    for recs in files.values():
        for r in recs:
            meta = got[r["id"]]["metadata"]
            if not isinstance(r["text"], str):
                assert "kaznorm_changes" not in meta and got[r["id"]]["text"] == r["text"]
                continue
            res = pipe.explain(r["text"])
            assert meta["kaznorm_changes"] == [c.as_dict() for c in res.changes]  # [] when nothing changed
            assert got[r["id"]]["text"] == res.text


def test_step_on_documents(kd):
    from datatrove.data import Document

    texts = ["Бaтысында  экономиканын дамуы..", "Мектептің ауласында балалар ойнап жүр.", None, 42,
             b"\xd0\x91\xd2\xb1\xd0\xbb", ["a"], ""]
    docs = [Document(text=t, id=str(i), metadata={"keep": i}) for i, t in enumerate(texts)]
    step = kd.KaznormFormatter(explain=True, metadata_key="kz")
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == [str(i) for i in range(len(texts))]
    assert out[0].text == "Батысында экономиканың дамуы."
    assert [c["step"] for c in out[0].metadata["kz"]] == [c.step for c in Pipeline.default().explain(texts[0]).changes]
    assert out[1].text == texts[1] and out[1].metadata["kz"] == []
    for d, t in zip(out[2:6], texts[2:6]):  # not a str: untouched, no metadata, counted
        assert d.text is t and d.metadata == {"keep": int(d.id)}
    assert out[6].text == "" and out[6].metadata["kz"] == []
    s = step.stats.to_dict()["stats"]
    assert _total(s, "total") == 7 and _total(s, "error_text_not_str") == 4 and _total(s, "changed") == 1
    assert s["changes_lookalike"] == 1 and s["changes_keyboard"] == 1
    assert step.format("Сәлем,әлем!") == "Сәлем, әлем!"
    assert list(step.run(None)) == []


def test_pipeline_options(kd):
    p = Pipeline.default().without("typo")
    assert kd.KaznormFormatter(p).pipeline is p
    assert kd.KaznormFormatter().pipeline == Pipeline.default()
    built = kd.KaznormFormatter(profile="aggressive", skip=["typo"], config={"segment": {}}, min_confidence=0.7)
    assert built.pipeline == Pipeline.from_profile("aggressive", skip=["typo"], config={"segment": {}},
                                                   min_confidence=0.7)
    assert kd.KaznormFormatter(only=["spacing"]).pipeline.names() == ["spacing"]
    with pytest.raises(ValueError, match="not both"):
        kd.KaznormFormatter(p, skip=["typo"])
    with pytest.raises(TypeError, match="kaznorm.Pipeline"):
        kd.KaznormFormatter("default")
    with pytest.raises(ValueError, match="unknown profile"):
        kd.KaznormFormatter(profile="nope")
    with pytest.raises(ValueError):  # a typo in a step name fails when the job is built, not in the tasks
        kd.KaznormFormatter(skip=["tpyo"])


def test_step_ships_without_the_lexicon(kd):
    """datatrove ships steps with dill: the pipeline goes by names, and a worker's tasks share its lexicon."""
    import dill
    from datatrove.data import Document

    from kaznorm.lexicon import default_lexicon

    step = kd.KaznormFormatter(Pipeline.default().with_words(["жаңасөз"]))
    list(step.run(iter([Document(text="Қазастан  жаңасөз", id="0")])))  # the lexicon is loaded now
    assert step.pipeline.context().lexicon is not None
    for blob in (dill.dumps(step), pickle.dumps(step)):
        assert len(blob) < 10_000  # the lexicon is megabytes
        copy = dill.loads(blob)
        assert copy.pipeline == step.pipeline and copy.explain == step.explain
        out = list(copy.run(iter([Document(text="Сəлем  жаңасөз", id="1")])))
        assert out[0].text == "Сәлем жаңасөз"
        # another task in the same worker process: the same shipped dictionaries, not a second load
        assert copy.pipeline.context().lexicon.counts is default_lexicon().counts


def test_import_without_datatrove():
    """``import kaznorm`` never imports datatrove; kaznorm.datatrove without it says what to install."""
    code = textwrap.dedent("""
        import sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name == "datatrove" or name.startswith("datatrove."):
                    raise ModuleNotFoundError(f"No module named {name!r}", name=name)

        sys.meta_path.insert(0, Block())
        import kaznorm
        from kaznorm import Pipeline
        Pipeline.default()
        assert not any(m == "datatrove" or m.startswith("datatrove.") for m in sys.modules), "datatrove imported"
        try:
            import kaznorm.datatrove
        except ImportError as e:
            print("ERROR", e)
        else:
            print("imported")
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ERROR")
    assert "pip install 'kaznorm[datatrove]'" in proc.stdout
