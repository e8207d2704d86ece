"""Full-text search tables (FTS5) over entries and people.

The search tables keep their own copy of the text and are updated by the
store's write paths (``reindex``/``unindex``), not by triggers: with
``trusted_schema`` off — which protects against crafted database files —
SQLite refuses triggers that write to virtual tables.  Searches always join
back to the source table, so a stale row can never surface a deleted record.
"""

from __future__ import annotations

from collections.abc import Iterable

COLUMNS = {
    "entry": ("title", "notes"),
    "stakeholder": ("name", "title", "department", "email", "notes"),
}


def create_statements() -> list[str]:
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {table}_fts USING fts5({', '.join(cols)}, "
        f"tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        for table, cols in COLUMNS.items()
    ]


def _chunks(ids: list[int], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def reindex(db, table: str, ids: Iterable[int]) -> None:
    """Bring the search rows of ``ids`` in line with the source table
    (call inside the write's transaction)."""
    cols = ", ".join(COLUMNS[table])
    for chunk in _chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        db.execute_sql(f"DELETE FROM {table}_fts WHERE rowid IN ({marks})", chunk)
        db.execute_sql(f"INSERT INTO {table}_fts(rowid, {cols}) SELECT id, {cols} FROM {table} "
                       f"WHERE id IN ({marks})", chunk)


def unindex(db, table: str, ids: Iterable[int]) -> None:
    for chunk in _chunks(sorted(set(ids))):
        db.execute_sql(f"DELETE FROM {table}_fts WHERE rowid IN ({','.join('?' * len(chunk))})", chunk)


def rebuild(db) -> None:
    """Re-create every search row from the source tables (after bulk loads)."""
    for table, cols in COLUMNS.items():
        db.execute_sql(f"DELETE FROM {table}_fts")
        db.execute_sql(f"INSERT INTO {table}_fts(rowid, {', '.join(cols)}) "
                       f"SELECT id, {', '.join(cols)} FROM {table}")


def prune(db) -> None:
    """Drop search rows whose record is gone (after cascading deletes)."""
    for table in COLUMNS:
        db.execute_sql(f"DELETE FROM {table}_fts WHERE rowid NOT IN (SELECT id FROM {table})")


def match_query(text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 query: every word must
    match as a prefix; FTS syntax characters are treated as plain text."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)
