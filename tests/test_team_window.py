"""The window and a team database: connecting (address in the settings,
password in the keyring, Retry when the server cannot be reached), a
colleague's entry showing up without polling, and a form refused when a
colleague saved the same record first."""

from __future__ import annotations

import datetime as dt

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gui_helpers import isolate_settings, on_next_dialog, open_window
from relapp.services import accounts, journal, people, team_users
from relapp.services.team_credentials import KEYRING_SERVICE
from team_helpers import connect_as, team  # noqa: F401  (the fixture)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in this process only: a real backend
    class of keyring's, standing in for the desktop's in tests."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def connect_dialog(qtbot, tmp_path):
    from relapp.gui.connect_dialog import ConnectDialog

    isolate_settings(tmp_path)
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot, dialog, address: str, password: str) -> None:
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, address)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)


def test_connecting_keeps_the_address_in_settings_and_the_password_only_in_the_keyring(
        qtbot, tmp_path, team, memory_keyring):
    login = team.login("ann")
    team_users.add_user(team.db, login, "Ann Adams", "a long secret")
    address = team.url_as(login)
    dialog = connect_dialog(qtbot, tmp_path)
    fill(qtbot, dialog, address, "a long secret")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert QSettings().value("team/address") == address
    assert memory_keyring.kept == {(KEYRING_SERVICE, address): "a long secret"}
    settings_file = tmp_path / "settings"
    assert not any("a long secret" in p.read_text(errors="replace") for p in settings_file.rglob("*") if p.is_file())
    assert dialog.url.startswith(f"postgresql://{login}:a%20long%20secret@")
    # Next time both are filled in.
    from relapp.gui.connect_dialog import ConnectDialog

    again = ConnectDialog()
    qtbot.addWidget(again)
    assert (again.address.text(), again.password.text()) == (address, "a long secret")


def test_an_unreachable_server_offers_retry_and_keeps_what_was_typed(qtbot, tmp_path, memory_keyring):
    dialog = connect_dialog(qtbot, tmp_path)
    address = f"postgresql://ann@/relapp?host={tmp_path}/no-server-here"
    fill(qtbot, dialog, address, "typed secret")
    offered = []

    def answer(box):
        offered.append((box.objectName(), box.standardButtons() & QMessageBox.Retry == QMessageBox.Retry))
        box.button(QMessageBox.Cancel).click()

    on_next_dialog(answer)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(offered), timeout=20000)
    qtbot.waitUntil(lambda: dialog.address.isEnabled(), timeout=5000)
    assert offered == [("unreachable", True)]
    assert dialog.isVisible() and dialog.result() == 0
    assert (dialog.address.text(), dialog.password.text()) == (address, "typed secret")
    assert "cannot be reached" in dialog.status.text()
    assert memory_keyring.kept == {} and QSettings().value("team/address") is None


def test_a_bad_address_is_explained_in_the_dialog(qtbot, tmp_path, memory_keyring):
    dialog = connect_dialog(qtbot, tmp_path)
    fill(qtbot, dialog, "postgresql://ann:secret@server/relapp", "")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert "leave the password out" in dialog.status.text().lower()
    assert dialog.isVisible()


