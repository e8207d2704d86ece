"""Promises as a table model; overdue ones in red, those due soon in amber."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont

from relapp.gui.models import roles
from relapp.gui.models.row_table import RowTableModel
from relapp.services import commitments
from relapp.services.commitments import CommitmentRow
from relapp.gui.text_colours import text_brush

COLUMNS = (
    QT_TRANSLATE_NOOP("TableHeader", "Due"),
    QT_TRANSLATE_NOOP("TableHeader", "To"),
    QT_TRANSLATE_NOOP("TableHeader", "Promise"),
    QT_TRANSLATE_NOOP("TableHeader", "Owner"),
    QT_TRANSLATE_NOOP("TableHeader", "State"),
)
# Shown through self.tr(); marked here so pyside6-lupdate finds them.
STATE_LABELS = {
    "open": QT_TRANSLATE_NOOP("CommitmentTableModel", "Open"),
    "due-soon": QT_TRANSLATE_NOOP("CommitmentTableModel", "Due soon"),
    "overdue": QT_TRANSLATE_NOOP("CommitmentTableModel", "Overdue"),
    "kept": QT_TRANSLATE_NOOP("CommitmentTableModel", "Kept"),
    "broken": QT_TRANSLATE_NOOP("CommitmentTableModel", "Broken"),
}
STATE_COLOURS = {"overdue": "negative", "due-soon": "warning", "kept": "positive", "broken": "muted"}


class CommitmentTableModel(RowTableModel):
    COLUMNS = COLUMNS
    IdRole = Qt.UserRole + 1
    StateRole = Qt.UserRole + 2

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today
        self._rows: list[CommitmentRow] = []
        self._scope: dict = {"account_id": -1}
        self.show_resolved = False

    def set_scope(self, account_id: int | None = None, stakeholder_id: int | None = None) -> None:
        self._scope = {"account_id": account_id, "stakeholder_id": stakeholder_id}
        self.reload()

    def set_show_resolved(self, on: bool) -> None:
        self.show_resolved = on
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self._scope.get("account_id") is None and self._scope.get("stakeholder_id") is None:
            self._rows = []
        else:
            self._rows = commitments.list_commitments(status=None if self.show_resolved else "open",
                                                      today=self.today or dt.date.today(), **self._scope)
        self.endResetModel()

    def row(self, row: int) -> CommitmentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.state == "overdue")

    def data(self, index, role=roles.DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == self.IdRole:
            return row.id
        if role == self.StateRole:
            return row.state
        if role == roles.DISPLAY:
            return {"Due": row.due.isoformat(), "To": row.stakeholder, "Promise": row.description,
                    "Owner": row.owner or "—", "State": self.tr(STATE_LABELS[row.state])}[column]
        if role == roles.FOREGROUND and row.state in STATE_COLOURS and column in ("Due", "State"):
            return text_brush(STATE_COLOURS[row.state])
        if role == roles.FONT and row.state == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == roles.TOOLTIP:
            if row.state == "overdue":
                days = ((self.today or dt.date.today()) - row.due).days
                return self.tr("Overdue by %d days") % days
            if row.entry_id:
                return self.tr("Written to the journal on %s") % (row.resolved_on.isoformat() if row.resolved_on
                                                                  else "")
        return None
