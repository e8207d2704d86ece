"""The one place that opens the database.

Every connection gets the same pragmas (Peewee applies them on connect):
WAL for readers that never block the writer, full sync so a committed edit
survives a power cut, foreign keys, a busy timeout so a second process waits
instead of failing, secure delete so deleted notes do not linger in free
pages, and untrusted schema off so a crafted file cannot run functions from
views or triggers.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from peewee import Database, SqliteDatabase, fn

from relapp import __version__
from relapp.domain.health_questions import questions_of_a_new_file
from relapp.store import data_lock, fts, postgres, record_versions, team_access
from relapp.store.dialect import is_postgres
from relapp.store.backup import copy_database, free_name, integrity_problem, remove_partials
from relapp.store.encryption import connect, database_errors, has_plain_header, is_encrypted, passphrase_for, \
    passphrase_opens
from relapp.store.errors import (
    CorruptDatabaseError, DiskUnavailableError, damage_detail, is_disk_failure, NewerSchemaError, NotRelappDatabaseError, PassphraseNeededError, ReadOnlyDataError, WrongPassphraseError,
)
from relapp.store.location import backups_dir, ensure_private_dir, make_private, tighten_data_dir
from relapp.store.migrations import CURRENT_VERSION, MIGRATIONS, pending
from relapp.store.read_only import read_only_uri
from relapp.store.binding import bind, open_database_or_none, unbind
from relapp.store.models import MODELS, HealthQuestion, SchemaVersion

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15000
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "secure_delete": 1,
    "trusted_schema": 0,
    # 4 MB per connection (the window, the Home loader and exports each have
    # one): 16 MB cost the window 12 MiB of peak memory on the large demo and
    # bought no speed (account switch, journal scroll, search, start; the
    # README's performance section).
    "cache_size": -4000,
    "temp_store": 2,  # memory
}


def read_schema_version(path: Path) -> int | None:
    """The file's schema version without changing it (read-only).

    None for a missing or empty file.  Raises ``NotRelappDatabaseError`` for
    a file that is not a Relapp database and ``CorruptDatabaseError`` when
    SQLite cannot read it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    passphrase = passphrase_for(path)
    if passphrase is None and not has_plain_header(path):
        if is_encrypted(path.parent):
            raise PassphraseNeededError("this data is encrypted: its passphrase is needed to open it")
        raise NotRelappDatabaseError(f"{path} is not a Relapp database (not an SQLite file)")
    if passphrase is not None and not passphrase_opens(path, passphrase):
        raise WrongPassphraseError("wrong passphrase: the data could not be unlocked (nothing was changed)")
    try:
        con = connect(path, readonly=True, passphrase=passphrase)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "schema_version" not in tables:
                raise NotRelappDatabaseError(f"{path} is an SQLite file but not a Relapp database")
            row = con.execute("SELECT MAX(version) FROM schema_version").fetchone()
        finally:
            con.close()
    except database_errors() as exc:
        if is_disk_failure(exc):
            raise DiskUnavailableError(f"{path} cannot be read now ({exc}): the disk may be full, read-only or "
                                       "failing; nothing was changed — free some space or check the disk, then "
                                       "try again") from exc
        raise CorruptDatabaseError(f"{path} is damaged and cannot be read ({damage_detail(exc)})") from exc
    if row is None or row[0] is None:
        raise NotRelappDatabaseError(f"{path} has no schema version")
    return int(row[0])


def open_database(path: Path) -> SqliteDatabase:
    """A Peewee database for ``path`` with the pragmas above (not bound);
    through SQLCipher when the data directory is encrypted."""
    passphrase = passphrase_for(path)
    if passphrase is not None:
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        return SqlCipherDatabase(str(path), passphrase=passphrase, pragmas=PRAGMAS,
                                 timeout=BUSY_TIMEOUT_MS / 1000)
    return SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)


