"""A whole database loaded at once (the demo) with its rollback journal in
memory instead of the WAL.

With WAL, a load that writes a whole database writes every page twice: into
the WAL as the load spills and commits, then into the database file again
when the checkpoint after the commit copies it over (on the large demo about
0.8 s of CPU, and 270 MB more written).  A rollback journal kept in memory
holds next to nothing for a load into an empty file (SQLite journals only
the pages that existed before the transaction), still undoes a load that
fails, and the commit writes each page once and syncs it: ``synchronous``
stays FULL.  The WAL comes back after, whatever happened.  When the journal
cannot be switched (another connection has the file open, or the data is a
team database) the load runs as it would have.

Only into a file that holds no user rows: the pages of rows already there
would be overwritten with their only copy in memory, and a crash during the
commit would take them with it.  Into any other file the load runs in WAL.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from peewee import OperationalError

from relapp.store.dialect import is_postgres
from relapp.store.user_rows import holds_user_rows

log = logging.getLogger(__name__)


@contextmanager
def journal_in_memory(db) -> Iterator[None]:
    """Around a transaction that loads most of a new database."""
    if is_postgres(db) or db.in_transaction() or holds_user_rows(db.connection()):
        yield
        return
    try:
        switched = _mode(db, "") == "wal" and _mode(db, "=MEMORY") == "memory"
    except OperationalError:  # "database is locked": another connection reads the WAL
        switched = False
    try:
        yield
    finally:
        if switched and _mode(db, "=WAL") != "wal":
            # Every connection asks for WAL as it opens (store.database's
            # pragmas): the next one has it again.
            log.warning("the journal could not be set back to WAL after a load")


def _mode(db, change: str) -> str:
    return str(db.execute_sql(f"PRAGMA journal_mode{change}").fetchone()[0]).lower()
