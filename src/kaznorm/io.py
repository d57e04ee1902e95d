"""Reading and writing corpus files for the console script.

* Files are read as bytes, one line at a time, so memory does not grow with
  the file size.  A line keeps its own ending (``\\n``, ``\\r\\n`` or none for
  a last line without a newline) and the output line gets the same ending.
* ``.gz``, ``.bz2`` and ``.xz`` (or ``.lzma``) files are decompressed on read
  and compressed on write, chosen by the file name.
* JSONL records are addressed by a dotted field path (``meta.body``); list
  items by their index (``paragraphs.0``).
* Writing compressed output is here too (:func:`open_output`); where and how
  outputs are written (atomically or not) is :mod:`kaznorm.outputs`.

Nothing here cleans text; see :mod:`kaznorm.parallel` and :mod:`kaznorm.cli`.
"""
from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
import os
import re
import sys
from typing import IO, Any, Callable, Iterator, List, Optional, Sequence, Tuple

__all__ = [
    "InputError",
    "compression_of",
    "detect_format",
    "open_input",
    "open_output",
    "iter_lines",
    "split_ending",
    "wrap_compressed",
    "parse_path",
    "get_path",
    "set_path",
    "same_file",
]

STDIN = "-"

_COMPRESSION = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz", ".lzma": "xz"}
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines", ".json")


class InputError(Exception):
    """A problem with the user's input or output paths; the CLI prints it and exits with status 2."""


# --------------------------------------------------------------------------- names


def compression_of(path: str) -> Optional[str]:
    """``"gzip"``, ``"bz2"``, ``"xz"`` or ``None``, from the file name."""
    if path == STDIN:
        return None
    return _COMPRESSION.get(os.path.splitext(path)[1].lower())


def strip_compression(path: str) -> str:
    root, ext = os.path.splitext(path)
    return root if ext.lower() in _COMPRESSION else path


def detect_format(path: str) -> str:
    """``"jsonl"`` for ``*.jsonl``/``*.ndjson``/``*.json`` (compressed or not), else ``"text"``."""
    if path == STDIN:
        return "text"
    return "jsonl" if strip_compression(path).lower().endswith(_JSONL_SUFFIXES) else "text"


# --------------------------------------------------------------------------- reading


def open_input(path: str) -> IO[bytes]:
    """A binary stream of the decompressed content of ``path`` (``-`` is stdin)."""
    if path == STDIN:
        return sys.stdin.buffer
    kind = compression_of(path)
    try:
        if kind == "gzip":
            return gzip.open(path, "rb")
        if kind == "bz2":
            return bz2.open(path, "rb")
        if kind == "xz":
            return lzma.open(path, "rb")
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None


PIECE = 1 << 20  # an over-long line is read in pieces of this size


class LongLine:
    """A line longer than the limit given to :func:`iter_lines`: read in bounded pieces, never whole.

    :meth:`pieces` yields it (``head`` first) with its ending; whatever is not
    read by the consumer is read and dropped before the next line.
    """

    def __init__(self, head, readline: Callable, path: str, complete: bool):
        self.head = head
        self.nbytes = len(head)
        self._readline = readline
        self._path = path
        self._done = complete

    def pieces(self) -> Iterator:
        if self.head is not None:
            head, self.head = self.head, None
            yield head
        while not self._done:
            try:
                piece = self._readline(PIECE)
            except (OSError, EOFError, lzma.LZMAError) as exc:
                raise InputError(f"{self._path}: cannot read ({exc})") from None
            if not piece:
                self._done = True
                return
            self.nbytes += len(piece)
            if piece.endswith(b"\n" if isinstance(piece, bytes) else "\n"):
                self._done = True
            yield piece

    def drain(self) -> None:
        self.head = None
        for _ in self.pieces():
            pass


def _bounded(readline: Callable, limit: int, path: str, newline) -> Iterator:
    """Lines from ``readline`` with bodies of at most ``limit`` items; a longer one as a :class:`LongLine`."""
    cap = limit + 2  # the body and a \r\n
    while True:
        raw = readline(cap)
        if not raw:
            return
        complete = raw.endswith(newline) or len(raw) < cap
        if complete and len(raw) - len(split_ending(raw)[1]) <= limit:
            yield raw
            continue
        long = LongLine(raw, readline, path, complete)
        yield long
        long.drain()


