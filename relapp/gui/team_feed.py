"""A team database's changes made by colleagues, told to every view.

``TeamFeed`` runs the services' ``ChangeFeed`` (a background listener; it
never touches widgets) and hands what it hears to the GUI thread through a
queued signal; there it becomes one announcement on the window's
``Operations``, so each view refreshes as it does for a change of its own
window.  Nothing is polled.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from relapp.gui.operations import Changes, Operations
from relapp.services.team_changes import ChangeFeed, TeamChange


class TeamFeed(QObject):
    # Emitted from the listener's thread; Qt queues it to this object's (the GUI) thread.
    _heard = Signal(object)

    def __init__(self, url: str, operations: Operations, parent: QObject | None = None,
                 own_name: str | None = None):
        super().__init__(parent)
        self.operations = operations
        self._heard.connect(self._announce)
        self._feed = ChangeFeed(url, self._heard.emit, own_name)

    @property
    def listening(self):
        return self._feed.listening

    def start(self) -> None:
        self._feed.start()

    def stop(self) -> None:
        self._feed.stop()

    def _announce(self, change: TeamChange) -> None:
        # Any account: the notice does not say which (see services/team_changes.py).
        self.operations.announce(Changes(change.kinds), origin=self)
