"""Changing a journal entry: the quick entry's form, filled from the entry.

The entry stays in its account; everything else can change.  Saved over a
colleague's newer save of the same entry, it is refused the way every form
on a stored record is (``relapp.gui.forms.stale_save``): their change
shown, what was typed kept, OK again saves it on top.
"""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from relapp.domain.vocabulary import trust_tags
from relapp.gui.forms.quick_entry import TRUST_WIDGETS, QuickEntryDialog
from relapp.gui.forms.stale_save import StaleSave, shown
from relapp.services import journal, people


class EntryDialog(StaleSave, QuickEntryDialog):
    model_name = "Entry"  # the stored record, for undo's check of a colleague's later change
    fields = ("day", "kind", "value", "title", "notes", "trust")

    def __init__(self, entry, parent=None):
        """``entry``: the entry's record (``journal.get_entry``)."""
        QuickEntryDialog.__init__(self, entry.account_id, None, parent)
        self.setWindowTitle(self.tr("Change journal entry"))
        self.field("account").setEnabled(False)
        for name in self.fields:
            self.show_value(name, self.stored_value(entry, name))
        detail = journal.entry_detail(entry.id)
        names = ([people.get_stakeholder(s).name for s in detail.stakeholders]
                 + [people.get_member(m).name for m in detail.members])
        self.field("participants").setText(", ".join(names))
        self._people_text = self.field("participants").text()
        self._people_before = {"stakeholders": detail.stakeholders, "members": detail.members}
        self.track(entry)
        self.field("title").setFocus()

    def stored_value(self, record, name):
        return trust_tags(record.trust) if name == "trust" else getattr(record, name)

    def shown_value(self, name):
        return self.trust_tags() if name == "trust" else super().shown_value(name)

    def show_value(self, name, value) -> None:
        if name == "trust":
            for tag, widget in TRUST_WIDGETS.items():
                self.form.findChild(QToolButton, widget).setChecked(tag in value)
        else:
            super().show_value(name, value)

    def shown_text(self, name, value) -> str:
        return shown(", ".join(value)) if name == "trust" else super().shown_text(name, value)

    def save(self):
        values = self.changed_values()
        if self.field("participants").text() != self._people_text:
            values["stakeholders"], values["members"] = self._participants()
        if not values:
            return self.record
        self.before.update(self._people_before)  # what undo puts back, when the people changed
        return self.save_edit(journal.update_entry, values)
