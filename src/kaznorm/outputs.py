"""Where the console script writes: output targets and their writers.

A :class:`Target` is one place to write (the cleaned text, the ``--explain``
records or the ``--stats``), of one of four kinds:

* ``atomic``: a regular file, or a new one.  It is written to a temporary file
  in the same directory and renamed over the target only when everything
  succeeded, so an error or an interrupt never leaves a half-written file.  A
  symbolic link to a regular file stays a link: the file it names is replaced.
  The temporary name is hidden and says what it is
  (``.out.txt.kaznorm-<pid>-<random>.partial``): one left by a run that was
  killed (SIGKILL, power loss) is never taken for output nor, by a directory
  walk, for input.
* ``direct``: anything that is not a regular file (a device such as
  ``/dev/null``, a FIFO), and any path under ``/dev``, ``/proc`` or ``/sys``.
  Opened and written as it is, never replaced.
* ``fd``: a path that names one of this process's file descriptors
  (``/dev/stdout``, ``/dev/stderr``, ``/dev/fd/N``, ``/proc/self/fd/N``, links
  to them, a shell's ``>(process substitution)``): the descriptor is written.
* ``stdout`` (``-``) or ``stderr``: the Python streams.

Every write error becomes an :class:`OutputError` naming the target (``out.txt:
cannot write (No space left on device)``).  Compression (``.gz``, ``.bz2``,
``.xz``) follows the target's name for every kind but ``stdout``/``stderr``.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import sys
import tempfile
from typing import IO, Optional, Tuple

from .io import InputError, compression_of, open_output, strip_compression, wrap_compressed

__all__ = ["OutputError", "Target", "AtomicWriter", "fd_of", "PARTIAL_SUFFIX"]

PARTIAL_SUFFIX = ".partial"
_TMP_TAG = ".kaznorm-"
_FD_PATH = re.compile(r"/(?:dev/fd|proc/self/fd|proc/(\d+)/fd)/(\d+)")
_STD_PATHS = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}
_SYSTEM_DIRS = ("/dev/", "/proc/", "/sys/")
_BUFFER = 1 << 20


class OutputError(InputError):
    """An output could not be written; the message names it.  The CLI exits with status 2."""


def describe(exc: OSError) -> str:
    """``'No space left on device'`` and the like, for an OSError (without its file name)."""
    if exc.errno == errno.EPIPE:
        return "the reader went away (broken pipe)"
    return exc.strerror or str(exc)


def write_error(name: str, exc: OSError) -> OutputError:
    return OutputError(f"{name}: cannot write ({describe(exc)})")


def fd_of(path: str) -> Optional[int]:
    """The file descriptor of this process that ``path`` names (``/dev/stdout`` -> 1), or None.

    Symbolic links are followed one at a time, so a link to ``/proc/self/fd/1``
    counts as well as ``/dev/fd/1`` (``/dev/fd`` is itself a link).
    """
    p = os.path.abspath(path)
    for _ in range(40):
        if p in _STD_PATHS:
            return _STD_PATHS[p]
        m = _FD_PATH.fullmatch(p)
        if m:
            if m.group(1) and int(m.group(1)) != os.getpid():
                return None  # another process's descriptor: an ordinary path to open
            return int(m.group(2))
        head, tail = os.path.split(p)
        real_head = os.path.realpath(head)
        if real_head != head:
            p = os.path.join(real_head, tail)
            continue
        if not os.path.islink(p):
            return None
        p = os.path.normpath(os.path.join(head, os.readlink(p)))
    return None


class Target:
    """One output: ``path`` (``None`` or ``-`` for ``dash``, the stream ``-`` means) and what it is for."""

    def __init__(self, path: Optional[str], what: str = "output", backup: Optional[str] = None,
                 dash: str = "stdout"):
        self.what = what
        self.backup = backup
        self.fd: Optional[int] = None
        if path is None or path == "-":
            self.kind, self.path, self.name = dash, None, f"<{dash}>"
            return
        self.path = path
        self.name = path
        fd = fd_of(path)
        if fd is not None:
            self.kind, self.fd = "fd", fd
            return
        try:
            st = os.stat(path)
        except OSError:
            self.kind = "atomic"  # a new file (or an error that opening it will name)
            return
        real = os.path.realpath(path)
        if stat.S_ISREG(st.st_mode) and not real.startswith(_SYSTEM_DIRS) \
                and not os.path.abspath(path).startswith(_SYSTEM_DIRS):
            self.kind, self.path = "atomic", real
        else:
            self.kind = "direct"

    def __repr__(self) -> str:
        return f"Target({self.name!r}, kind={self.kind!r})"

    def stat(self) -> Optional[os.stat_result]:
        """What the target is now (None for a file still to be created)."""
        try:
            if self.kind == "stdout":
                return os.fstat(sys.stdout.fileno())
            if self.kind == "stderr":
                return os.fstat(sys.stderr.fileno())
            if self.kind == "fd":
                return os.fstat(self.fd)  # type: ignore[arg-type]
            return os.stat(self.path)  # type: ignore[arg-type]
        except (OSError, ValueError, AttributeError, TypeError):
            return None

    def shares(self, other: "Target") -> bool:
        """Whether both targets write to the same file or pipe (a character device may be shared)."""
        if self.kind in ("stdout", "stderr") and self.kind == other.kind:
            return True
        a, b = self.stat(), other.stat()
        if a is None or b is None or stat.S_ISCHR(a.st_mode):
            return False
        return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)

    def check(self) -> None:
        """Fail now, before any input is read, if this target cannot be written (OutputError)."""
        if self.kind in ("stdout", "stderr"):
            return
        if self.kind == "fd":
            try:
                import fcntl

                flags = fcntl.fcntl(self.fd, fcntl.F_GETFL)  # type: ignore[arg-type]
            except ImportError:  # pragma: no cover - not on POSIX
                return
            except OSError:
                raise OutputError(f"{self.name}: file descriptor {self.fd} is not open") from None
            if flags & os.O_ACCMODE == os.O_RDONLY:
                raise OutputError(f"{self.name}: file descriptor {self.fd} is open for reading only")
            return
        st = self.stat()
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise OutputError(f"{self.name}: is a directory")
        if self.kind == "direct":
            if st is not None and not stat.S_ISFIFO(st.st_mode) and not os.access(self.path, os.W_OK):
                raise OutputError(f"{self.name}: permission denied")
            return
        directory = os.path.dirname(os.path.abspath(self.path))  # type: ignore[arg-type]
        if st is None and (os.path.realpath(directory) + "/").startswith(_SYSTEM_DIRS):
            raise OutputError(f"{self.name}: no such device or file (kaznorm creates no files under "
                              f"/dev, /proc or /sys)")
        _check_directory(self.name, directory)
        if self.backup:
            keep = self.path + self.backup  # type: ignore[operator]
            if os.path.isdir(keep):
                raise OutputError(f"{self.name}: cannot keep the original as {keep}: it is a directory")

    def open(self) -> "Sink":
        if self.kind == "atomic":
            return AtomicSink(self)
        return DirectSink(self)


class Sink:
    """An open target: ``write(bytes)``, then ``commit()`` on success or ``discard()`` on failure."""

    name = ""

    def write(self, data: bytes) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        raise NotImplementedError

    def discard(self) -> None:
        raise NotImplementedError


class DirectSink(Sink):
    """A device, FIFO, pipe or standard stream, written in place."""

    def __init__(self, target: Target):
        self.name = target.name
        self.stdio = target.kind in ("stdout", "stderr")
        self._raw = None
        try:
            if self.stdio:
                std = sys.stdout if target.kind == "stdout" else sys.stderr
                std.flush()
                self.stream = std.buffer
                return
            if target.kind == "fd":
                self._raw = os.fdopen(os.dup(target.fd), "wb", buffering=0)  # type: ignore[arg-type]
            else:
                self._raw = open(target.path, "wb", buffering=0)  # type: ignore[arg-type]
        except OSError as exc:
            raise OutputError(f"{self.name}: cannot open for writing ({describe(exc)})") from None
        kind = compression_of(target.path) if target.kind == "direct" else None
        self.stream = wrap_compressed(self._raw, kind, target.path or "") if kind else None
        self._buf = bytearray()

    def write(self, data: bytes) -> None:
        try:
            if self.stdio:
                self.stream.write(data)
            elif self.stream is not None:
                self.stream.write(data)
            else:
                self._buf += data
                if len(self._buf) >= _BUFFER:
                    self._flush()
        except BrokenPipeError:
            if self.stdio:
                raise  # stdout's reader went away (`| head`): the CLI stops quietly
            raise write_error(self.name, BrokenPipeError(errno.EPIPE, "")) from None
        except OSError as exc:
            raise write_error(self.name, exc) from None

    def _flush(self) -> None:
        data = bytes(self._buf)
        self._buf.clear()
        done = 0
        while done < len(data):
            done += self._raw.write(data[done:]) or 0  # type: ignore[union-attr]

    def commit(self) -> None:
        try:
            if self.stdio:
                self.stream.flush()
                return
            if self.stream is not None:
                self.stream.close()
            else:
                self._flush()
            self._raw.close()  # type: ignore[union-attr]
        except BrokenPipeError:
            if self.stdio:
                raise
            raise write_error(self.name, BrokenPipeError(errno.EPIPE, "")) from None
        except OSError as exc:
            raise write_error(self.name, exc) from None

    def discard(self) -> None:
        """Stop writing: what was written stays (a device or pipe cannot take it back), the rest is dropped."""
        if self.stdio:
            return
        self._buf = bytearray()
        try:
            self._raw.close()  # type: ignore[union-attr]  (unbuffered: nothing more is written)
        except OSError:
            pass


class AtomicSink(Sink):
    """A regular file written through a temporary file and a rename."""

    def __init__(self, target: Target):
        self.name = target.name
        self.writer = AtomicWriter(target.path, target.backup, name=target.name)  # type: ignore[arg-type]
        self.stream = self.writer.__enter__()

    def write(self, data: bytes) -> None:
        try:
            self.stream.write(data)
        except OSError as exc:
            raise write_error(self.name, exc) from None

    def commit(self) -> None:
        self.writer.__exit__(None, None, None)

    def discard(self) -> None:
        self.writer.__exit__(RuntimeError, RuntimeError("discarded"), None)


class AtomicWriter:
    """Write ``path`` through a temporary file in the same directory; rename on success.

    Use as a context manager: an exception inside the block (including
    KeyboardInterrupt) removes the temporary file and leaves ``path``
    untouched.  With ``backup`` (a suffix), an existing ``path`` is kept as
    ``path + backup`` before it is replaced.  Errors are :class:`OutputError`
    naming ``name`` (default: ``path``).
    """

    def __init__(self, path: str, backup: Optional[str] = None, name: Optional[str] = None):
        self.path = path
        self.backup = backup
        self.name = name or path
        self.tmp: Optional[str] = None
        self.stream: Optional[IO[bytes]] = None

    def __enter__(self) -> IO[bytes]:
        directory = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(directory):
            raise OutputError(f"{self.name}: directory {directory} does not exist")
        prefix = "." + os.path.basename(self.path) + _TMP_TAG + str(os.getpid()) + "-"
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=prefix, suffix=PARTIAL_SUFFIX, dir=directory)
        except OSError as exc:
            raise OutputError(f"{self.name}: cannot write in {directory} ({describe(exc)})") from None
        os.close(fd)
        try:
            self.stream = open_output(self.tmp, compression_of(self.path),
                                      inner_name=os.path.basename(strip_compression(self.path)))
        except OSError as exc:
            self._discard()
            raise write_error(self.name, exc) from None
        return self.stream

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.tmp is not None and self.stream is not None
        try:
            self.stream.close()
        except BaseException as err:
            if exc_type is None:
                self._discard()
                if isinstance(err, OSError):
                    raise write_error(self.name, err) from None
                raise
        if exc_type is not None:
            self._discard()
            return
        try:
            if os.path.exists(self.path):
                shutil.copymode(self.path, self.tmp)
                if self.backup:
                    self._keep_backup()
            else:
                os.chmod(self.tmp, 0o666 & ~_umask())
            os.replace(self.tmp, self.path)
        except OSError as err:
            self._discard()
            raise write_error(self.name, err) from None
        except BaseException:
            self._discard()
            raise

    def _keep_backup(self) -> None:
        keep = self.path + self.backup  # type: ignore[operator]
        try:
            if os.path.lexists(keep):
                os.remove(keep)
            try:
                os.link(self.path, keep)
            except OSError:
                shutil.copy2(self.path, keep)
        except OSError as exc:
            raise OutputError(f"{self.name}: cannot keep the original as {keep} ({describe(exc)}); "
                              f"nothing was changed") from None

    def _discard(self) -> None:
        if self.tmp and os.path.exists(self.tmp):
            try:
                os.remove(self.tmp)
            except OSError:
                pass


_WRITABLE: set = set()


def _check_directory(name: str, directory: str) -> None:
    """``directory`` exists and a file can be created in it (tried for real, once per directory)."""
    if directory in _WRITABLE:
        return
    if not os.path.isdir(directory):
        probe = directory
        while probe and not os.path.exists(probe):
            parent = os.path.dirname(probe)
            if parent == probe:
                break
            probe = parent
        if os.path.exists(probe) and not os.path.isdir(probe):
            raise OutputError(f"{name}: {probe} is not a directory")
        raise OutputError(f"{name}: directory {directory} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".kaznorm-probe-", dir=directory)
        os.close(fd)
        os.remove(tmp)
    except OSError as exc:
        raise OutputError(f"{name}: cannot write in {directory} ({describe(exc)})") from None
    _WRITABLE.add(directory)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def partial_files(target_path: str) -> Tuple[str, ...]:
    """Temporary files of ``target_path`` left by runs that are no longer alive (killed mid-run)."""
    directory = os.path.dirname(os.path.abspath(target_path))
    prefix = "." + os.path.basename(target_path) + _TMP_TAG
    left = []
    try:
        names = os.listdir(directory)
    except OSError:
        return ()
    for n in names:
        if not (n.startswith(prefix) and n.endswith(PARTIAL_SUFFIX)):
            continue
        pid = n[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
            left.append(os.path.join(directory, n))
    return tuple(sorted(left))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
