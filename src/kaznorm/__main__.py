"""``python -m kaznorm``: the console script (see :mod:`kaznorm.cli`)."""
import os
import signal
import sys

if __name__ == "__main__":
    # Ctrl-C or SIGTERM while the CLI is still loading: end quietly, as during a run (the CLI's own
    # handling takes over in main()); nothing has been read or written yet
    signal.signal(signal.SIGINT, lambda signum, frame: os._exit(128 + signum))
    signal.signal(signal.SIGTERM, lambda signum, frame: os._exit(128 + signum))

from .cli import entry  # noqa: E402

if __name__ == "__main__":
    sys.exit(entry())
