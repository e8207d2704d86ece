"""The accounts list as a table model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from relapp.services.accounts import AccountRow, list_accounts
from relapp.services.commitments import overdue_counts

COLUMNS = ("Account", "Industry", "People", "Entries", "Balance", "30 days", "Last contact")


class AccountTableModel(QAbstractTableModel):
    IdRole = Qt.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AccountRow] = []
        self._overdue: dict[int, int] = {}  # account id → overdue promises

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list_accounts()
        self._overdue = overdue_counts()[1]
        self.endResetModel()

    def account(self, row: int) -> AccountRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

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
        if role == self.IdRole:
            return row.id
        if role == Qt.DisplayRole:
            return (row.name, row.industry, row.stakeholders, row.entries, row.balance, f"{row.trend:+d}",
                    row.last_contact.isoformat() if row.last_contact else "—")[index.column()]
        if role == Qt.UserRole:  # sort keys: numbers sort as numbers
            return (row.name.lower(), row.industry.lower(), row.stakeholders, row.entries, row.balance, row.trend,
                    row.last_contact.isoformat() if row.last_contact else "")[index.column()]
        if role == Qt.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if index.column() == 0 and self._overdue.get(row.id):
            if role == Qt.ForegroundRole:
                return QBrush(QColor("#c62828"))
            if role == Qt.ToolTipRole:
                return self.tr("%d overdue promise(s)") % self._overdue[row.id]
        if role == Qt.ForegroundRole and index.column() == 5 and row.trend < 0:
            return QBrush(QColor("#c62828"))
        if role == Qt.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def row_of(self, account_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == account_id:
                return number
        return -1
