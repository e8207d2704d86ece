"""The accounts list as a table model."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from relapp.gui.models import roles
from relapp.gui.models.row_table import RowTableModel
from relapp.services.accounts import AccountRow, list_accounts

COLUMNS = ("Account", "Industry", "People", "Entries", "Balance", "30 days", "Last contact")


class AccountTableModel(RowTableModel):
    COLUMNS = COLUMNS
    IdRole = Qt.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AccountRow] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list_accounts()
        self.endResetModel()

    def account(self, row: int) -> AccountRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index, role=roles.DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.IdRole:
            return row.id
        if role == roles.DISPLAY:
            return (row.name, row.industry, row.stakeholders, row.entries, row.balance, f"{row.trend:+d}",
                    row.last_contact.isoformat() if row.last_contact else "—")[index.column()]
        if role == roles.USER:  # sort keys: numbers sort as numbers
            return (row.name.lower(), row.industry.lower(), row.stakeholders, row.entries, row.balance, row.trend,
                    row.last_contact.isoformat() if row.last_contact else "")[index.column()]
        if role == roles.ALIGNMENT and index.column() >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == roles.FOREGROUND and index.column() == 5 and row.trend < 0:
            return QBrush(QColor("#c62828"))
        if role == roles.FONT and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def row_of(self, account_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == account_id:
                return number
        return -1
