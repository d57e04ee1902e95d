"""Cleaning a chunk of raw input lines: decode, parse JSON lines, run the pipeline, encode.

A :class:`Chunk` is consecutive raw lines (bytes, each with its own ending) of
one input file; :func:`clean_lines` turns its lines into a :class:`ChunkResult`
(the output bytes, one line per input line unless one is skipped, counts, the
change records and the problems met).  It runs in the worker processes of
:mod:`kaznorm.parallel`, or in the main process with ``--jobs 1``: the same
code, so the output is byte-identical whatever the number of jobs.
"""
from __future__ import annotations

import json
from typing import Dict, List, NamedTuple, Optional, Tuple

from .io import get_path, set_path, split_ending
from .jsonl import replace_value
from .report_html.sample import ChunkSampler

__all__ = ["Job", "Chunk", "ChunkResult", "Problem", "clean_lines", "CHUNK_BYTES", "CHUNK_LINES"]

CHUNK_BYTES = 256 * 1024
CHUNK_LINES = 4000


class Job(NamedTuple):
    """What the workers need to know besides the lines (fixed for a whole run)."""

    field: Tuple[str, ...] = ("text",)  # JSONL field path
    errors: str = "stop"  # stop | replace | skip
    record: bool = False  # count changes per step (needs Pipeline.run(record=True))
    explain: bool = False  # return one record per change
    sample: int = 0  # audit report (--report): changes kept a step per chunk for the sample (0: none)
    seed: int = 0  # the report sample's seed
    languages: bool = False  # count the cleaned lines by language (--stats)


class Chunk:
    """Consecutive raw lines of one input file."""

    __slots__ = ("source", "fmt", "lines", "first_line", "first_byte", "nbytes", "notes")

    def __init__(self, source: str, fmt: str, lines: List[bytes], first_line: int, first_byte: int, nbytes: int,
                 notes: tuple = ()):
        self.source = source
        self.fmt = fmt
        self.lines = lines
        self.first_line = first_line  # 1-based number of lines[0] in its file
        self.first_byte = first_byte  # byte offset of lines[0] in the (decompressed) file; -1: not known
        self.nbytes = nbytes
        self.notes = notes  # problems met while reading the lines up to these (reported before them)


class Problem(NamedTuple):
    index: int  # line index within the chunk
    offset: int  # byte offset within the chunk
    kind: str  # "decode" | "json"
    message: str


class FieldCounts(NamedTuple):
    """JSON lines: how many records, how many lacked the field, how many had it but not as a string."""

    records: int = 0
    missing: int = 0
    not_string: int = 0
    keys: Tuple[str, ...] = ()  # top-level keys seen in records without the field (a sample, in order)


class ChunkResult(NamedTuple):
    out: bytes  # the cleaned lines; with ``fatal``, those before the fatal line
    lines_in: int
    lines_out: int
    lines_changed: int
    steps: Dict[str, int]
    # (index, field or None, step, start, end, original, replacement, note[, language of a skipped change])
    explain: List[tuple]
    problems: List[Problem]
    fatal: Optional[Problem]
    without_field: int
    fields: FieldCounts = FieldCounts()
    samples: tuple = ()  # audit report: the chunk's candidates for the sample (report_html.sample.Sample)
    languages: Optional[Dict[str, int]] = None  # with Job.languages: cleaned lines by language (kk, ru, other, none)


MAX_KEYS = 12
_DOCUMENT_HINT = ("; this looks like a JSON document spread over lines, not JSON lines (one record a line): "
                  "convert it with  jq -c '.[]' FILE  (or jq -c . FILE for a single object)")


def _json_problem(idx: int, offset: int, text: str, exc: Exception) -> Problem:
    pos = getattr(exc, "pos", 0) or 0
    msg = f"invalid JSON ({getattr(exc, 'msg', str(exc))})"
    line = text.strip()
    if line in ("[", "{") or (line.startswith('"') and line.endswith((",", "{", "["))):
        msg += _DOCUMENT_HINT
    return Problem(idx, offset + len(text[:pos].encode("utf-8", "surrogatepass")), "json", msg)


