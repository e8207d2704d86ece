"""Run the real window on a data folder, open and close the board brief, then press Ctrl+Q.

Started as a separate process by tests/test_quit.py, which checks that the
process ends and leaves the data folder unlocked.  Prints one line per step.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from relapp.gui.application import create_application
from relapp.gui.launch import run_window


def drive() -> None:
    window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"), None)
    if window is None or not window.isVisible():
        # Not up yet on a busy machine: a second was once not enough, and the
        # driver's exception then left the window open until the test's timeout.
        QTimer.singleShot(100, drive)
        return
    window.show_view("accounts")

    def close_brief() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():  # not up yet on a busy machine
            QTimer.singleShot(100, close_brief)
            return
        print(f"opened {type(dialog).__name__}", flush=True)
        dialog.reject()

    QTimer.singleShot(100, close_brief)
    window.findChild(type(window.menuBar().actions()[0]), "brief").trigger()  # Ctrl+B's action
    print("brief closed", flush=True)
    window.activateWindow()
    QTimer.singleShot(200, lambda: (print("pressing Ctrl+Q", flush=True),
                                    QTest.keyClick(window, Qt.Key_Q, Qt.ControlModifier)))


def main() -> int:
    create_application(sys.argv[:1])
    QTimer.singleShot(1000, drive)
    code = run_window(Path(sys.argv[1]))
    print(f"window closed with {code}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
