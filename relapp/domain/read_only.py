"""Whether data can be changed, decided from what the system says about
its disk, folder and file (the store asks; this decides)."""

from __future__ import annotations


def read_only_reason(*, filesystem_read_only: bool, folder_writable: bool, file_writable: bool | None) -> str | None:
    """Why the data cannot be written, or None when it can.

    ``file_writable`` is None when there is no database file yet.  SQLite
    needs the folder as well as the file: it keeps its write-ahead log and
    shared memory beside the database."""
    if filesystem_read_only:
        return "the disk holding it is mounted read-only"
    if not folder_writable:
        return "its folder cannot be written (permissions)"
    if file_writable is False:
        return "the database file cannot be written (permissions)"
    return None
