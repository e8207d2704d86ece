"""Data that cannot be written can still be read, exported and backed up
elsewhere, and the window opens it read-only with a banner (issue 15,
item 10).

The tests run as root, for whom permission bits do not stop a write, so
the real case is a read-only mount (skipped where the test cannot mount);
the rule that decides "read-only" is also tested on its own."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import contextmanager

import pytest

from gui_helpers import open_window
from cli_helpers import run_command
from relapp.domain.read_only import read_only_reason
from relapp.services.accounts import create_account, find_account
from relapp.services.journal import add_entry
from relapp.services.session import open_data_dir
from relapp.store.database import close_db
from relapp.store.models import Entry
from relapp.store.read_only import data_read_only
from test_reliability_backups import account_names
from cli_helpers import data_option

# SQLite only: a read-only data folder.
pytestmark = pytest.mark.sqlite_only



def test_the_rule_names_what_cannot_be_written():
    assert read_only_reason(filesystem_read_only=False, folder_writable=True, file_writable=True) is None
    assert read_only_reason(filesystem_read_only=False, folder_writable=True, file_writable=None) is None
    assert "mounted read-only" in read_only_reason(filesystem_read_only=True, folder_writable=False,
                                                   file_writable=False)
    assert "folder" in read_only_reason(filesystem_read_only=False, folder_writable=False, file_writable=True)
    assert "database file" in read_only_reason(filesystem_read_only=False, folder_writable=True,
                                               file_writable=False)


def _mount(*args) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@contextmanager
def read_only_disk(tmp_path, fill):
    """A tmpfs at ``tmp_path/disk`` that ``fill(data_dir)`` writes, then
    remounted read-only; yields its ``data`` folder.  Skips where the test
    cannot mount."""
    if not sys.platform.startswith("linux"):
        pytest.skip("mounting a tmpfs needs Linux")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    made = _mount("-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount_point))
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): {made.stderr.strip()}")
    try:
        fill(mount_point / "data")
        remounted = _mount("-o", "remount,ro", str(mount_point))
        assert remounted.returncode == 0, remounted.stderr
        yield mount_point / "data"
    finally:
        close_db()
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def _one_account(data_dir):
    open_data_dir(data_dir)
    account = create_account(name="Rescue Ltd")
    add_entry(account=account.id, day=dt.date(2026, 3, 2), title="Kick-off", value=2)
    close_db()


@pytest.fixture
def read_only_data(tmp_path, monkeypatch):
    """A data folder with one account and one entry on a read-only disk."""
    monkeypatch.setenv("RELAPP_DATA_DIR", str(tmp_path / "disk" / "data"))
    with read_only_disk(tmp_path, _one_account) as data_dir:
        yield data_dir


@pytest.fixture
def empty_read_only_folder(tmp_path):
    """An empty data folder on a read-only disk."""
    with read_only_disk(tmp_path, lambda data_dir: data_dir.mkdir()) as data_dir:
        yield data_dir


def run(capsys, data_dir, *args):
    code = run_command([*data_option(data_dir), *args])
    close_db()
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_read_only_disk_is_found(read_only_data):
    assert data_read_only(read_only_data) == "the disk holding it is mounted read-only"


@pytest.mark.parametrize("command", [["accounts"], ["attention"], ["check"],
                                     ["export", "journal", "--format", "csv", "-o", "{out}/journal.csv"],
                                     ["export", "all", "--format", "json", "-o", "{out}/all.json"],
                                     ["backup", "-o", "{out}/copy.sqlite3"]])
def test_read_only_commands_work_and_say_so_once(capsys, read_only_data, tmp_path, command):
    args = [part.replace("{out}", str(tmp_path)) for part in command]
    code, out, err = run(capsys, read_only_data, *args)
    assert code == 0, err
    assert len(err.splitlines()) == 1 and err.startswith("relapp: note: ") and " is read-only " in err
    assert "mounted read-only" in err
    if command[0] == "accounts":
        assert "Rescue Ltd" in out
    if command[0] == "backup":
        assert account_names(tmp_path / "copy.sqlite3") == ["Rescue Ltd"]


def test_a_change_is_refused_with_one_clear_line(capsys, read_only_data, tmp_path):
    contacts = tmp_path / "people.csv"
    contacts.write_text("Name,Company\nAnn Lee,Rescue Ltd\n", encoding="utf-8")
    code, out, err = run(capsys, read_only_data, "import", str(contacts))
    assert code == 74
    assert err.splitlines()[-1] == ("relapp: error: the data folder cannot be written (read-only or no "
                                    "permission): this change was not saved and nothing was damaged")


def test_the_window_opens_read_only_with_a_banner_and_refuses_edits(qtbot, read_only_data, tmp_path):
    from relapp.gui.forms.quick_entry import QuickEntryDialog

    open_data_dir(read_only_data)
    window = open_window(qtbot, read_only_data, tmp_path)
    assert window.context.read_only == "the disk holding it is mounted read-only"
    assert window.read_only_banner.isVisible()
    assert "read-only" in window.read_only_banner.text() and "mounted" in window.read_only_banner.text()
    dialog = QuickEntryDialog(find_account("Rescue Ltd").id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field("title").setText("Call")
    dialog._try_accept()
    assert dialog.result() == 0
    assert "cannot be written" in dialog.error_label.text()
    assert [e.title for e in Entry.select()] == ["Kick-off"]


def test_a_writable_folder_has_no_banner(qtbot, db, data_dir, tmp_path):
    window = open_window(qtbot, data_dir, tmp_path)
    assert not window.read_only_banner.isVisible()
    assert window.context.read_only is None


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_folder_the_user_made_read_only_keeps_its_mode(data_dir):
    open_data_dir(data_dir)
    create_account(name="Mine Ltd")
    close_db()
    os.chmod(data_dir, 0o500)
    try:
        open_data_dir(data_dir)
        close_db()
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o500
    finally:
        os.chmod(data_dir, 0o700)


def test_read_only_folder_without_data_says_so_in_one_line(capsys, empty_read_only_folder):
    code, out, err = run(capsys, empty_read_only_folder, "accounts")
    assert code == 1 and len(err.splitlines()) == 1
    assert "is read-only (the disk holding it is mounted read-only) and holds no Relapp data yet" in err


def test_the_window_says_so_too_and_does_not_start(qtbot, empty_read_only_folder):
    from PySide6.QtWidgets import QMessageBox

    from gui_helpers import on_next_dialog
    from relapp.gui.backups.recovery import open_with_recovery

    seen = []
    on_next_dialog(lambda box: (seen.append(box.text()), box.button(QMessageBox.Ok).click()))
    assert open_with_recovery(empty_read_only_folder) is None
    assert "holds no Relapp data yet" in seen[0]


def test_read_only_data_is_searched_as_its_last_writer_left_it(read_only_data, capsys):
    """Closing the data brought its search index up to date, and a search of
    data that cannot be written never tries to write: the entry is found."""
    code, out, err = run(capsys, read_only_data, "search", "kick")
    assert code == 0, err
    assert "Kick-off" in out


def _written_behind_our_back(data_dir):
    _one_account(data_dir)
    con = sqlite3.connect(data_dir / "relapp.sqlite3")  # another program, noted by the triggers only
    con.execute("INSERT INTO entry (account_id, day, kind, value, title, notes, trust, created_at) "
                "SELECT id, '2026-03-03', 'call', 1, 'Pendingword call', '', 0, '2026-03-03 09:00:00' FROM account")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def test_rows_another_program_wrote_do_not_break_searching_read_only_data(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("RELAPP_DATA_DIR", str(tmp_path / "disk" / "data"))
    with read_only_disk(tmp_path, _written_behind_our_back) as data_dir:
        code, out, err = run(capsys, data_dir, "search", "kick")
        assert (code, err.count("error")) == (0, 0)
        assert "Kick-off" in out
        code, out, _err = run(capsys, data_dir, "search", "pendingword")
        assert code == 0 and "nothing found" in out  # not in the index yet; the next writer applies it
