"""Running ``relapp`` as other tools do: a real process on a data folder."""

from __future__ import annotations

import os
import subprocess
import sys


def data_option(data_dir) -> list[str]:
    """``--data-dir DIR``, or ``--database URL`` when the test's data is a
    team database (the ``db`` fixture's PostgreSQL variant sets RELAPP_DATABASE)."""
    url = os.environ.get("RELAPP_DATABASE")
    return ["--database", url] if url else ["--data-dir", str(data_dir)]


def run_relapp(data_dir, *args) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("RELAPP_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "relapp", *data_option(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def run_command(argv: list[str]) -> int:
    """``relapp ARGV`` in this process, as another process would run it
    beside the test's data: that data, when open, is closed first (a
    process never opens data while other data is still open in it) and
    opened again after, bound as before for the rest of the test."""
    from pathlib import Path

    from relapp.cli.main import main
    from relapp.services.session import open_data
    from relapp.store.binding import open_database_or_none
    from relapp.store.database import close_db

    db = open_database_or_none()
    if db is None or db.is_closed():
        return main(argv)
    location = getattr(db, "url", None) or Path(db.database).parent
    close_db(db)
    try:
        return main(argv)
    finally:
        open_data(location, backup=False, check=False)
