"""The list beside the map: everyone the map shows, one row each."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush

from relapp.domain.vocabulary import STANCES
from relapp.gui.map.scene import OVERDUE_COLOUR, known_label, overdue_label, role_label
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.services.stakeholder_map import MapMember, MapPerson

KEY_ROLE = Qt.UserRole + 1
_DISPLAY, _EDIT, _TOOLTIP, _FOREGROUND, _KEY = (int(Qt.DisplayRole), int(Qt.EditRole), int(Qt.ToolTipRole),
                                                int(Qt.ForegroundRole), int(KEY_ROLE))
_FLAGS = Qt.ItemIsSelectable | Qt.ItemIsEnabled  # once: combining Qt's flags in Python is slow


class _Row(NamedTuple):
    key: str
    cells: tuple[str, ...]
    overdue: str  # the name cell's tooltip and red text when promises to them are overdue


class MapPeopleModel(QAbstractTableModel):
    """Rows carry the node key ("s:<id>" / "m:<id>") under ``KEY_ROLE``.
    Cell texts are worked out once per fill: a map of 200 people used to
    build 1,800 standard items on every redraw."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._row_of: dict[str, int] = {}
        self._headers = (self.tr("Name"), self.tr("Title / side"), self.tr("Role"), self.tr("Stance"),
                         self.tr("Influence"), self.tr("Interest"), self.tr("How well we know them"),
                         self.tr("Gap"))
        self._overdue_brush = QBrush(OVERDUE_COLOUR)

    def fill(self, people: list[MapPerson], team: list[MapMember], gaps: dict[int, str]) -> None:
        rows = [_Row(p.key, (p.name, p.title, role_label(p.role), vocabulary_label(STANCES.get(p.stance, p.stance)),
                             str(p.influence), str(p.interest), known_label(p.strongest_tie, p.known),
                             gaps.get(p.id, "")),
                     overdue_label(p.overdue_promises) if p.overdue_promises else "")
                for p in people]
        ours = self.tr("Our team")
        rows += [_Row(m.key, (m.name, ours + (f" — {m.role}" if m.role else ""), "", "", "", "", "", ""), "")
                 for m in team]
        self.beginResetModel()
        self._rows = rows
        self._row_of = {row.key: i for i, row in enumerate(rows)}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        role = int(role)
        if role in (_DISPLAY, _EDIT):
            return row.cells[index.column()]
        if role == _KEY:
            return row.key
        if row.overdue and index.column() == 0:  # in red, as on the map's badge
            if role == _FOREGROUND:
                return self._overdue_brush
            if role == _TOOLTIP:
                return row.overdue
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and int(role) == _DISPLAY and 0 <= section < len(self._headers):
            return self._headers[section]
        return super().headerData(section, orientation, role)

    def flags(self, index):
        return _FLAGS if index.isValid() else Qt.NoItemFlags

    def widest_candidates(self, column: int, share: float = 0.75, most: int = 12) -> list[str]:
        """The texts of ``column`` that may be its widest: those at least
        ``share`` as long as its longest (at most ``most``), so a view can
        fit the column by measuring a few texts instead of every cell."""
        texts = sorted({row.cells[column] for row in self._rows}, key=len, reverse=True)
        if not texts:
            return []
        shortest = len(texts[0]) * share
        return [text for text in texts[:most] if len(text) >= shortest]

    def key_at(self, row: int) -> str:
        return self._rows[row].key

    def row_of(self, key: str) -> int:
        return self._row_of.get(key, -1)
