"""Marking a promise kept or broken: the journal entry it becomes, with
its value (a deposit or a withdrawal) open to change."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate

from relapp.domain.commitments import default_value, resolution_title
from relapp.gui.forms.designer import FormDialog
from relapp.services import commitments, people


class ResolveDialog(FormDialog):
    form_name = "resolve_commitment"

    def __init__(self, commitment_id: int, kept: bool, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.commitment = commitments.get_commitment(commitment_id)
        self.kept = kept
        person = people.get_stakeholder(self.commitment.stakeholder_id)
        self.setWindowTitle(self.tr("Promise kept") if kept else self.tr("Promise broken"))
        self.resize(520, 320)
        line = (self.tr("Kept: <b>%s</b> to %s. A deposit goes into the journal.") if kept
                else self.tr("Broken: <b>%s</b> to %s. A withdrawal goes into the journal."))
        self.field("summary").setText(line % (html.escape(self.commitment.description), html.escape(person.name)))
        value = self.field("value")
        value.setRange(0, 5) if kept else value.setRange(-5, 0)
        value.setValue(default_value(kept))
        value.setPrefix("+" if kept else "")
        self.field("day").setDate(QDate(today or dt.date.today()))
        self.field("title").setText(resolution_title(kept, self.commitment.description))
        value.setFocus()
        value.selectAll()

    def save(self):
        return commitments.resolve_commitment(
            self.commitment.id, self.kept, value=self.field("value").value(),
            day=self.field("day").date().toPython(), title=self.field("title").text().strip() or None,
            notes=self.field("notes").toPlainText())