class ReadOnlyDatabase(SqliteDatabase):
    """The database opened for reading only; ``read_only`` says why.  Every
    write fails with SQLite's "readonly" error, which the services report
    as "the data folder cannot be written"."""

    def __init__(self, path: Path, read_only: str):
        # No journal_mode: switching it is a write.
        pragmas = {key: value for key, value in PRAGMAS.items() if key != "journal_mode"}
        super().__init__(str(path), pragmas=pragmas, timeout=BUSY_TIMEOUT_MS / 1000)
        self.read_only = read_only

    def _connect(self):
        conn = sqlite3.connect(read_only_uri(Path(self.database)), timeout=self._timeout, isolation_level=None,
                               uri=True)
        try:
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn


def init_db(path: Path, check: bool = True, read_only: str | None = None) -> SqliteDatabase:
    """Open (creating or upgrading) the database at ``path`` and bind the
    models to it.  Refuses, changing nothing, a file from a newer Relapp,
    and (with ``check``, a quick integrity check that reads every page) a
    damaged one.  The window runs that check beside its start instead.

    With ``read_only`` (why the data cannot be written) nothing at all is
    written: no modes set, no restore finished, no upgrade."""
    path = Path(path)
    if read_only is None:
        tighten_data_dir(path.parent)
        finish_interrupted_restore(path)
    found = read_schema_version(path)
    if found is not None and found > CURRENT_VERSION:
        raise NewerSchemaError(found, CURRENT_VERSION)
    if read_only is not None:
        return _open_read_only(path, found, check, read_only)
    if found is not None and (check or found < CURRENT_VERSION):
        problem = integrity_problem(path, quick=True)
        if problem:
            raise CorruptDatabaseError(f"{path} is damaged: {problem}")
    if found is not None and found < CURRENT_VERSION:
        copy_database(path, free_name(backups_dir(path.parent), f"before-schema-{CURRENT_VERSION}"))

    db = open_database(path)
    bind(db)
    try:
        db.connect(reuse_if_open=True)
        if found is None:
            _create(db)
        elif found < CURRENT_VERSION:
            _migrate(db, found)
            # An upgrade can leave a hundred megabytes of pages in the WAL (the
            # search index rebuilt); until a later write starts it over, every
            # read looks there first.  Folded into the file once, now.
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        for suffix in ("", "-wal", "-shm"):
            make_private(Path(str(path) + suffix))
    except BaseException:
        _unopened(db)
        raise
    return db


def init_team_db(url: str) -> postgres.TeamDatabase:
    """Open (creating or upgrading) the team database at ``url`` (see
    ``relapp.store.postgres``) and bind the models to it: the same schema
    and migrations as a data folder's file.  Refuses, changing nothing, a
    database from a newer Relapp.  Raises ``ServerUnavailableError`` when
    the server cannot be reached."""
    db = postgres.TeamDatabase(url)
    db.connect(reuse_if_open=True)
    bind(db)
    try:
        found = postgres.schema_version(db)
        if found is not None and found > CURRENT_VERSION:
            raise NewerSchemaError(found, CURRENT_VERSION)
        if found is None or found < CURRENT_VERSION:
            with db.atomic():
                postgres.prepare(db)
                if found is None:
                    _create(db)
                else:
                    _migrate(db, found)
        # Who sees what, record versions, telling open windows of changes:
        # kept by the server itself, checked at every open.
        team_access.ensure_in_place(db)
    except BaseException:
        _unopened(db)
        raise
    return db


def _unopened(db: Database) -> None:
    """``db`` failed to open: nothing of it stays open or bound."""
    try:
        db.close()
    finally:
        unbind(db)


