"""The attention list as a table model: what, where, why, when."""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QFont

from relapp.gui.models import roles
from relapp.gui.models.row_table import RowTableModel
from relapp.domain.attention import KINDS, AttentionItem
from relapp.domain.vocabulary import PURPOSES
from relapp.services import attention
from relapp.gui.phrase_texts import phrase_text
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.gui.text_colours import text_brush

COLUMNS = (
    QT_TRANSLATE_NOOP("TableHeader", "What"),
    QT_TRANSLATE_NOOP("TableHeader", "Account"),
    QT_TRANSLATE_NOOP("TableHeader", "Why"),
    QT_TRANSLATE_NOOP("TableHeader", "When"),
)
# The meaning of each kind's colour; the shade follows the theme (text_colours).
KIND_COLOURS = {
    "overdue-commitment": "negative", "meeting-soon": "meeting", "due-commitment": "warning",
    "neglected": "people", "falling-balance": "negative", "unmet-stakeholder": "new", "checkup-due": "info",
    "key-date": "positive",
    "objective-overdue": "negative", "objective-at-risk": "warning", "opportunity-next-step": "quiet",
    "intent-mismatch": "meeting", "stakeholder-left": "people", "role-changed": "quiet",
}


def why_text(item: AttentionItem) -> str:
    """The item's "why" in the user's language."""
    return phrase_text(item.words) if item.words is not None else item.message


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
    # What data() answers; Qt asks about a dozen roles per cell.
    _ROLES = frozenset({roles.DISPLAY, roles.FOREGROUND, roles.FONT, roles.TOOLTIP, int(ItemRole), int(KindRole)})

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today
        self._all: list[AttentionItem] = []
        self._rows: list[AttentionItem] = []
        self._intents: dict = {}
        self._texts: dict[str, tuple[str, ...]] = {}  # item key → its cells' texts (see data)
        self.kind: str | None = None

    def reload(self) -> None:
        """Read the list now, in this thread (Home reads it in a worker and
        hands it over with ``set_snapshot``)."""
        self.set_snapshot(attention.home_snapshot(self.today or dt.date.today()))

    def set_snapshot(self, snapshot: attention.HomeSnapshot) -> None:
        self._all = list(snapshot.items)
        self._intents = dict(snapshot.intents)
        self._texts.clear()  # "in 3 days" is worked out again for a new list
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
            if item.kind != "neglected":
                return ""
            why = dict(item.words.values).get("why") if item.words is not None else None
            return phrase_text(why) if why is not None else self.tr("no entry with them yet")
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
        # Home's first content waits for the table's first paint, whose
        # column fitting asks about 5,000 questions of the first rows: the
        # roles never answered are turned away first, and each item's texts
        # are worked out once.
        if role not in self._ROLES:
            return None
        row = index.row()  # an invalid index has row -1
        if not 0 <= row < len(self._rows):
            return None
        item = self._rows[row]
        if role == roles.DISPLAY:
            texts = self._texts.get(item.key)
            if texts is None:
                texts = self._texts[item.key] = (vocabulary_label(KINDS[item.kind]), item.account, why_text(item),
                                                 self._when(item))
            return texts[index.column()]
        column = COLUMNS[index.column()]
        if role == self.ItemRole:
            return item
        if role == self.KindRole:
            return item.kind
        if role == roles.FOREGROUND and column == "What":
            return text_brush(KIND_COLOURS[item.kind])
        if role == roles.FONT and column == "What":
            return _bold_font()
        if role == roles.TOOLTIP:
            return self._account_summary(item.account_id) if column == "Account" else why_text(item)
        return None
