"""Opening the user's data for a command."""

from __future__ import annotations

from pathlib import Path

from relapp.services.data_folder import resolve_data_dir
from relapp.services.session import open_data_dir


def open_data(args) -> Path:
    data_dir = resolve_data_dir(args.data_dir)
    open_data_dir(data_dir)
    return data_dir
