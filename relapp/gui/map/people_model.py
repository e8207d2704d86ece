"""The list beside the map: everyone the map shows, one row each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel

from relapp.domain.vocabulary import STANCES
from relapp.gui.map.scene import OVERDUE_COLOUR, known_label, overdue_label, role_label
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.services.stakeholder_map import MapMember, MapPerson

KEY_ROLE = Qt.UserRole + 1


class MapPeopleModel(QStandardItemModel):
    """Rows carry the node key ("s:<id>" / "m:<id>") under ``KEY_ROLE``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers()

    def _headers(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Title / side"), self.tr("Role"),
                                        self.tr("Stance"), self.tr("Influence"), self.tr("Interest"),
                                        self.tr("How well we know them"), self.tr("Gap")])

    def fill(self, people: list[MapPerson], team: list[MapMember], gaps: dict[int, str]) -> None:
        self.removeRows(0, self.rowCount())
        for p in people:
            stance = vocabulary_label(STANCES.get(p.stance, p.stance))
            row = self._row(p.key, [p.name, p.title, role_label(p.role), stance,
                                    str(p.influence), str(p.interest), known_label(p.strongest_tie, p.known),
                                    gaps.get(p.id, "")])
            if p.overdue_promises:  # in red, as on the map's badge
                row[0].setForeground(QBrush(OVERDUE_COLOUR))
                row[0].setToolTip(overdue_label(p.overdue_promises))
            self.appendRow(row)
        for m in team:
            self.appendRow(self._row(m.key, [m.name, self.tr("Our team") + (f" — {m.role}" if m.role else ""),
                                             "", "", "", "", "", ""]))

    @staticmethod
    def _row(key: str, cells: list[str]) -> list[QStandardItem]:
        items = []
        for text in cells:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(key, KEY_ROLE)
            items.append(item)
        return items

    def row_of(self, key: str) -> int:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(KEY_ROLE) == key:
                return row
        return -1
