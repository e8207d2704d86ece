"""What the window does beside its start, off the GUI thread: the quick
integrity check of every page (half a second on ten years of data), then
the daily automatic backup.  A damaged file found this way gets the same
dialog as one found before the window opened."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from relapp.gui.background import Task, run_in_background
from relapp.gui.data_context import DataContext
from relapp.services.data_errors import CorruptDatabaseError

log = logging.getLogger(__name__)


def check_then_back_up(data_dir: Path, cancelled) -> tuple[str, str, str]:
    """(outcome, detail, backup problem): ("damaged", what, "") or ("checked",
    path of the automatic backup or "", what to tell the user when it failed)."""
    from relapp.services.backups import automatic_backup_failure, backup_if_due
    from relapp.services.data_folder import quick_check

    # Its own read-only connection: WAL lets it read while the window writes.
    # Cancelled (the window quits): a check still reading ends at once (it
    # only reads), and a backup not yet begun waits for the next start.
    problem = quick_check(data_dir, stopped=cancelled)
    if problem:
        return "damaged", problem, ""
    if cancelled():
        return "checked", "", ""
    try:
        return "checked", str(backup_if_due(data_dir) or ""), ""
    except Exception as exc:  # noqa: BLE001 - a failed backup must not stop the user's work
        log.warning("automatic backup failed: %s", type(exc).__name__)
        # ... but the user must know their data is not backed up.
        return "checked", "", automatic_backup_failure(exc)


class StartChecks(QObject):
    """Run the checks for ``window`` (a MainWindow) and react to damage."""

    finished = Signal(str)

    def __init__(self, data_dir: Path, window):
        super().__init__(window)
        self.data_dir = Path(data_dir)
        self.window = window
        self.job: Task | None = None
        self._stopped = False

    def start(self) -> None:
        """Start the checks; a second call (the fallback timer after the
        first frame already started them) does nothing."""
        if self.job is not None or self._stopped:
            return
        if self.window.data_dir != self.data_dir:
            return  # the user opened other data first, checked as it opened; this data is closed
        data_dir = self.data_dir
        self.job = run_in_background(lambda _progress, cancelled: check_then_back_up(data_dir, cancelled),
                                     parent=self, context=self.window.context, done=self._checked,
                                     failed=lambda _exc: self.finished.emit(""),
                                     cancelled=lambda: self.finished.emit(""))

    def _checked(self, result: tuple[str, str, str]) -> None:
        outcome, detail, backup_problem = result
        if outcome == "damaged":
            self._damaged(detail)
            return
        if backup_problem:
            self.window.show_backup_problem(backup_problem)
        self.finished.emit(detail)

    def stop(self) -> None:
        """The window quits: end the check early, skip a backup not begun
        (one already writing finishes); checks not yet started never start."""
        self._stopped = True
        if self.job is not None:
            self.job.cancel()

    def _damaged(self, problem: str) -> None:
        from relapp.gui.backups.recovery import ask, open_with_recovery
        from relapp.services.backups import latest_good_backup, move_aside, restore_backup
        from relapp.services.session import UnusableDataError

        path = self.data_dir / "relapp.sqlite3"
        error = UnusableDataError(CorruptDatabaseError(f"{path} is damaged: {problem}"), self.data_dir,
                                  latest_good_backup(self.data_dir))
        choice = ask(error, self.window)
        if choice == "quit":
            self.window.close()
            self.finished.emit("")
            return
        self.window.close_data()
        if choice == "restore":
            restore_backup(self.data_dir, error.backup.path)
        else:
            move_aside(self.data_dir, "unusable")
        opened = open_with_recovery(self.data_dir, self.window)
        if opened is None:
            self.window.close()
        else:
            self.window.data_switched(self.data_dir, DataContext(opened))
        self.finished.emit("")
