"""Write the shipped files: gzip'd UTF-8 text, a ``#kaznorm <kind> format <N>`` header, then sections
(``#name count`` and ``count`` lines).  Deterministic: the same content gives the same bytes."""
from __future__ import annotations

import gzip
import io
from pathlib import Path

from kaznorm.kazakh.alphabet import LOWER_LETTERS

from .common import HERE, log, read_list
from .corpus_counts import SEPARATE_PARTICLES

FORMAT_VERSION = 1
SEPARATE_MIN = 2  # a word is shipped with its separate-particle count from this count on


def write_particles(path: Path, separate):
    """Words seen followed by a separate да/де/та/те at least SEPARATE_MIN times, with that count."""
    rows = sorted((w, n) for w, n in separate.items() if n >= SEPARATE_MIN and w not in SEPARATE_PARTICLES)
    write_sections(path, "particles", [("separate", [f"{w} {n}" for w, n in rows])])


PAIR_MIN = 3  # a word pair is shipped from this count on (one sentence is not evidence)


def write_pairs(path: Path, pair_counts, forms):
    """Pairs of known words written one after the other (white space only between them) at least
    PAIR_MIN times in the clean corpora, with that count: evidence for splitting the two glued."""
    rows = sorted((a, b, n) for (a, b), n in pair_counts.items()
                  if n >= PAIR_MIN and a in forms and b in forms and len(a) >= 2 and len(b) >= 2
                  and all(c in LOWER_LETTERS for c in a + b))
    write_sections(path, "pairs", [("pairs", [f"{a} {b} {n}" for a, b, n in rows])])


def header(kind: str) -> str:
    return f"#kaznorm {kind} format {FORMAT_VERSION}\n"


def write_sections(path: Path, kind: str, sections):
    """A gzip'd text file: a format header, then per section a line ``#name count`` and ``count`` lines."""
    # mtime 0 and no file name in the gzip header: the same content gives the same bytes (quiet diffs)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as fh:
        fh.write(header(kind))
        for name, lines in sections:
            lines = list(lines)
            assert all(l and "\n" not in l and not l.startswith("#") for l in lines), name
            fh.write(f"#{name} {len(lines)}\n")
            if lines:
                fh.write("\n".join(lines) + "\n")


def write_lexicon(path: Path, forms, counts, names):
    """Sections: counted forms (sorted by count) and their counts, uncounted forms, names."""
    counted = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    write_sections(path, "lexicon", [
        ("counted", [w for w, _ in counted]),
        ("counts", [str(n) for _, n in counted]),
        ("uncounted", sorted(w for w in forms if w not in counts)),
        ("names", sorted(names)),
    ])


def write_all(out: Path, *, forms, counts, names, separate, pair_counts, doubtful, stems, bases, ru_known,
              compounds, spaced, ru, en, ru_evidence=(), user_only=()):
    """Write every file of ``out`` (and remove the stale files of older builds)."""
    write_lexicon(out / "lexicon.txt.gz", forms, counts, names & forms)
    write_particles(out / "particles.txt.gz", separate)
    write_pairs(out / "pairs.txt.gz", pair_counts, forms)
    # "user_only": counted forms only the user-written reviews count, never the edited corpora (өтте)
    write_sections(out / "doubtful.txt.gz", "doubtful", [("words", sorted(doubtful)),
                                                         ("user_only", sorted(user_only))])
    write_sections(out / "stems.txt.gz", "stems",
                   [(pos, sorted(st for st, p in stems.items() if pos in p)) for pos in ("n", "v", "x")]
                   + [("b", sorted(bases))])
    write_sections(out / "russian.txt.gz", "russian", [("words", sorted(ru_known))])
    # "spaced": compounds (still known as hyphenated words) whose parts the segmentation writes apart
    write_sections(out / "compounds.txt.gz", "compounds", [("compounds", sorted(compounds)),
                                                           ("spaced", sorted(spaced))])
    write_sections(out / "foreign.txt.gz", "foreign", [("ru", sorted(ru)), ("en", sorted(en)),
                                                       ("ru_evidence", sorted(ru_evidence))])
    abbr = read_list(HERE / "abbreviations.txt")
    write_sections(out / "abbreviations.txt.gz", "abbreviations", [("abbreviations", abbr)])
    for stale in ("stems.tsv.gz", "foreign.tsv.gz"):
        if (out / stale).exists():
            (out / stale).unlink()
    log(f"forms: {len(forms)}  counted: {len(counts)}  tokens: {sum(counts.values())}")
    for p in sorted(out.iterdir()):
        log(f"  {p.name}: {p.stat().st_size} bytes")
