"""The shipped lexicon data: where it lives, its format version, and one loader per file.

The data (``dictionaries/data`` in the repository, ``kaznorm/_data`` in the wheel) is produced by
``dictionaries/build.py``; every file starts with ``#kaznorm <kind> format <N>`` and is refused when ``N``
is not :data:`FORMAT_VERSION`.  The optional files (particles, pairs, doubtful) are cached per directory.
"""
from __future__ import annotations

import gzip
import threading
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Tuple

from .folding import fold
from .wordlists import Deferred, Forms, SortedText, narrow_sorted_text

__all__ = ["FORMAT_VERSION", "LexiconDataError", "data_dir", "read_sections", "load_data", "load_stems", "load_bases",
           "load_separate", "load_pairs", "load_doubtful", "load_russian", "load_acronyms", "load_foreign"]

FORMAT_VERSION = 1


class LexiconDataError(RuntimeError):
    """A shipped data file is missing, damaged or of another format version."""


@lru_cache(maxsize=None)
def data_dir() -> Path:
    """Directory of the shipped data: ``kaznorm/_data`` when installed, else ``<repo>/dictionaries/data``
    (worked out once per process: the per-directory caches below are asked on hot paths)."""
    here = Path(__file__).resolve().parents[1] / "_data"  # (the package's own folder: no importlib.resources)
    if (here / "lexicon.txt.gz").is_file():
        return here
    repo = Path(__file__).resolve().parents[3] / "dictionaries" / "data"  # src/kaznorm/lexicon/data.py
    if (repo / "lexicon.txt.gz").is_file():
        # (a source checkout: importlib.resources, slow to import, would find the package's folder again, or
        # in a zipped package a folder that is not this one)
        return repo
    try:
        from importlib.resources import files

        p = files("kaznorm") / "_data"
        if p.is_dir() and (p / "lexicon.txt.gz").is_file():
            return Path(str(p))
    except Exception:  # pragma: no cover
        pass
    return Path(__file__).resolve().parents[3] / "dictionaries" / "data"  # src/kaznorm/lexicon/data.py


def _read(path: Path, kind: str) -> str:
    try:
        with gzip.open(path, "rb") as fh:
            text = fh.read().decode("utf-8")
    except FileNotFoundError:
        raise LexiconDataError(f"kaznorm data file missing: {path} "
                               "(reinstall kaznorm or run dictionaries/build.py)") from None
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise LexiconDataError(f"kaznorm data file damaged: {path}: {exc}") from None
    first, _, rest = text.partition("\n")
    want = f"#kaznorm {kind} format "
    if not first.startswith(want):
        raise LexiconDataError(f"{path}: not a kaznorm {kind} file (header {first[:60]!r})")
    try:
        version = int(first[len(want):])
    except ValueError:
        raise LexiconDataError(f"{path}: bad header {first[:60]!r}") from None
    if version != FORMAT_VERSION:
        raise LexiconDataError(f"{path}: format version {version}, this kaznorm reads version {FORMAT_VERSION}")
    return rest


def read_sections(path: Path, kind: str, as_text: Tuple[str, ...] = ()) -> Dict[str, List[str]]:
    """Read a sectioned data file: ``#name count`` lines each followed by ``count`` lines.  The sections
    named in ``as_text`` come as one string (their lines joined by newlines: no list of strings to make)."""
    return _parse_sections(_read(path, kind), path, as_text)


def _parse_sections(text: str, path: Path, as_text: Tuple[str, ...] = ()) -> Dict[str, List[str]]:
    """:func:`read_sections` of a file's text past its header line."""
    if as_text:
        fast = _sections_by_find(text, as_text)
        if fast is not None:
            return fast
    lines = text.split("\n")
    out: Dict[str, List[str]] = {}
    i, n = 0, len(lines)
    while i < n and lines[i]:
        head = lines[i]
        name, _, cnt = head[1:].partition(" ")
        if not head.startswith("#") or not cnt.isdigit():
            raise LexiconDataError(f"{path}: bad section header {head[:60]!r}")
        k = int(cnt)
        if i + 1 + k > n:
            raise LexiconDataError(f"{path}: section {name!r} truncated")
        out[name] = lines[i + 1:i + 1 + k]
        i += 1 + k
    return out


