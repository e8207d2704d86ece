"""Backups and recovery in the window: File → Backups, and the dialog at
start when the data cannot be opened."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from gui_helpers import isolate_settings, on_next_dialog, open_window
from relapp.gui.backups.backups_dialog import BackupsDialog
from relapp.gui.backups.recovery import open_with_recovery
from relapp.gui.main_window import MainWindow
from relapp.gui.operations import Changes
from relapp.services.accounts import create_account
from relapp.services.backups import backup_now, list_backups
from relapp.services.session import open_data_dir
from relapp.store.database import close_db
from relapp.store.models import Account


@pytest.fixture
def window(qtbot, db, data_dir, tmp_path):
    return open_window(qtbot, data_dir, tmp_path)


def click_role(role):
    def action(box):
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
        button.click()
    return action


def test_file_backups_opens_the_dialog(qtbot, window):
    seen = []

    def look(dialog):
        seen.append(type(dialog).__name__)
        dialog.reject()

    on_next_dialog(look)
    window.findChild(type(window.menuBar().actions()[0]), "backups").trigger()
    assert seen == ["BackupsDialog"]


def test_back_up_now_then_restore_with_confirmation(qtbot, window, data_dir):
    create_account(name="Original Ltd")
    window.operations.announce(Changes.of("accounts"))
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0
    dialog.back_up_now()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert dialog.table.rowCount() == 1
    assert "verified" in dialog.status.text()
    backup = list_backups(data_dir)[0]
    assert dialog.table.item(0, 0).text() == backup.taken.strftime("%Y-%m-%d %H:%M")
    assert dialog.table.item(0, 2).text().endswith(("KB", "MB"))

    create_account(name="Added Later Ltd")
    dialog.table.selectRow(0)
    on_next_dialog(lambda box: box.button(QMessageBox.Cancel).click())
    assert dialog.restore_selected() is None
    assert Account.select().count() == 2, "cancel changes nothing"

    on_next_dialog(lambda box: box.button(QMessageBox.Yes).click())
    dialog.table.selectRow(0)
    assert dialog.restore(dialog.selected_path())
    assert [a.name for a in Account.select()] == ["Original Ltd"]
    kinds = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Your data before a restore" in kinds
    accounts = window.view("accounts")
    accounts.reload()
    assert window.operations.stack.count() == 0


@pytest.fixture
def broken(data_dir):
    open_data_dir(data_dir)
    create_account(name="Backed Up Ltd")
    backup = backup_now(data_dir)
    close_db()
    path = data_dir / "relapp.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(20000))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    yield path, backup
    close_db()


def test_damaged_data_at_start_quit_changes_nothing(qtbot, broken, data_dir):
    path, _backup = broken
    before = path.read_bytes()
    texts = []

    def read_and_quit(box):
        texts.append(box.text() + " " + box.informativeText())
        click_role(QMessageBox.RejectRole)(box)

    on_next_dialog(read_and_quit)
    assert open_with_recovery(data_dir) is None
    assert len(texts) == 1 and "damaged" in texts[0] and "latest good backup" in texts[0], texts
    assert path.read_bytes() == before


def test_damaged_data_at_start_restores_the_latest_backup_and_keeps_the_file(qtbot, broken, data_dir):
    path, _backup = broken
    before = path.read_bytes()
    on_next_dialog(click_role(QMessageBox.AcceptRole))
    assert open_with_recovery(data_dir) is not None
    assert [a.name for a in Account.select()] == ["Backed Up Ltd"]
    [aside] = (data_dir / "set-aside").glob("*.sqlite3")
    assert aside.read_bytes() == before


def test_newer_data_defaults_to_quit(qtbot, data_dir):
    import sqlite3

    open_data_dir(data_dir)
    close_db()
    con = sqlite3.connect(data_dir / "relapp.sqlite3")
    from relapp.store.migrations import CURRENT_VERSION

    # One past what this Relapp knows, whatever that is by now.
    con.execute("INSERT INTO schema_version (version, applied_at, app_version) VALUES (?, '2031-01-01', '3.0')",
                (CURRENT_VERSION + 1,))
    con.commit()
    con.close()
    seen = []

    def look(box):
        seen.append((box.text(), box.defaultButton().text()))
        box.defaultButton().click()

    on_next_dialog(look)
    assert open_with_recovery(data_dir) is None
    assert "newer version" in seen[0][0]
    assert seen[0][1] == "Quit"


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_shows_a_report_without_personal_data_and_the_window_runs_on(qtbot, window):
    from PySide6.QtCore import QTimer

    from relapp.gui.error_report import ErrorReporter

    secret = "Ms Jane Secretperson, divorcing"
    reporter = ErrorReporter()
    reporter.install()
    seen = []

    def read_report(box):
        seen.append((box.objectName(), box.text(), box.detailedText()))
        box.accept()

    def failing_slot():
        raise ValueError(f"cannot handle {secret}")

    try:
        on_next_dialog(read_report)
        QTimer.singleShot(0, failing_slot)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    finally:
        reporter.uninstall()
    name, text, details = seen[0]
    assert name == "ErrorReportBox" and "keeps running" in text
    assert "ValueError" in details and "failing_slot" in details
    assert "Secretperson" not in details and "Secretperson" not in text
    assert window.isVisible()
    create_account(name="Still Working Ltd")
    window.operations.announce(Changes.of("accounts"))
    assert Account.select().count() == 1


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_logged_and_opens_no_dialog(qtbot, window):
    # A dialog opened from a worker thread hung the window on exit; widgets
    # belong to the GUI thread, so a worker's error only goes to the log.
    from PySide6.QtCore import QRunnable, QThreadPool

    from relapp.gui.error_report import ErrorReporter

    class Failing(QRunnable):
        def run(self):
            raise ValueError("a worker failed")

    reporter = ErrorReporter()
    reporter.install()
    try:
        QThreadPool.globalInstance().start(Failing())
        QThreadPool.globalInstance().waitForDone(5000)
        qtbot.wait(50)
    finally:
        reporter.uninstall()
    assert reporter.last_report is not None and "ValueError" in reporter.last_report
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert window.isVisible()


def damage_data_pages(path):
    """Rubbish over the last third of the file: the schema still reads, the
    records do not (a bad sector found only by the page-by-page check)."""
    data = bytearray(path.read_bytes())
    start = len(data) * 2 // 3
    data[start:] = os.urandom(len(data) - start)
    path.write_bytes(bytes(data))


def test_damage_found_by_the_check_beside_the_start_offers_the_backup(qtbot, data_dir, tmp_path):
    from relapp.gui.backups.recovery import open_with_recovery
    from relapp.gui.backups.start_checks import StartChecks
    from relapp.services import people
    from relapp.services.validation import transaction

    open_data_dir(data_dir)
    account = create_account(name="Checked Ltd")
    with transaction():
        for i in range(400):
            # Long notes: the people's pages must outnumber the schema's,
            # which the damage below has to leave whole.
            people.create_stakeholder(account=account.id, name=f"Person {i}", notes="n" * 1000)
    backup_now(data_dir)
    close_db()
    path = data_dir / "relapp.sqlite3"
    damage_data_pages(path)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    damaged = path.read_bytes()

    isolate_settings(tmp_path)
    opened = open_with_recovery(data_dir, check=False)
    assert opened is not None, "the fast open does not read every page"
    win = MainWindow(data_dir, opened)
    qtbot.addWidget(win)
    win.show()
    checks = StartChecks(data_dir, win)
    on_next_dialog(click_role(QMessageBox.AcceptRole))
    with qtbot.waitSignal(checks.finished, timeout=15000):
        checks.start()
    assert [a.name for a in Account.select()] == ["Checked Ltd"]
    assert Account.get().stakeholders.count() == 400
    [aside] = (data_dir / "set-aside").glob("*.sqlite3")
    assert aside.read_bytes() == damaged
    close_db()


def test_the_daily_backup_runs_beside_the_start(qtbot, window, data_dir):
    from relapp.gui.backups.start_checks import StartChecks

    create_account(name="Backed Up Beside Ltd")
    checks = StartChecks(data_dir, window)
    with qtbot.waitSignal(checks.finished, timeout=15000) as signal:
        checks.start()
    made = Path(signal.args[0])
    assert made.exists() and made.parent == data_dir / "backups"
    second = StartChecks(data_dir, window)
    with qtbot.waitSignal(second.finished, timeout=15000) as again:
        second.start()
    assert again.args[0] == "", "not twice the same day"


def test_a_failed_automatic_backup_is_shown_on_home_and_in_the_status_bar(qtbot, window, data_dir):
    """An index out of step with its table passes the quick check at start,
    then fails the verification of every backup copy: the user must hear of
    it, not only the log."""
    import sqlite3

    from relapp.gui.backups.start_checks import StartChecks

    create_account(name="Unbacked Ltd")
    con = sqlite3.connect(data_dir / "relapp.sqlite3")
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET sql=replace(sql, '\"name\"', '\"notes\"') WHERE name='account_name'")
    con.commit()
    con.close()
    window.view("home")
    checks = StartChecks(data_dir, window)
    with qtbot.waitSignal(checks.finished, timeout=15000):
        checks.start()
    assert not list(data_dir.glob("backups/*.sqlite3")), "no backup could be made"
    banner = window.view("home").backup_banner
    assert banner.isVisible() and "automatic backup failed" in banner.text().lower()
    assert "relapp check" in banner.text()
    assert window.backup_warning.isVisible() and "backup failed" in window.backup_warning.text().lower()
    close_db()


def test_checks_stopped_by_quitting_neither_report_damage_nor_back_up(qtbot, window, data_dir):
    from PySide6.QtCore import QThreadPool

    from relapp.gui.backups.start_checks import StartChecks, check_then_back_up
    from relapp.store.backup import integrity_problem

    create_account(name="Quit Early Ltd")
    # A check abandoned from its first step says nothing about damage.
    assert integrity_problem(data_dir / "relapp.sqlite3", stopped=lambda: True) is None
    # Cancelled while checking: no damage reported, no backup begun.
    assert check_then_back_up(data_dir, cancelled=lambda: True) == ("checked", "", "")
    assert not list((data_dir / "backups").glob("auto-*"))
    checks = StartChecks(data_dir, window)
    reports = []
    checks.finished.connect(reports.append)
    checks.stop()  # quit before the checks started: they never start
    checks.start()
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    assert checks.job is None and reports == []
    assert not list((data_dir / "backups").glob("auto-*"))
