"""Helpers for driving modal dialogs and settings in GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication


def isolate_settings(tmp_path) -> None:
    """Point QSettings at a fresh folder so tests never read or write the
    user's real settings."""
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    QApplication.setOrganizationName("RelappTests")
    QApplication.setApplicationName("RelappTests")
    QSettings().clear()


def on_next_dialog(action, attempts: int = 50) -> None:
    """Run ``action(dialog)`` as soon as a modal dialog is open (a modal
    exec() blocks the test, so the action is queued beforehand)."""

    def poll(remaining=attempts):
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            action(dialog)
        elif remaining:
            QTimer.singleShot(20, lambda: poll(remaining - 1))

    QTimer.singleShot(0, poll)
