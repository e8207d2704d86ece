"""Commands that replace the database file itself (restore, encrypt,
decrypt) must not run under an open window: it would go on writing to the
file that was replaced, and those edits would be lost."""

from __future__ import annotations

from pathlib import Path

from relapp.cli.main import CliError


def refuse_if_window_open(data_dir: Path, doing: str) -> None:
    from relapp.gui.single_instance import SingleInstance

    if not data_dir.exists():
        return
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        raise CliError(f"Relapp's window has this data open; close it first to {doing} "
                       "(or use File → Backups in the window); nothing was changed")
    instance.release()
