"""The find box's results: a heading row per kind, then its matches."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from relapp.gui.models import roles
from relapp.services.find import Found

FOUND_ROLE = roles.USER + 1


class FindResultsModel(QAbstractListModel):
    def __init__(self, labels: dict[str, str], parent=None):
        super().__init__(parent)
        self._labels = labels  # kind → heading, translated by the box
        self._rows: list[str | Found] = []  # a str is a heading

    def set_results(self, found: list[Found]) -> None:
        rows: list[str | Found] = []
        for item in found:
            if not rows or _kind(rows[-1]) != item.kind:
                rows.append(self._labels.get(item.kind, item.kind))
            rows.append(item)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def found(self, row: int) -> Found | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, Found) else None

    def results(self) -> list[Found]:
        return [r for r in self._rows if isinstance(r, Found)]

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        if self.found(index.row()) is None:
            return Qt.ItemIsEnabled  # a heading: shown, never chosen
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def data(self, index, role=roles.DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        role = int(role)
        item = self._rows[index.row()]
        if isinstance(item, str):
            if role in (roles.DISPLAY, roles.ACCESSIBLE_TEXT):
                return item
            if role == roles.FONT:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == roles.DISPLAY:
            where = f"  —  {item.account}" if item.account and item.kind != "account" else ""
            return f"    {item.title}{where}" + (f"  ·  {item.detail}" if item.detail else "")
        if role in (roles.TOOLTIP, roles.ACCESSIBLE_TEXT):
            return " · ".join(x for x in (item.title, item.account, item.detail) if x)
        if role == FOUND_ROLE:
            return item
        return None


def _kind(row) -> str | None:
    return row.kind if isinstance(row, Found) else None
