"""A team database: the same store on a shared PostgreSQL server.

``relapp --database postgresql://USER@HOST[:PORT]/DB`` (or RELAPP_DATABASE)
opens one instead of the data folder's SQLite file.  The models, the ordered
migrations and the services' SQL are the same; ``TeamDatabase`` passes each
statement through ``dialect.to_postgres`` and ``fts`` keeps PostgreSQL's own
full-text search.  Talks to the server through psycopg 3 (the ``team``
extra).
"""

from __future__ import annotations

import re

from peewee import PostgresqlDatabase

from relapp.store import dialect, fts
from relapp.store.errors import StoreError

SCHEMES = ("postgresql://", "postgres://")
TEAM_EXTRA = "relapp[team]"


class ServerUnavailableError(StoreError):
    """The team database's server cannot be reached, or refused us."""


class TeamDriverMissingError(StoreError):
    """psycopg is not installed."""

    def __init__(self):
        super().__init__(f"a team database needs the PostgreSQL driver: pip install '{TEAM_EXTRA}'")


def is_database_url(text: object) -> bool:
    """Whether ``text`` names a team database rather than a data folder."""
    return isinstance(text, str) and text.startswith(SCHEMES)


def display_url(url: str) -> str:
    """``url`` without a password, for messages and logs."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", url)


class TeamDatabase(PostgresqlDatabase):
    """PostgreSQL through psycopg 3, speaking the store's SQLite-flavoured SQL."""

    # The window, exports and the command line ask this of any open data.
    read_only = None

    def __init__(self, url: str):
        super().__init__(url, prefer_psycopg3=True, autoconnect=True)
        self.url = url

    def begin(self, isolation_level=None):
        # SQLite's lock modes (``atomic("IMMEDIATE")``) mean nothing here:
        # PostgreSQL's row locks and constraint checks do that work.
        if isolation_level in ("IMMEDIATE", "EXCLUSIVE", "DEFERRED"):
            isolation_level = None
        return super().begin(isolation_level)

    def execute_sql(self, sql, params=None):
        sql = dialect.to_postgres(sql)
        if not params:  # psycopg reads % as a placeholder even with no parameters
            sql = sql.replace("%", "%%")
        return super().execute_sql(sql, params)

    def _connect(self):
        try:
            import psycopg
        except ImportError as exc:
            raise TeamDriverMissingError() from exc
        try:
            return super()._connect()
        except psycopg.OperationalError as exc:
            raise ServerUnavailableError(f"the team database {display_url(self.url)} cannot be reached: "
                                         f"{_first_line(exc)}") from exc


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def prepare(db: PostgresqlDatabase) -> None:
    """What the store's SQL needs of a server before any table: SQLite's
    NOCASE as a case-insensitive collation (so names stay unique whatever
    their case, and ``COLLATE NOCASE`` means what it says), ``unaccent`` for
    search, and the search query function.  Idempotent."""
    db.execute_sql("CREATE COLLATION IF NOT EXISTS nocase "
                   "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)")
    db.execute_sql("CREATE EXTENSION IF NOT EXISTS unaccent")


def schema_version(db: PostgresqlDatabase) -> int | None:
    """The database's schema version; None for an empty database."""
    tables = set(db.get_tables())
    if not tables:
        return None
    if "schema_version" not in tables:
        from relapp.store.errors import NotRelappDatabaseError

        raise NotRelappDatabaseError(f"{display_url(db.url)} holds tables but is not a Relapp database")
    found = db.execute_sql('SELECT MAX(version) FROM "schema_version"').fetchone()[0]
    return None if found is None else int(found)


def create_search(db: PostgresqlDatabase) -> None:
    for sql in fts.postgres_statements():
        db.execute_sql(sql)