def _decode_problem(idx: int, offset: int, body: bytes, exc: UnicodeDecodeError) -> Problem:
    bad = body[exc.start:exc.end][:4]
    shown = " ".join(f"0x{b:02x}" for b in bad)
    return Problem(idx, offset + exc.start, "decode", f"invalid UTF-8 ({exc.reason}: {shown})")


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def clean_lines(lines: List[bytes], fmt: str, pipeline, job: Job,
                where: Tuple[str, int] = ("", 1)) -> ChunkResult:
    """Clean raw lines (each with its ending); one output line per input line unless skipped.

    ``where`` is the lines' file and the number of the first line: the report sample's keys
    depend on them (not on the chunking), so the sample is the same whatever ``--jobs``.
    """
    run = pipeline.run
    record = job.record or job.explain or job.sample > 0
    sampler = ChunkSampler(job.sample, job.seed, where[0], where[1]) if job.sample > 0 else None
    jsonl = fmt == "jsonl"
    field = job.field
    field_name = ".".join(field) if jsonl else None
    out: List[bytes] = []
    steps: Dict[str, int] = {}
    expl: List[tuple] = []
    problems: List[Problem] = []
    changed = 0
    nrecords = missing = not_string = 0
    keys: Dict[str, None] = {}
    offset = 0
    langs: Optional[Dict[str, int]] = None
    if job.languages:
        from .text.language import line_languages  # (the steps import it anyway: the pipeline loads them)

        langs, ctx = {}, pipeline.context()

    def result(fatal: Optional[Problem]) -> ChunkResult:
        n_in = fatal.index if fatal is not None else len(lines)
        fields = FieldCounts(nrecords, missing, not_string, tuple(keys))
        # with a fatal problem, ``out`` holds the lines before it: written before the error is reported
        samples = tuple(sampler.samples()) if sampler is not None else ()
        return ChunkResult(b"".join(out), n_in, len(out), changed, steps, expl, problems, fatal,
                           missing + not_string, fields, samples, langs)

    for idx, raw in enumerate(lines):
        line_offset = offset
        offset += len(raw)
        body, ending = split_ending(raw)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            prob = _decode_problem(idx, line_offset, body, exc)
            if job.errors == "stop":
                return result(prob)
            problems.append(prob)
            if job.errors == "skip":
                continue
            text = body.decode("utf-8", "replace")
        if jsonl:
            lead = 1 if text.startswith("\ufeff") else 0  # a BOM (a file's first line): kept, not parsed
            if not text[lead:].strip():  # blank line between records: keep it
                out.append(_encode(text) + ending)
                continue
            try:
                obj = json.loads(text[lead:] if lead else text)
            except (ValueError, RecursionError) as exc:
                if lead and hasattr(exc, "pos"):
                    exc.pos += lead  # type: ignore[union-attr]
                prob = _json_problem(idx, line_offset, text, exc)
                if job.errors == "stop":
                    return result(prob)
                problems.append(prob)
                if job.errors == "skip":
                    continue
                out.append(_encode(text) + ending)  # replace: the line goes through untouched
                continue
            nrecords += 1
            value = get_path(obj, field, None)
            if not isinstance(value, str):
                if value is None:
                    missing += 1
                else:
                    not_string += 1
                if isinstance(obj, dict) and len(keys) < MAX_KEYS:
                    keys.update((k, None) for k in list(obj)[:MAX_KEYS - len(keys)])
                out.append(_encode(text) + ending)
                continue
            res = run(value, record)
            if res.text != value:
                changed += 1
                new = replace_value(text, field, res.text, lead)
                if new is None:  # not expected: value_span follows json.loads; re-encode the record then
                    set_path(obj, field, res.text)
                    new = text[:lead] + json.dumps(obj, ensure_ascii=True)
                out.append(_encode(new) + ending)
            else:
                out.append(_encode(text) + ending)
        else:
            res = run(text, record)
            if res.text != text:
                changed += 1
                out.append(_encode(res.text) + ending)
            else:
                out.append(_encode(text) + ending)
        if langs is not None:
            for lang, n in line_languages(res.text, ctx).items():
                langs[lang] = langs.get(lang, 0) + n
        if record:
            for c in res.changes:
                steps[c.step] = steps.get(c.step, 0) + 1
                if job.explain:
                    expl.append((idx, field_name, c.step, c.start, c.end, c.original, c.replacement, c.note))
            if job.explain:
                for k in getattr(res, "skipped", None) or ():
                    # a change left out as another language: one record too, marked "skipped"
                    expl.append((idx, field_name, k.step, k.start, k.end, k.original, k.replacement, k.note,
                                 k.language))
            if sampler is not None and res.changes:
                sampler.add(idx, field_name, value if jsonl else text, res.changes)
    return result(None)
