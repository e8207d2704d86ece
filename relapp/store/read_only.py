"""Data on a disk or in a folder that cannot be written: found before
anything tries, and opened for reading only.

A disk the kernel has remounted read-only after an error is exactly where
the user needs to rescue their data from, so reading, exporting and
backing up elsewhere must work there without a single write (no chmod, no
WAL file, no automatic backup)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from relapp.domain.read_only import read_only_reason
from relapp.store.location import DB_FILENAME


def _filesystem_read_only(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # Windows: the access check below sees it
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def data_read_only(data_dir: Path) -> str | None:
    """Why the data in ``data_dir`` cannot be written, or None.  A folder
    that does not exist yet is not read-only (it will be created)."""
    folder = Path(data_dir)
    if not folder.is_dir():
        return None
    db = folder / DB_FILENAME
    return read_only_reason(filesystem_read_only=_filesystem_read_only(folder),
                            folder_writable=os.access(folder, os.W_OK),
                            file_writable=os.access(db, os.W_OK) if db.exists() else None)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` for reading only.

    In WAL mode SQLite needs the shared-memory file beside the database
    even to read; where the folder cannot be written and that file is not
    there, the database is opened as immutable (nobody can be writing it:
    no one can create the write-ahead log either)."""
    path = Path(path)
    uri = f"file:{quote(str(path.resolve() if path.exists() else path))}?mode=ro"
    shm = Path(str(path) + "-shm")
    if not os.access(path.parent, os.W_OK) and not shm.exists():
        uri += "&immutable=1"
    return uri
