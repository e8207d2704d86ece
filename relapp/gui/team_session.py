"""The window on a team database: opening it, and hearing colleagues' changes.

Opening names this process's connections (so its own writes are told apart
from colleagues'), binds the data to the team database and starts a
``TeamFeed``: what others commit reaches every view within a moment, as one
announcement on the window's ``Operations``.  A server that cannot be
reached is said in a dialog with Retry; giving up leaves the data that was
open before.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from relapp.gui.operations import Operations
from relapp.gui.team_feed import TeamFeed
from relapp.services import session, team_changes
from relapp.services.team_credentials import shown_address


class TeamSession(QObject):
    def __init__(self, operations: Operations, parent: QObject | None = None):
        super().__init__(parent)
        self.operations = operations
        self.url: str | None = None
        self.feed: TeamFeed | None = None

    @property
    def address(self) -> str | None:
        """The open team database's address, without its password."""
        return shown_address(self.url) if self.url else None

    def open(self, url: str, parent=None) -> session.OpenData | None:
        """Open the team database at ``url``: the data opened, for the window's
        ``DataContext``.  None when the user gave up (then whatever data was
        open stays open)."""
        team_changes.name_connections()
        while True:
            QApplication.setOverrideCursor(Qt.WaitCursor)
            try:
                opened = session.open_data_context(url)
                break
            except Exception as exc:  # noqa: BLE001 - one line and Retry, whatever stopped it
                problem = str(exc) or type(exc).__name__
            finally:
                QApplication.restoreOverrideCursor()
            box = QMessageBox(QMessageBox.Warning, self.tr("The team database cannot be opened"), problem,
                              QMessageBox.Retry | QMessageBox.Cancel, parent)
            box.setObjectName("teamUnreachable")
            if box.exec() != QMessageBox.Retry:
                return None
        self.stop()
        self.url = url
        self.feed = TeamFeed(url, self.operations, self, own_name=team_changes.this_process_name())
        self.feed.start()
        return opened

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.stop()
            self.feed.deleteLater()
            self.feed = None
        self.url = None