def _sections_by_find(text: str, as_text: Tuple[str, ...]) -> Optional[dict]:
    """What ``read_sections`` reads, each section's end found with ``str.find`` (the next line opening with ``#``)
    and checked by its number of lines; None when that does not hold (a line opening with ``#``, a damaged
    file): ``read_sections`` then reads line by line (and reports what is wrong)."""
    out: dict = {}
    pos, n = 0, len(text)
    while pos < n:
        eol = text.find("\n", pos)
        eol = n if eol < 0 else eol
        head = text[pos:eol]
        if not head:
            break
        name, _, cnt = head[1:].partition(" ")
        if not head.startswith("#") or not cnt.isdigit():
            return None
        k, start = int(cnt), eol + 1
        if k == 0:
            out[name] = "" if name in as_text else []
            pos = start
            continue
        end = text.find("\n#", start)
        if end < 0:
            end = n - 1 if text.endswith("\n") and n - 1 >= start else n
        body = text[start:end] if start <= n else None
        if body is None or body.count("\n") != k - 1:
            return None
        out[name] = body if name in as_text else body.split("\n")
        pos = end + 1
    return out


def _need(sec: Dict[str, List[str]], path: Path, *names: str) -> None:
    for name in names:
        if name not in sec:
            raise LexiconDataError(f"{path}: section {name!r} missing")


def load_data(directory: Optional[Path] = None, *, stems: bool = True) -> dict:
    """The shipped data as plain Python objects (forms, counts, names, stems, compounds); the uncounted forms
    and the names as sorted text (SortedText: ``in``, ``len``, iteration).  Those two sections (four fifths of
    the file) are unzipped and read when first asked (a :class:`Deferred`): what they hold, and the errors a
    damaged file gives, are the same; only when differs."""
    d = Path(directory) if directory is not None else data_dir()
    p = d / "lexicon.txt.gz"
    head = _counted_head(p)
    if head is None:  # (not the usual layout, or a damaged file: read at once, as a whole)
        sec = read_sections(p, "lexicon", as_text=("uncounted", "names"))
        _need(sec, p, "counted", "counts", "uncounted", "names")
        uncounted, names = _uncounted_text(sec["uncounted"]), _sorted_text(sec["names"])
    else:
        sec, rest, n_uncounted = head
        names = Deferred(lambda: rest.sections()["names"])
        uncounted = Deferred(lambda: rest.sections()["uncounted"], n_uncounted)
    words, counts = sec["counted"], sec["counts"]
    if len(words) != len(counts):
        raise LexiconDataError(f"{p}: counted and counts differ in length")
    counted = dict(zip(words, map(int, counts)))
    forms = Forms(counted, uncounted)
    p = d / "compounds.txt.gz"
    comp = read_sections(p, "compounds")
    _need(comp, p, "compounds")
    # the names (sorted, asked for membership only) stay one string too
    return {"counts": counted, "forms": forms, "names": names,
            "stems": load_stems(d) if stems else None, "compounds": comp["compounds"],
            "spaced": comp.get("spaced", [])}


def _uncounted_text(section):
    """The uncounted forms (four in five) as one string, searched in place (wordlists.SortedText); a list when
    the file was read line by line."""
    return SortedText(section + "\n" if section else "") if isinstance(section, str) else section


_REST_AT = b"\n#uncounted "  # where the sections read on first use start


def _counted_head(path: Path):
    """``(sections, rest, n)``: the lexicon file's sections before ``#uncounted`` (unzipped only so far, read as
    :func:`read_sections` reads them), a :class:`_LexiconRest` for the others and the uncounted forms' number;
    None unless the file is laid out so (then it is read as a whole, which reports what is wrong)."""
    try:
        raw = path.read_bytes()
        z = zlib.decompressobj(31)  # (gzip)
        out, pending, at = b"", raw, -1
        while at < 0 or out.find(b"\n", at + 1) < 0:
            if not pending or z.eof:
                return None
            out += z.decompress(pending, 1 << 18)
            pending = z.unconsumed_tail
            at = out.find(_REST_AT) if at < 0 else at
        text = out[:at + 1].decode("utf-8")
    except Exception:
        return None
    first, _, text = text.partition("\n")
    if first != f"#kaznorm lexicon format {FORMAT_VERSION}":
        return None
    head = out[at + 1:out.find(b"\n", at + 1)].decode("ascii", "replace")
    cnt = head[len(_REST_AT) - 1:]
    sec = _sections_by_find(text, ())
    if sec is None or sum(len(v) + 1 for v in sec.values()) != text.count("\n"):
        return None  # (the sections must end where #uncounted starts)
    if not cnt.isdigit() or int(cnt) < 2 or "counted" not in sec or "counts" not in sec:
        return None  # (a section of one line may be read as empty: its length is not known beforehand)
    return sec, _LexiconRest(path, out[at + 1:], z, pending), int(cnt)


