"""Screenshots of the main window for the README and the AppStream metainfo:
accounts, journal, a contact card, quick entry, the find box and People.

    xvfb-run -a -s '-screen 0 1600x1000x24' python packaging/take_screenshots.py [--only NAME ...]

Builds the small demo in a temporary directory (never the user's data) and
writes packaging/screenshots/<name>.png.  The map, Home with the check-up
and the brief have their own scripts (take_map_screenshots.py,
take_health_screenshots.py, take_brief_sample.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from demo_window import ROOT, demo_window, settle

SHOTS = ("accounts", "journal", "contact-card", "quick-entry", "find", "people")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    parser.add_argument("--only", nargs="*", choices=SHOTS, default=list(SHOTS))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with demo_window() as (app, window):

        def save(widget, name: str) -> None:
            settle(app)
            path = args.out / f"{name}.png"
            widget.grab().save(str(path))
            print(f"wrote {path}")

        settle(app, 300)
        if "accounts" in args.only:
            window.show_view("accounts")
            save(window, "accounts")
        if "journal" in args.only:
            window.show_view("journal")
            save(window, "journal")
        if "contact-card" in args.only:
            window.show_view("accounts")
            view = window.view("accounts")
            person = view.people_model.index(0, 0).data(view.people_model.IdRole)
            window.open_contact_card(person)
            settle(app, 300)
            card = window._cards[-1]
            save(card, "contact-card")
            card.close()
        if "quick-entry" in args.only:
            window.show_view("accounts")
            from relapp.gui.forms.quick_entry import QuickEntryDialog

            dialog = QuickEntryDialog(window.current_account_id(), None, window)
            dialog.show()
            settle(app, 300)
            save(dialog, "quick-entry")
            dialog.reject()
        if "people" in args.only:
            window.show_view("people")
            view = window.view("people")
            view.influence_box.setCurrentIndex(view.influence_box.findData(4))
            save(window, "people")
        if "find" in args.only:
            window.find_anything()
            box = window.find_box
            box.edit.setText("ra")
            box.search_now()
            save(box, "find")
            box.hide()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
