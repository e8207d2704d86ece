"""Screenshots of Home (what needs attention) and of a check-up.

    xvfb-run -a -s '-screen 0 1600x1000x24' python packaging/take_health_screenshots.py

Builds the small demo in a temporary directory (never the user's data) and
writes packaging/screenshots/home.png (the 1400x900 main window) and
packaging/screenshots/checkup.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def settle(app, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # this checkout's relapp, not an installed one
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # Settings (window geometry, last view) go to the temporary folder too.
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        from PySide6.QtCore import QSettings

        from relapp.gui.application import create_application
        from relapp.gui.health.checkup_dialog import CheckupDialog
        from relapp.gui.main_window import MainWindow
        from relapp.services.demo import build_demo
        from relapp.services.health import due_checkups
        from relapp.services.session import open_data_dir

        app = create_application(sys.argv[:1])
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(Path(tmp) / "settings"))
        data = Path(tmp) / "data"
        open_data_dir(data)
        build_demo("small")
        window = MainWindow(data)
        window.resize(1400, 900)
        window.show()
        window.show_view("home")
        home = window.view("home")
        while home.loading:  # the list is read in a worker thread
            app.processEvents()
        settle(app)
        window.grab().save(str(args.out / "home.png"))

        account, _status = due_checkups()[0]
        dialog = CheckupDialog(account.id, window)
        for row, score in zip(dialog.rows, (4, 3, 3, 2, 4, 3)):
            row.set_score(score)
        dialog.rows[0].comment.setText("Their new COO asked for our view before the tender")
        dialog.rows[3].comment.setText("A rival ran a pilot with their logistics team")
        dialog.show()
        settle(app)
        dialog.grab().save(str(args.out / "checkup.png"))
        dialog.reject()
        window.close()
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
