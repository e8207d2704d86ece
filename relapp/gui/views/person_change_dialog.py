"""Recording that a person left the client, moved to another role or came
back: the day, and for a move the new title, department and boss."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from relapp.services import people


class PersonChangeDialog(QDialog):
    """``kind`` is "left", "moved" or "returned"; ``values()`` gives what
    the Editor passes to the service."""

    def __init__(self, stakeholder_id: int, kind: str, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.kind = kind
        person = people.get_stakeholder(stakeholder_id)
        self.setWindowTitle({"left": self.tr("%s left the company"), "moved": self.tr("%s moved to another role"),
                             "returned": self.tr("%s is back at the company")}[kind] % person.name)
        form = QFormLayout()
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        day = today or dt.date.today()
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.setAccessibleName(self.tr("Day"))
        form.addRow(self.tr("&Day"), self.day)
        self.title = QLineEdit(person.title or "", self)
        self.title.setAccessibleName(self.tr("New title"))
        self.department = QLineEdit(person.department or "", self)
        self.department.setAccessibleName(self.tr("New department"))
        self.boss = QComboBox(self)
        self.boss.setAccessibleName(self.tr("New boss"))
        self.boss.addItem(self.tr("Nobody recorded"), None)
        for other in people.stakeholders_of(person.account_id):
            if other.id != person.id and other.left_on is None:
                self.boss.addItem(other.name, other.id)
        self.boss.setCurrentIndex(max(0, self.boss.findData(person.reports_to_id)))
        if kind == "moved":
            form.addRow(self.tr("New &title"), self.title)
            form.addRow(self.tr("New d&epartment"), self.department)
            form.addRow(self.tr("Reports &to"), self.boss)
        layout = QVBoxLayout(self)
        note = {"left": self.tr("Their entries, ties and promises stay; they leave the map and coverage and are "
                                "listed under former people, with a way back."),
                "moved": self.tr("The old role stays in their history."),
                "returned": self.tr("They come back onto the map and into coverage.")}[kind]
        hint = QLabel(note, self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def values(self) -> dict:
        q = self.day.date()
        out: dict = {"day": dt.date(q.year(), q.month(), q.day())}
        if self.kind == "moved":
            out.update(title=self.title.text().strip(), department=self.department.text().strip(),
                       reports_to=self.boss.currentData())
        return out
