"""Signals during a ``kaznorm clean`` run: Ctrl-C (SIGINT), SIGTERM and SIGHUP all end the run the
same way, at once: the workers are killed, the output being written is discarded, and the process
exits with 128 + the signal number (130, 143, 129).

The first signal raises :class:`KeyboardInterrupt` (SIGINT) or :class:`Terminated` wherever the
main process is; the cleanup that follows takes well under a second.  A second signal within a
second of the first is ignored, so a double Ctrl-C does not cut the cleanup short; one after that
ends the process at once (``os._exit``), whatever it is doing.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator

_NAMES = {signal.SIGINT: "interrupted", signal.SIGTERM: "terminated"}
if hasattr(signal, "SIGHUP"):
    _NAMES[signal.SIGHUP] = "hung up"


class Terminated(BaseException):
    """SIGTERM or SIGHUP: like Ctrl-C, a BaseException so that nothing catches it by accident."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def describe(signum: int) -> str:
    return _NAMES.get(signum, f"signal {signum}")


@contextmanager
def handled() -> Iterator[None]:
    """Within the block, SIGINT/SIGTERM/SIGHUP raise (see the module doc); the old handlers come back after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    first = []

    def again(signum, frame):
        if time.monotonic() - first[0] > 1.0:
            os._exit(128 + signum)

    def once(signum, frame):
        first.append(time.monotonic())
        for s in _NAMES:
            signal.signal(s, again)
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise Terminated(signum)

    old = {s: signal.getsignal(s) for s in _NAMES}
    try:
        for s in _NAMES:
            signal.signal(s, once)
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h if h is not None else signal.SIG_DFL)
