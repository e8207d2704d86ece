"""Running an import or export step off the GUI thread.

The job gets ``progress(done, total)`` and ``cancelled()``; its result or
its error comes back through queued signals, so widgets are only ever
touched on the GUI thread.  A job that used the database closes its own
connection (Peewee keeps one per thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class Job(QRunnable):
    def __init__(self, work: Callable, uses_database: bool = False):
        super().__init__()
        self.setAutoDelete(True)
        self.work = work
        self.uses_database = uses_database
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from contextlib import nullcontext

        from relapp.domain.interchange.problems import ImportCancelled
        from relapp.services.session import worker_connection

        with worker_connection() if self.uses_database else nullcontext():
            try:
                result = self.work(self.signals.progress.emit, self._cancel.is_set)
            except ImportCancelled:
                self.signals.cancelled.emit()
                return
            except Exception as exc:  # noqa: BLE001 - shown to the user by the dialog
                self.signals.failed.emit(exc)
                return
        if self._cancel.is_set():
            self.signals.cancelled.emit()
        else:
            self.signals.done.emit(result)


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
