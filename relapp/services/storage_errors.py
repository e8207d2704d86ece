"""Failures of the disk rather than of the program: full, read-only, gone,
or kept busy by another writer.  SQLite rolls the transaction back in each
case, so nothing is half-written; the user needs to know what to fix."""

from __future__ import annotations

import errno
import sqlite3

from peewee import DatabaseError as PeeweeDatabaseError

from relapp.services.validation import failure_behind_rollback

MESSAGES = {
    "full": "the disk is full (or the data reached its size limit): this change was not saved and nothing "
            "was damaged — free some space and try again",
    "read-only": "the data folder cannot be written (read-only or no permission): this change was not saved "
                 "and nothing was damaged",
    "io": "the disk reported an error while writing: this change was not saved; check the disk, then run "
          "'relapp check'",
    "busy": "the data stayed busy (another Relapp kept writing) for too long: this change was not saved — "
            "try again",
}


def storage_problem(error: BaseException) -> str | None:
    """"full", "read-only", "io", "busy" or None (not a storage failure)."""
    error = failure_behind_rollback(error)
    if isinstance(error, OSError):
        # A refused path (permission) names its file better on its own.
        return {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EIO: "io"}.get(error.errno)
    if not isinstance(error, (sqlite3.Error, PeeweeDatabaseError)):
        return None
    text = str(error).lower()
    if "full" in text:
        return "full"
    if "readonly" in text or "read-only" in text or "attempt to write a readonly" in text:
        return "read-only"
    if "locked" in text or "busy" in text:
        return "busy"
    if "disk i/o" in text:
        return "io"
    return None


def storage_message(error: BaseException) -> str | None:
    kind = storage_problem(error)
    return MESSAGES[kind] if kind else None