class _LexiconRest:
    """The lexicon file's sections from ``#uncounted`` on, unzipped and read on first use (once, under a lock):
    the uncounted forms and the names as :func:`load_data` gives them."""

    def __init__(self, path: Path, out: bytes, z, pending: bytes):
        self.path, self.out, self.z, self.pending = path, out, z, pending
        self.sec: Optional[dict] = None
        self.lock = threading.Lock()

    def sections(self) -> dict:
        with self.lock:
            if self.sec is None:
                p, z = self.path, self.z
                try:
                    data = self.out + z.decompress(self.pending) + z.flush()
                    if not z.eof:
                        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
                    text = data.decode("utf-8")
                except (zlib.error, EOFError, UnicodeDecodeError) as exc:
                    raise LexiconDataError(f"kaznorm data file damaged: {p}: {exc}") from None
                if z.unused_data:  # (another gzip member follows: read the file as a whole)
                    text = _read(p, "lexicon")
                    text = text[text.index("\n#uncounted ") + 1:]
                data = None
                sec = _parse_sections(text, p, ("uncounted", "names"))
                text = None
                _need(sec, p, "uncounted", "names")
                # (kept as they are searched: the sections' own strings are dropped)
                self.sec = {"uncounted": _uncounted_text(sec.pop("uncounted")), "names": _sorted_text(sec.pop("names"))}
                self.out, self.z, self.pending = b"", None, b""
        return self.sec


def load_stems(directory: Optional[Path] = None) -> Dict[str, str]:
    """The shipped stems: {stem: 'n' | 'v' | 'x' | 'nv'}."""
    d = Path(directory) if directory is not None else data_dir()
    p = d / "stems.txt.gz"
    st = read_sections(p, "stems")
    _need(st, p, "n", "v", "x")
    stems: Dict[str, str] = dict.fromkeys(st["x"], "x")
    stems.update(dict.fromkeys(st["v"], "v"))
    stems.update(dict.fromkeys(st["n"], "n"))
    for w in set(st["v"]).intersection(st["n"]):
        stems[w] = "nv"
    return stems


def load_bases(directory: Optional[Path] = None) -> List[str]:
    """Inflection bases (section ``b`` of the stems file): attested forms the morphology cannot read
    (names, loans) that take regular nominal inflection only. Empty for data without the section."""
    d = Path(directory) if directory is not None else data_dir()
    return read_sections(d / "stems.txt.gz", "stems").get("b", [])


_SEPARATE: Dict[str, Dict[str, int]] = {}


def load_separate(directory: Optional[Path] = None) -> Dict[str, int]:
    """How often each word was seen followed by a separately written да/де/та/те in the clean
    corpora (``particles.txt.gz``, words seen at least twice; empty when the file is absent).
    Cached per directory."""
    d = Path(directory) if directory is not None else data_dir()
    key = str(d)
    got = _SEPARATE.get(key)
    if got is None:
        got = {}
        if (d / "particles.txt.gz").exists():
            for row in read_sections(d / "particles.txt.gz", "particles").get("separate", []):
                w, _, n = row.rpartition(" ")
                if w and n.isdigit():
                    got[w] = int(n)
        _SEPARATE[key] = got
    return got


_PAIRS: Dict[str, Dict[str, int]] = {}


def load_pairs(directory: Optional[Path] = None) -> Dict[str, int]:
    """How often two known words stood one after the other in the clean corpora, keyed "a b"
    (``pairs.txt.gz``, pairs seen at least three times; empty when the file is absent).
    Cached per directory."""
    d = Path(directory) if directory is not None else data_dir()
    key = str(d)
    got = _PAIRS.get(key)
    if got is None:
        got = {}
        if (d / "pairs.txt.gz").exists():
            for row in read_sections(d / "pairs.txt.gz", "pairs").get("pairs", []):
                ab, _, n = row.rpartition(" ")
                if " " in ab and n.isdigit():
                    got[ab] = int(n)
        _PAIRS[key] = got
    return got


