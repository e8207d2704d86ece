"""Services, views and commands are handed the open data they work on
(``OpenData``, the window's ``DataContext``, or its folder); none of them
asks the process which data is open."""

from __future__ import annotations

import pytest

from relapp.services.files import UnsafeTargetError, write_export
from relapp.services.session import open_data_context


def test_an_export_is_checked_against_the_folder_its_caller_names(data_dir, tmp_path):
    with open_data_context(data_dir, backup=False) as data:
        folder = data.folder
    database = data_dir / "relapp.sqlite3"
    before = database.read_bytes()
    # No data is open now: nothing to fall back on, the caller says which folder.
    with pytest.raises(TypeError):
        write_export(database, b"not a database")  # noqa - the folder is not optional
    with pytest.raises(UnsafeTargetError, match="Relapp's own data"):
        write_export(database, b"not a database", replace=True, data_folder=folder)
    assert database.read_bytes() == before
    written = write_export(tmp_path / "out.txt", "fine", data_folder=folder)
    assert written.read_text() == "fine"
