"""The command line of ``kaznorm``: the argument parser, its help texts, and the shorthand
``kaznorm FILE`` for ``kaznorm clean FILE``."""
from __future__ import annotations

import argparse
import re
from typing import List

from .profile import steps_text

PROG = "kaznorm"
SUBCOMMANDS = ("clean", "report", "steps")

_CLEAN_DESCRIPTION = """\
Clean Kazakh text line by line: one output line per input line, each with its
original line ending (\\n or \\r\\n; a missing final newline stays missing).
Each line is cleaned on its own, so no step ever joins two lines here.

Inputs are files, directories (searched recursively for --glob, hidden entries
left out) or - for stdin (the default).  .gz, .bz2 and .xz files are
decompressed on read and compressed on write, by file name.  *.jsonl,
*.ndjson and *.json files, and every input when --field is given, are read as
JSON lines, one record a line (see --format).

Output: stdout by default (all inputs, one after another); with -o FILE into
FILE; with -o DIR/ (an existing directory, or a path ending in /) each input is
written to DIR under its own name, files found in a directory argument keeping
their path relative to it; with --in-place each file is rewritten.  Regular
files are written to a temporary name and renamed only on success, so an error
or Ctrl-C never leaves a half-written file; an input is never used as output.
Anything else (- for stdout, /dev/stdout, a device, a FIFO, a shell's
>(process substitution)) is written directly.
"""

_EPILOG_EXAMPLES = """\
examples:
  kaznorm clean notes.txt                       clean to stdout
  kaznorm notes.txt -o clean.txt                same as 'kaznorm clean'
  cat a.txt | kaznorm clean --skip typo         stdin to stdout, without the typo step
  kaznorm clean corpus/ --glob '*.jsonl.gz' --field meta.body -o out/ --stats stats.json
  kaznorm clean big.txt.xz -o big.clean.txt.xz --jobs 2 --explain changes.jsonl
  kaznorm clean corpus/ -o out/ --report report.html   clean, and an HTML audit report of the changes
  kaznorm report corpus/ -o report.html         the audit report alone (no cleaned output)
"""

_REPORT_DESCRIPTION = """\
Write an audit report of what 'kaznorm clean' would change in the inputs, without
writing the cleaned text: one self-contained HTML file (no network, no external
scripts or fonts) with the totals (lines, lines changed, changes per step, as a
bar chart and a table) and, for each step, a sample of its changes, each shown in
its line with the original and the replacement marked, the step's note, the file
and the line number; a filter by step.  Any text of the corpus is shown as text.

The sample is a uniform random sample of each step's changes (--report-sample a
step, 50 by default), the same for a given --report-seed whatever --jobs.  The
report is built in the cleaning pass with bounded memory, whatever the corpus
size.  Inputs are read as by 'kaznorm clean' (files, directories, - for stdin;
compressed files; JSON lines with --field).  'kaznorm clean --report FILE' writes
the same report while it writes the cleaned text.
"""

_REPORT_EXAMPLES = """\
examples:
  kaznorm report notes.txt -o report.html
  kaznorm report corpus/ --glob '*.jsonl.gz' --field text -o report.html --jobs 2
  kaznorm report big.txt --report-sample 200 --report-seed 7 -o report.html
"""


MAX_LINE_BYTES = 1 << 20
REPORT_SAMPLE = 50  # --report-sample: changes shown a step


def byte_size(text: str) -> int:
    """``1500``, ``64K``, ``4M``, ``1G`` (binary units) -> bytes; 0 means no limit."""
    m = re.fullmatch(r"\s*(\d+)\s*([kKmMgG]?)i?[bB]?\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1048576, 512K, 4M or 1G")
    return int(m.group(1)) << {"": 0, "k": 10, "m": 20, "g": 30}[m.group(2).lower()]


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=PROG, formatter_class=fmt,
        description="kaznorm: clean and normalise Kazakh text, explaining every change.\n"
                    "'kaznorm FILE ...' is short for 'kaznorm clean FILE ...'; 'kaznorm report FILE ...'\n"
                    "writes an HTML audit report of the changes.",
        epilog=steps_text() + "\n\n" + _EPILOG_EXAMPLES)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="{clean,report,steps}")

    c = sub.add_parser("clean", help="clean files or stdin (the default command)", formatter_class=fmt,
                       description=_CLEAN_DESCRIPTION, epilog=steps_text() + "\n\n" + _EPILOG_EXAMPLES)
    c.add_argument("inputs", nargs="*", metavar="FILE|DIR", help="input files or directories; - is stdin (default)")
    c.add_argument("-o", "--output", metavar="OUT", help="output file, directory (existing, or ending in /), or - for stdout")
    _pipeline_options(c)
    _side_outputs(c)
    c.add_argument("--report", metavar="FILE",
                   help="write an audit report to FILE (- for stdout): one self-contained HTML page with the totals "
                        "(lines, lines changed, changes per step, as a chart and a table) and, for each step, a "
                        "sample of its changes shown in their line; see also 'kaznorm report'")
    _report_options(c)
    _reading_options(c)
    c.add_argument("-i", "--in-place", action="store_true", help="rewrite each input file with its cleaned text")
    c.add_argument("--backup", metavar="SUFFIX", help="with --in-place: keep each original as FILE+SUFFIX")
    c.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: only when stderr is a terminal)")

    r = sub.add_parser("report", help="write an audit report of what clean would change (no cleaned output)",
                       formatter_class=fmt, description=_REPORT_DESCRIPTION,
                       epilog=steps_text() + "\n\n" + _REPORT_EXAMPLES)
    r.add_argument("inputs", nargs="*", metavar="FILE|DIR", help="input files or directories; - is stdin (default)")
    r.add_argument("-o", "--output", "--report", dest="report", default="-", metavar="FILE",
                   help="the report: an HTML file (default: stdout, when it is not a terminal)")
    _pipeline_options(r)
    _side_outputs(r)
    _report_options(r)
    _reading_options(r)
    r.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: only when stderr is a terminal)")
    r.set_defaults(output=None, in_place=False, backup=None)

    sub.add_parser("steps", help="list the step names with a description, and the profiles")
    return parser


