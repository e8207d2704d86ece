"""Other people's changes, told by the database as they commit.

On a team database a trigger on every table sends a notification on the
``relapp_changes`` channel for each row written: the table (what kind of
data changed) and the name the writing connection gave the server
(``application_name``: whose change it is), nothing else.  Every login
may listen on any channel, whatever it may read, so a notification must
not tell which account changed, not even by its id: a login that cannot
see an account learns nothing of it here.  The listeners re-read what
they show, through the row-level security that decides what each login
sees (store/team_access.py).  PostgreSQL delivers notifications only when
the writing transaction commits, and folds identical ones of a
transaction into one, so a bulk import sends one per table, not one per
row.

``ChangeListener`` holds a connection of its own that LISTENs on that
channel in a background thread (never the GUI thread: it calls back with
plain ``Notice`` tuples and touches nothing else), so open windows learn
of a colleague's edit within a moment without polling any table.  It
reconnects after the server went away.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Callable, Iterable, NamedTuple

log = logging.getLogger(__name__)

CHANNEL = "relapp_changes"
# The trigger function; a new name when what it sends changes, so that
# opening an older team database puts the new one in place (team_access.in_place).
FUNCTION = "relapp_notify_kind"
OLD_FUNCTIONS = ("relapp_notify_change",)  # sent the account's id too
# Bookkeeping the views do not show.
QUIET_TABLES = ("schema_version", "team_login")


class Notice(NamedTuple):
    table: str
    writer: str  # the writing connection's application_name (whose change it is)


def install_statements(tables: Iterable[str]) -> list[str]:
    statements = [
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"PERFORM pg_notify('{CHANNEL}', json_build_object('t', TG_TABLE_NAME, "
        "'w', current_setting('application_name'))::text); "
        "RETURN NULL; END $$",
    ]
    for table in tables:
        if table in QUIET_TABLES:
            continue
        statements += [
            f'DROP TRIGGER IF EXISTS "{table}_notify" ON "{table}"',
            f'CREATE TRIGGER "{table}_notify" AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()",
        ]
    # Only now nothing uses them any more.
    statements += [f"DROP FUNCTION IF EXISTS {old}()" for old in OLD_FUNCTIONS]
    return statements


def install(db, tables: Iterable[str] | None = None) -> None:
    """The notifying triggers on ``tables``, by default every model's
    (idempotent; as the tables' owner).  The search's own tables are left
    out: they follow the tables they index."""
    if tables is None:
        from relapp.store.models import MODELS

        tables = [model._meta.table_name for model in MODELS]
    with db.atomic():
        for sql in install_statements(tables):
            db.execute_sql(sql)


def parse(payload: str) -> Notice | None:
    try:
        data = json.loads(payload)
        return Notice(str(data["t"]), str(data.get("w") or ""))
    except (ValueError, KeyError, TypeError):
        log.warning("ignored a change notification that is not ours")
        return None


class ChangeListener:
    """LISTEN on ``conninfo`` in a daemon thread; ``on_notices`` gets each
    batch (what arrived within ``gather`` seconds of the first) from that
    thread.  ``stop`` ends it within about ``gather`` seconds."""

    def __init__(self, conninfo: str, on_notices: Callable[[list[Notice]], None], gather: float = 0.2,
                 retry_after: float = 2.0):
        self.conninfo = conninfo
        self.on_notices = on_notices
        self.gather = gather
        self.retry_after = retry_after
        self.listening = threading.Event()  # set while connected and listening
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="relapp-change-listener", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True, connect_timeout=10) as con:
                    con.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    self._listen(con)
            except psycopg.Error as exc:
                log.warning("change notifications interrupted (%s); retrying", type(exc).__name__)
            finally:
                self.listening.clear()
            self._stop.wait(self.retry_after)

    def _listen(self, con) -> None:
        while not self._stop.is_set():
            batch = [parse(n.payload) for n in con.notifies(timeout=self.gather * 2, stop_after=1)]
            if not batch:
                continue
            # More usually follow at once (a transaction touching several tables).
            batch += [parse(n.payload) for n in con.notifies(timeout=self.gather)]
            notices = list(dict.fromkeys(n for n in batch if n is not None))
            if notices:
                try:
                    self.on_notices(notices)
                except Exception:  # noqa: BLE001 - a failing receiver must not end the listening
                    log.exception("a change notification could not be handled")
