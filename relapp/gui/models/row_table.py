"""The common part of the table models that hold their rows in a list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from relapp.gui.models.header_text import header_text


class RowTableModel(QAbstractTableModel):
    """Rows in ``self._rows``, one column per title in ``COLUMNS``."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.COLUMNS):
            return header_text(self.COLUMNS[section])
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and 0 <= section < len(self.COLUMNS):
            return self.header_tip(self.COLUMNS[section])
        return None

    def header_tip(self, column: str) -> str | None:
        """What a column's colours or codes mean, shown over its header; None when it needs no legend."""
        return None
