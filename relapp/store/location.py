"""Where the data lives: one directory holding the database and its backups."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_FILENAME = "relapp.sqlite3"
LOCK_FILENAME = "relapp.lock"  # the open window's lock, beside the database
ENV_VAR = "RELAPP_DATA_DIR"
APP_DIR_NAME = "Relapp"
DEMO_DIR_NAME = "Relapp-demo"
CHOSEN_DIR_FILENAME = "data-folder"


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


def demo_data_dir() -> Path:
    """A directory of its own, so the demo never touches the user's data."""
    return platformdirs.user_data_path(DEMO_DIR_NAME, appauthor=False)


def chosen_data_dir_file() -> Path:
    """Where the folder last opened with File → Open Data Folder is kept
    (in the user's configuration, not in any data folder)."""
    return platformdirs.user_config_path(APP_DIR_NAME, appauthor=False) / CHOSEN_DIR_FILENAME


def chosen_data_dir() -> Path | None:
    """The data folder the user last chose in the window, if any."""
    try:
        text = chosen_data_dir_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(text) if text else None


def remember_data_dir(path: Path) -> None:
    """``path`` is where the next start (window or command) finds the data."""
    target = chosen_data_dir_file()
    ensure_private_dir(target.parent)
    target.write_text(str(Path(path).resolve()) + "\n", encoding="utf-8")
    make_private(target)


def resolve_data_dir(option: str | os.PathLike | None = None) -> Path:
    """The ``--data-dir`` option wins, then ``RELAPP_DATA_DIR``, then the
    folder last chosen in the window, then the platform's user data
    directory."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return chosen_data_dir() or default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents, each readable by the user
    only (0700 on POSIX).  Folders that already exist keep their modes:
    a shared folder such as /tmp is never changed."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile by someone else: not ours to change
        if os.name == "posix":
            os.chmod(folder, 0o700)  # mkdir's mode passes through the umask
    return path


def tighten_data_dir(path: Path) -> Path:
    """Relapp's own data folder: created private, or, when it exists, with
    any access for group and others taken away.  The owner's own bits are
    left as the user set them (a folder made read-only stays read-only)."""
    path = Path(path)
    if not path.exists():
        return ensure_private_dir(path)
    if os.name == "posix":
        mode = path.stat().st_mode & 0o7777
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    return path


def make_private(path: Path) -> None:
    """0600 on POSIX for a file that holds the user's data."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"
