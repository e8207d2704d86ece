"""The attention list as a table model: what, where, why, when."""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from relapp.gui.models import roles
from relapp.gui.models.row_table import RowTableModel
from relapp.gui.overdue_look import OVERDUE_RED
from relapp.domain.attention import KINDS, AttentionItem
from relapp.domain.vocabulary import PURPOSES
from relapp.services import attention
from relapp.gui.vocabulary_labels import label as vocabulary_label

COLUMNS = (
    QT_TRANSLATE_NOOP("TableHeader", "What"),
    QT_TRANSLATE_NOOP("TableHeader", "Account"),
    QT_TRANSLATE_NOOP("TableHeader", "Why"),
    QT_TRANSLATE_NOOP("TableHeader", "When"),
)
KIND_COLOURS = {
    "overdue-commitment": OVERDUE_RED, "meeting-soon": "#6a1b9a", "due-commitment": "#b26a00",
    "neglected": "#ad1457", "falling-balance": "#c62828", "unmet-stakeholder": "#00695c", "checkup-due": "#1565c0",
    "key-date": "#2e7d32",
    "objective-overdue": "#c62828", "objective-at-risk": "#b26a00", "opportunity-next-step": "#4e5d6c",
    "intent-mismatch": "#6a1b9a", "stakeholder-left": "#ad1457", "role-changed": "#4e5d6c",
}


@cache
def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


@cache
def _bold_font() -> QFont:
    # Made once: data() runs for every visible cell on every paint.
    font = QFont()
    font.setBold(True)
    return font


class AttentionTableModel(RowTableModel):
    COLUMNS = COLUMNS
    ItemRole = Qt.UserRole + 1
    KindRole = Qt.UserRole + 2

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today
        self._all: list[AttentionItem] = []
        self._rows: list[AttentionItem] = []
        self._intents: dict = {}
        self.kind: str | None = None

    def reload(self) -> None:
        """Read the list now, in this thread (Home reads it in a worker and
        hands it over with ``set_snapshot``)."""
        self.set_snapshot(attention.home_snapshot(self.today or dt.date.today()))

    def set_snapshot(self, snapshot: attention.HomeSnapshot) -> None:
        self._all = list(snapshot.items)
        self._intents = dict(snapshot.intents)
        self._apply()

    def _account_summary(self, account_id: int) -> str:
        """Purpose and both sides' intent: the account in a tooltip."""
        if account_id not in self._intents:
            return ""
        purpose, ours, theirs = self._intents[account_id]
        purpose_text = vocabulary_label(PURPOSES[purpose]) if purpose else self.tr("not decided")
        return "\n".join([self.tr("Purpose: %s") % purpose_text,
                          self.tr("Our intent: %s") % (ours or "—"),
                          self.tr("Their intent: %s") % (theirs or "—")])

    def set_kind(self, kind: str | None) -> None:
        self.kind = kind
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = [i for i in self._all if self.kind is None or i.kind == self.kind]
        self.endResetModel()

    def row_of(self, key: str) -> int:
        return next((n for n, item in enumerate(self._rows) if item.key == key), -1)

    def drop(self, key: str) -> None:
        """Take one item out of the list (snoozed or dismissed)."""
        self._all = [i for i in self._all if i.key != key]
        row = self.row_of(key)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def all_items(self) -> list[AttentionItem]:
        return list(self._all)

    def item(self, row: int) -> AttentionItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _when(self, item: AttentionItem) -> str:
        if item.due is None:
            return ""
        days = (item.due - (self.today or dt.date.today())).days
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        if days > 0:
            return self.tr("in %d days") % days
        # Past a promise's due day, a check-up's or a person's expected contact.
        return self.tr("1 day late") if days == -1 else self.tr("%d days late") % -days

    def data(self, index, role=roles.DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == self.ItemRole:
            return item
        if role == self.KindRole:
            return item.kind
        if role == roles.DISPLAY:
            return {"What": vocabulary_label(KINDS[item.kind]), "Account": item.account, "Why": item.message,
                    "When": self._when(item)}[column]
        if role == roles.FOREGROUND and column == "What":
            return _brush(KIND_COLOURS[item.kind])
        if role == roles.FONT and column == "What":
            return _bold_font()
        if role == roles.TOOLTIP:
            return self._account_summary(item.account_id) if column == "Account" else item.message
        return None