def iter_lines(stream: IO[bytes], path: str = "<stream>", limit: int = 0) -> Iterator:
    """Yield the raw lines of ``stream``, each with its ending (split on ``\\n`` only).

    With ``limit`` > 0, a line whose body is longer than ``limit`` bytes comes as
    a :class:`LongLine`.  Errors from a damaged compressed file become :class:`InputError`.
    """
    try:
        if limit > 0:
            yield from _bounded(stream.readline, limit, path, b"\n")
        else:
            for raw in stream:
                yield raw
    except (OSError, EOFError, lzma.LZMAError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None


def split_ending(raw):
    """``(body, ending)`` with ending ``"\\r\\n"``, ``"\\n"`` or empty (bytes or str, as ``raw``)."""
    if isinstance(raw, str):
        if raw.endswith("\n"):
            return (raw[:-2], "\r\n") if raw.endswith("\r\n") else (raw[:-1], "\n")
        return raw, ""
    if raw.endswith(b"\n"):
        if raw.endswith(b"\r\n"):
            return raw[:-2], b"\r\n"
        return raw[:-1], b"\n"
    return raw, b""


def peek(stream: IO[bytes], n: int = 4096) -> bytes:
    """Up to ``n`` bytes from the start of ``stream`` without consuming them (b"" if it cannot peek)."""
    look = getattr(stream, "peek", None)
    if look is None:
        return b""
    try:
        return look(n)[:n]
    except (OSError, EOFError, lzma.LZMAError, ValueError):
        return b""  # a damaged file: reading it reports the error


def sniff_encoding(head: bytes) -> Optional[Tuple[str, str, str]]:
    """``(description, iconv name, Python codec)`` when ``head`` is clearly UTF-16 or UTF-32, else None.

    A byte-order mark decides; without one, NUL bytes (never in UTF-8 text) on one side of every
    code unit do: ASCII spaces, digits and punctuation are ``20 00`` in UTF-16LE.
    """
    boms = ((b"\xff\xfe\x00\x00", "UTF-32 (little-endian, with a BOM)", "UTF-32", "utf-32"),
            (b"\x00\x00\xfe\xff", "UTF-32 (big-endian, with a BOM)", "UTF-32", "utf-32"),
            (b"\xff\xfe", "UTF-16 (little-endian, with a BOM)", "UTF-16", "utf-16"),
            (b"\xfe\xff", "UTF-16 (big-endian, with a BOM)", "UTF-16", "utf-16"))
    for bom, what, iconv, codec in boms:
        if head.startswith(bom):
            return what, iconv, codec
    n = len(head) // 4 * 4
    nuls = head[:n].count(0)
    if n < 8 or nuls < max(2, n // 50):
        return None
    at = [head[i:n:4].count(0) for i in range(4)]
    if at[2] + at[3] >= n // 4 * 1.8 and at[0] < n // 8:
        return "UTF-32 (little-endian, no BOM)", "UTF-32LE", "utf-32-le"
    if at[0] + at[1] >= n // 4 * 1.8 and at[3] < n // 8:
        return "UTF-32 (big-endian, no BOM)", "UTF-32BE", "utf-32-be"
    odd, even = at[1] + at[3], at[0] + at[2]
    if odd >= 0.9 * nuls:
        return "UTF-16 (little-endian, no BOM)", "UTF-16LE", "utf-16-le"
    if even >= 0.9 * nuls:
        return "UTF-16 (big-endian, no BOM)", "UTF-16BE", "utf-16-be"
    return None


def check_codec(encoding: str) -> str:
    """The canonical name of ``encoding`` (ValueError for a name Python does not know)."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ValueError(f"unknown encoding {encoding!r} (see python -m encodings, e.g. utf-16, cp1251, "
                         f"kz1048)") from None


def _escape_bad(exc: UnicodeError):
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(0xDC00 + b) for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("kaznorm-escape", _escape_bad)
_ESCAPED = re.compile("[\udc00-\udcff]+")


def recoded_lines(stream: IO[bytes], encoding: str, path: str = "<stream>",
                  limit: int = 0) -> Iterator[Tuple[Any, Optional[bytes]]]:
    """The lines of ``stream`` decoded from ``encoding``, split on ``\\n`` only, each with its ending.

    Yields ``(line, bad)``: ``bad`` is None, or the undecodable bytes of that
    line, which then stand in ``line`` as U+DC00+byte (see :func:`unescape_bad`).
    With ``limit`` > 0 a line of more than ``limit`` characters comes as a
    :class:`LongLine` of str pieces (``bad`` None).
    """
    text = io.TextIOWrapper(stream, encoding=encoding, errors="kaznorm-escape", newline="\n")
    try:
        lines = _bounded(text.readline, limit, path, "\n") if limit > 0 else iter(text.readline, "")
        for line in lines:
            if isinstance(line, LongLine):
                yield line, None
                continue
            m = _ESCAPED.search(line)
            yield line, (bytes(ord(c) - 0xDC00 for c in m.group()) if m else None)
    except (OSError, EOFError, lzma.LZMAError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    finally:
        try:
            text.detach()  # the caller closes the stream (never stdin)
        except ValueError:
            pass


def unescape_bad(line: str) -> str:
    """A line from :func:`recoded_lines` with each run of undecodable bytes as one U+FFFD."""
    return _ESCAPED.sub("\ufffd", line)


# --------------------------------------------------------------------------- dotted paths


def parse_path(field: str) -> Tuple[str, ...]:
    """``"meta.body"`` -> ``("meta", "body")``."""
    if not isinstance(field, str) or not field or any(not p for p in field.split(".")):
        raise ValueError(f"invalid field path {field!r}; use names separated by dots, e.g. meta.body")
    return tuple(field.split("."))


_MISSING = object()


def get_path(obj: Any, parts: Sequence[str], default: Any = _MISSING) -> Any:
    """The value at ``parts`` inside nested dicts/lists, or ``default`` (KeyError if none given)."""
    cur = obj
    for p in parts:
        if isinstance(cur, dict) and p in cur:
            cur = cur[p]
        elif isinstance(cur, list) and _is_index(p) and int(p) < len(cur):
            cur = cur[int(p)]
        else:
            if default is _MISSING:
                raise KeyError(".".join(parts))
            return default
    return cur


def _is_index(part: str) -> bool:
    return part.isascii() and part.isdigit()


def set_path(obj: Any, parts: Sequence[str], value: Any) -> None:
    """Set the existing value at ``parts`` (the path must exist, see :func:`get_path`)."""
    parent = get_path(obj, parts[:-1]) if len(parts) > 1 else obj
    last = parts[-1]
    if isinstance(parent, list):
        parent[int(last)] = value
    else:
        parent[last] = value


# --------------------------------------------------------------------------- writing


def wrap_compressed(raw: IO[bytes], kind: Optional[str], name: str = "") -> IO[bytes]:
    """A compressing writer of ``kind`` (see :func:`compression_of`) over the binary stream ``raw``.

    Closing it finishes the compressed stream but leaves ``raw`` open.
    """
    if kind == "gzip":
        # mtime=0: the same input gives byte-identical .gz output
        return gzip.GzipFile(filename=name, mode="wb", compresslevel=6, fileobj=raw, mtime=0)
    if kind == "bz2":
        return bz2.BZ2File(raw, "wb")
    if kind == "xz":
        return lzma.LZMAFile(raw, "wb")
    raise ValueError(f"unknown compression {kind!r}")


def open_output(path: str, kind: Optional[str], inner_name: Optional[str] = None) -> IO[bytes]:
    """Open ``path`` for binary writing, compressed as ``kind`` (see :func:`compression_of`).

    ``inner_name`` is the file name recorded in a gzip header (default: ``path`` without ``.gz``).
    """
    if kind == "gzip":
        raw = open(path, "wb")
        gz = wrap_compressed(raw, kind, inner_name or os.path.basename(strip_compression(path)))
        gz.myfileobj = raw  # type: ignore[attr-defined]  # GzipFile closes the file it was given only so
        return gz
    if kind == "bz2":
        return bz2.open(path, "wb")
    if kind == "xz":
        return lzma.open(path, "wb")
    return open(path, "wb", buffering=1 << 20)


def same_file(a: str, b: str) -> bool:
    """Whether paths ``a`` and ``b`` name the same file (symlinks and hard links included)."""
    if a == STDIN or b == STDIN:
        return False
    try:
        if os.path.samefile(a, b):
            return True
    except OSError:
        pass
    return os.path.realpath(a) == os.path.realpath(b)


def expand_inputs(args: List[str], pattern: str, exclude: Optional[str] = None) -> List[Tuple[str, str]]:
    """``(path, relative_name)`` for every input: files as given, directories walked recursively.

    Directory entries are matched against the glob ``pattern`` (on the file
    name), sorted, and hidden files and directories (``.name``) are left out.
    ``exclude`` is a directory whose content is never taken as input (the
    output directory when it lies inside an input directory).
    """
    import fnmatch

    out: List[Tuple[str, str]] = []
    excl = os.path.realpath(exclude) if exclude else None
    for a in args:
        if a == STDIN:
            out.append((a, a))
            continue
        if os.path.isdir(a):
            found = []
            for root, dirs, files in os.walk(a):
                if excl and os.path.realpath(root) == excl:
                    dirs[:] = []
                    continue
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and not (excl and os.path.realpath(os.path.join(root, d)) == excl))
                for f in sorted(files):
                    if f.startswith(".") or not fnmatch.fnmatch(f, pattern):
                        continue
                    full = os.path.join(root, f)
                    found.append((full, os.path.relpath(full, a)))
            if not found:
                raise InputError(f"{a}: no files matching {pattern!r} in this directory")
            out.extend(found)
        elif os.path.exists(a):  # a regular file, or a pipe such as <(zcat x.gz)
            out.append((a, os.path.basename(a)))
        else:
            raise InputError(f"{a}: no such file or directory")
    return out
