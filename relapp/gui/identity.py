"""What makes Relapp look like itself on every desktop: the window icon and
the translation for the system language.  ``create_application`` calls
``apply_identity(app)`` once the QApplication exists; the names that decide
where settings land are set there too.

High-DPI: Qt 6 scales by default; ``prepare_high_dpi()`` must run *before*
the QApplication is created so fractional scale factors (125 %, 150 %) are
used as they are instead of rounded, which keeps text and icons crisp.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon

from relapp.assets import resource
from relapp.gui.translations import install_translator

APP_ID = "io.relapp.Relapp"


def prepare_high_dpi() -> None:
    """Call before creating the QApplication (a no-op afterwards)."""
    if QGuiApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def app_icon() -> QIcon:
    """The app's icon at the sizes window managers ask for; the installed
    theme icon wins when the desktop files are installed."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    icon = QIcon()
    icon_file = resource("icons", "relapp.svg")
    if icon_file.is_file():
        renderer = QSvgRenderer(QByteArray(icon_file.read_bytes()))  # bytes: works inside a zip too
        for size in (16, 24, 32, 48, 64, 128, 256):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            icon.addPixmap(pixmap)
    return QIcon.fromTheme(APP_ID, icon)


def apply_identity(app: QGuiApplication, translated: bool = True) -> None:
    """Window icon, desktop-file id (Wayland/X11 grouping) and, unless not
    ``translated``, the translation for the system's language."""
    app.setDesktopFileName(APP_ID)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    if translated:
        install_translator(app)
