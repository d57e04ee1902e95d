"""kaznorm.dask on a real distributed.LocalCluster (2 worker processes) over real files.

Needs the ``dask`` extra: ``pip install '.[test,dask]'``.
"""
import json
import pickle

import pytest

import kaznorm
from kaznorm import Pipeline

db = pytest.importorskip("dask.bag", reason="install the dask extra: pip install '.[test,dask]'")
dd = pytest.importorskip("dask.dataframe", reason="install the dask extra: pip install '.[test,dask]'")
distributed = pytest.importorskip("distributed", reason="install the dask extra: pip install '.[test,dask]'")
pd = pytest.importorskip("pandas")

import kaznorm.dask as kd  # noqa: E402

# Sentences written for these tests, several with faults the foundation steps repair.
SENTENCES = [
    "Бүгін  ауа райы жақсы..",
    "Біз кітапханаға бардық , онда жаңа кітаптар көп",
    "Ол 2020 жылы  университетті бітірді.",
    "Мектептің ауласында балалар ойнап жүр.",
    "Сәлем,әлем!  Қалайсың ?",
    "Бұл жерде  бос орын   көп.",
    "",
]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=":0")
    cl = distributed.Client(cluster)
    try:
        yield cl
    finally:
        cl.close()
        cluster.close()


def _lines(n):
    return [SENTENCES[i % len(SENTENCES)] + (f" {i}" if i % 3 else "") for i in range(n)]


def test_samples_need_cleaning():
    assert [kaznorm.clean(s) for s in SENTENCES] != SENTENCES


def test_bag_of_lines(client, tmp_path):
    files = []
    for k in range(3):
        p = tmp_path / f"part{k}.txt"
        p.write_text("\n".join(_lines(40 + k)) + "\n", encoding="utf-8")
        files.append(p)
    bag = db.read_text([str(p) for p in files])
    assert bag.npartitions >= 2
    got = kd.clean_bag(bag).compute()
    want = [kaznorm.clean(x) + "\n" for p in files for x in p.read_text(encoding="utf-8").split("\n")[:-1]]
    assert got == want
    # the work really ran in the two worker processes
    assert len(client.scheduler_info()["workers"]) == 2


def test_bag_of_jsonl_records_written_back(client, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    records = [{"id": i, "meta": {"body": s, "src": "test"}, "extra": [i, "ә"]} for i, s in enumerate(_lines(60))]
    for k in range(2):
        with open(src / f"{k}.jsonl", "w", encoding="utf-8") as f:
            for r in records[k * 30:(k + 1) * 30]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    bag = db.read_text(str(src / "*.jsonl")).map(json.loads)
    cleaned = kd.clean_bag(bag, field="meta.body")
    out = tmp_path / "out"
    cleaned.map(lambda r: json.dumps(r, ensure_ascii=False)).to_textfiles(str(out / "*.jsonl"))
    got = []
    for p in sorted(out.glob("*.jsonl"), key=lambda p: int(p.stem)):
        got.extend(json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x)
    want = [dict(r, meta=dict(r["meta"], body=kaznorm.clean(r["meta"]["body"]))) for r in records]
    assert got == want


def test_dataframe_parquet(client, tmp_path):
    texts = _lines(50) + [None]
    frame = pd.DataFrame({"id": range(len(texts)), "text": texts})
    dd.from_pandas(frame, npartitions=3).to_parquet(str(tmp_path / "in.parquet"))
    df = dd.read_parquet(str(tmp_path / "in.parquet"))
    out = kd.clean_dataframe(df, "text", output="clean")
    out.to_parquet(str(tmp_path / "out.parquet"))
    back = pd.read_parquet(tmp_path / "out.parquet").sort_values("id")
    assert list(back["text"].fillna("<NA>")) == [t if t is not None else "<NA>" for t in texts]
    want = [kaznorm.clean(t) if t is not None else None for t in texts]
    got = [None if pd.isna(x) else x for x in back["clean"]]
    assert got == want
    replaced = kd.clean_dataframe(df, "text").compute().sort_values("id")
    assert [None if pd.isna(x) else x for x in replaced["text"]] == want


def test_custom_pipeline_is_shipped(client, tmp_path):
    pipe = Pipeline.default().without(*[n for n in Pipeline.default().names() if n != "spacing"])
    assert pickle.loads(pickle.dumps(pipe)) == pipe
    bag = db.from_sequence(_lines(20), npartitions=4)
    assert kd.clean_bag(bag, pipe).compute() == [pipe(x) for x in _lines(20)]


def test_partition_helpers_without_dask_collections():
    assert kd.clean_partition(["Ол  келді\n", "Ол  келді"]) == [kaznorm.clean("Ол  келді") + "\n",
                                                                   kaznorm.clean("Ол  келді")]
    recs = [{"t": {"x": "Ол  келді"}}, {"other": 1}]
    out = kd.clean_partition(recs, field="t.x")
    assert out == [{"t": {"x": kaznorm.clean("Ол  келді")}}, {"other": 1}]
    assert recs[0]["t"]["x"] == "Ол  келді"  # the input records are not mutated
    with pytest.raises(TypeError, match="field"):
        kd.clean_partition([{"t": "x"}])
    with pytest.raises(TypeError, match="Pipeline"):
        kd.clean_partition(["x"], pipeline="default")


def test_column_assignment(client, tmp_path):
    texts = _lines(30)
    dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=2).to_parquet(str(tmp_path / "in.parquet"))
    df = dd.read_parquet(str(tmp_path / "in.parquet"))
    df["text"] = kd.clean_column(df["text"])
    df.to_parquet(str(tmp_path / "out.parquet"))
    assert list(pd.read_parquet(tmp_path / "out.parquet")["text"]) == [kaznorm.clean(t) for t in texts]


def test_partition_of_json_lines_changes_only_the_field():
    line = '{"n": 1.10, "t": {"x": "Ол  келді"}, "big": 1e400}\r\n'
    out = kd.clean_partition([line, '{"other": 1}\n', "\n"], field="t.x")
    assert out == [line.replace("Ол  келді", kaznorm.clean("Ол  келді")), '{"other": 1}\n', "\n"]
    with pytest.raises(ValueError, match="invalid JSON"):
        kd.clean_partition(['{"t": broken\n'], field="t")
