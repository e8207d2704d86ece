"""Reading Home's list off the GUI thread: on ten years of data it takes
long enough to freeze the window.  The worker only reads through the
services and hands the snapshot back by a queued signal; it never touches
a widget."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QRunnable, QThread, Signal

from relapp.services.attention import home_snapshots
from relapp.services.session import worker_connection


FIRST_PART_PAUSE_MS = 120


class LoaderSignals(QObject):
    # generation, HomeSnapshot or the exception raised, and whether it is
    # the whole list (False: a first part, without the people, sent early)
    done = Signal(int, object, bool)


class AttentionLoader(QRunnable):
    def __init__(self, generation: int, today: dt.date):
        super().__init__()
        self.generation, self.today = generation, today
        self.signals = LoaderSignals()  # created in the GUI thread, so its slots run there

    def run(self) -> None:
        with worker_connection():
            try:
                # The quick part first (promises, meetings, balances,
                # check-ups), so Home shows real content at once on large
                # data; the people out of touch follow.
                parts = home_snapshots(self.today)
                self._send(next(parts), False)
                # Let the window paint that part before this thread competes
                # with it for the interpreter.
                QThread.msleep(FIRST_PART_PAUSE_MS)
                result = next(parts)
            except Exception as exc:  # noqa: BLE001 - shown by the view rather than lost in the thread
                result = exc
        self._send(result, True)

    def _send(self, result, complete: bool) -> None:
        try:
            self.signals.done.emit(self.generation, result, complete)
        except RuntimeError:
            pass  # the window closed while the list was read: nobody to tell
