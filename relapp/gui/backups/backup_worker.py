"""Making a backup off the GUI thread: copying and verifying a large
database takes seconds, and the window must stay responsive meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal


class BackupSignals(QObject):
    finished = Signal(str)  # path of the verified backup
    failed = Signal(str)  # one line for the user


class BackupJob(QRunnable):
    """Runs ``backup_now`` (SQLite's backup API on connections of its own,
    so it never shares the window's connection); reports by signals only."""

    def __init__(self, data_dir: Path, dest: Path | None = None):
        super().__init__()
        self.data_dir = data_dir
        self.dest = dest
        self.signals = BackupSignals()
        # The dialog keeps the job (and its signals) alive until it reports.
        self.setAutoDelete(False)

    def run(self) -> None:
        from relapp.services.backups import backup_now

        try:
            path = backup_now(self.data_dir, self.dest)
        except Exception as exc:  # noqa: BLE001 - whatever failed, the user gets one line
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc))
            return
        self.signals.finished.emit(str(path))
