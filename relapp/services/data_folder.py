"""Where the data lives and what state its folder is in, for the window and
the command line, which never reach into the store themselves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from relapp.store.backup import integrity_problem
from relapp.store.check import CheckResult, check_database
from relapp.store.encryption import available, is_encrypted
from relapp.store.location import (
    ENV_VAR, LOCK_FILENAME, backups_dir, db_path, demo_data_dir, ensure_private_dir, make_private, remember_data_dir,
    resolve_data_dir, tighten_data_dir,
)
from relapp.store.read_only import data_read_only

__all__ = ["DATA_DIR_VARIABLE", "LOCK_FILENAME", "CheckResult", "backups_dir", "check_data", "db_path",
           "demo_data_dir", "encryption_available", "ensure_private_dir", "is_encrypted", "make_private",
           "holds_data", "quick_check", "read_only_reason", "remember_data_dir", "resolve_data_dir",
           "tighten_data_dir"]

# The environment variable that points Relapp at another data folder.
DATA_DIR_VARIABLE = ENV_VAR


def check_data(data_dir: Path) -> CheckResult:
    """The full integrity check of the folder's database."""
    return check_database(db_path(data_dir))


def quick_check(data_dir: Path, stopped: Callable[[], bool] | None = None) -> str | None:
    """What is wrong with the folder's database page by page (SQLite's quick
    check, on a read-only connection of its own), or None when it is sound.
    Once ``stopped()`` says yes the check ends early and reports nothing."""
    return integrity_problem(db_path(data_dir), quick=True, stopped=stopped)


def holds_data(folder: Path) -> bool:
    """Whether ``folder`` has a Relapp database in it (sound or not: opening
    says what is wrong with it), as opposed to nothing Relapp made yet."""
    path = db_path(Path(folder))
    return path.is_file() and path.stat().st_size > 0


def encryption_available() -> bool:
    """Whether this installation can encrypt its data (SQLCipher is there)."""
    return available()


def read_only_reason(data_dir: Path) -> str | None:
    """Why the data in ``data_dir`` cannot be changed, or None (asked before opening it)."""
    return data_read_only(data_dir)
