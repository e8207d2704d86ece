"""What the window does beside its start, off the GUI thread: the quick
integrity check of every page (half a second on ten years of data), then
the daily automatic backup.  A damaged file found this way gets the same
dialog as one found before the window opened."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from relapp.store.errors import CorruptDatabaseError

log = logging.getLogger(__name__)


class _Signals(QObject):
    damaged = Signal(str)
    backup_failed = Signal(str)  # what to tell the user
    finished = Signal(str)  # path of the automatic backup, or ""


class _CheckJob(QRunnable):
    def __init__(self, data_dir: Path):
        super().__init__()
        self.data_dir = data_dir
        self.signals = _Signals()
        self.setAutoDelete(False)
        # Set when the window quits: a check still reading ends at once (it
        # only reads), and a backup not yet begun waits for the next start.
        self.stopping = threading.Event()

    def run(self) -> None:
        from relapp.services.backups import automatic_backup_failure, backup_if_due
        from relapp.store.backup import integrity_problem
        from relapp.store.location import db_path

        # Its own read-only connection: WAL lets it read while the window writes.
        problem = integrity_problem(db_path(self.data_dir), quick=True, stopped=self.stopping.is_set)
        if problem:
            self.signals.damaged.emit(problem)
            return
        if self.stopping.is_set():
            return
        made = ""
        try:
            made = str(backup_if_due(self.data_dir) or "")
        except Exception as exc:  # noqa: BLE001 - a failed backup must not stop the user's work
            log.warning("automatic backup failed: %s", type(exc).__name__)
            # ... but the user must know their data is not backed up.
            self.signals.backup_failed.emit(automatic_backup_failure(exc))
        self.signals.finished.emit(made)


class StartChecks(QObject):
    """Run the checks for ``window`` (a MainWindow) and react to damage."""

    finished = Signal(str)

    def __init__(self, data_dir: Path, window):
        super().__init__(window)
        self.data_dir = Path(data_dir)
        self.window = window
        self.job = _CheckJob(self.data_dir)
        self._started = False
        self.job.signals.damaged.connect(self._damaged)
        self.job.signals.backup_failed.connect(window.show_backup_problem)
        self.job.signals.finished.connect(self.finished)

    def start(self) -> None:
        """Start the checks; a second call (the fallback timer after the
        first frame already started them) does nothing."""
        if self._started:
            return
        self._started = True
        QThreadPool.globalInstance().start(self.job)

    def stop(self) -> None:
        """The window quits: end the check early, skip a backup not begun
        (one already writing finishes)."""
        self.job.stopping.set()

    def _damaged(self, problem: str) -> None:
        from relapp.gui.backups.recovery import ask, open_with_recovery
        from relapp.services.backups import latest_good_backup, move_aside, restore_backup
        from relapp.services.session import UnusableDataError
        from relapp.store.database import close_db

        path = self.data_dir / "relapp.sqlite3"
        error = UnusableDataError(CorruptDatabaseError(f"{path} is damaged: {problem}"), self.data_dir,
                                  latest_good_backup(self.data_dir))
        choice = ask(error, self.window)
        if choice == "quit":
            self.window.close()
            self.finished.emit("")
            return
        close_db()
        if choice == "restore":
            restore_backup(self.data_dir, error.backup.path)
        else:
            move_aside(self.data_dir, "unusable")
        if not open_with_recovery(self.data_dir, self.window):
            self.window.close()
        else:
            self.window.data_switched(self.data_dir)
        self.finished.emit("")
