"""Qt for commands that draw without a window (chart, map and PDF exports)."""

from __future__ import annotations

import os
import sys


def ensure_app():
    """The running QApplication (the window's, in its language), or a new
    one for a command, in English as the rest of what commands say: on a
    German system a command's brief was English around a German map.
    Without a display the offscreen platform is used, so exports work over
    SSH and in CI."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from relapp.gui.application import create_application
    from relapp.gui.qt_noise import silence_platform_noise

    silence_platform_noise()
    return create_application(sys.argv[:1], translated=False)


def png_bytes(image) -> bytes:
    """A QImage encoded as PNG, in memory."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
