"""File → Connect to a team database…

The address (``postgresql://LOGIN@HOST[:PORT]/DATABASE``) is remembered in
the settings; the password in the desktop's keyring when "Remember" is
ticked, never in a file of ours.  Connecting runs off the GUI thread (a
server far away or gone can take seconds to answer); when it cannot be
reached the user is offered Retry, and nothing typed is lost either way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout,
)

from relapp.gui.text_colours import css
from relapp.services import team_credentials
from relapp.services.validation import ValidationError
from relapp.gui.refusal_texts import refusal_message

ADDRESS_SETTING = "team/address"


class _ReachSignals(QObject):
    reached = Signal()
    failed = Signal(str)


class _Reach(QRunnable):
    """Tries the connection once; reports by signals only (never touches widgets)."""

    def __init__(self, url: str):
        super().__init__()
        self.url = url
        self.signals = _ReachSignals()
        self.setAutoDelete(False)  # the dialog keeps it until it reported

    def run(self) -> None:
        try:
            team_credentials.reach(self.url)
        except Exception as exc:  # noqa: BLE001 - whatever failed, the user gets one line and Retry
            self.signals.failed.emit(str(exc) or type(exc).__name__)
            return
        self.signals.reached.emit()


class ConnectDialog(QDialog):
    """Accepted once the server answered; ``url`` then holds the address
    with the password, for opening the database (never shown or stored)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a team database"))
        self.url: str | None = None
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.address.setPlaceholderText("postgresql://login@server/relapp")
        self.address.setAccessibleName(self.tr("Address of the team database"))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("&Remember the password in the desktop's keyring"), self)
        self.remember.setObjectName("remember")
        self.remember.setChecked(True)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.hide()
        form = QFormLayout()
        address_label = QLabel(self.tr("&Address:"), self)
        address_label.setBuddy(self.address)
        password_label = QLabel(self.tr("&Password:"), self)
        password_label.setBuddy(self.password)
        form.addRow(address_label, self.address)
        form.addRow(password_label, self.password)
        form.addRow("", self.remember)
        note = QLabel(self.tr("Your administrator gives you the address and your login. Settings and the "
                              "window's layout stay on this computer."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._job: _Reach | None = None
        self._fill()
        self.resize(520, self.sizeHint().height())

    def _fill(self) -> None:
        address = QSettings().value(ADDRESS_SETTING, "") or ""
        self.address.setText(address)
        saved = team_credentials.saved_password(address) if address else None
        if saved:
            self.password.setText(saved)
        (self.password if address else self.address).setFocus()

    def _say(self, message: str, problem: bool) -> None:
        self.status.setStyleSheet(css("negative") + " font-weight: 600;" if problem else "")
        self.status.setText(message)
        self.status.show()

    def _busy(self, busy: bool) -> None:
        for widget in (self.address, self.password, self.remember, self.buttons.button(QDialogButtonBox.Ok)):
            widget.setEnabled(not busy)

    def try_connect(self) -> None:
        try:
            address = team_credentials.check_address(self.address.text())
        except ValidationError as exc:
            message = refusal_message(exc)
            self._say(message[:1].upper() + message[1:], True)
            self.address.setFocus()
            return
        self._busy(True)
        self._say(self.tr("Connecting…"), False)
        self._job = _Reach(team_credentials.with_password(address, self.password.text()))
        self._job.signals.reached.connect(lambda: self._reached(address))
        self._job.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self._job)

    def _reached(self, address: str) -> None:
        self._busy(False)
        password = self.password.text()
        try:
            if self.remember.isChecked() and password:
                team_credentials.save_password(address, password)
            elif not self.remember.isChecked():
                team_credentials.forget_password(address)
        except ValidationError as exc:
            self._say(refusal_message(exc), True)
            return
        QSettings().setValue(ADDRESS_SETTING, address)
        self.url = team_credentials.with_password(address, password)
        self.accept()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self._say(message, True)
        box = QMessageBox(QMessageBox.Warning, self.tr("The team database cannot be reached"),
                          message, QMessageBox.Retry | QMessageBox.Cancel, self)
        box.setObjectName("unreachable")
        box.setInformativeText(self.tr("Check the address and your network, or ask your administrator whether "
                                       "the server is running. What you typed is kept."))
        if box.exec() == QMessageBox.Retry:
            self.try_connect()
