"""The common part of the table models that hold their rows in a list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from relapp.gui.models import roles
from relapp.gui.models.header_text import header_text

HORIZONTAL = Qt.Orientation.Horizontal  # looked up once: each Qt.X lookup costs microseconds


class RowTableModel(QAbstractTableModel):
    """Rows in ``self._rows``, one column per title in ``COLUMNS``."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def index(self, row, column, parent=QModelIndex()):
        # Qt's own index() asks rowCount() and columnCount() (two calls into
        # Python) each time; a sorting proxy asks for an index on every one
        # of its data() calls.
        if 0 <= row < len(self._rows) and 0 <= column < len(self.COLUMNS) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=roles.DISPLAY):
        # Plain ints (roles.py): a header is painted, and asked about each
        # section, on every change of the rows.
        if not 0 <= section < len(self.COLUMNS) or orientation != HORIZONTAL:
            return None
        if role == roles.DISPLAY:
            return header_text(self.COLUMNS[section])
        if role == roles.TOOLTIP:
            return self.header_tip(self.COLUMNS[section])
        return None

    def header_tip(self, column: str) -> str | None:
        """What a column's colours or codes mean, shown over its header; None when it needs no legend."""
        return None