def test_two_windows_on_one_team_database_show_each_others_new_entries(qtbot, tmp_path, data_dir, team):
    """Ann's window here, Bob's the real app in a process of its own (one login and connection each):
    what either writes through the quick entry shows in the other's journal within two seconds,
    told by the database, with no table read over and over."""
    import os
    import sys
    from pathlib import Path

    from PySide6.QtCore import QProcess, QProcessEnvironment

    alpha = accounts.create_account(name="Alpha")
    logins = {who: team.login(who) for who in ("ann", "bob")}
    for name, who in (("Ann Adams", "ann"), ("Bob Brown", "bob")):
        people.assign_member(alpha.id, people.create_member(name=name).id)
        team_users.add_user(team.db, logins[who], name, "a long secret")
    from relapp.services.session import open_data_dir
    from relapp.store.database import close_db

    close_db()  # the owner's work on the team database is done: the window starts on the folder
    open_data_dir(data_dir)
    win = open_window(qtbot, data_dir, tmp_path)
    assert win.open_team_database(team.url_as(logins["ann"]))
    assert win.data_label.text().startswith("Team database:")
    win.show_view("journal")
    journal_view = win._views["journal"]
    qtbot.waitUntil(lambda: win.team.feed.listening.is_set(), timeout=10000)

    def titles() -> set[str]:
        return {journal_view.model.row(n).title for n in range(journal_view.model.rowCount())}

    bob = QProcess()
    env = QProcessEnvironment.systemEnvironment()
    home = tmp_path / "bob-home"
    for key, value in (("PYTHONPATH", os.pathsep.join(sys.path)), ("QT_QPA_PLATFORM", "offscreen"),
                       ("HOME", str(home)), ("XDG_CONFIG_HOME", str(home / "config")),
                       ("XDG_DATA_HOME", str(home / "data")), ("XDG_STATE_HOME", str(home / "state"))):
        env.insert(key, value)
    bob.setProcessEnvironment(env)
    said: list[str] = []
    bob.readyReadStandardOutput.connect(lambda: said.extend(bytes(bob.readAllStandardOutput()).decode().split()))
    bob.start(sys.executable, [str(Path(__file__).with_name("team_window_driver.py")), team.url_as(logins["bob"]),
                               str(tmp_path / "bob-data"), str(alpha.id), "Bob wrote this", "Ann wrote this"])
    try:
        qtbot.waitUntil(lambda: "added" in said or bob.state() == QProcess.NotRunning, timeout=90000)
        assert "added" in said, bytes(bob.readAllStandardError()).decode()[-2000:]
        qtbot.waitUntil(lambda: "Bob wrote this" in titles(), timeout=2000)

        def write(dialog) -> None:
            qtbot.keyClicks(dialog.field("title"), "Ann wrote this")
            qtbot.keyClick(dialog.field("title"), Qt.Key_Return)

        on_next_dialog(write)
        win.editor.quick_entry(alpha.id)
        qtbot.waitUntil(lambda: "seen" in said, timeout=2000)
        assert bob.waitForFinished(30000) and bob.exitCode() == 0
    finally:
        if bob.state() != QProcess.NotRunning:
            bob.kill()
            bob.waitForFinished(5000)
    rows = (journal_view.model.row(n) for n in range(journal_view.model.rowCount()))
    authors = {row.title: row.author for row in rows}
    assert authors == {"Bob wrote this": "Bob Brown", "Ann wrote this": "Ann Adams"}
    assert "Written by" in journal_view.model.columns()
    # The journal counts entries per day when the user pauses: let it, while the database is still there.
    from relapp.gui.models.journal_table import INDEX_DELAY_MS

    qtbot.wait(INDEX_DELAY_MS + 200)
    win.close()


def test_a_form_saved_after_someone_elses_save_shows_theirs_and_keeps_mine(qtbot, db, engine, tmp_path):
    from relapp.gui.forms.record_dialogs import StakeholderDialog
    from relapp.store.binding import bound_database

    isolate_settings(tmp_path)
    account = accounts.create_account(name="Acme")
    person = people.create_stakeholder(account=account.id, name="Ann", title="Buyer")
    dialog = StakeholderDialog(account.id, people.get_stakeholder(person.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field("notes").setPlainText("My note")
    # Meanwhile, someone else (another window, a colleague) saves a new title.
    bound_database().execute_sql("UPDATE stakeholder SET title = ? WHERE id = ?", ("Head of Buying", person.id))
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.isVisible(), "the save is refused"
    message = dialog.error_label.text()
    assert "saved this person while you were editing it" in message and "“Head of Buying”" in message
    assert dialog.field("notes").toPlainText() == "My note"
    assert people.get_stakeholder(person.id).notes == ""
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    saved = people.get_stakeholder(person.id)
    assert (saved.title, saved.notes) == ("Head of Buying", "My note")
    assert dialog.after == {"notes": "My note"}
