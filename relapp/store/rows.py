"""Many rows written at once, on either engine.

The demo, a full dump's restore, an import and ``push`` write rows with
their ids in one ``executemany``.  On a team database (PostgreSQL) two more
things are needed: SQLite's 0/1 booleans become true/false, and each table's
id sequence moves past the ids written, so the next ordinary insert does not
take one of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from relapp.store import dialect
from relapp.store.dialect import is_postgres


def insert_rows(db, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """INSERT ``rows`` (values for ``columns``, ids included or not) into ``table``."""
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    if is_postgres(db):
        flags = {i for i, c in enumerate(columns) if (table, c) in dialect.boolean_columns()}
        if flags:
            rows = [[bool(v) if i in flags and v is not None else v for i, v in enumerate(row)] for row in rows]
    execute_many(db, sql, rows, table if "id" in columns else None)


def execute_many(db, sql: str, rows: Iterable[Sequence], ids_of: str | None = None) -> None:
    """``sql`` (SQLite's dialect, ``?`` parameters) once per row; ``ids_of``:
    the table whose ids the rows set."""
    if not is_postgres(db):
        db.cursor().executemany(sql, rows)
        return
    db.cursor().executemany(dialect.to_postgres(sql), list(rows))
    if ids_of:
        follow_ids(db, ids_of)


def plain(value):
    """A value read with raw SQL as SQLite holds it (a team database hands
    back dates, timestamps and booleans): what dumps and comparisons use."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return str(value)  # Peewee stores "YYYY-MM-DD HH:MM:SS[.ffffff]" in SQLite
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def follow_ids(db, table: str) -> None:
    """Move ``table``'s id sequence past its highest id (team database)."""
    if is_postgres(db):
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                       f'COALESCE(MAX("id"), 1), MAX("id") IS NOT NULL) FROM "{table}"')
