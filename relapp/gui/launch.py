"""Starting the window, from ``relapp`` with no command or ``relapp-gui``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run_window(data_dir: Path) -> int:
    from relapp.gui.application import create_application
    from relapp.gui.backups.recovery import open_with_recovery
    from relapp.gui.error_report import ErrorReporter
    from relapp.gui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    reporter = ErrorReporter()
    reporter.install()
    if not open_with_recovery(data_dir):
        return 1
    window = MainWindow(data_dir)
    window.show()
    return app.exec()


def main() -> int:
    """gui-script entry (no console window on Windows)."""
    parser = argparse.ArgumentParser(prog="relapp-gui")
    parser.add_argument("--data-dir", metavar="DIR")
    args, _qt_args = parser.parse_known_args()
    from relapp.services.logs import setup_logging
    from relapp.store.location import resolve_data_dir

    try:
        setup_logging()
    except OSError:
        pass  # no writable log directory: work on without a log
    return run_window(resolve_data_dir(args.data_dir))
