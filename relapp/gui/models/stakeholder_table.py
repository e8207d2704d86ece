"""An account's people as a table model."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from relapp.domain.vocabulary import DECISION_ROLES, STANCES
from relapp.services import commitments, journal, people

COLUMNS = ("Name", "Title", "Role", "Influence", "Stance", "Our best tie", "Last contact")


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    title: str
    role: str | None
    influence: int
    stance: str
    tie: int
    last_contact: dt.date | None


class StakeholderTableModel(QAbstractTableModel):
    IdRole = Qt.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._overdue: dict[int, int] = {}  # stakeholder id → overdue promises
        self.account_id: int | None = None

    def set_account(self, account_id: int | None) -> None:
        self.beginResetModel()
        self.account_id = account_id
        self._rows = []
        if account_id is not None:
            last = journal.last_contacts(account_id)
            strongest: dict[int, int] = {}
            for tie in people.ties_of_account(account_id):
                strongest[tie.stakeholder_id] = max(strongest.get(tie.stakeholder_id, 0), tie.strength)
            self._overdue = commitments.overdue_counts()[0]
            self._rows = [PersonRow(p.id, p.name, p.title, p.decision_role, p.influence, p.stance,
                                    strongest.get(p.id, 0), last.get(p.id))
                          for p in people.stakeholders_of(account_id)]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == self.IdRole:
            return row.id
        if role == Qt.DisplayRole:
            return {
                "Name": row.name,
                "Title": row.title,
                "Role": self.tr(DECISION_ROLES.get(row.role, "")) if row.role else "—",
                "Influence": "●" * row.influence,
                "Stance": self.tr(STANCES.get(row.stance, row.stance)),
                "Our best tie": f"{row.tie}/5" if row.tie else self.tr("nobody"),
                "Last contact": row.last_contact.isoformat() if row.last_contact else self.tr("never"),
            }[column]
        if role == Qt.UserRole:  # sort keys
            return {"Influence": row.influence, "Our best tie": row.tie,
                    "Last contact": row.last_contact.isoformat() if row.last_contact else ""}.get(column, "")
        if row.id in self._overdue and column == "Name":
            if role == Qt.ForegroundRole:
                return QBrush(QColor("#c62828"))
            if role == Qt.ToolTipRole:
                return self.tr("%d overdue promise(s) to this person") % self._overdue[row.id]
        if role == Qt.ToolTipRole and column == "Influence":
            return self.tr("Influence %d of 5") % row.influence
        if role == Qt.AccessibleTextRole and column == "Influence":
            return self.tr("Influence %d of 5") % row.influence
        return None
