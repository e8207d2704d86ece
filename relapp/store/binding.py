"""Which database the models read and write.

There is no module-level database to re-point: whoever opens data (``init_db``,
``init_team_db``) makes a database object of its own and binds the models to
it; closing binds them back to ``NO_DATA`` (``relapp.store.no_data``), where
every query fails with "no data is open" instead of reaching old data.

What stays global, honestly: Peewee's models are classes, so the binding is
process-wide.  One process has one data open at a time, and ``bound_database()``
reads that binding back for the raw SQL and the transactions of the store and
services.  So it is guarded: binding other data while the data bound is still
open raises ``DataStillOpenError`` (data is never swapped under running
code: close it first), and closing data unbinds only its own database.
"""

from __future__ import annotations

from peewee import Database

from relapp.store.models import MODELS, BaseModel
from relapp.store.no_data import NO_DATA, NoDataOpenError

__all__ = ["NO_DATA", "DataStillOpenError", "NoDataOpenError", "atomic", "bind", "bound_database",
           "open_database_or_none", "refuse_while_open", "unbind"]


class DataStillOpenError(RuntimeError):
    """Data was to be opened while other data is still open in this process:
    a fault of the code that opened it (it must close the old data first)."""


def bind(db: Database) -> None:
    """The models read and write ``db`` from now on (every thread).  Raises
    ``DataStillOpenError``, changing nothing, while other data is bound and
    its connection (on this thread) is still open."""
    if bound_database() is not db:
        refuse_while_open(str(db.database))
    _bind_models(db)


def refuse_while_open(opening: str, doing: str = "opened") -> None:
    """Raise ``DataStillOpenError`` when data is bound and still open, before
    ``opening`` (a folder, a file or a team database's address) is touched:
    ``doing`` says how ("opened", "replaced by a backup"…)."""
    bound = bound_database()
    if bound is not NO_DATA and not bound.is_closed():
        raise DataStillOpenError(f"{_shown(opening)} cannot be {doing} while {_shown(str(bound.database))} is "
                                 "still open in this process: close it first")


def unbind(db: Database) -> None:
    """``db`` is closed: the models are bound to no data if ``db`` is the
    database bound, and left alone if other data is."""
    if bound_database() is db:
        _bind_models(NO_DATA)


def _bind_models(db: Database) -> None:
    db.bind([BaseModel, *MODELS], bind_refs=False, bind_backrefs=False)


def _shown(location: str) -> str:
    from relapp.store.postgres import display_url  # only for this message: postgres imports the binding

    return display_url(location)  # a path, or a team database's address without its password


def bound_database() -> Database:
    """The database the models are bound to; ``NO_DATA`` when none is open
    (every query on it raises ``NoDataOpenError``)."""
    return BaseModel._meta.database


def open_database_or_none() -> Database | None:
    """The database the models are bound to, or None when no data is open."""
    db = bound_database()
    return None if db is NO_DATA else db


def atomic(lock: str | None = None):
    """A transaction (or, inside one, a savepoint) on the open data: the one
    way the store and services start one.  ``lock`` is SQLite's ("IMMEDIATE"
    takes the write lock at once; a team database ignores it)."""
    db = bound_database()
    return db.atomic(lock) if lock else db.atomic()

