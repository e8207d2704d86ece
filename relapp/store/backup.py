"""Copies of the database made with SQLite's online backup API, verified
before anyone relies on them."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from relapp.store.location import ensure_private_dir, make_private


def integrity_problem(path: Path, quick: bool = True) -> str | None:
    """None when SQLite finds the file sound, else what it reported."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == [("ok",)]:
        return None
    return "; ".join(str(r[0]) for r in rows[:3])


def copy_database(source: Path, dest: Path) -> Path:
    """Copy ``source`` to ``dest`` through the backup API (safe while other
    connections write), verify the copy, make it private.  The copy is
    written beside ``dest`` and renamed into place only once verified, so a
    crash never leaves a half backup under the real name."""
    ensure_private_dir(dest.parent)
    partial = dest.with_name(dest.name + ".partial")
    if partial.exists():
        partial.unlink()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(partial)
        try:
            src.backup(out)
            # A backup is a standalone file: no WAL beside it.
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()
    make_private(partial)
    problem = integrity_problem(partial, quick=False)
    if problem:
        partial.unlink()
        raise OSError(f"the backup copy failed its integrity check: {problem}")
    os.replace(partial, dest)
    return dest


def timestamped_name(prefix: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now()
    return f"{prefix}-{now:%Y%m%d-%H%M%S}.sqlite3"
