"""Full-text search tables (FTS5) over entries and people, kept by triggers.

Triggers on the source tables note every row whose searchable text was
inserted, changed or deleted — by any write path, raw SQL and cascading
deletes included — in a plain ``<table>_fts_pending`` table, in the same
transaction as the write.  They cannot write the search tables themselves:
with ``trusted_schema`` off (which protects against crafted database files)
SQLite refuses any trigger that touches a virtual table.  So ``catch_up``
moves the noted rows into the search tables, and every search goes through
``search_ready`` first, which calls it when anything is pending.  Searches
also join back to the source table, so a stale row could never surface a
deleted record.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

COLUMNS = {
    "entry": ("title", "notes"),
    "stakeholder": ("name", "title", "department", "email", "notes"),
}


def create_statements() -> list[str]:
    """The search tables, the pending tables and the triggers that fill
    them (a new file; migration 4 runs the same statements)."""
    statements = []
    for table, cols in COLUMNS.items():
        statements.append(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table}_fts USING fts5({', '.join(cols)}, "
            f"tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
        statements.extend(trigger_statements(table))
    return statements


def trigger_statements(table: str) -> list[str]:
    pending = f"{table}_fts_pending"
    cols = ", ".join(f'"{c}"' for c in COLUMNS[table])
    note = "INSERT OR IGNORE INTO {pending} (id) VALUES ({row}.id);"
    return [
        f'CREATE TABLE IF NOT EXISTS "{pending}" ("id" INTEGER NOT NULL PRIMARY KEY)',
        f'CREATE TRIGGER IF NOT EXISTS "{table}_fts_insert" AFTER INSERT ON "{table}" '
        f"BEGIN {note.format(pending=pending, row='new')} END",
        # Only a change to searchable text matters; stance or influence edits pass by.
        f'CREATE TRIGGER IF NOT EXISTS "{table}_fts_update" AFTER UPDATE OF {cols} ON "{table}" '
        f"BEGIN {note.format(pending=pending, row='new')} END",
        f'CREATE TRIGGER IF NOT EXISTS "{table}_fts_delete" AFTER DELETE ON "{table}" '
        f"BEGIN {note.format(pending=pending, row='old')} END",
    ]


def catch_up(db) -> None:
    """Bring the search rows of every noted record in line with its source
    row (gone when the record is), in one transaction."""
    with db.atomic():
        for table, cols in COLUMNS.items():
            names = ", ".join(cols)
            pending = f"SELECT id FROM {table}_fts_pending"
            db.execute_sql(f"DELETE FROM {table}_fts WHERE rowid IN ({pending})")
            db.execute_sql(f"INSERT INTO {table}_fts(rowid, {names}) SELECT id, {names} FROM {table} "
                           f"WHERE id IN ({pending})")
            db.execute_sql(f"DELETE FROM {table}_fts_pending")


def search_ready(db) -> None:
    """Call before reading a search table: applies what the triggers noted
    since the last search (nothing to write, and no lock taken, when the
    index is current)."""
    waiting = " UNION ALL ".join(f"SELECT 1 FROM {table}_fts_pending" for table in COLUMNS)
    if db.execute_sql(f"SELECT EXISTS ({waiting})").fetchone()[0]:
        catch_up(db)


@contextmanager
def bulk_load(db) -> Iterator[None]:
    """For a load that writes most of the data at once (the demo, restoring
    a full dump): the triggers are set aside and the index rebuilt from the
    tables at the end, which takes half the time of noting every row.  It is
    one transaction (a savepoint inside the caller's), so no other
    connection ever sees the tables without their triggers, and a failed
    load gives them back with everything else."""
    with db.atomic():
        for table in COLUMNS:
            for event in ("insert", "update", "delete"):
                db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_fts_{event}"')
        yield
        for table, cols in COLUMNS.items():
            db.execute_sql(f"DELETE FROM {table}_fts")
            db.execute_sql(f"INSERT INTO {table}_fts(rowid, {', '.join(cols)}) "
                           f"SELECT id, {', '.join(cols)} FROM {table}")
            db.execute_sql(f"DELETE FROM {table}_fts_pending")
            for sql in trigger_statements(table):
                db.execute_sql(sql)


def match_query(text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 query: every word must
    match as a prefix; FTS syntax characters are treated as plain text."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)
