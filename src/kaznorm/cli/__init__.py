"""The ``kaznorm`` console script.

``kaznorm clean [FILE|DIR ...]`` cleans text line by line (stdin to stdout by
default); ``kaznorm report [FILE|DIR ...]`` writes an HTML audit report of the
changes without the cleaned text; ``kaznorm steps`` lists the steps.
``kaznorm FILE`` is short for ``kaznorm clean FILE``.  Errors are reported on
stderr without a traceback and exit with status 2 (130 after Ctrl-C).

This module holds the entry points and turns exceptions into messages and exit
statuses; the parts of a run live beside it: :mod:`.args` (the command line),
:mod:`.profile` (the pipeline), :mod:`.plan` (inputs and outputs), :mod:`.source`
(reading), :mod:`.run` (the run loop), :mod:`.report` (warnings, --explain,
--stats), :mod:`.html_report` (the HTML audit report: --report, ``kaznorm
report``), :mod:`.signals` (Ctrl-C, SIGTERM), :mod:`.errors` (the message and
exit status of a run that fails).
"""
from __future__ import annotations

import os
import sys
from typing import Optional, Sequence

from .args import PROG, build_parser, normalise_argv
from .errors import CliError, failure
from .profile import steps_text
from .signals import Terminated, handled

__all__ = ["main", "entry", "CliError"]


def _cmd_steps(args) -> int:
    sys.stdout.write(steps_text() + "\n")
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the console script with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    with handled():  # from the start (the step list loads the steps), to the end of the report
        try:
            argv = list(sys.argv[1:] if argv is None else argv)
            parser = build_parser()
            try:
                args = parser.parse_args(normalise_argv(argv))
            except SystemExit as exc:  # --help, --version, usage errors (argparse already printed)
                return int(exc.code or 0) if not isinstance(exc.code, str) else 2
            if args.command == "steps":
                return _cmd_steps(args)
            # "clean" and "report" (a clean whose cleaned text goes nowhere) share the run
            from .run import cmd_clean

            return cmd_clean(args)
        except BrokenPipeError:
            # the reader of stdout went away (e.g. `| head`): stop quietly
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            return 1
        except (Exception, KeyboardInterrupt, Terminated) as exc:
            try:
                message, status = failure(exc)
            except Exception:  # a bug or damaged data: short message, traceback on request
                if os.environ.get("KAZNORM_DEBUG"):
                    raise
                message, status = (f"internal error: {type(exc).__name__}: {exc}\n"
                                   f"(run with KAZNORM_DEBUG=1 for the traceback)"), 1
            sys.stderr.write(f"{PROG}: {message}\n")
            return status


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
