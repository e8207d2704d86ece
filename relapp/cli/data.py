"""Opening the user's data for a command."""

from __future__ import annotations

import sys
from pathlib import Path

from relapp.services.data_folder import resolve_data_dir
from relapp.services.session import open_data_dir, open_data_read_only


def open_data(args, backup: bool = True) -> Path:
    data_dir = resolve_data_dir(args.data_dir)
    open_data_dir(data_dir, backup=backup)
    say_read_only(data_dir, open_data_read_only())
    return data_dir


def say_read_only(data_dir: Path, reason: str | None) -> None:
    """The one note a command gives when the data cannot be changed."""
    if reason:
        print(f"relapp: note: the data in {data_dir} is read-only ({reason}); it is shown as it is and "
              "nothing in it can be changed", file=sys.stderr)
