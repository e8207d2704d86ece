"""Reading Home's list off the GUI thread: on ten years of data it takes
long enough to freeze the window.  The worker only reads through the
services and hands the snapshot back by a queued signal; it never touches
a widget."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QRunnable, Signal

from relapp.services.attention import home_snapshot, release_thread_connection


class LoaderSignals(QObject):
    done = Signal(int, object)  # generation, HomeSnapshot or the exception raised


class AttentionLoader(QRunnable):
    def __init__(self, generation: int, today: dt.date):
        super().__init__()
        self.generation, self.today = generation, today
        self.signals = LoaderSignals()  # created in the GUI thread, so its slots run there

    def run(self) -> None:
        try:
            result = home_snapshot(self.today)
        except Exception as exc:  # noqa: BLE001 - shown by the view rather than lost in the thread
            result = exc
        finally:
            release_thread_connection()
        self.signals.done.emit(self.generation, result)
