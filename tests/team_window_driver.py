"""A colleague's window: the real app on a team database, driven through its own UI.

Started as a separate process by tests/test_team_window.py (each process is
one person: one login, one connection, its own notifications).  Arguments:
the team database's URL (as this person's login), a data folder of its own,
the account to write in, the title to write, the title to wait for.

Once its window listens for colleagues' changes it writes an entry through
the quick entry (typed, Enter) and prints ``added``; then it waits, never
reading the tables, until the other title shows in its journal, prints
``seen`` and closes.  Prints ``ready`` first, and nothing else.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from relapp.gui.application import create_application
from relapp.gui.launch import run_window


def when(condition, then, every_ms: int = 20) -> None:
    """``then()`` once ``condition()`` holds, looking again between events."""
    if condition():
        then()
    else:
        QTimer.singleShot(every_ms, lambda: when(condition, then, every_ms))


def main_window():
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"), None)


def drive(account_id: int, mine: str, theirs: str) -> None:
    window = main_window()
    window.show_view("journal")
    journal = window._views["journal"]

    def titles() -> set[str]:
        return {journal.model.row(n).title for n in range(journal.model.rowCount())}

    def type_entry() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():  # not up yet on a busy machine
            QTimer.singleShot(20, type_entry)
            return
        QTest.keyClicks(dialog.field("title"), mine)
        QTest.keyClick(dialog.field("title"), Qt.Key_Return)

    def write() -> None:
        print("ready", flush=True)
        QTimer.singleShot(0, type_entry)
        window.editor.quick_entry(account_id)
        print("added", flush=True)
        when(lambda: theirs in titles(), seen)

    def seen() -> None:
        print("seen", flush=True)
        window.close()

    when(lambda: window.team.feed is not None and window.team.feed.listening.is_set(), write)


def main() -> int:
    url, data_dir, account_id, mine, theirs = sys.argv[1:6]
    create_application(sys.argv[:1])
    QTimer.singleShot(0, lambda: when(lambda: main_window() is not None, lambda: drive(int(account_id), mine, theirs)))
    return run_window(Path(data_dir), database=url)


if __name__ == "__main__":
    sys.exit(main())
