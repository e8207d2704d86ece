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

A team database (PostgreSQL) has its own search: a ``<table>_fts`` table of
``tsvector`` documents with a GIN index, written by a trigger on the source
table in the same transaction and removed with the row (a cascading
reference), so nothing is pending there.  The text is folded as FTS5's
``unicode61 remove_diacritics`` tokenizer folds it (``unaccent``, lower case,
every character that is not a letter or digit a separator) and each query
word matches as a prefix, so both engines answer the same.  Callers write
``fts.match(table, query)`` and never the engine's own syntax.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import DatabaseError

from relapp.store.dialect import is_postgres
from relapp.store.binding import bound_database

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
    if is_postgres(db):
        return
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
    index is current).  A team database's index is always current.  Data
    that cannot be written is searched as its index stands: whoever last
    wrote it caught up when closing it (``settle``), so only rows another
    program wrote since are not found (and nothing deleted is ever found:
    searches join back to the rows)."""
    if is_postgres(db) or getattr(db, "read_only", None) is not None:
        return
    waiting = " UNION ALL ".join(f"SELECT 1 FROM {table}_fts_pending" for table in COLUMNS)
    if db.execute_sql(f"SELECT EXISTS ({waiting})").fetchone()[0]:
        catch_up(db)


def settle(db) -> None:
    """Before closing ``db`` on this thread: bring the index up to date, so
    the file is never left with noted rows that a later read-only open
    (a backup disk, a folder without write permission) could not apply.
    Never waits for another writer and never fails the close: what is left
    the next search applies."""
    if is_postgres(db) or getattr(db, "read_only", None) is not None or db.is_closed() or db.in_transaction():
        return
    connection = db.connection()
    waited_ms = connection.execute("PRAGMA busy_timeout").fetchone()[0]
    connection.execute("PRAGMA busy_timeout = 0")
    try:
        search_ready(db)
    except DatabaseError:
        pass  # another process is writing (or the disk refused): the next search catches up
    finally:
        connection.execute(f"PRAGMA busy_timeout = {int(waited_ms)}")


BULK_HASH_BYTES = 16 * 1024 * 1024
USUAL_HASH_BYTES = 1024 * 1024  # FTS5's own default
BULK_HASH_FROM_ROWS = 50_000


@contextmanager
def bulk_load(db) -> Iterator[None]:
    """For a load that writes most of the data at once (the demo, restoring
    a full dump): the triggers are set aside and the index rebuilt from the
    tables at the end, which takes half the time of noting every row.  It is
    one transaction (a savepoint inside the caller's), so no other
    connection ever sees the tables without their triggers, and a failed
    load gives them back with everything else."""
    if is_postgres(db):
        # The triggers stand aside while this transaction's flag is set
        # (ALTER TABLE … DISABLE TRIGGER would wait for deferred checks and
        # lock out every other connection); a failed load resets it.
        with db.atomic():
            db.execute_sql(f"SET LOCAL {_BULK_LOAD} = 'on'")
            yield
            db.execute_sql(f"SET LOCAL {_BULK_LOAD} = 'off'")
            for table in COLUMNS:
                db.execute_sql(f"DELETE FROM {table}_fts")
                db.execute_sql(f"INSERT INTO {table}_fts (rowid, doc) SELECT id, {_document(table, '')} FROM {table}")
            # The planner knows nothing of rows loaded a moment ago until the
            # autovacuum daemon gets round to them: a window opened right
            # after the large demo planned Home's people query as scans of
            # whole tables per person and ran for over ten minutes.
            db.execute_sql("ANALYZE")
        return
    with db.atomic():
        for table in COLUMNS:
            for event in ("insert", "update", "delete"):
                db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_fts_{event}"')
        yield
        for table, cols in COLUMNS.items():
            db.execute_sql(f"DELETE FROM {table}_fts")
            # FTS5 writes out what it gathered whenever its pending terms pass
            # 'hashsize' (1 MB): 16 MB at a time builds the large demo's index
            # in two thirds of the time.  Only for a large load (a setting
            # changed is a change of the index), and the usual size again after.
            large = db.execute_sql(f"SELECT EXISTS (SELECT 1 FROM {table} LIMIT 1 OFFSET {BULK_HASH_FROM_ROWS})"
                                   ).fetchone()[0]
            if large:
                db.execute_sql(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('hashsize', {BULK_HASH_BYTES})")
            db.execute_sql(f"INSERT INTO {table}_fts(rowid, {', '.join(cols)}) "
                           f"SELECT id, {', '.join(cols)} FROM {table}")
            if large:
                db.execute_sql(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('hashsize', {USUAL_HASH_BYTES})")
            db.execute_sql(f"DELETE FROM {table}_fts_pending")
            for sql in trigger_statements(table):
                db.execute_sql(sql)


def match_query(text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 query: every word must
    match as a prefix; FTS syntax characters are treated as plain text.
    (A team database builds its query from the same words: see ``match``.)"""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def match(table: str, query: str, first_column_only: bool = False) -> tuple[str, str]:
    """A condition on ``<table>_fts`` (whose ``rowid`` is the record's id)
    for a ``match_query`` result, and its one parameter.  With
    ``first_column_only`` only the first searched column counts (a
    person's name)."""
    if is_postgres(bound_database()):
        words = " ".join(w.strip('"*') for w in query.split())
        weight = "A" if first_column_only else ""
        return f"doc @@ relapp_search_query(?, '{weight}')", words
    if first_column_only:
        query = "{" + COLUMNS[table][0] + "}: (" + query + ")"
    return f"{table}_fts MATCH ?", query


# PostgreSQL ---------------------------------------------------------------

# FTS5's unicode61 folding: accents off, lower case, every ASCII character
# that is not a letter or digit a separator (PostgreSQL's own parser would
# keep e-mail addresses and hyphenated words whole).
_FOLD = r"regexp_replace(lower(unaccent(coalesce({}, ''))), '[!-/:-@[-`{{-~[:space:]]+', ' ', 'g')"


# Set for the transaction of a bulk load: the triggers leave the index to its rebuild.
_BULK_LOAD = "relapp.bulk_load"


def _document(table: str, row: str) -> str:
    """The tsvector of one row: the first column weighted A (the name-only
    search), the others B."""
    first, *rest = [f"{row}{c}" for c in COLUMNS[table]]
    folded_rest = " || ' ' || ".join(_FOLD.format(c) for c in rest) or "''"
    return (f"setweight(to_tsvector('simple', {_FOLD.format(first)}), 'A') || "
            f"setweight(to_tsvector('simple', {folded_rest}), 'B')")


def postgres_statements() -> list[str]:
    """The search tables of a team database, their GIN indexes, the
    triggers that keep them, and the query function (idempotent)."""
    statements = [
        # Each word of the query (folded as the documents are) as a prefix,
        # all of them required; ``weight`` 'A' searches the first column only.
        "CREATE OR REPLACE FUNCTION relapp_search_query(words text, weight text) RETURNS tsquery "
        "LANGUAGE sql STABLE AS $$ SELECT to_tsquery('simple', coalesce(string_agg("
        "quote_literal(w) || ':*' || weight, ' & '), '')) FROM regexp_split_to_table(btrim("
        + _FOLD.format("words") + "), ' ') AS w WHERE w <> '' $$",
    ]
    for table in COLUMNS:
        cols = ", ".join(f'"{c}"' for c in COLUMNS[table])
        statements += [
            f'CREATE TABLE IF NOT EXISTS "{table}_fts" ("rowid" INTEGER NOT NULL PRIMARY KEY '
            f'REFERENCES "{table}" ("id") ON DELETE CASCADE, "doc" tsvector NOT NULL)',
            f'CREATE INDEX IF NOT EXISTS "{table}_fts_doc" ON "{table}_fts" USING GIN ("doc")',
            # As the tables' owner: under a login's row-level security the
            # upsert re-checked "is this row's record visible" against every
            # entry (a quarter of a second per new entry on the large demo).
            f'CREATE OR REPLACE FUNCTION "{table}_fts_keep"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER '
            "SET search_path = public, pg_temp AS $$ BEGIN "
            f"IF current_setting('{_BULK_LOAD}', true) = 'on' THEN RETURN NULL; END IF; "
            f'INSERT INTO "{table}_fts" (rowid, doc) VALUES (NEW.id, {_document(table, "NEW.")}) '
            f"ON CONFLICT (rowid) DO UPDATE SET doc = EXCLUDED.doc; RETURN NULL; END $$",
            f'DROP TRIGGER IF EXISTS "{table}_fts_keep" ON "{table}"',
            # Only a change to searchable text matters; stance or influence edits pass by.
            f'CREATE TRIGGER "{table}_fts_keep" AFTER INSERT OR UPDATE OF {cols} ON "{table}" '
            f'FOR EACH ROW EXECUTE FUNCTION "{table}_fts_keep"()',
            f"DELETE FROM {table}_fts",
            f"INSERT INTO {table}_fts (rowid, doc) SELECT id, {_document(table, '')} FROM {table}",
        ]
    return statements
