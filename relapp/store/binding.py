"""Which database the models read and write.

There is no module-level database to re-point: whoever opens data (``init_db``,
``init_team_db``) makes a database object of its own and binds the models to
it; closing binds them back to ``NO_DATA`` (``relapp.store.no_data``), where
every query fails with "no data is open" instead of reaching old data.

What stays global, honestly: Peewee's models are classes, so the binding is
process-wide.  One process has one data open at a time, and ``bound_database()``
reads that binding back for the raw SQL and the transactions of the store and
services.
"""

from __future__ import annotations

from peewee import Database

from relapp.store.models import MODELS, BaseModel
from relapp.store.no_data import NO_DATA, NoDataOpenError

__all__ = ["NO_DATA", "NoDataOpenError", "atomic", "bind", "bound_database", "open_database_or_none", "unbind"]


def bind(db: Database) -> None:
    """The models read and write ``db`` from now on (every thread)."""
    db.bind([BaseModel, *MODELS], bind_refs=False, bind_backrefs=False)


def unbind(db: Database | None = None) -> None:
    """No data is open any more (when ``db`` is given: only if it is the one bound)."""
    if db is None or bound_database() is db:
        bind(NO_DATA)


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

