"""Where the data lives: one directory holding the database and its backups."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_FILENAME = "relapp.sqlite3"
ENV_VAR = "RELAPP_DATA_DIR"
APP_DIR_NAME = "Relapp"
DEMO_DIR_NAME = "Relapp-demo"


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


def demo_data_dir() -> Path:
    """A directory of its own, so the demo never touches the user's data."""
    return platformdirs.user_data_path(DEMO_DIR_NAME, appauthor=False)


def resolve_data_dir(option: str | os.PathLike | None = None) -> Path:
    """The ``--data-dir`` option wins, then ``RELAPP_DATA_DIR``, then the
    platform's user data directory."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` if needed; on POSIX make it readable by the user only."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def make_private(path: Path) -> None:
    """0600 on POSIX for a file that holds the user's data."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"
