"""Shared helpers for the interchange tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"
FIXED_TIME = dt.datetime(2026, 6, 15, 12, 0, tzinfo=dt.timezone.utc)


def import_file(path, account=None):
    """Read, plan and write an import as the command line does."""
    from relapp.services.interchange.import_plan import apply_plan
    from relapp.services.interchange.importing import plan_file

    plan = plan_file(Path(path), account)
    apply_plan(plan)
    return plan


def database_state() -> dict:
    """Every row of every table (the full dump with a fixed time)."""
    from relapp.services.interchange.full_dump import dump_data

    return dump_data(FIXED_TIME)


def people() -> dict[str, dict]:
    """Each stakeholder by name, with account, fields and contact details."""
    from relapp.store.models import ContactDetail, Stakeholder

    out = {}
    for person in Stakeholder.select():
        out[person.name] = {
            "account": person.account.name, "title": person.title, "department": person.department,
            "email": person.email, "phone": person.phone, "notes": person.notes,
            "details": sorted((d.kind, d.label, d.value) for d in
                              ContactDetail.select().where(ContactDetail.stakeholder == person.id)),
        }
    return out


def account_names() -> list[str]:
    from relapp.store.models import Account

    return sorted(a.name for a in Account.select())


def import_from_window(qtbot, window, path) -> None:
    """File → Import (Ctrl+I) in ``window``, importing ``path`` as the user would."""
    from PySide6.QtCore import Qt

    from gui_helpers import activate, on_next_dialog

    def import_file_in(dialog):
        dialog.set_file(path)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)

    on_next_dialog(import_file_in)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key_I, Qt.ControlModifier)
    activate(qtbot, window)
