"""Starting the window, from ``relapp`` with no command or ``relapp-gui``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run_window(data_dir: Path) -> int:
    from PySide6.QtWidgets import QMessageBox

    from relapp.gui.application import create_application
    from relapp.gui.main_window import MainWindow
    from relapp.services.session import open_data_dir
    from relapp.store.errors import StoreError

    app = create_application(sys.argv[:1])
    try:
        open_data_dir(data_dir)
    except StoreError as exc:
        QMessageBox.critical(None, "Relapp cannot open your data", str(exc))
        return 1
    window = MainWindow(data_dir)
    window.show()
    return app.exec()


def main() -> int:
    """gui-script entry (no console window on Windows)."""
    parser = argparse.ArgumentParser(prog="relapp-gui")
    parser.add_argument("--data-dir", metavar="DIR")
    args, _qt_args = parser.parse_known_args()
    from relapp.store.location import resolve_data_dir

    return run_window(resolve_data_dir(args.data_dir))
