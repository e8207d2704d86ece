"""Starting the window, from ``relapp`` with no command or ``relapp-gui``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


# The start checks run at the latest this long after the window is shown,
# painted or not: the daily backup must not wait for a window on screen.
START_CHECKS_LATEST_MS = 3000


def run_window(data_dir: Path, quick_entry: bool = False, database: str | None = None) -> int:
    """``quick_entry`` opens the quick entry as soon as the window is up
    (or asks the window already open to do so); ``database`` (a team
    database's URL) is opened instead of the folder's data once the window is up."""
    import os

    from relapp.gui.display_check import display_problem

    problem = display_problem(os.environ)
    if problem:
        print(f"relapp: error: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox

    from relapp.gui.application import create_application
    from relapp.gui.backups.recovery import open_with_recovery
    from relapp.gui.backups.start_checks import StartChecks
    from relapp.gui.error_report import ErrorReporter
    from relapp.gui.idle_collector import install as install_idle_collector
    from relapp.gui.main_window import MainWindow
    from relapp.gui.single_instance import QUICK_ENTRY, SHOW, SingleInstance

    app = create_application(sys.argv[:1])
    install_idle_collector(app)  # cycles collected between events, in the GUI thread
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if instance.ask_running_to_show(request=QUICK_ENTRY if quick_entry else SHOW):
            print(f"relapp: already open for {data_dir}; brought that window forward", file=sys.stderr)
            return 0
        QMessageBox.information(None, app.translate("Launch", "Relapp is already open"),
                                app.translate("Launch", "Relapp is already open for %s (perhaps in another "
                                              "session on this computer).") % data_dir)
        return 1
    reporter = ErrorReporter()
    reporter.install()
    window = None
    try:
        # The page-by-page check and the daily backup run beside the start.
        opened = open_with_recovery(data_dir, check=False)
        if opened is None:
            return 1
        window = MainWindow(data_dir, opened, instance=instance)
        # Closing the window ends the application, whatever else is still
        # around (a hidden dialog or helper widget is no reason to stay).
        window.closed.connect(app.quit, Qt.QueuedConnection)
        instance.listen(window)
        # Queued: the request arrives in a socket handler, and the dialog
        # runs an event loop of its own.
        instance.asked_for_quick_entry.connect(lambda: QTimer.singleShot(0, window.quick_entry))
        window.show()
        if database is not None and not window.open_team_database(database):
            return 1  # never the local data in place of the team database asked for
        if quick_entry:
            QTimer.singleShot(0, window.quick_entry)
        # The integrity check and backup wait for the first frame: they share
        # the disk and the interpreter with what that frame needs.
        checks = StartChecks(data_dir, window)
        window.first_frame.connect(checks.start)
        QTimer.singleShot(START_CHECKS_LATEST_MS, checks.start)  # a window never painted (minimised)
        code = app.exec()
        checks.stop()  # a check still reading need not hold up the quit
        # Work under way is cancelled (a backup already writing finishes
        # first: it cannot stop half-way), and the data closed, before Python
        # shuts down.
        window.close_data()
        return code
    finally:
        # The window may have moved to another folder, and its lock with it.
        if window is not None and window.instance is not None and window.instance is not instance:
            window.instance.release()
        instance.release()


def main() -> int:
    """gui-script entry (no console window on Windows)."""
    parser = argparse.ArgumentParser(prog="relapp-gui")
    parser.add_argument("--data-dir", metavar="DIR")
    parser.add_argument("--quick-entry", action="store_true", help="open the quick entry at once")
    args, _qt_args = parser.parse_known_args()
    from relapp.services.logs import setup_logging
    from relapp.services.data_folder import resolve_data_dir

    try:
        setup_logging()
    except OSError:
        pass  # no writable log directory: work on without a log
    return run_window(resolve_data_dir(args.data_dir), quick_entry=args.quick_entry)
