"""Peewee imported without the PostgreSQL drivers it would load.

Peewee 4 imports psycopg (and psycopg2, where installed) while it is itself
imported: about 100 ms and 14 MiB of every start, every command and the
window, for a driver that only a team database uses.  So the store imports
peewee once with the drivers hidden, and peewee records them as absent;
``relapp.store.postgres.TeamDatabase`` brings psycopg in through an adapter
of its own when a team database is opened.  Nothing of peewee is changed:
``import psycopg`` merely fails while peewee is being imported.
"""

from __future__ import annotations

import sys

# Modules peewee imports as it loads, that only a PostgreSQL database needs.
DRIVERS = ("psycopg", "psycopg2", "psycopg2cffi")


def import_peewee() -> None:
    """Import peewee, unless already imported, with DRIVERS hidden (those not
    imported yet by someone else: a driver already loaded costs nothing more)."""
    if "peewee" in sys.modules:
        return
    hidden = [name for name in DRIVERS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # "import name" raises ImportError
    try:
        import peewee  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
