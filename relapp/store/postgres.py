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
import uuid

from peewee import ImproperlyConfigured, PostgresqlDatabase, Psycopg3Adapter

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


class LazyPsycopg3Adapter(Psycopg3Adapter):
    """Peewee's psycopg 3 adapter, bringing in psycopg itself when a team
    database is opened.  Peewee was imported without the driver
    (``relapp.store.driver_free_peewee``), and its own adapter uses the
    driver peewee found as it loaded; what reads it is done here instead."""

    def __init__(self):
        super().__init__()
        try:
            import psycopg
            from psycopg.pq import TransactionStatus
            from psycopg.types.json import Json, Jsonb
        except ImportError:
            self.driver = None  # TeamDatabase says what to install when it connects
            return
        self.driver, self.status = psycopg, TransactionStatus
        self.txn_idle, self.txn_inerror, self.txn_unknown = (
            TransactionStatus.IDLE, TransactionStatus.INERROR, TransactionStatus.UNKNOWN)
        self.json_type, self.jsonb_type = Json, Jsonb

    def check_driver(self):
        if self.driver is None:
            raise ImproperlyConfigured("psycopg postgres driver not found.")

    def get_binary_type(self):
        return self.driver.Binary

    def connect(self, db, **params):
        # As peewee's own adapter connects, but for a client encoding, which
        # TeamDatabase never sets.
        if db.database.startswith("postgresql://"):
            params.setdefault("conninfo", db.database)
        else:
            params.setdefault("dbname", db.database)
        return self.driver.connect(**params)

    def server_side_cursor(self, conn):
        # In a transaction a plain named cursor streams; outside one the server needs withhold.
        in_transaction = self.txn_status(conn) == self.status.INTRANS
        return conn.cursor(name=str(uuid.uuid1()), withhold=not in_transaction)


class TeamDatabase(PostgresqlDatabase):
    """PostgreSQL through psycopg 3, speaking the store's SQLite-flavoured SQL."""

    # Peewee takes its psycopg2 adapter when it found no psycopg as it
    # loaded, which is the case here (see LazyPsycopg3Adapter): psycopg 3 either way.
    psycopg3_adapter = psycopg2_adapter = LazyPsycopg3Adapter

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
