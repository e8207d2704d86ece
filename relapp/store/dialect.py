"""The few places where SQLite's SQL and PostgreSQL's differ, bridged.

The store and services write SQL once, in SQLite's dialect (``?``
parameters, the migrations' DDL, ``INSERT OR IGNORE``, ``LIKE`` that ignores
ASCII case).  A team database (``relapp.store.postgres``) passes every
statement through ``to_postgres`` before sending it, so the same queries and
the same ordered migrations run on both engines.  Only what Relapp's own SQL
uses is bridged; full-text search differs too much and is branched in
``relapp.store.fts`` instead.

What stays the same without bridging: ``COLLATE NOCASE`` (a team database
has a case-insensitive collation of that name, see ``postgres.prepare``),
window functions, ``FILTER``, ``COALESCE``, quoted identifiers.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Single-quoted literals (with '' inside), kept apart from the text around them.
_LITERAL = re.compile(r"'(?:[^']|'')*'")
_TABLE = re.compile(r'^\s*(?:CREATE TABLE(?: IF NOT EXISTS)?|ALTER TABLE)\s+"(\w+)"', re.IGNORECASE)
_COLUMN = re.compile(r'"(\w+)" INTEGER( NOT NULL)?( DEFAULT [01])?')
_REFERENCES = re.compile(r'(REFERENCES "\w+" \("\w+"\)(?: ON DELETE (?:CASCADE|SET NULL|RESTRICT))?)(?! DEFERRABLE)')
# A column, plain or quoted, then [NOT] LIKE or ILIKE (Peewee writes ILIKE for ``contains``).
_LIKE = re.compile(r'((?:"\w+"|\w+)(?:\.(?:"\w+"|\w+))?)( NOT)? I?LIKE ', re.IGNORECASE)
_GLOB_NON_ASCII = re.compile(r"([\w.]+) GLOB '\*\[\^ -~\]\*'")


def is_postgres(db) -> bool:
    """Whether ``db`` is a team database."""
    from peewee import PostgresqlDatabase

    return isinstance(db, PostgresqlDatabase)


@lru_cache(maxsize=1)
def boolean_columns() -> frozenset[tuple[str, str]]:
    """(table, column) of every boolean field: SQLite's DDL says INTEGER
    for them, PostgreSQL needs BOOLEAN."""
    from peewee import BooleanField

    from relapp.store.models import MODELS

    return frozenset((model._meta.table_name, field.column_name) for model in MODELS
                     for field in model._meta.sorted_fields if isinstance(field, BooleanField))


def _outside_literals(sql: str, change) -> str:
    """``change`` applied to the parts of ``sql`` outside string literals."""
    out, last = [], 0
    for literal in _LITERAL.finditer(sql):
        out.append(change(sql[last:literal.start()]))
        out.append(literal.group(0))
        last = literal.end()
    out.append(change(sql[last:]))
    return "".join(out)


def _ddl(sql: str) -> str:
    table = _TABLE.match(sql)
    if table is None:
        return sql
    booleans = boolean_columns()

    def column(match: re.Match) -> str:
        name, not_null, default = match.group(1), match.group(2) or "", match.group(3) or ""
        if (table.group(1), name) not in booleans:
            return match.group(0)
        default = {" DEFAULT 1": " DEFAULT TRUE", " DEFAULT 0": " DEFAULT FALSE"}.get(default, "")
        return f'"{name}" BOOLEAN{not_null}{default}'

    sql = sql.replace('"id" INTEGER NOT NULL PRIMARY KEY', '"id" SERIAL NOT NULL PRIMARY KEY')
    sql = _COLUMN.sub(column, sql)
    sql = re.sub(r"\bBOOLEAN( NOT NULL)? DEFAULT 1\b", r"BOOLEAN\1 DEFAULT TRUE", sql)
    sql = re.sub(r"\bBOOLEAN( NOT NULL)? DEFAULT 0\b", r"BOOLEAN\1 DEFAULT FALSE", sql)
    sql = re.sub(r"\bDATETIME\b", "TIMESTAMP", sql)
    sql = re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql)  # SQLite's REAL has 8 bytes, PostgreSQL's 4
    # Restoring a dump inserts rows before the rows they point at; a team
    # database checks references at the commit instead (SQLite's
    # ``defer_foreign_keys``), which needs them deferrable.
    return _REFERENCES.sub(r"\1 DEFERRABLE INITIALLY IMMEDIATE", sql)


def _parameters(part: str) -> str:
    return part.replace("%", "%%").replace("?", "%s")


def _query(part: str) -> str:
    # SQLite's LIKE ignores ASCII case; "C" because the case-blind NOCASE
    # collation takes no pattern matching.
    part = _LIKE.sub(r'\1 COLLATE "C"\2 ILIKE ', part)
    part = re.sub(r"\bWHERE 1\b", "WHERE TRUE", part)
    part = re.sub(r"\bWHERE \(1\)", "WHERE (TRUE)", part)
    return re.sub(r"\bIFNULL\(", "COALESCE(", part)


def to_postgres(sql: str) -> str:
    """``sql`` written for SQLite, as PostgreSQL takes it.  SQL Peewee
    generated for PostgreSQL (``%s`` parameters) passes through unchanged
    except for its DDL."""
    stripped = sql.lstrip()
    upper = stripped[:30].upper()
    if upper.startswith(("CREATE TABLE", "ALTER TABLE")):
        return _ddl(sql)
    if upper.startswith("PRAGMA DEFER_FOREIGN_KEYS"):
        return "SET CONSTRAINTS ALL DEFERRED"
    ignore = upper.startswith("INSERT OR IGNORE")
    if ignore:
        sql = "INSERT" + stripped[len("INSERT OR IGNORE"):] + " ON CONFLICT DO NOTHING"
    sql = sql.replace("datetime('now', 'localtime')", "LOCALTIMESTAMP(0)")
    sql = _GLOB_NON_ASCII.sub("\\1 COLLATE \"C\" ~ '[^ -~]'", sql)
    # SQLite takes an empty list; an empty subquery means the same to both.
    sql = re.sub(r'[\w."]+ NOT IN \(\)', "TRUE", sql)
    sql = re.sub(r'[\w."]+ IN \(\)', "FALSE", sql)
    if "?" in _LITERAL.sub("", sql):
        sql = _outside_literals(sql, _parameters)
    return _outside_literals(sql, _query)
