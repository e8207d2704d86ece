"""The accounts list as a table model."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont

from relapp.gui.models import roles
from relapp.gui.models.row_table import RowTableModel
from relapp.services.accounts import AccountRow, list_accounts
from relapp.services.commitments import overdue_counts
from relapp.gui.text_colours import text_brush

RIGHT_ALIGNED = int(Qt.AlignRight | Qt.AlignVCenter)
COLUMNS = (
    QT_TRANSLATE_NOOP("TableHeader", "Account"),
    QT_TRANSLATE_NOOP("TableHeader", "Industry"),
    QT_TRANSLATE_NOOP("TableHeader", "People"),
    QT_TRANSLATE_NOOP("TableHeader", "Entries"),
    QT_TRANSLATE_NOOP("TableHeader", "Balance"),
    QT_TRANSLATE_NOOP("TableHeader", "30 days"),
    QT_TRANSLATE_NOOP("TableHeader", "Last contact"),
)


class AccountTableModel(RowTableModel):
    COLUMNS = COLUMNS
    IdRole = Qt.UserRole + 1
    _ROLES = frozenset({roles.DISPLAY, roles.USER, roles.ALIGNMENT, roles.FOREGROUND, roles.TOOLTIP, roles.FONT,
                        int(IdRole)})

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AccountRow] = []
        self._texts: list[tuple] = []
        self._keys: list[tuple] = []
        self._archived_font = QFont()
        self._archived_font.setItalic(True)
        self._overdue: dict[int, int] = {}  # account id → overdue promises

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list_accounts()
        # Worked out once: views and the sorting proxy ask for every cell of
        # a thousand accounts many times over.
        self._texts = [_texts(r) for r in self._rows]
        self._keys = [_keys(r) for r in self._rows]
        self._overdue = overdue_counts()[1]
        self.endResetModel()

    def refresh_accounts(self, account_ids) -> bool:
        """Read again only the rows of ``account_ids``.  False, changing
        nothing, when that cannot stand for a reload: an account is new or
        gone, or was archived or brought back (the list's filter moves)."""
        numbers = {ident: self.row_of(ident) for ident in account_ids}
        if not numbers or min(numbers.values()) < 0:
            return False
        fresh = {row.id: row for row in list_accounts(account_ids=list(numbers))}
        if set(fresh) != set(numbers) or any(fresh[i].archived != self._rows[n].archived for i, n in numbers.items()):
            return False
        for ident, number in numbers.items():
            row = fresh[ident]
            self._rows[number], self._texts[number], self._keys[number] = row, _texts(row), _keys(row)
            self._overdue[ident] = overdue_counts(account_id=ident)[1].get(ident, 0)
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
        return True

    def account(self, row: int) -> AccountRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def header_tip(self, column: str) -> str | None:
        if column == "Account":
            return self.tr("An account in red has an overdue promise (point at it to see how many)")
        return None

    def data(self, index, role=roles.DISPLAY):
        # Qt asks for a dozen roles per visible cell on every paint; those
        # this model never answers are turned away before anything else.
        if role not in self._ROLES:
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        if role == roles.DISPLAY:
            return self._texts[number][index.column()]
        if role == roles.USER:  # sort keys: numbers sort as numbers
            return self._keys[number][index.column()]
        row = self._rows[number]
        if role == self.IdRole:
            return row.id
        if role == roles.ALIGNMENT and index.column() >= 2:
            return RIGHT_ALIGNED
        if index.column() == 0 and self._overdue.get(row.id):
            if role == roles.FOREGROUND:
                return text_brush("negative")
            if role == roles.TOOLTIP:
                return self.tr("%d overdue promise(s)") % self._overdue[row.id]
        if role == roles.FOREGROUND and index.column() == 5 and row.trend < 0:
            return text_brush("negative")
        if role == roles.FONT and row.archived:
            return self._archived_font
        return None

    def row_of(self, account_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == account_id:
                return number
        return -1


def _texts(row: AccountRow) -> tuple:
    return (row.name, row.industry, row.stakeholders, row.entries, row.balance, f"{row.trend:+d}",
            row.last_contact.isoformat() if row.last_contact else "—")


def _keys(row: AccountRow) -> tuple:
    """Sort keys: numbers sort as numbers."""
    return (row.name.lower(), row.industry.lower(), row.stakeholders, row.entries, row.balance, row.trend,
            row.last_contact.isoformat() if row.last_contact else "")
