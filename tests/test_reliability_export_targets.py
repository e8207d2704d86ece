"""Every file Relapp writes for the user stays clear of Relapp's own data
(the database, its WAL, shared memory and lock, the backups), replaces an
existing file only when asked, and leaves the modes of folders it did not
create alone (issue 15, items 1 and 6)."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui_helpers import context_now, isolate_settings, on_next_dialog
from cli_helpers import run_command
from relapp.services.accounts import create_account
from relapp.services.backups import backup_now
from relapp.services.people import create_stakeholder
from relapp.services.session import open_data_dir
from relapp.store.database import close_db
from test_reliability_backups import account_names

EXPORTS = {
    "journal": ["journal", "--format", "csv"],
    "contacts": ["contacts", "--format", "csv"],
    "all": ["all", "--format", "json"],
    "commitments": ["commitments", "--format", "ics"],
    "chart": ["chart", "Keep Ltd", "--format", "svg"],
    "map": ["map", "Keep Ltd", "--format", "svg"],
    "summary": ["summary", "Keep Ltd", "--format", "md"],
    "brief": ["brief", "Keep Ltd", "--attendees", "Ann Lee", "--format", "md"],
    "plan": ["plan", "Keep Ltd", "--format", "md"],
    "dates": ["dates", "--format", "ics"],
}


def test_every_export_kind_is_checked_here():
    """A new ``relapp export`` kind must join the tests below (and so write
    through the one check of where Relapp may write)."""
    import relapp.cli.exports
    from relapp.cli.main import modules_named

    kinds = {name.rsplit(".", 1)[1] for name in modules_named(relapp.cli.exports, "")}
    registered = {"everything": "all"}
    assert {registered.get(kind, kind) for kind in kinds} == set(EXPORTS)


@pytest.fixture
def backup(data_dir):
    """Data with one account and one person, a verified backup of it; closed."""
    open_data_dir(data_dir)
    account = create_account(name="Keep Ltd")
    create_stakeholder(account=account.id, name="Ann Lee")
    path = backup_now(data_dir)
    close_db()
    return path


def export(capsys, data_dir, kind, target, *extra):
    code = run_command(["--data-dir", str(data_dir), "export", *EXPORTS[kind], "-o", str(target), *extra])
    close_db()
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_no_export_writes_over_the_database_even_with_force(capsys, data_dir, backup, kind):
    database = data_dir / "relapp.sqlite3"
    code, out, err = export(capsys, data_dir, kind, database, "--force")
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and "Relapp's own data" in err
    assert account_names(database) == ["Keep Ltd"]


@pytest.mark.parametrize("name", ["relapp.sqlite3-wal", "relapp.sqlite3-shm", "relapp.lock", "relapp.writers.lock"])
def test_the_database_companions_are_refused_whether_they_exist_or_not(capsys, data_dir, backup, name):
    target = data_dir / name
    before = target.read_bytes() if target.exists() else None
    code, out, err = export(capsys, data_dir, "all", target, "--force")
    assert code == 1 and "Relapp's own data" in err and len(err.splitlines()) == 1
    assert (target.read_bytes() if target.exists() else None) == before


def test_a_backup_is_never_replaced_by_an_export(capsys, data_dir, backup):
    before = backup.read_bytes()
    code, out, err = export(capsys, data_dir, "contacts", backup, "--force")
    assert code == 1 and "backups folder" in err and len(err.splitlines()) == 1
    assert backup.read_bytes() == before
    code, out, err = export(capsys, data_dir, "journal", data_dir / "backups" / "new.csv")
    assert code == 1 and not (data_dir / "backups" / "new.csv").exists()


def test_links_to_the_data_are_seen_through(capsys, data_dir, backup, tmp_path):
    database = data_dir / "relapp.sqlite3"
    symlink = tmp_path / "innocent.csv"
    symlink.symlink_to(database)
    hard = tmp_path / "hard.json"
    os.link(backup, hard)
    before = backup.read_bytes()
    code, out, err = export(capsys, data_dir, "journal", symlink, "--force")
    assert code == 1 and "Relapp's own data" in err
    code, out, err = export(capsys, data_dir, "all", hard, "--force")
    assert code == 1 and "another name for" in err and len(err.splitlines()) == 1
    assert backup.read_bytes() == before and account_names(database) == ["Keep Ltd"]


def test_an_existing_file_is_replaced_only_with_force(capsys, data_dir, backup, tmp_path):
    target = tmp_path / "mine.csv"
    target.write_text("the user's own file\n")
    code, out, err = export(capsys, data_dir, "journal", target)
    assert code == 1 and len(err.splitlines()) == 1
    assert "already exists" in err and "--force" in err
    assert target.read_text() == "the user's own file\n"
    code, out, err = export(capsys, data_dir, "journal", target, "--force")
    assert code == 0, err
    assert target.read_text(encoding="utf-8-sig").startswith("Date,Account,")


def test_backup_to_a_chosen_file_is_refused_inside_the_data(capsys, data_dir, backup):
    code = run_command(["--data-dir", str(data_dir), "backup", "-o", str(data_dir / "relapp.sqlite3-wal")])
    close_db()
    err = capsys.readouterr().err
    assert code == 1 and "Relapp's own data" in err and not (data_dir / "relapp.sqlite3-wal").exists()


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_folders_an_export_creates_are_private(capsys, data_dir, backup, tmp_path, umask_022):
    target = tmp_path / "new" / "deeper" / "journal.csv"
    code, out, err = export(capsys, data_dir, "journal", target)
    assert code == 0, err
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new" / "deeper").stat().st_mode) == 0o700
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_backup_elsewhere_leaves_a_shared_folder_as_it_was(capsys, data_dir, backup, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    code = run_command(["--data-dir", str(data_dir), "backup", "-o", str(shared / "b.sqlite3")])
    close_db()
    assert code == 0, capsys.readouterr().err
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert account_names(shared / "b.sqlite3") == ["Keep Ltd"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_log_folder_keeps_the_mode_the_user_gave_it(tmp_path):
    import logging

    from relapp.services.logs import _MARK, setup_logging

    folder = tmp_path / "logs"
    folder.mkdir()
    os.chmod(folder, 0o755)
    path = setup_logging(folder)
    try:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o755
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, _MARK, None) is not None and handler.baseFilename == str(path):
                root.removeHandler(handler)
                handler.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_data_folder_is_made_private_but_not_writable(data_dir):
    data_dir.mkdir()
    os.chmod(data_dir, 0o755)
    open_data_dir(data_dir)
    close_db()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_the_export_dialog_refuses_the_database_and_asks_before_replacing(qtbot, data_dir, backup, tmp_path):
    from relapp.gui.interchange.export_dialog import ExportDialog

    open_data_dir(data_dir)
    isolate_settings(tmp_path)
    dlg = ExportDialog(context=context_now())
    qtbot.addWidget(dlg)
    dlg.show()
    database = data_dir / "relapp.sqlite3"
    dlg.path_edit.setText(str(database))
    qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    assert dlg.status.text().startswith("Not exported:") and "Relapp's own data" in dlg.status.text()
    assert dlg.job is None and dlg.isVisible()

    mine = tmp_path / "mine.csv"
    mine.write_text("keep me\n")
    dlg.path_edit.setText(str(mine))
    on_next_dialog(lambda box: box.button(QMessageBox.Cancel).click())  # "… already exists. Replace it?"
    qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    assert mine.read_text() == "keep me\n" and dlg.job is None
    on_next_dialog(lambda box: box.button(QMessageBox.Yes).click())
    qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.result() == dlg.DialogCode.Accepted, timeout=10_000)
    assert mine.read_text(encoding="utf-8").startswith("BEGIN:VCARD")
    close_db()
    assert account_names(database) == ["Keep Ltd"]
