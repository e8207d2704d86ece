"""First sizes of windows and dialogs, kept within the screen they open on:
a size chosen for a large monitor put a dialog's buttons below the edge of
a small laptop's screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, no larger than the screen's free
    area (the screen of its parent, else the primary one)."""
    anchor = window.parentWidget() or window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)