def _open_read_only(path: Path, found: int | None, check: bool, reason: str) -> SqliteDatabase:
    if found is None:
        raise ReadOnlyDataError(f"{path.parent} is read-only ({reason}) and holds no Relapp data yet")
    if found < CURRENT_VERSION:
        raise ReadOnlyDataError(f"{path.parent} is read-only ({reason}) and its data needs an upgrade to "
                                f"schema {CURRENT_VERSION} first; nothing was changed")
    if passphrase_for(path) is not None:
        # Not yet: the read-only connection below is plain SQLite.
        raise ReadOnlyDataError(f"{path.parent} is read-only ({reason}) and encrypted; Relapp opens encrypted "
                                "data only where it can write (copy the folder to a writable disk first)")
    if check:
        problem = integrity_problem(path, quick=True)
        if problem:
            raise CorruptDatabaseError(f"{path} is damaged: {problem}")
    db = ReadOnlyDatabase(path, reason)
    bind(db)
    try:
        db.connect(reuse_if_open=True)
    except BaseException:
        _unopened(db)
        raise
    return db


def staged_restore_path(path: Path) -> Path:
    """Where a restore puts the verified copy before it takes the database's
    place."""
    return path.with_name(path.name + ".restoring")


def finish_interrupted_restore(path: Path) -> None:
    """Tidy up after a restore or a backup that was interrupted.

    A restore that crashed after moving the old file away but before
    renaming the verified copy into place is completed, so the user never
    starts on an empty database while the restored one waits.  One that
    crashed before touching the database leaves the data as it was; its
    verified copy is offered among the backups.  Half-written copies (never
    verified, never relied on) are removed."""
    staged = staged_restore_path(path)
    try:
        remove_partials(path.parent)
        remove_partials(backups_dir(path.parent))
        if staged.exists() and not path.exists():
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            os.replace(staged, path)
        elif staged.exists():
            offered = free_name(ensure_private_dir(backups_dir(path.parent)), "interrupted-restore")
            os.replace(staged, offered)
            log.warning("an interrupted restore left its copy; offered as a backup")
    except OSError as exc:
        # A read-only folder: the data can still be read; tidy up next time.
        log.warning("could not tidy up after an interrupted restore: %s", type(exc).__name__)


def _create(db: SqliteDatabase) -> None:
    with db.atomic():
        db.create_tables(MODELS)
        if is_postgres(db):
            postgres.create_search(db)
        else:
            for sql in fts.create_statements():
                db.execute_sql(sql)
        for sql in record_versions.create_statements(db):
            db.execute_sql(sql)
        SchemaVersion.create(version=CURRENT_VERSION, app_version=__version__)
        HealthQuestion.insert_many(
            questions_of_a_new_file(),
            fields=[HealthQuestion.key, HealthQuestion.text, HealthQuestion.position, HealthQuestion.audience],
        ).execute()


def _migrate(db: SqliteDatabase, found: int) -> None:
    # IMMEDIATE: a second process starting at the same moment waits here,
    # then finds the work done.  (On a team database: the table lock.)
    team = is_postgres(db)
    with db.atomic() if team else db.atomic("IMMEDIATE"):
        if team:
            db.execute_sql('LOCK TABLE "schema_version" IN EXCLUSIVE MODE')
        found = SchemaVersion.select(fn.MAX(SchemaVersion.version)).scalar() or found
        for version in pending(found):
            MIGRATIONS[version](db)
            SchemaVersion.create(version=version, app_version=__version__)
        if team:
            # The search is the database's own from the start: rebuilt once, whatever version it came from.
            postgres.create_search(db)
    log.info("database upgraded from schema %d to %d", found, CURRENT_VERSION)


def close_db(db: Database | None = None, *, release_lock: bool = True) -> None:
    """The one way data is closed: this thread's connection to ``db`` (by
    default the open data) closed, its search index brought up to date
    first, and, when it is the data the models are bound to, the models
    bound to no data (a query after this fails with "no data is open").
    This process's place among the folder's writers is given up unless
    ``release_lock`` is False (``OpenData`` whose opener found the lock
    held already: a command run inside a process that keeps it).  The
    binding and the lock go also when closing the connection fails."""
    db = db if db is not None else open_database_or_none()
    if db is None:
        return
    try:
        if not db.is_closed():
            fts.settle(db)
            db.close()
    finally:
        unbind(db)
        if release_lock and not is_postgres(db):
            data_lock.release(Path(db.database).parent)
