"""Opening the user's data for a command: a data folder, or a team database."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from relapp.cli.main import CliError
from relapp.services.data_folder import resolve_data_dir
from relapp.services.session import DATABASE_VARIABLE, OpenData, is_database_url, lost_server, open_data_context


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


class LostServerError(CliError):
    """The team database's server could not be reached or went away during
    the command: one line, exit 1."""


@contextmanager
def open_data(args, backup: bool = True) -> Iterator[OpenData]:
    """The command's data, open for the ``with`` block: ``with open_data(args)
    as data:``.  Its connection is closed and the writer's lock given up when
    the block ends, also on an error; a team database's server lost on the
    way is reported (``LostServerError``) while it is still known which data
    the work was on."""
    url = team_database(args)
    data = None
    try:
        if url is not None:
            data = open_data_context(url)
        else:
            data_dir = resolve_data_dir(args.data_dir)
            data = open_data_context(data_dir, backup=backup)
            say_read_only(data_dir, data.read_only)
        with data:
            yield data
    except Exception as exc:
        problem = lost_server(exc, data)
        if problem is None:
            raise
        raise LostServerError(problem) from exc


def say_read_only(data_dir: Path, reason: str | None) -> None:
    """The one note a command gives when the data cannot be changed."""
    if reason:
        print(f"relapp: note: the data in {data_dir} is read-only ({reason}); it is shown as it is and "
              "nothing in it can be changed", file=sys.stderr)
