"""Helpers for driving modal dialogs and settings in GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from shiboken6 import isValid

# Failures inside a dialog driver happen in a timer callback, where pytest
# cannot see them; they are kept here and raised by the autouse fixture in
# conftest once the test body has finished.
DIALOG_ERRORS: list[BaseException] = []

# Bumped by the autouse fixture at the start of every test: a dialog driver
# queued by one test gives up instead of acting on a later test's dialog.
TEST_GENERATION = [0]


def isolate_settings(tmp_path) -> None:
    """Point QSettings at a fresh folder so tests never read or write the
    user's real settings."""
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    QApplication.setOrganizationName("RelappTests")
    QApplication.setApplicationName("RelappTests")
    QSettings().clear()


def editor_host(qtbot, tmp_path):
    """A widget with an Editor on its own Operations on the data open now, as
    the main window has, for panels and dialogs tested without the window."""
    from PySide6.QtWidgets import QWidget

    from relapp.gui.editing import Editor
    from relapp.gui.operations import Operations

    isolate_settings(tmp_path)
    widget = QWidget()
    widget.editor = Editor(Operations(widget, context_now()), widget)
    qtbot.addWidget(widget)
    return widget


def data_open_now():
    """The data the test's fixtures opened (``open_data_dir`` binds it and
    hands back only its database) as the ``OpenData`` a window is given."""
    from relapp.services.session import owned_data
    from relapp.store.binding import bound_database

    return owned_data(bound_database())


def context_now():
    """The data the test's fixtures opened as the ``DataContext`` the window
    hands its views and dialogs (exports check their target against its folder)."""
    from relapp.gui.data_context import DataContext

    return DataContext(data_open_now())


def open_window(qtbot, data_dir, tmp_path):
    """The main window on ``data_dir``, shown, with settings of its own."""
    from relapp.gui.main_window import MainWindow

    isolate_settings(tmp_path)
    win = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def activate(qtbot, window) -> None:
    """Give the window keyboard focus again, as the desktop does when a
    dialog closes (offscreen nobody does it for us)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def open_dialog() -> QDialog | None:
    """The modal dialog on screen, if any (offscreen windows are not always
    reported as active, so visible top-level dialogs count too)."""
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QDialog):
        return dialog
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal():
            return widget
    return None


def on_next_dialog(action, attempts: int = 100, close_after_ms: int = 3000) -> None:
    """Run ``action(dialog)`` as soon as a modal dialog is open (a modal
    exec() blocks the test, so the action is queued beforehand).

    Whatever happens, the dialog does not stay open: an exception in the
    action, or a dialog the action left open, is recorded and the dialog is
    rejected so the test fails instead of hanging."""

    def close_if_still_open(dialog):
        # The dialog is usually gone by now (closed and collected).
        if isValid(dialog) and dialog.isVisible():
            DIALOG_ERRORS.append(AssertionError(f"{type(dialog).__name__} was left open by the test's action"))
            dialog.reject()

    generation = TEST_GENERATION[0]

    def poll(remaining=attempts):
        if generation != TEST_GENERATION[0]:
            return  # queued by a test that has finished
        dialog = open_dialog()
        if dialog is None:
            if remaining:
                QTimer.singleShot(20, lambda: poll(remaining - 1))
            else:
                DIALOG_ERRORS.append(AssertionError("no modal dialog opened"))
            return
        # Offscreen windows only get keyboard focus once activated.
        dialog.activateWindow()
        QApplication.processEvents()
        try:
            action(dialog)
        except BaseException as error:  # noqa: BLE001 - reported by the fixture
            DIALOG_ERRORS.append(error)
            dialog.reject()
            return
        QTimer.singleShot(close_after_ms, lambda: close_if_still_open(dialog))

    QTimer.singleShot(0, poll)


def tab_walk(qtbot, start, steps: int = 40) -> list:
    """The widgets Tab lands on from ``start`` (first), until it comes back
    round or after ``steps`` presses.  Asked of the window, not the
    application: an offscreen window need not be the active one."""
    start.setFocus()
    window = start.window()
    walked = [window.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(window.focusWidget(), Qt.Key_Tab)
        widget = window.focusWidget()
        if widget is walked[0]:
            break
        walked.append(widget)
    return walked


def map_lists_filled(qtbot, map_view) -> None:
    """Let the event loop run until the lists beside the map show what the
    map shows: they fill a turn after the map is drawn, as a user sees."""
    qtbot.waitUntil(lambda: not map_view.lists_pending, timeout=5000)
