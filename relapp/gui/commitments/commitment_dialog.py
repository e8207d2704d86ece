"""The form for a new promise (or changing one): to whom, what, who on our
side owns it, and by when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from relapp.gui.forms.designer import FormDialog, select_data
from relapp.gui.forms.stale_save import StaleSave
from relapp.services import commitments, people


class CommitmentDialog(StaleSave, FormDialog):
    model_name = "Commitment"  # the stored record, for undo's check of a colleague's later change
    form_name = "commitment_form"
    fields = ("stakeholder", "description", "owner", "due")

    def __init__(self, account_id: int, stakeholder_id: int | None = None, parent=None,
                 today: dt.date | None = None, record=None):
        FormDialog.__init__(self, parent)
        self.setWindowTitle(self.tr("New promise") if record is None else self.tr("Change promise"))
        self.resize(520, 260)
        who = self.field("stakeholder")
        for person in people.stakeholders_of(account_id):
            who.addItem(f"{person.name} — {person.title}" if person.title else person.name, person.id)
        owner = self.field("owner")
        owner.addItem(self.tr("Nobody in particular"), None)
        team = people.account_team(account_id) or people.list_members()
        for member in team:
            owner.addItem(member.name, member.id)
        me = next((m for m in people.list_members() if m.kind == "me"), None)
        if me is not None and owner.findData(me.id) < 0:
            owner.addItem(me.name, me.id)
        # A week is the most common horizon for a promise made in a meeting.
        self.field("due").setDate(QDate((today or dt.date.today()) + dt.timedelta(days=7)))
        if record is not None:
            select_data(who, record.stakeholder_id)
            select_data(owner, record.owner_id)
            self.field("description").setText(record.description)
            self.field("due").setDate(QDate(record.due))
        else:
            if stakeholder_id is not None:
                select_data(who, stakeholder_id)
            if me is not None:
                select_data(owner, me.id)
        self.track(record)
        self.field("description").setFocus()

    def stored_value(self, record, name):
        return getattr(record, f"{name}_id" if name in ("stakeholder", "owner") else name)

    def save(self):
        values = self.changed_values()
        if self.record is None:
            return commitments.add_commitment(**values)
        return self.save_edit(commitments.update_commitment, values) if values else self.record
