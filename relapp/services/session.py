"""Opening a data directory: the one entry point the window and the command
line share."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from peewee import Database, SqliteDatabase

from relapp.services.backups import backup_if_due, latest_good_backup
from relapp.services.data_settings import DataSettings
from relapp.store.backup import BackupFile
from relapp.store.data_lock import WriterLock, hold_for_writing
from relapp.store.database import close_db, init_db, init_team_db
from relapp.store.encryption import database_errors
from relapp.store.errors import (
    DiskUnavailableError, NewerSchemaError, PassphraseNeededError, ReadOnlyDataError, StoreError, WrongPassphraseError,
)
from relapp.store.location import db_path, tighten_data_dir
from relapp.store.binding import refuse_while_open
from relapp.store.dialect import is_postgres
from relapp.store.postgres import display_url, is_database_url  # noqa: F401 (display_url: for the commands)
from relapp.store.read_only import data_read_only, read_only_uri
from relapp.store.user_rows import holds_user_rows

log = logging.getLogger(__name__)


class UnusableDataError(StoreError):
    """The database cannot be opened (damaged, not Relapp's, or from a newer
    Relapp).  ``backup`` is the latest good backup to offer, if any."""

    def __init__(self, cause: StoreError, data_dir: Path, backup: BackupFile | None):
        if backup is not None:
            offer = (f"the latest good backup is from {backup.taken:%Y-%m-%d %H:%M}: "
                     f"'relapp restore {backup.path}' puts it back and keeps the current file")
        else:
            offer = "no good backup was found in " + str(data_dir / "backups")
        super().__init__(f"{cause}; {offer}")
        self.cause = cause
        self.data_dir = data_dir
        self.backup = backup
        self.newer = isinstance(cause, NewerSchemaError)


def open_data_dir(data_dir: Path, backup: bool = True, check: bool = True) -> SqliteDatabase:
    """Create or upgrade the database in ``data_dir`` and bind the models;
    then, for existing data, the daily automatic backup.

    Raises ``UnusableDataError`` (changing nothing) when the file cannot be
    used.  ``check=False`` leaves the page-by-page integrity check to the
    caller (the window runs it in the background: it takes half a second
    on ten years of data).  Raises ``DataStillOpenError``, touching
    nothing, while other data is open in this process."""
    refuse_while_open(str(data_dir))
    read_only = data_read_only(data_dir)
    took_lock = False
    if read_only is None:
        tighten_data_dir(data_dir)
        # Held until the data is closed (or the process ends): a restore waits
        # for it, and this waits for a restore under way.  (Read-only data
        # cannot be replaced, and has no room for the lock file.)
        took_lock = not WriterLock(data_dir).held
        hold_for_writing(data_dir)
    path = db_path(data_dir)
    existed = path.exists() and path.stat().st_size > 0
    try:
        db = init_db(path, check=check, read_only=read_only)
    except BaseException as exc:
        if took_lock:  # nothing of data that did not open is held: a restore may replace it now
            WriterLock(data_dir).release()
        if isinstance(exc, (PassphraseNeededError, WrongPassphraseError, DiskUnavailableError, ReadOnlyDataError)):
            raise  # a question for the user, or the disk's fault: never the damaged-file path
        if isinstance(exc, StoreError):
            log.warning("database cannot be opened: %s", type(exc).__name__)
            raise UnusableDataError(exc, data_dir, latest_good_backup(data_dir)) from exc
        raise
    log.info("database opened (%s%s)", "existing" if existed else "new", ", read-only" if read_only else "")
    if backup and existed and read_only is None:
        try:
            backup_if_due(data_dir)
        except (OSError, sqlite3.Error, StoreError) as exc:
            # A full disk must not keep the user from their data; the next
            # start tries again.
            log.warning("automatic backup failed: %s", type(exc).__name__)
    return db


DATABASE_VARIABLE = "RELAPP_DATABASE"


def lost_server(error: BaseException, data: OpenData | None) -> str | None:
    """One line for a team database's server that could not be reached, or
    went away during the work on ``data`` (None when ``error`` is something
    else)."""
    from peewee import InterfaceError, OperationalError

    from relapp.store.postgres import ServerUnavailableError

    if isinstance(error, ServerUnavailableError):
        return str(error)
    if isinstance(error, (OperationalError, InterfaceError)) and data is not None and data.team:
        return f"the team database stopped answering ({' '.join(str(error).split())}); nothing was changed"
    return None


def open_team_database(url: str) -> SqliteDatabase:
    """Create or upgrade the team database at ``url`` (``postgresql://…``)
    and bind the models: the command line's and the window's way into a
    shared PostgreSQL database instead of a data folder.  No lock file, no
    automatic backup (the server's backups are its administrator's job).

    Raises ``ServerUnavailableError`` when the server cannot be reached,
    ``TeamDriverMissingError`` without psycopg, ``NewerSchemaError`` for a
    database from a newer Relapp; ``DataStillOpenError`` while other data
    is open in this process."""
    refuse_while_open(url)
    db = init_team_db(url)
    log.info("team database opened")
    return db


def open_data(location: Path | str, backup: bool = True, check: bool = True) -> SqliteDatabase:
    """Open a data folder, or a team database when ``location`` is a
    ``postgresql://`` URL (see ``relapp.store.postgres.is_database_url``)."""
    if is_database_url(location):
        return open_team_database(location)
    return open_data_dir(Path(location), backup=backup, check=check)


@dataclass(eq=False)
class OpenData:
    """The data open in this process, as whoever opened it owns it: its
    database (the models are bound to it while it is open), the writer's
    lock on its folder (None for a team database, where the folder cannot
    be written, or where this process held the lock already), its settings
    and its folder (None for a team database).  ``close()`` ends all of it;
    as a ``with`` block it ends when the block does, also on an error."""

    database: Database
    lock: WriterLock | None
    settings: DataSettings
    folder: Path | None = None
    closed: bool = field(default=False, init=False)

    @property
    def read_only(self) -> str | None:
        """Why this data cannot be changed, or None when it can."""
        return getattr(self.database, "read_only", None)

    @property
    def team(self) -> bool:
        """Whether this is a team database (PostgreSQL) rather than a folder's file."""
        return is_postgres(self.database)

    def close(self) -> None:
        """This thread's connection closed (other threads close their own,
        see ``worker_connection``), the models bound to no data, the lock
        given up unless this process held it before.  Closing twice does
        nothing, and never touches other data opened since."""
        if self.closed:
            return
        self.closed = True
        close_db(self.database, release_lock=self.lock is not None)

    def __enter__(self) -> OpenData:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def owned_data(db: Database, lock_held_before: bool = False) -> OpenData:
    """``db``, just opened by ``open_data`` (or ``open_data_dir``,
    ``open_team_database``: the models bound to it), as ``OpenData`` for its
    opener to keep and hand on: its lock counted as its own unless this
    process held it before."""
    folder = lock = None
    if not is_postgres(db):
        folder = Path(db.database).parent
        if getattr(db, "read_only", None) is None and not lock_held_before:
            lock = WriterLock(folder)
    return OpenData(db, lock if lock is not None and lock.held else None, DataSettings(db), folder)


def open_data_context(location: Path | str, backup: bool = True, check: bool = True) -> OpenData:
    """Open a data folder or a team database (as ``open_data``) for one
    piece of work that closes it again, best as ``with open_data_context(…)
    as data:``.  When the open fails nothing of it is left (the lock it
    took is given up, no data bound).  Data still open in this process is
    refused (``DataStillOpenError``): its owner closes it first."""
    folder = None if is_database_url(location) else Path(location)
    lock_held_before = folder is not None and WriterLock(folder).held
    db = open_data(location, backup=backup, check=check)  # gives up the lock it took when it fails
    return owned_data(db, lock_held_before)


def has_data(data_dir: Path) -> bool:
    """Whether the directory already holds a Relapp database with anything
    in it a user would miss: accounts, but also only our team's members,
    settings, tags… (``relapp.store.user_rows``)."""
    path = db_path(data_dir)
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "schema_version" not in tables:
                return bool(tables)  # not Relapp's, or not yet: never built over
            return holds_user_rows(con)
        finally:
            con.close()
    except database_errors():
        return True  # something is there; never overwrite it


@contextmanager
def worker_connection(database: Database) -> Iterator[None]:
    """For work on a background thread, on ``database`` (the data its job
    was started in).  Peewee keeps one connection per thread and database;
    one left open holds the WAL, and when its thread finally ends, closing
    it checkpoints into the file it was opened on.  So the thread's
    connection is closed at the end.  (The data is not closed under the
    work: a window's ``DataContext`` drains its work before it closes.)"""
    try:
        yield
    finally:
        if not database.is_closed():
            database.close()


def outside_change_mark(db: Database | None) -> tuple[int, int] | None:
    """A mark that moves when another connection (another process: ``relapp
    add``, a sync tool) commits to the data ``db``; this thread's own commits
    do not move it.  (connection id, SQLite's data_version); None when this
    thread has no open connection, which it never opens just to ask."""
    if db is None or db.is_closed() or is_database_url(getattr(db, "url", None)):
        return None  # a team database announces changes otherwise
    connection = db.connection()
    return id(connection), connection.execute("PRAGMA data_version").fetchone()[0]
