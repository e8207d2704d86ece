"""The open data is one object, passed around: its database (the models are
bound to it while it is open, and to no data after), its writer's lock and
its settings; and File → Open Data Folder… moves the window to other data."""

from __future__ import annotations

import fcntl
import os
import sqlite3

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui_helpers import activate, on_next_dialog, open_window
from relapp.gui.data_context import DataContext
from relapp.gui.single_instance import SingleInstance
from relapp.services import accounts
from relapp.services.session import open_data_context, open_data_dir, owned_data
from relapp.store.binding import DataStillOpenError, NoDataOpenError, bind, bound_database, open_database_or_none
from relapp.store.data_lock import LOCK_FILE as WRITERS_LOCK, WriterLock, hold_for_writing
from relapp.store.database import close_db
from relapp.store.location import chosen_data_dir, db_path


def _writers_lock_free(folder) -> bool:
    """Whether another process could replace the folder's data now: its
    writers' lock can be taken alone (a file description of its own
    conflicts with this process's shared lock as another process's would)."""
    fd = os.open(folder / WRITERS_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


def _with_account(folder, name: str) -> None:
    open_data_dir(folder)
    accounts.create_account(name=name)
    close_db()


def test_a_query_after_the_data_closed_says_no_data_is_open(db):
    accounts.create_account(name="Kept")
    data = owned_data(db)
    assert data.database is db
    data.close()
    with pytest.raises(NoDataOpenError, match="no data is open"):
        accounts.account_names()
    with pytest.raises(NoDataOpenError, match="no data is open"):
        accounts.create_account(name="Lost")  # a write, in its transaction, fails the same way
    with pytest.raises(NoDataOpenError):
        data.settings.key_date_days()


def test_data_opened_after_other_data_sees_only_its_own(data_dir, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    _with_account(first, "Alpha Ltd")
    _with_account(second, "Beta plc")
    a = DataContext.open(first, backup=False)
    assert accounts.account_names() == ["Alpha Ltd"]
    a.close()
    b = DataContext.open(second, backup=False)
    try:
        assert accounts.account_names() == ["Beta plc"]
        assert a.database is not b.database and a.database.is_closed()
    finally:
        b.close()


def test_the_context_holds_the_writers_lock_and_the_settings_of_its_data(data_dir, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    _with_account(first, "Alpha Ltd")
    _with_account(second, "Beta plc")
    a = DataContext.open(first, backup=False)
    assert a.lock is not None and a.lock.held
    assert not _writers_lock_free(first)  # a restore by another process would wait for us
    usual = a.settings.key_date_days()
    a.settings.set_key_date_days(usual + 9)
    assert a.settings.key_date_days() == usual + 9
    a.close()
    assert not a.lock.held and _writers_lock_free(first)
    with pytest.raises(NoDataOpenError):
        a.settings.set_key_date_days(3)  # never into the data opened next
    b = DataContext.open(second, backup=False)
    try:
        assert b.settings.key_date_days() == usual  # each data keeps its own
    finally:
        b.close()


def test_close_db_closes_the_data_and_gives_up_its_writers_lock(data_dir):
    db = open_data_dir(data_dir)
    assert not _writers_lock_free(data_dir)
    close_db(db)
    assert db.is_closed() and open_database_or_none() is None
    assert _writers_lock_free(data_dir)


def test_data_opened_while_this_process_held_its_lock_closes_and_keeps_the_lock(data_dir, tmp_path):
    """A command run inside a process that holds the folder's lock (the
    window's, a restore's) closes its data and leaves the lock to its holder."""
    folder = tmp_path / "first"
    _with_account(folder, "Alpha Ltd")
    hold_for_writing(folder)
    try:
        with open_data_context(folder, backup=False) as data:
            assert accounts.account_names() == ["Alpha Ltd"]
        assert data.database.is_closed() and open_database_or_none() is None
        assert WriterLock(folder).held and not _writers_lock_free(folder)
    finally:
        WriterLock(folder).release()
    with open_data_context(folder, backup=False):  # opened while nobody held it: closing gives it up
        assert not _writers_lock_free(folder)
    assert _writers_lock_free(folder)


def test_other_data_is_never_opened_under_the_data_still_open(data_dir, tmp_path):
    """Code running on the data open now would find other data under it: refused, with nothing of it held."""
    first, second = tmp_path / "first", tmp_path / "second"
    _with_account(first, "Alpha Ltd")
    _with_account(second, "Beta plc")
    a = open_data_context(first, backup=False)
    try:
        with pytest.raises(DataStillOpenError, match=r"second.* cannot be opened while .*first.* is still open"):
            open_data_context(second, backup=False)
        with pytest.raises(DataStillOpenError):
            bind(SqliteDatabase(str(db_path(second))))
        assert bound_database() is a.database and accounts.account_names() == ["Alpha Ltd"]
        assert _writers_lock_free(second)
    finally:
        a.close()
    with open_data_context(second, backup=False):  # closed first, other data opens
        assert accounts.account_names() == ["Beta plc"]


def test_closing_data_again_leaves_the_data_opened_since_alone(data_dir, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    _with_account(first, "Alpha Ltd")
    _with_account(second, "Beta plc")
    a = open_data_context(first, backup=False)
    a.close()
    with open_data_context(second, backup=False) as b:
        a.close()
        close_db(a.database)  # a late clean-up of the old data
        assert bound_database() is b.database and accounts.account_names() == ["Beta plc"]


@pytest.fixture
def two_folders(data_dir, tmp_path):
    """``data_dir`` (open) holding Alpha Ltd, and another folder holding Beta plc."""
    other = tmp_path / "other"
    _with_account(other, "Beta plc")
    open_data_dir(data_dir)
    alpha = accounts.create_account(name="Alpha Ltd")
    yield data_dir, other, alpha.id
    close_db()


def _shown_accounts(window) -> list[str]:
    model = window.view("accounts").model
    return [model.account(row).name for row in range(model.rowCount())]


def test_ctrl_o_opens_another_data_folder(qtbot, two_folders, tmp_path, monkeypatch):
    from relapp.gui.operations import Changes, field_edit

    data_dir, other, alpha = two_folders
    window = open_window(qtbot, data_dir, tmp_path)
    window.instance = SingleInstance(data_dir)  # as the launcher hands it over
    assert window.instance.acquire()
    window.show_account(alpha)
    window.operations.run(field_edit("Industry", Changes.of("accounts", account=alpha), accounts.update_account,
                                     alpha, {"industry": ""}, {"industry": "Ports"}))
    old_context = window.context
    monkeypatch.setattr(window, "choose_data_folder", lambda: other)  # the system's folder dialog
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key_O, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.data_dir == other)

    assert _shown_accounts(window) == ["Beta plc"]
    assert "other" in window.windowTitle() and "Relapp" in window.windowTitle()
    assert old_context.closed and window.context is not old_context
    # Ctrl+Z has nothing of the old data to undo: Alpha keeps its industry.
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert not window.operations.stack.canUndo()
    with sqlite3.connect(db_path(data_dir)) as con:
        assert con.execute("SELECT industry FROM account").fetchall() == [("Ports",)]
    assert _shown_accounts(window) == ["Beta plc"]
    # The old folder is free for another Relapp; the new one is this window's.
    assert _writers_lock_free(data_dir)
    elsewhere = SingleInstance(data_dir)
    assert elsewhere.acquire()
    elsewhere.release()
    assert not SingleInstance(other).acquire()
    assert chosen_data_dir() == other.resolve()  # the next start opens it (without --data-dir)
    window.close()
    window.context.close()
    window.instance.release()


def test_a_folder_open_in_another_relapp_is_refused_and_the_data_stays(qtbot, two_folders, tmp_path, monkeypatch):
    data_dir, other, _alpha = two_folders
    window = open_window(qtbot, data_dir, tmp_path)
    holder = SingleInstance(other)  # another Relapp has it open
    assert holder.acquire()
    said = []
    on_next_dialog(lambda box: (said.append(box.text()), box.accept()))
    try:
        assert window.open_data_folder(other) is False
    finally:
        holder.release()
    assert "Another Relapp has" in said[0]
    assert window.data_dir == data_dir and not window.context.closed
    assert _shown_accounts(window) == ["Alpha Ltd"]


def test_an_empty_folder_is_started_only_when_the_user_says_so(qtbot, two_folders, tmp_path):
    data_dir, _other, _alpha = two_folders
    empty = tmp_path / "empty"
    empty.mkdir()
    window = open_window(qtbot, data_dir, tmp_path)
    on_next_dialog(lambda box: box.button(QMessageBox.Cancel).click())
    assert window.open_data_folder(empty) is False
    assert window.data_dir == data_dir and not db_path(empty).exists()
    on_next_dialog(lambda box: box.button(QMessageBox.Yes).click())
    assert window.open_data_folder(empty) is True
    assert window.data_dir == empty and db_path(empty).exists()
    assert _shown_accounts(window) == []
    window.close()
    window.context.close()
    window.instance.release()


def test_the_start_checks_of_a_folder_left_before_they_began_never_run(qtbot, two_folders, tmp_path):
    from relapp.gui.backups.start_checks import StartChecks

    data_dir, other, _alpha = two_folders
    window = open_window(qtbot, data_dir, tmp_path)
    checks = StartChecks(data_dir, window)  # waiting for the first frame
    assert window.open_data_folder(other) is True
    checks.start()
    assert checks.job is None  # the old folder is closed: no check, no backup of it from this window
    window.close()
    window.context.close()
    window.instance.release()


def test_a_folder_whose_data_cannot_be_opened_leaves_the_window_on_its_data(qtbot, two_folders, tmp_path):
    data_dir, _other, _alpha = two_folders
    broken = tmp_path / "broken"
    broken.mkdir()
    db_path(broken).write_bytes(b"not a database at all " * 50)
    window = open_window(qtbot, data_dir, tmp_path)
    offered = []

    def stay(box):
        offered.extend(button.text() for button in box.buttons())
        next(button for button in box.buttons() if button.text() == "Stay on the data open now").click()

    on_next_dialog(stay)
    assert window.open_data_folder(broken) is False
    assert "Quit" not in offered  # nothing quits: the way out is back to the data open before
    assert window.data_dir == data_dir and not window.context.closed
    assert _shown_accounts(window) == ["Alpha Ltd"]
    assert db_path(broken).read_bytes().startswith(b"not a database")  # left as it was
    free = SingleInstance(broken)
    assert free.acquire()
    free.release()


# The command line: each command owns the data it opens -------------------------------------------

def _entries_titled(folder, title: str) -> int:
    con = sqlite3.connect(db_path(folder))
    try:
        return con.execute("SELECT COUNT(*) FROM entry WHERE title = ?", (title,)).fetchone()[0]
    finally:
        con.close()


def test_a_command_leaves_no_data_open_and_the_folder_free(data_dir, capsys):
    from relapp.cli.main import main

    _with_account(data_dir, "Acme")
    assert main(["--data-dir", str(data_dir), "add", "entry", "Acme", "--title", "Lunch", "--value", "2"]) == 0
    assert capsys.readouterr().out.strip().isdigit()  # the new entry's id
    assert _writers_lock_free(data_dir), "a restore could start: the command gave up its place among the writers"
    with pytest.raises(NoDataOpenError, match="no data is open"):
        accounts.account_names()
    assert _entries_titled(data_dir, "Lunch") == 1


def test_a_failing_command_gives_everything_up_too(data_dir, capsys):
    from relapp.cli.main import main

    _with_account(data_dir, "Acme")
    code = main(["--data-dir", str(data_dir), "add", "entry", "Nobody Ltd", "--title", "Lunch", "--value", "2"])
    assert code == 2
    assert "nothing was added" in capsys.readouterr().err
    assert _writers_lock_free(data_dir)
    with pytest.raises(NoDataOpenError):
        accounts.account_names()
    # An error in the middle of the work (here a file that cannot be written) ends the same way.
    (data_dir / "taken").mkdir()
    assert main(["--data-dir", str(data_dir), "export", "journal", "--format", "csv", "-o",
                 str(data_dir / "taken")]) != 0
    assert _writers_lock_free(data_dir)
    with pytest.raises(NoDataOpenError):
        accounts.account_names()
    assert _entries_titled(data_dir, "Lunch") == 0


def test_a_command_run_where_data_is_open_is_refused_and_leaves_it_open(db, capsys):
    """A process that has data open (here the test's) and runs a command on
    it from within: never a second database swapped in under the first (the
    code that does so is at fault, and says so), the data open as it was."""
    from relapp.cli.main import main

    accounts.create_account(name="Acme")
    assert main(["add", "entry", "Acme", "--title", "Lunch", "--value", "2"]) == 70
    assert "is still open in this process: close it first" in capsys.readouterr().err
    assert bound_database() is db and not db.is_closed()
    assert accounts.account_names() == ["Acme"]


def test_a_command_that_cannot_open_the_data_leaves_the_folder_free(data_dir, capsys):
    from relapp.cli.main import main

    data_dir.mkdir(parents=True, exist_ok=True)
    db_path(data_dir).write_bytes(b"not a database at all, " * 200)
    assert main(["--data-dir", str(data_dir), "accounts"]) == 1
    assert "relapp: error:" in capsys.readouterr().err
    assert _writers_lock_free(data_dir)
    with pytest.raises(NoDataOpenError):
        accounts.account_names()
    # The window's way in (File → Open Data Folder…, recovery) gives the folder up the same way.
    from relapp.services.session import UnusableDataError

    with pytest.raises(UnusableDataError):
        open_data_dir(data_dir)
    assert _writers_lock_free(data_dir)


def test_the_map_shows_the_other_folders_people_after_ctrl_o_though_its_account_has_the_same_number(
        qtbot, data_dir, tmp_path, monkeypatch):
    from relapp.services import people

    # Each folder's first account is number 1: the map keeps the last maps it read by account
    # number, and must not show the old folder's people under the new folder's account.
    other = tmp_path / "other"
    open_data_dir(other)
    beta = accounts.create_account(name="Beta plc")
    people.create_stakeholder(account=beta.id, name="Bob Beta")
    close_db()
    open_data_dir(data_dir)
    alpha = accounts.create_account(name="Alpha Ltd")
    people.create_stakeholder(account=alpha.id, name="Ann Alpha")
    assert alpha.id == beta.id
    try:
        window = open_window(qtbot, data_dir, tmp_path)
        window.show_account(alpha.id)
        window.show_view("map")
        map_view = window.view("map")
        qtbot.waitUntil(lambda: map_view.data is not None and map_view.data.account_name == "Alpha Ltd")
        assert [p.name for p in map_view.data.people] == ["Ann Alpha"]

        monkeypatch.setattr(window, "choose_data_folder", lambda: other)  # the system's folder dialog
        activate(qtbot, window)
        qtbot.keyClick(window, Qt.Key_O, Qt.ControlModifier)
        qtbot.waitUntil(lambda: window.data_dir == other)
        window.show_view("map")
        qtbot.waitUntil(lambda: map_view.data is not None and map_view.data.account_name == "Beta plc")
        assert [p.name for p in map_view.data.people] == ["Bob Beta"]
        window.close()
        window.context.close()
    finally:
        close_db()