_DOUBTFUL: Dict[str, Dict[str, FrozenSet[str]]] = {}


def load_doubtful(directory: Optional[Path] = None, section: str = "words") -> FrozenSet[str]:
    """Forms the build is in doubt about (``doubtful.txt.gz``): section ``words``, the web-list forms it dropped
    as two words written together (real one-word compounds are among them, so the segment step must not split
    them either); section ``user_only``, the counted forms that only the user-written reviews count, never the
    edited corpora. Empty without the file or the section. Cached per directory."""
    d = Path(directory) if directory is not None else data_dir()
    key = str(d)
    got = _DOUBTFUL.get(key)
    if got is None:  # (the file read once, every section kept)
        sections = read_sections(d / "doubtful.txt.gz", "doubtful") if (d / "doubtful.txt.gz").exists() else {}
        got = _DOUBTFUL[key] = {name: frozenset(rows) for name, rows in sections.items()}
    return got.get(section, frozenset())


def load_russian(directory: Optional[Path] = None) -> "SortedText":
    """Russian words accepted as they are (loans, names in Russian spelling), as a container supporting
    ``in``; empty when the data has no ``russian.txt.gz``.  The half a million words stay one string
    searched by bisection (a list of that many strings would cost six times the memory)."""
    d = Path(directory) if directory is not None else data_dir()
    p = d / "russian.txt.gz"
    if not p.is_file():
        return SortedText("")
    text = _read(p, "russian")
    head, _, rest = text.partition("\n")
    name, _, cnt = head[1:].partition(" ")
    if not head.startswith("#") or name != "words" or not cnt.isdigit():
        raise LexiconDataError(f"{p}: bad section header {head[:60]!r}")
    if int(cnt) and not rest.endswith("\n"):
        raise LexiconDataError(f"{p}: section 'words' truncated")
    if rest.count("\n") != int(cnt):
        raise LexiconDataError(f"{p}: section 'words' does not hold {cnt} lines")
    return narrow_sorted_text(rest)  # (one byte a letter: Russian words are written in ISO-8859-5)


def load_acronyms(directory: Optional[Path] = None) -> FrozenSet[str]:
    """Undotted abbreviations of three or more letters from the shipped list (КСРО, ЮНЕСКО), folded;
    shorter ones (ҚР, АҚ) are left out: as lower-case words they would stand for too much."""
    d = Path(directory) if directory is not None else data_dir()
    p = d / "abbreviations.txt.gz"
    if not p.is_file():
        return frozenset()
    sec = read_sections(p, "abbreviations")
    return frozenset(fold(a) for a in sec.get("abbreviations", ()) if "." not in a and len(a) >= 3)


def load_foreign(directory: Optional[Path] = None, compact: bool = False) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """The shipped common Russian and English words (``foreign.txt.gz``): (ru, en).  ``compact``: each list as
    one sorted string (a SortedText, for ``in`` only: a tenth of a frozenset's memory) instead of a frozenset."""
    d = Path(directory) if directory is not None else data_dir()
    p = d / "foreign.txt.gz"
    sec = read_sections(p, "foreign", as_text=("ru", "en") if compact else ())
    _need(sec, p, "ru", "en")
    if compact:
        return _sorted_text(sec["ru"]), _sorted_text(sec["en"])
    return frozenset(sec["ru"]), frozenset(sec["en"])


def _sorted_text(section) -> SortedText:
    """A section read as one string (or, read line by line, as a list) as a SortedText (the build sorts them)."""
    body = section if isinstance(section, str) else "\n".join(section)
    return narrow_sorted_text(body + "\n" if body else "")


def load_russian_evidence(directory: Optional[Path] = None, compact: bool = False) -> Optional[FrozenSet[str]]:
    """The common Russian words that show a line is Russian (``foreign.txt.gz`` section ``ru_evidence``:
    at least ten times rarer in the Kazakh corpora than in Russian); None for data built without it.
    ``compact``: one sorted string (a SortedText, for ``in`` only) instead of a frozenset."""
    d = Path(directory) if directory is not None else data_dir()
    sec = read_sections(d / "foreign.txt.gz", "foreign", as_text=("ru_evidence",) if compact else ())
    if "ru_evidence" not in sec:
        return None
    return _sorted_text(sec["ru_evidence"]) if compact else frozenset(sec["ru_evidence"])
