"""Clean Dask collections partition by partition (``pip install 'kaznorm[dask]'``).

>>> import dask.bag as db, kaznorm.dask as kd                      # doctest: +SKIP
>>> lines = db.read_text("corpus/*.txt.gz")                        # doctest: +SKIP
>>> clean = kd.clean_bag(lines).map(str.rstrip, "\\n")              # doctest: +SKIP
>>> clean.to_textfiles("clean/*.txt.gz", last_endline=True)        # doctest: +SKIP

* :func:`clean_bag` takes a bag of lines (str), of JSON lines (str, with
  ``field`` naming the text, dotted for nested fields: only that string's
  characters change, the rest of the line passes through as it was, like the
  console script), or of JSON records (dicts, with ``field``).  A line's own
  trailing ``\\n``/``\\r\\n`` (``read_text`` keeps it) is left as it is and not
  given to the pipeline, exactly like the console script.  ``to_textfiles``
  adds a ``\\n`` of its own: ``.map(str.rstrip, "\\n")`` before writing.
* :func:`clean_dataframe` cleans one string column of a Dask DataFrame, and
  :func:`clean_column` a Dask Series (missing values stay missing).
* :func:`clean_partition` and :func:`clean_frame` are the plain per-partition
  functions (a list of str/records, a pandas DataFrame), usable with any engine.

The :class:`~kaznorm.Pipeline` goes into the task graph once, as a single
node that every partition task depends on (it pickles as step names plus any
user word lists); each worker process loads the lexicon once, on first use.  Dask itself is imported only when a function here
is called with a Dask collection.
"""
from __future__ import annotations

import copy
from typing import Any, Iterable, List, Optional

from .io import get_path, parse_path, set_path
from .jsonl import clean_json_line
from . import Pipeline

__all__ = ["clean_bag", "clean_dataframe", "clean_column", "clean_partition", "clean_frame", "clean_series",
           "clean_text"]


def _pipeline(pipeline: Optional[Pipeline]) -> Pipeline:
    if pipeline is None:
        return Pipeline.default()
    if not isinstance(pipeline, Pipeline):
        raise TypeError(f"pipeline must be a kaznorm.Pipeline, not {type(pipeline).__name__}")
    return pipeline


def _shipped(pipeline: Pipeline):
    """The pipeline as one node of the task graph, so it travels once, not once per partition."""
    from dask import delayed

    return delayed(pipeline, pure=True, traverse=False)


def clean_text(text: str, pipeline: Pipeline) -> str:
    """Clean one line; a trailing line ending is kept and not passed to the pipeline."""
    if text.endswith("\n"):
        cut = 2 if text.endswith("\r\n") else 1
        return pipeline(text[:-cut]) + text[-cut:]
    return pipeline(text)


def _clean_record(record: Any, parts, pipeline: Pipeline) -> Any:
    if isinstance(record, str):  # a JSON line: only the field's characters change
        return clean_json_line(record, parts, pipeline)
    value = get_path(record, parts, None)
    if not isinstance(value, str):
        return record  # no such field (or not a string): passed through
    new = pipeline(value)
    if new == value:
        return record
    out = copy.deepcopy(record)  # never mutate the caller's (possibly cached) records
    set_path(out, parts, new)
    return out


def clean_partition(items: Iterable[Any], pipeline: Optional[Pipeline] = None, field: Optional[str] = None) -> List[Any]:
    """Clean a partition: str items as lines; with ``field``, str items as JSON lines and dicts as records."""
    pipeline = _pipeline(pipeline)
    if field is None:
        out = []
        for x in items:
            if not isinstance(x, str):
                raise TypeError(f"clean_bag without field= expects str items, got {type(x).__name__}; "
                                "pass field='text' for records")
            out.append(clean_text(x, pipeline))
        return out
    parts = parse_path(field)
    return [_clean_record(x, parts, pipeline) for x in items]


def clean_bag(bag, pipeline: Optional[Pipeline] = None, field: Optional[str] = None):
    """A Dask bag with every line (``field=None``) or every record's ``field`` cleaned (records: JSON lines
    as str, or dicts)."""
    pipeline = _pipeline(pipeline)
    if field is not None:
        parse_path(field)  # fail early, on the client
    return bag.map_partitions(clean_partition, _shipped(pipeline), field)


def clean_frame(frame, column: str, pipeline: Optional[Pipeline] = None, output: Optional[str] = None):
    """A copy of the pandas DataFrame ``frame`` with ``column`` cleaned (into ``output`` if given)."""
    pipeline = _pipeline(pipeline)
    if column not in frame.columns:
        raise KeyError(f"no column {column!r}; columns: {', '.join(map(str, frame.columns))}")
    frame = frame.copy()
    frame[output or column] = clean_series(frame[column], pipeline)
    return frame


def clean_series(series, pipeline: Optional[Pipeline] = None):
    """A pandas Series of str with every value cleaned (missing values stay missing)."""
    pipeline = _pipeline(pipeline)
    return series.map(pipeline, na_action="ignore").astype(series.dtype)


def clean_column(series, pipeline: Optional[Pipeline] = None):
    """A Dask Series (e.g. ``df["text"]``) cleaned partition by partition."""
    pipeline = _pipeline(pipeline)
    return series.map_partitions(clean_series, _shipped(pipeline), meta=series._meta)


def clean_dataframe(df, column: str, pipeline: Optional[Pipeline] = None, output: Optional[str] = None):
    """A Dask DataFrame with the string ``column`` cleaned, partition by partition.

    ``output`` names a new column for the cleaned text (default: replace ``column``).
    """
    pipeline = _pipeline(pipeline)
    if column not in df.columns:
        raise KeyError(f"no column {column!r}; columns: {', '.join(map(str, df.columns))}")
    meta = clean_frame(df._meta, column, pipeline, output)
    return df.map_partitions(clean_frame, column, _shipped(pipeline), output, meta=meta)
