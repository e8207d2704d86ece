"""Screenshots of Home (what needs attention) and of a check-up.

    xvfb-run -a -s '-screen 0 1600x1000x24' python packaging/take_health_screenshots.py

Builds the small demo in a temporary directory (never the user's data) and
writes packaging/screenshots/home.png (the 1400x900 main window) and
packaging/screenshots/checkup.png.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from demo_window import ROOT, demo_window, settle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with demo_window() as (app, window):
        from relapp.gui.health.checkup_dialog import CheckupDialog
        from relapp.services.health import due_checkups

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
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
