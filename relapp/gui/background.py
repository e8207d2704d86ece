"""Work off the GUI thread: the one helper for every slow query and operation.

    task = run_in_background(work, parent=self, context=self.context,
                             done=self._shown, failed=self._failed, progress=self._progress, cancelled=...)

``work(progress, cancelled)`` runs on a worker thread of Qt's pool.  It may
report ``progress(done, total)`` (or ``progress(part)``: an early part of the
result, shown while the rest is worked out); the ``progress`` callback gets
the same arguments.  It should look at ``cancelled()`` now and then,
stopping (returning or raising, either will do) once it is true.  The
callbacks run on the GUI thread, through queued signals: the worker never
touches a widget.

One way to cancel: ``task.cancel()``.  Once asked, whatever the work returns
or raises ends in ``cancelled`` (never ``done`` or ``failed``).  A task
whose ``parent`` is gone when it ends tells nobody.

Every task that reads or writes data is bound to the ``DataContext`` it
started in (see ``relapp.gui.data_context``): switching data cancels the old
context's tasks and waits for them before its database is closed, so no work
outlives its data.  The worker closes its own connection to the context's
database when the work ends.  A task without a context touches no data.
Whatever a task reports once its context is closed is dropped, even a result
already on its way to the GUI thread: it describes data no longer open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import nullcontext
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from relapp.services.session import worker_connection

if TYPE_CHECKING:
    from relapp.gui.data_context import DataContext

Work = Callable[[Callable[..., None], Callable[[], bool]], object]


class Task(QObject):
    """One piece of work under way; lives on the GUI thread, as a child of whoever started it."""

    progressed = Signal(object)  # the arguments given to progress(), as a tuple
    succeeded = Signal(object)
    errored = Signal(object)  # the exception
    stopped = Signal()  # cancelled

    def __init__(self, parent: QObject | None = None, context: DataContext | None = None):
        super().__init__(parent)
        self.context = context
        self._cancel = threading.Event()
        self._ended = threading.Event()

    def reports(self) -> bool:
        """Whether what the task reports still concerns open data (its context is not closed)."""
        return self.context is None or not self.context.closed

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker has finished (True), or ``timeout_s`` passed."""
        return self._ended.wait(timeout_s)

    def is_running(self) -> bool:
        return not self._ended.is_set()


class _Runner(QRunnable):
    def __init__(self, task: Task, work: Work, context: DataContext | None):
        super().__init__()
        self.setAutoDelete(True)
        self.task, self.work, self.context = task, work, context

    def run(self) -> None:
        task = self.task
        outcome, value = "done", None
        try:
            # Work without a context touches no data (a finished brief written out); work on data
            # closes this thread's connection to it when it ends.
            with worker_connection(self.context.database) if self.context is not None else nullcontext():
                try:
                    value = self.work(self._progress, task.is_cancelled)
                except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, never lost in the pool
                    outcome, value = "failed", exc
            if task.is_cancelled():
                outcome = "cancelled"
            self._emit(outcome, value)
        finally:
            task._ended.set()
            if self.context is not None:
                self.context.forget(task)

    def _progress(self, *report) -> None:
        self._emit("progress", report)

    def _emit(self, outcome: str, value) -> None:
        task = self.task
        try:
            if outcome == "progress":
                task.progressed.emit(value)
            elif outcome == "done":
                task.succeeded.emit(value)
            elif outcome == "failed":
                task.errored.emit(value)
            else:
                task.stopped.emit()
        except RuntimeError:
            pass  # whoever started it is gone: nobody to tell


def run_in_background(work: Work, *, parent: QObject | None, context: DataContext | None,
                      done: Callable[[object], None] | None = None,
                      failed: Callable[[BaseException], None] | None = None,
                      progress: Callable[..., None] | None = None,
                      cancelled: Callable[[], None] | None = None,
                      pool: QThreadPool | None = None) -> Task:
    """Start ``work`` on ``pool`` (Qt's global one by default), bound to ``context``."""
    task = Task(parent, context)
    for signal, slot in ((task.succeeded, done), (task.errored, failed), (task.stopped, cancelled)):
        if slot is not None:
            signal.connect(lambda *args, slot=slot: slot(*args) if task.reports() else None)
    if progress is not None:
        task.progressed.connect(lambda report: progress(*report) if task.reports() else None)
    if context is not None:
        context.adopt(task)
    (pool or QThreadPool.globalInstance()).start(_Runner(task, work, context))
    return task
