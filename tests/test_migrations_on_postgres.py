"""Every schema version's fixture upgrades on PostgreSQL as on SQLite: the
fixture's tables and rows are loaded into an empty team database at that
version, the same ordered migrations run, and the result holds the same
rows as the SQLite file upgraded, in the same schema as a new team database."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from relapp.store import postgres
from relapp.store.database import close_db, init_db, init_team_db
from relapp.store.dialect import to_postgres
from relapp.store.migrations import CURRENT_VERSION
from relapp.store.rows import insert_rows
from store_contents import table_contents

FIXTURES = Path(__file__).parent / "fixtures"


def _load_sqlite_file(path: Path, url: str) -> None:
    """The file's own tables, indexes and rows, as they are, into ``url``;
    and the search a team database has had from its start (not the file's
    search tables: that is SQLite's own)."""
    source = sqlite3.connect(path)
    db = postgres.TeamDatabase(url)
    try:
        tables = [(name, sql) for name, sql in source.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
            "AND name NOT LIKE 'sqlite_%'")]
        indexes = [sql for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name NOT LIKE '%fts%'")]
        with db.atomic():
            postgres.prepare(db)
            for name, sql in _referenced_first(tables):
                db.execute_sql(sql)
            for sql in indexes:
                db.execute_sql(sql)
            db.execute_sql("SET CONSTRAINTS ALL DEFERRED")
            for name, _ in tables:
                cursor = source.execute(f'SELECT * FROM "{name}"')
                columns = [d[0] for d in cursor.description]
                insert_rows(db, name, columns, cursor.fetchall())
            postgres.create_search(db)
    finally:
        db.close()
        source.close()


def _referenced_first(tables: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """PostgreSQL wants a table to exist before another refers to it."""
    done: list[tuple[str, str]] = []
    waiting = list(tables)
    while waiting:
        for item in waiting:
            refs = set(re.findall(r'REFERENCES "(\w+)"', item[1])) - {item[0]}
            if refs <= {name for name, _ in done}:
                done.append(item)
                waiting.remove(item)
                break
        else:
            raise AssertionError(f"circular references among {[n for n, _ in waiting]}")
    return done


def _without_when_applied(contents: dict) -> dict:
    versions = contents.pop("schema_version")
    return {**contents, "schema_version": sorted(row[0] for row in versions)}


def _schema(db) -> dict[str, list[tuple]]:
    """Columns (name, type, nullable, whether the id counts itself) and
    indexes of every table.  (A migration that adds a NOT NULL column
    leaves its default behind; the app always writes the value.)"""
    columns = db.execute_sql(
        "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns "
        "WHERE table_schema = 'public' ORDER BY table_name, column_name").fetchall()
    indexes = db.execute_sql(
        "SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2").fetchall()
    out: dict[str, list[tuple]] = {}
    for table, name, kind, nullable, default in columns:
        out.setdefault(table, []).append((name, kind, nullable, str(default).startswith("nextval(")))
    for table, index in indexes:
        out.setdefault(table, []).append(("index", index))
    return out


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION + 1))
def test_every_fixture_upgrades_on_postgresql_to_what_sqlite_holds(version, tmp_path, postgres_server):
    file = tmp_path / "relapp.sqlite3"
    shutil.copy(FIXTURES / f"schema-{version}.sqlite3", file)
    migrated_name, fresh_name = postgres_server.create_database(), postgres_server.create_database()
    try:
        _load_sqlite_file(file, postgres_server.url(migrated_name))
        init_db(file)
        try:
            on_sqlite = _without_when_applied(table_contents())
        finally:
            close_db()
        db = init_team_db(postgres_server.url(migrated_name))
        try:
            assert _without_when_applied(table_contents()) == on_sqlite
            hits = db.execute_sql("SELECT COUNT(*) FROM entry_fts WHERE doc @@ relapp_search_query('searchable', '')")
            assert hits.fetchone()[0] == 5, "the search index covers the upgraded rows"
            migrated = _schema(db)
        finally:
            close_db()
        db = init_team_db(postgres_server.url(fresh_name))
        try:
            assert migrated == _schema(db)
        finally:
            close_db()
    finally:
        postgres_server.drop_database(migrated_name)
        postgres_server.drop_database(fresh_name)
