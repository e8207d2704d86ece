"""Who may write to a data folder at the same time.

Every process that opens the data (the window, each command) holds a shared
lock on ``relapp.writers.lock`` in the data folder while it has the data
open; replacing the database file (restore, encrypt, decrypt) needs the lock
alone.  So a restore waits for running writers, and refuses when they do not
finish in time; a writer that starts during a restore waits for the new file.
Without it, an import running during a restore went on writing into the file
the restore had just moved away, reported success, and its work was lost.

flock(2) locks belong to the open file and end with the process, so a crash
never leaves the data locked.  Where flock does not exist (Windows), only the
window's own lock guards a restore.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from relapp.store.errors import StoreError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

LOCK_FILE = "relapp.writers.lock"
WAIT_SECONDS = 15.0  # as long as SQLite waits for another writer
_POLL_SECONDS = 0.05

# data folder -> the descriptor holding this process's shared lock
_held: dict[Path, int] = {}


class DataBusyError(StoreError):
    """The lock was not free in time; nothing was changed."""


def _key(data_dir: Path) -> Path:
    return Path(data_dir).resolve()


def _take(fd: int, how: int, wait: float) -> bool:
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, how | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(_POLL_SECONDS)


def _open(folder: Path) -> int | None:
    try:
        return os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None  # a read-only folder: nobody can replace the file either


class WriterLock:
    """This process's place among the writers of one data folder: held from
    ``hold_for_writing`` until ``release`` (or the process ends)."""

    def __init__(self, data_dir: Path):
        self.data_dir = _key(data_dir)

    @property
    def held(self) -> bool:
        return fcntl is not None and self.data_dir in _held

    def release(self) -> None:
        release(self.data_dir)

    def __repr__(self) -> str:
        return f"WriterLock({str(self.data_dir)!r}, held={self.held})"


def hold_for_writing(data_dir: Path, wait: float = WAIT_SECONDS) -> WriterLock:
    """Take this process's shared lock on ``data_dir`` (once; kept until
    ``release``), waiting while a restore replaces the file."""
    lock = WriterLock(data_dir)
    if fcntl is None:
        return lock
    key = lock.data_dir
    if key in _held:
        return lock
    fd = _open(key)
    if fd is None:
        return lock
    if not _take(fd, fcntl.LOCK_SH, wait):
        os.close(fd)
        raise DataBusyError("the data is being replaced (a restore or an encryption is running) and that did "
                            f"not finish within {wait:.0f} s; nothing was changed — try again")
    _held[key] = fd
    return lock


def release(data_dir: Path) -> None:
    fd = _held.pop(_key(data_dir), None)
    if fd is not None:
        os.close(fd)


@contextmanager
def writing_alone(data_dir: Path, doing: str, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock alone while the database file is replaced: waits for
    every other writer to finish, or refuses.  This process's own shared
    lock is given up first (the caller opens the data again afterwards)."""
    if fcntl is None:
        yield
        return
    key = _key(data_dir)
    release(key)
    fd = _open(key)
    if fd is None:
        yield
        return
    try:
        if not _take(fd, fcntl.LOCK_EX, wait):
            raise DataBusyError(f"another Relapp is writing to this data (an import, an edit or a command) and "
                                f"did not finish within {wait:.0f} s; {doing} did not start and nothing was "
                                "changed — try again when it has finished")
        yield
    finally:
        os.close(fd)
