"""Opening a data directory: the one entry point the window and the command
line share."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from relapp.store.database import init_db
from relapp.store.location import db_path, ensure_private_dir


def open_data_dir(data_dir: Path) -> SqliteDatabase:
    """Create or upgrade the database in ``data_dir`` and bind the models."""
    ensure_private_dir(data_dir)
    return init_db(db_path(data_dir))


def has_data(data_dir: Path) -> bool:
    """Whether the directory already holds a Relapp database with accounts."""
    path = db_path(data_dir)
    if not path.exists() or path.stat().st_size == 0:
        return False
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "account" not in tables:
                return bool(tables)
            return con.execute("SELECT EXISTS(SELECT 1 FROM account)").fetchone()[0] == 1
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return True  # something is there; never overwrite it
