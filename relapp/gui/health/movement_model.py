"""Each question's latest score against the previous check-up."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from relapp.gui.models import roles
from relapp.gui.models.row_table import RowTableModel
from relapp.domain.health import QuestionMovement
from relapp.services import health
from relapp.gui.text_colours import text_brush

COLUMNS = (
    QT_TRANSLATE_NOOP("TableHeader", "Question"),
    QT_TRANSLATE_NOOP("TableHeader", "Before"),
    QT_TRANSLATE_NOOP("TableHeader", "Now"),
    QT_TRANSLATE_NOOP("TableHeader", "Change"),
    QT_TRANSLATE_NOOP("TableHeader", "Latest comment"),
)


class MovementTableModel(RowTableModel):
    COLUMNS = COLUMNS
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[QuestionMovement] = []

    def set_account(self, account_id: int | None) -> None:
        self.beginResetModel()
        self._rows = health.question_movement(account_id) if account_id is not None else []
        self.endResetModel()

    def data(self, index, role=roles.DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == roles.DISPLAY:
            if column == "Question":
                return row.text
            if column == "Before":
                return f"{row.previous}/5" if row.previous else "—"
            if column == "Now":
                return f"{row.latest}/5" if row.latest else "—"
            if column == "Latest comment":
                return row.comment
            change = row.change
            if change is None:
                return "—"
            return "=" if change == 0 else f"{'▲' if change > 0 else '▼'} {change:+d}"
        if role == roles.FOREGROUND and column == "Change" and row.change:
            return text_brush("positive" if row.change > 0 else "negative")
        if role == roles.ALIGNMENT and column in ("Before", "Now", "Change"):
            return int(Qt.AlignCenter)
        if role == roles.TOOLTIP and column in ("Question", "Latest comment"):
            return row.text if column == "Question" else row.comment or None
        return None