def _pipeline_options(c) -> None:
    c.add_argument("--profile", default="default", metavar="P", help="profile (default: default; see below)")
    c.add_argument("--script", choices=("cyrillic", "latin"), default=None,
                   help="write the output in this script: latin = the official 2021 Kazakh Latin alphabet; "
                        "cyrillic = also read Kazakh typed in Latin back into Cyrillic (the latin step)")
    c.add_argument("--skip", action="append", default=[], metavar="STEP",
                   help="leave out a step (repeat, or separate names with commas)")
    c.add_argument("--only", action="append", default=None, metavar="STEP",
                   help="run only these steps (repeat, or separate names with commas)")
    c.add_argument("--words", action="append", default=[], metavar="FILE",
                   help="extra Kazakh words, one per line (# comments): never split or corrected away (repeatable)")
    c.add_argument("--protect", action="append", default=[], metavar="FILE",
                   help="protected terms, one per line: never changed by the word steps (repeatable)")


def _side_outputs(c) -> None:
    c.add_argument("--explain", metavar="FILE",
                   help="write one JSON record per change to FILE (- for stdout): file, line, field (JSONL), step, "
                        "start, end (character offsets in the original line or field), original, replacement, note")
    c.add_argument("--stats", metavar="FILE",
                   help="write JSON statistics to FILE (- for stderr): lines, bytes, seconds, changes per step, "
                        "errors, cleaned lines per language (kk, ru, other: left as written; none: no letters)")


def _count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count (0 or more)")
    return n


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an integer seed") from None


def _report_options(c) -> None:
    c.add_argument("--report-sample", type=_count, default=REPORT_SAMPLE, metavar="N",
                   help=f"audit report: changes shown a step, a uniform random sample (default: {REPORT_SAMPLE}; "
                        f"0 shows the totals only)")
    c.add_argument("--report-seed", type=_seed, default=0, metavar="S",
                   help="audit report: seed of the sample (default: 0); the same seed gives the same sample, "
                        "whatever --jobs")


def _reading_options(c) -> None:
    c.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores); 1 cleans in this process")
    c.add_argument("--format", choices=("auto", "text", "jsonl"), default="auto",
                   help="input format; auto (default): jsonl when --field is given or for *.jsonl, *.ndjson, "
                        "*.json[.gz|.bz2|.xz], else text")
    c.add_argument("--field", default=None, metavar="PATH",
                   help="JSON lines: the field to clean, dotted for nested fields (meta.body); default: text. "
                        "Giving it means the inputs are JSON lines. Other fields are passed through byte for "
                        "byte; records without the field are left as they are (a warning says so when most are)")
    c.add_argument("--encoding", default=None, metavar="CODEC",
                   help="encoding of the inputs (default: UTF-8; e.g. utf-16, cp1251, kz1048); the output is "
                        "always UTF-8. UTF-16 and UTF-32 read as UTF-8 are recognised and refused with this hint")
    c.add_argument("--max-line-bytes", type=byte_size, default=MAX_LINE_BYTES, metavar="SIZE",
                   help="longest line cleaned (default: 1M; K, M, G allowed; 0: no limit). Cleaning takes about "
                        "30 bytes of memory per byte of a line, so longer lines are never held whole: --errors "
                        "stop reports them, replace passes them through unchanged, skip leaves them out")
    c.add_argument("--glob", default="*", metavar="PATTERN",
                   help="file name pattern for files inside directory inputs (default: *)")
    c.add_argument("--errors", choices=("stop", "replace", "skip"), default="stop",
                   help="undecodable (non-UTF-8), invalid JSON or over-long lines: stop with an error (default; stdout "
                        "or a pipe gets every line before the bad one, an output file is not written), "
                        "replace (bad bytes become U+FFFD; bad JSON lines pass through unchanged), "
                        "or skip the line; replace/skip warn on stderr")


def normalise_argv(argv: List[str]) -> List[str]:
    """``kaznorm FILE ...`` -> ``kaznorm clean FILE ...``; no arguments -> ``clean`` (stdin)."""
    if not argv:
        return ["clean"]
    first = argv[0]
    if first in SUBCOMMANDS or first in ("-h", "--help", "--version"):
        return argv
    return ["clean"] + argv
