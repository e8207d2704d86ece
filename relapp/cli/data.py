"""Opening the user's data for a command: a data folder, or a team database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from relapp.cli.main import CliError
from relapp.services.data_folder import resolve_data_dir
from relapp.services.session import DATABASE_VARIABLE, is_database_url, open_data_dir, open_data_read_only, \
    open_team_database


def team_database(args) -> str | None:
    """The team database the command works on: ``--database``, else
    RELAPP_DATABASE unless ``--data-dir`` names a folder; None for a folder."""
    url = getattr(args, "database", None)
    if url is None and getattr(args, "data_dir", None) is None:
        url = os.environ.get(DATABASE_VARIABLE) or None
    if url is not None and not is_database_url(url):
        raise CliError(f"--database takes a postgresql://USER@HOST[:PORT]/DB address, not {url!r}", 2)
    return url


def folder_only(args, command: str) -> None:
    """Refuse, in one line, a command that works on a data folder's file
    when the command line or RELAPP_DATABASE names a team database."""
    if team_database(args) is not None:
        raise CliError(f"relapp {command} works on a data folder's file; a team database's server keeps its own "
                       "checks and backups (its administrator's job; relapp --database URL backup -o FILE writes "
                       "a dump)", 2)


def open_data(args, backup: bool = True) -> Path | None:
    """Open the command's data; returns its folder (None for a team database)."""
    url = team_database(args)
    if url is not None:
        open_team_database(url)
        return None
    data_dir = resolve_data_dir(args.data_dir)
    open_data_dir(data_dir, backup=backup)
    say_read_only(data_dir, open_data_read_only())
    return data_dir


def say_read_only(data_dir: Path, reason: str | None) -> None:
    """The one note a command gives when the data cannot be changed."""
    if reason:
        print(f"relapp: note: the data in {data_dir} is read-only ({reason}); it is shown as it is and "
              "nothing in it can be changed", file=sys.stderr)
