"""The main window on the small demo, for the screenshot scripts.

Everything lives in a temporary folder: the user's own data and settings
neither shape the pictures nor receive anything from them.
"""

from __future__ import annotations

import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def demo_window(width: int = 1400, height: int = 900):
    """Yield (app, window) on a fresh small demo; removed afterwards."""
    sys.path.insert(0, str(ROOT))  # this checkout's relapp, not an installed one
    from PySide6.QtCore import QSettings

    from relapp.gui.application import create_application
    from relapp.gui.main_window import MainWindow
    from relapp.services.demo import build_demo
    from relapp.services.session import open_data_dir

    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(Path(tmp) / "settings"))
        data = Path(tmp) / "data"
        open_data_dir(data)
        build_demo("small")
        window = MainWindow(data)
        window.resize(width, height)
        window.show()
        try:
            yield app, window
        finally:
            window.close()
            app.processEvents()


def settle(app, ms: int = 150) -> None:
    """Let queued work and paints finish for ``ms`` milliseconds."""
    from PySide6.QtCore import QTimer

    done = QTimer()
    done.setSingleShot(True)
    done.start(ms)
    while done.isActive():
        app.processEvents()
