"""Services, views and commands are handed the open data they work on
(``OpenData``, the window's ``DataContext``, or its folder); none of them
asks the process which data is open."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import relapp
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


# -- No global lookup of the open data -------------------------------------------------------
# The models' binding is process-wide (store/binding.py says why), and the raw SQL of the services
# runs on it as the models' queries do; but which data a service, view or command works on (its
# folder, whether it is a team database, what to close) is handed to it.

ROOT = Path(relapp.__file__).parent
LOOKUPS = {"open_database_or_none"}  # "which data is open?" asked of the process


def global_lookups(root: Path) -> set[tuple[str, str]]:
    """(module path, what) for each lookup of the open data in services, gui and cli:
    importing ``LOOKUPS``, or ``close_db()`` without saying which data."""
    found = set()
    for layer in ("services", "gui", "cli"):
        for path in (root / layer).rglob("*.py"):
            where = path.relative_to(root).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom):
                    found |= {(where, alias.name) for alias in node.names if alias.name in LOOKUPS}
                elif (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None))
                      == "close_db" and not node.args):
                    found.add((where, "close_db()"))
    return found


def test_no_service_view_or_command_asks_which_data_is_open():
    assert global_lookups(ROOT) == set()


def test_a_planted_lookup_is_caught(tmp_path):
    for layer in ("services", "gui", "cli"):
        (tmp_path / layer).mkdir()
    (tmp_path / "services" / "planted.py").write_text(
        "from relapp.store.binding import open_database_or_none\n", encoding="utf-8")
    (tmp_path / "gui" / "planted.py").write_text(
        "from relapp.store import database\n\ndatabase.close_db()\n", encoding="utf-8")
    assert global_lookups(tmp_path) == {("services/planted.py", "open_database_or_none"),
                                        ("gui/planted.py", "close_db()")}


def test_a_command_run_while_other_data_is_open_in_its_process_is_an_internal_error_naming_both(
        data_dir, tmp_path, capsys):
    """Not a user's mistake: each ``relapp`` command runs in a process of its own and opens its
    data once, so only code that forgot to close data gets here. Exit 70, the data named."""
    from relapp.cli.main import main

    other = tmp_path / "other"
    with open_data_context(data_dir, backup=False):
        code = main(["--data-dir", str(other), "accounts"])
        err = capsys.readouterr().err
    assert code == 70
    assert err.strip().splitlines()[-1] == (
        f"relapp: internal error: DataStillOpenError: {other} cannot be opened while "
        f"{data_dir / 'relapp.sqlite3'} is still open in this process: close it first")
    assert not other.exists()
