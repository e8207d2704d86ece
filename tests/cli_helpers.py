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
