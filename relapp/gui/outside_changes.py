"""Noticing what other programs write to the open data.

``relapp add entry`` from a terminal or a hotkey writes while the window is
open.  A cheap timer in the GUI thread asks SQLite whether anyone else has
committed since the last look (one pragma, no file read); when so, the
window announces a change of everything, as after any edit, and every view
refreshes.  The window's own edits do not trigger it: they are made on the
very connection that asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from relapp.services.session import outside_change_mark

# Well inside the two seconds a user waits for an addition to show.
POLL_MS = 700


class OutsideChanges(QObject):
    changed = Signal()

    def __init__(self, data: Callable[[], object], parent=None, interval_ms: int = POLL_MS):
        """``data`` gives the database open now (the window's context's ``database``)."""
        super().__init__(parent)
        self._data = data
        self._mark: tuple[int, int] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self._mark = outside_change_mark(self._data())
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """Look once; True (and ``changed``) when another writer committed."""
        mark = outside_change_mark(self._data())
        previous, self._mark = self._mark, mark
        # A new connection (other data opened, or reconnected) starts a new
        # count: whoever switched the data has refreshed the views already.
        if mark is None or previous is None or mark[0] != previous[0] or mark[1] == previous[1]:
            return False
        self.changed.emit()
        return True
