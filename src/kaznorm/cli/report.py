"""What a ``kaznorm clean`` run tells the user besides the cleaned text: warnings on stderr (at
most :data:`MAX_WARNINGS` of them for bad lines), the ``--explain`` records, the ``--stats``
summary and the progress bar."""
from __future__ import annotations

import os
import sys
from typing import Optional, Sequence

from ..io import STDIN, compression_of
from ..jsonl import dumps
from .args import PROG

MAX_WARNINGS = 20


def warn(msg: str) -> None:
    sys.stderr.write(f"{PROG}: warning: {msg}\n")


def isatty(stream) -> bool:
    try:
        return bool(stream and stream.isatty())
    except (AttributeError, ValueError):
        return False


def new_stats(step_names: Sequence[str]) -> dict:
    return {"files": 0, "lines": 0, "lines_out": 0, "lines_changed": 0, "bytes": 0, "bytes_out": 0,
            "skipped_lines": 0, "records": 0, "records_without_field": 0, "records_field_not_string": 0,
            "errors": {"decode": 0, "json": 0, "long": 0}, "changes": {n: 0 for n in step_names},
            "languages": {"kk": 0, "ru": 0, "other": 0, "none": 0}}


def field_warning(source: str, field: str, records: int, missing: int, not_string: int, keys) -> Optional[str]:
    """A warning when most JSON records of ``source`` had no string at ``field`` (nothing cleaned in them)."""
    without = missing + not_string
    if not records or without * 2 <= records:
        return None
    seen = f" (keys seen: {', '.join(keys)})" if keys else ""
    if not_string and not missing:
        return (f"{source}: field {field!r} is not a string in {not_string} of {records} records, so they were "
                f"passed through uncleaned; name a string field with --field (dotted: meta.body){seen}")
    return (f"{source}: field {field!r} is missing in {without} of {records} records"
            + (f" ({not_string} of them have it, but not as a string)" if not_string else "")
            + f", so they were passed through uncleaned; check --field{seen}")


def explain_lines(source: str, first_line: int, records) -> bytes:
    """The ``--explain`` JSON lines for a chunk's change records (a change left out because the text there is
    in another language has ``"skipped": "ru"`` or ``"other"``: nothing was changed)."""
    out = []
    for idx, fld, step, s, e, orig, repl, note, *lang in records:
        rec = {"file": source, "line": first_line + idx}
        if fld is not None:
            rec["field"] = fld
        rec.update(step=step, start=s, end=e, original=orig, replacement=repl)
        if note:
            rec["note"] = note
        if lang:
            rec["skipped"] = lang[0]
        out.append(dumps(rec).encode("utf-8") + b"\n")
    return b"".join(out)


def progress_bar(args, paths: Sequence[str]):
    show = args.progress if args.progress is not None else isatty(sys.stderr)
    if not show:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return None
    return tqdm(total=_total_bytes(paths), unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr,
                desc="kaznorm", dynamic_ncols=True, leave=False)


def _total_bytes(paths: Sequence[str]) -> Optional[int]:
    total = 0
    for p in paths:
        if p == STDIN or compression_of(p) or not os.path.isfile(p):
            return None
        total += os.path.getsize(p)
    return total


def cpu_seconds() -> dict:
    try:
        import resource
    except ImportError:  # not on Windows
        return {}
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_seconds_main": round(me.ru_utime + me.ru_stime, 3),
            "cpu_seconds_workers": round(kids.ru_utime + kids.ru_stime, 3)}
