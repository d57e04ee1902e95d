"""The typo index's delete tables built offline (``typo_tables.bin`` beside the other data files).

Building a shard's table (:class:`kaznorm.lexicon.typo_shard.DeleteTable`) costs 10-40 ms per first letter,
0.4 s or more for a process that meets most letters.  ``dictionaries/build.py`` (stage ``typo_tables``) writes
the arrays of every shard of the shipped lexicon, for lookups within one edit and within two; the index reads
a shard's arrays on its first lookup (a few ms), after checking them against the prefixes of the forms it
holds (their number and a checksum): any other lexicon, or data changed since, builds its tables as before.

The file: a first line ``#kaznorm typo_tables format <N>`` (refused when ``N`` is not
:data:`kaznorm.lexicon.data.FORMAT_VERSION`: the tables are then built), a line of JSON (the sections:
``"<prefix length>:<distance>:<letter>"`` -> offset, size, number of prefixes, checksum, number of keys, number
of ids), then each section: zlib of the little-endian ``keys`` (uint64), ``starts`` (uint32) and ``ids``
(uint32) arrays.  Deterministic: the same tables give the same bytes.
"""
from __future__ import annotations

import json
import sys
import threading
import zlib
from array import array
from pathlib import Path
from typing import Callable, Dict, Optional

from .data import FORMAT_VERSION

__all__ = ["FILE", "ShippedTables", "write_tables"]

FILE = "typo_tables.bin"
_KIND = "typo_tables"
_TYPES = (("Q", 8), ("I", 4), ("I", 4))  # keys, starts, ids


def _section_key(prefix_length: int, distance: int, letter: str) -> str:
    return f"{prefix_length}:{distance}:{letter}"


class ShippedTables:
    """The prebuilt tables of one file, read on first need; :meth:`arrays` answers ``DeleteTable.build``."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._index: Optional[Dict[str, list]] = None
        self._start = 0
        self._lock = threading.Lock()

    def _open(self) -> Dict[str, list]:
        if self._index is None:
            with self._lock:
                if self._index is None:
                    self._index = self._read()
        return self._index

    def _read(self) -> Dict[str, list]:
        if any(array(code).itemsize != size for code, size in _TYPES):
            return {}  # a platform with other item sizes: build the tables
        try:
            with open(self.path, "rb") as fh:  # (the header and the index line: the shards are read when needed)
                head, line = fh.readline(), fh.readline()
            if not head.endswith(b"\n") or not line.endswith(b"\n"):
                return {}
            want = f"#kaznorm {_KIND} format ".encode()
            if not head.startswith(want) or int(head[len(want):-1]) != FORMAT_VERSION:
                return {}
            index = json.loads(line[:-1].decode("utf-8"))
        except (OSError, ValueError):
            return {}  # no file (a lexicon of the user's data), or a damaged one: build the tables
        self._start = len(head) + len(line)
        return index if isinstance(index, dict) else {}

    def _section(self, offset: int, size: int) -> bytes:
        try:
            with open(self.path, "rb") as fh:
                fh.seek(self._start + offset)
                return fh.read(size)
        except OSError:
            return b""

    def arrays(self, prefix_length: int, distance: int, letter: str) -> Callable[[int, int], Optional[tuple]]:
        """``(number of prefixes, checksum) -> (keys, starts, ids)`` of that shard, or None when the file has
        no such shard or it was built from other prefixes."""

        def get(n_prefixes: int, digest: int) -> Optional[tuple]:
            entry = self._open().get(_section_key(prefix_length, distance, letter))
            if not entry or entry[2] != n_prefixes or entry[3] != digest:
                return None
            offset, size, _n, _d, n_keys, n_ids = entry
            try:
                raw = zlib.decompress(self._section(offset, size))
            except zlib.error:
                return None
            sizes = (n_keys * 8, (n_keys + 1) * 4, n_ids * 4)
            if len(raw) != sum(sizes):
                return None
            out, pos = [], 0
            for (code, _size), nbytes in zip(_TYPES, sizes):
                arr = array(code)
                arr.frombytes(raw[pos:pos + nbytes])
                if sys.byteorder != "little":
                    arr.byteswap()
                out.append(arr)
                pos += nbytes
            return tuple(out)

        return get


def write_tables(path: Path, prefix_length: int, shards: Dict[tuple, tuple]) -> None:
    """Write ``{(distance, letter): (number of prefixes, checksum, keys, starts, ids)}`` (for the build)."""
    index, parts, offset = {}, [], 0
    for (distance, letter), (n_prefixes, digest, keys, starts, ids) in sorted(shards.items()):
        arrays = []
        for arr in (keys, starts, ids):
            arr = array(arr.typecode, arr)
            if sys.byteorder != "little":
                arr.byteswap()
            arrays.append(arr.tobytes())
        data = zlib.compress(b"".join(arrays), 9)
        index[_section_key(prefix_length, distance, letter)] = [offset, len(data), n_prefixes, digest,
                                                                len(keys), len(ids)]
        parts.append(data)
        offset += len(data)
    head = f"#kaznorm {_KIND} format {FORMAT_VERSION}\n" + json.dumps(index, sort_keys=True, ensure_ascii=False)
    Path(path).write_bytes(head.encode("utf-8") + b"\n" + b"".join(parts))
