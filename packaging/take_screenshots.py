"""Screenshots of the main window for the README and the AppStream metainfo:
accounts, journal, a contact card, quick entry, the find box, People and an
internal customer's ledger.

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

SHOTS = ("accounts", "journal", "contact-card", "quick-entry", "find", "people", "internal-customer")


def add_internal_customer() -> int:
    """A colleague we serve, with a year of entries and a check-up: the demo
    has none (its figures are about clients)."""
    import datetime as dt
    import random

    from relapp.services.capture import capture_entry
    from relapp.services.health import list_questions, record_checkup
    from relapp.services.internal_customers import ensure_ledger
    from relapp.services.people import create_member

    dana = create_member(name="Dana Whitfield", role="Head of Sales, Northern Europe", kind="internal-customer")
    ledger = ensure_ledger(dana.id)
    rng = random.Random(7)
    today = dt.date.today()
    titles = {2: "Bid pack delivered two days early", 1: "Pipeline figures ready for her review",
              3: "Won the Harrowgate pitch together", -2: "Pricing sheet sent with last year's rates",
              -1: "Missed her weekly call"}
    for week in range(52, 0, -2):
        value = rng.choice([2, 1, 1, 3, -2, -1, 1])
        capture_entry(None, titles[value], value, internal=dana.name, day=today - dt.timedelta(weeks=week))
    record_checkup(ledger.account_id, {q.id: rng.randint(3, 5) for q in list_questions(audience="internal")},
                   day=today - dt.timedelta(days=20))
    return ledger.account_id


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
        if "internal-customer" in args.only:
            ledger_id = add_internal_customer()
            window.editor.changed.emit("all")
            window.show_account(ledger_id)
            save(window, "internal-customer")
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
