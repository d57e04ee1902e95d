"""kaznorm.clean and a Pipeline inside Hugging Face ``datasets.Dataset.map(num_proc=2)`` (offline).

``datasets`` is in the ``test`` extra.
"""
import os

import pytest

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
datasets = pytest.importorskip("datasets", reason="install the test extra: pip install '.[test]'")

import kaznorm  # noqa: E402
from kaznorm import Pipeline  # noqa: E402

TEXTS = [
    "Бүгін  ауа райы жақсы..",
    "Біз кітапханаға бардық , онда жаңа кітаптар көп",
    "Мектептің ауласында балалар ойнап жүр.",
    "Сәлем,әлем!  Қалайсың ?",
] * 5


def _clean_batch(batch):
    return {"clean": [kaznorm.clean(t) for t in batch["text"]]}


class Cleaner:
    def __init__(self, pipeline):
        self.pipeline = pipeline

    def __call__(self, row):
        return {"clean": self.pipeline(row["text"])}


def test_clean_in_dataset_map_num_proc(tmp_path):
    ds = datasets.Dataset.from_dict({"id": list(range(len(TEXTS))), "text": TEXTS})
    out = ds.map(_clean_batch, batched=True, batch_size=3, num_proc=2)
    assert out["clean"] == [kaznorm.clean(t) for t in TEXTS]
    assert out["text"] == TEXTS


def test_pipeline_in_dataset_map_num_proc(tmp_path):
    pipe = Pipeline.default()
    pipe("warm up")  # a used pipeline (with its caches) must still pickle cleanly
    ds = datasets.Dataset.from_dict({"text": TEXTS})
    out = ds.map(Cleaner(pipe), num_proc=2)
    assert out["clean"] == [pipe(t) for t in TEXTS]
    assert out["clean"] != TEXTS
