"""How a ``kaznorm`` run that fails is reported: one message on stderr, no traceback, and an exit
status — 2 for errors in the input, the options or an output, 128 + N after signal N (130 for
Ctrl-C), 1 for an internal error (a bug; ``KAZNORM_DEBUG=1`` shows the traceback)."""
from __future__ import annotations

import os
from typing import Tuple


class CliError(Exception):
    """A message for the user (bad options, bad input, an output that cannot be written)."""


def failure(exc: BaseException) -> Tuple[str, int]:
    """``(message, exit status)`` for an exception that ends a run; re-raises what it does not know."""
    from ..io import InputError
    from ..parallel import WorkerDied, WorkerError
    from .signals import Terminated, describe

    discarded = "the output being written was discarded"
    if isinstance(exc, (CliError, InputError)):
        return f"error: {exc}", 2
    if isinstance(exc, KeyboardInterrupt):
        return f"interrupted; {discarded}", 130
    if isinstance(exc, Terminated):
        return f"{describe(exc.signum)}; {discarded}", 128 + exc.signum
    if isinstance(exc, WorkerDied):
        msg = f"error: {exc}; {discarded}."
        if exc.exitcode == -9:
            msg += (" SIGKILL usually comes from the out-of-memory killer: the system ran out of memory."
                    " Try --jobs 1 (one process, the least memory), fewer --jobs, or a lower --max-line-bytes")
        else:
            msg += " Try again with --jobs 1"
        return msg, 2
    if isinstance(exc, WorkerError):
        tb = exc.tb if os.environ.get("KAZNORM_DEBUG") else ""
        return f"{tb}internal error in a worker process: {exc}\n(run with KAZNORM_DEBUG=1 for the traceback)", 1
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"error: {where}{exc.strerror or exc}", 2
    raise exc
