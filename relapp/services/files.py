"""Writing files the user asked for (exports, charts, briefs, maps):
atomically (temporary file, then rename), private to the user (0600 on
POSIX), and never over Relapp's own data.

``check_target`` is the one place that decides where Relapp may write a
file the user named; the command line and the window both go through it
(``write_export``), and so does ``backup -o``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from relapp.store.data_lock import LOCK_FILE as WRITERS_LOCK_FILENAME
from relapp.store.errors import StoreError
from relapp.store.location import DB_FILENAME, LOCK_FILENAME, ensure_private_dir

# The database's companions: a file written under one of these names would
# be taken for part of the database (or, for the lock, hide a running window).
_COMPANIONS = ("", "-wal", "-shm", "-journal", ".restoring")
# Folders whose every file is a copy of the data Relapp relies on.
_PROTECTED_FOLDERS = ("backups", "set-aside")


class UnsafeTargetError(StoreError):
    """A file the user named that Relapp will not write; ``str()`` says why."""


class TargetExistsError(UnsafeTargetError):
    """The file exists and replacing it was not asked for."""

    def __init__(self, path: Path):
        super().__init__(f"{path} already exists")
        self.path = path


def protected_paths(data_dir: Path) -> list[Path]:
    """The files that make up the data in ``data_dir`` (whether they exist now or not)."""
    db = data_dir / DB_FILENAME
    return [Path(str(db) + suffix) for suffix in _COMPANIONS] + [data_dir / LOCK_FILENAME,
                                                                 data_dir / WRITERS_LOCK_FILENAME]


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _files_in(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_file()]
    except OSError:
        return []


def check_target(path: Path, data_dir: Path | None, *, replace: bool) -> Path:
    """``path`` as given, when Relapp may write it; else ``UnsafeTargetError``.

    Refused, always: the database of ``data_dir``, its WAL, shared-memory,
    journal, staged-restore and lock files, and anything in its backups or
    set-aside folders — by name after resolving symbolic links, and by
    identity (same device and inode) to catch hard links.  An existing file
    is replaced only with ``replace`` (``TargetExistsError`` otherwise)."""
    path = Path(path).expanduser()
    resolved = path.resolve()
    try:
        existing = os.stat(path)
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise UnsafeTargetError(f"cannot write {path}: {exc.strerror or exc}") from None
    if data_dir is not None:
        data_dir = Path(data_dir).expanduser()
        own = protected_paths(data_dir)
        folders = [data_dir / name for name in _PROTECTED_FOLDERS]
        for protected in own:
            if resolved == protected.resolve():
                raise UnsafeTargetError(f"{path} is part of Relapp's own data ({protected.name}); "
                                        "choose another file")
        for folder in folders:
            if resolved.is_relative_to(folder.resolve()):
                raise UnsafeTargetError(f"{path} is inside Relapp's {folder.name} folder; "
                                        "choose a file outside it")
        if existing is not None:
            for candidate in own + [f for folder in folders for f in _files_in(folder)]:
                try:
                    if _same_file(existing, os.stat(candidate)):
                        raise UnsafeTargetError(f"{path} is another name for {candidate} "
                                                "(Relapp's own data); choose another file")
                except FileNotFoundError:
                    continue
    if existing is not None and not replace:
        raise TargetExistsError(path)
    return path


def write_export(path: Path, data: bytes | str, *, data_folder: Path | None, replace: bool = False) -> Path:
    """Write a file the user asked for, after ``check_target`` against the
    data it was made from: ``data_folder``, the folder of the caller's open
    data (``OpenData.folder``, ``DataContext.data_dir``; None for a team
    database, which has no folder).  Always given: the caller knows its data."""
    return write_private(check_target(path, data_folder, replace=replace), data)


def write_private(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` so that a crash leaves either the old file
    or the whole new one, never half of it.  Folders it has to create are
    private (0700); existing ones keep their modes."""
    path = Path(path)
    ensure_private_dir(path.parent)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path
