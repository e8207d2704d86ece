"""The accounts list as a table model.

Every cell's roles are held by Qt (a ``QStandardItemModel``), so painting
the list and sorting it never call into Python: an account switch that
scrolls the list repaints every row on screen, and a Python model answered
seven data() questions for each painted cell; sorting a thousand accounts
asked Python for both sort keys of every comparison.

The cells are filled through the model's indexes only, never as
``QStandardItem`` objects made or fetched in Python: Qt deletes a cell's
item when the list is read again, and a Python wrapper still holding it
would then point at freed memory (the binding is not told about items Qt
made itself), which crashed the window when another object was later made
at the same address.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from relapp.gui.models import roles
from relapp.gui.models.header_text import header_text
from relapp.services.accounts import AccountRow, list_accounts
from relapp.services.commitments import overdue_counts
from relapp.gui.text_colours import text_brush

RIGHT_ALIGNED = int(Qt.AlignRight | Qt.AlignVCenter)
SHOWN_ONLY = Qt.ItemIsSelectable | Qt.ItemIsEnabled  # not edited in place
HORIZONTAL = Qt.Orientation.Horizontal
COLUMNS = (
    QT_TRANSLATE_NOOP("TableHeader", "Account"),
    QT_TRANSLATE_NOOP("TableHeader", "Industry"),
    QT_TRANSLATE_NOOP("TableHeader", "People"),
    QT_TRANSLATE_NOOP("TableHeader", "Entries"),
    QT_TRANSLATE_NOOP("TableHeader", "Balance"),
    QT_TRANSLATE_NOOP("TableHeader", "30 days"),
    QT_TRANSLATE_NOOP("TableHeader", "Last contact"),
)
NAME, TREND = 0, 5


class AccountTableModel(QStandardItemModel):
    COLUMNS = COLUMNS
    IdRole = Qt.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        # Qt makes each cell's item as a copy of this one (in C++, never
        # wrapped in Python): shown, not edited in place.  The model owns it.
        prototype = QStandardItem()
        prototype.setFlags(SHOWN_ONLY)
        self.setItemPrototype(prototype)
        self.setHorizontalHeaderLabels([header_text(title) for title in COLUMNS])
        self.setHeaderData(NAME, HORIZONTAL,
                           self.tr("An account in red has an overdue promise (point at it to see how many)"),
                           roles.TOOLTIP)
        self._rows: list[AccountRow] = []
        self._archived_font = QFont()
        self._archived_font.setItalic(True)
        self._overdue: dict[int, int] = {}  # account id → overdue promises

    def reload(self) -> None:
        rows = list_accounts()
        overdue = overdue_counts()[1]
        # One reset for the whole list: filled cell by cell with signals on,
        # the sorting filter above would take each cell in turn.
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self._rows, self._overdue = rows, overdue
            self.setRowCount(0)
            self.setRowCount(len(rows))
            for number, row in enumerate(rows):
                self._fill(number, row)
        finally:
            self.blockSignals(blocked)
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
            row = self._rows[number] = fresh[ident]
            self._overdue[ident] = overdue_counts(account_id=ident)[1].get(ident, 0)
            blocked = self.blockSignals(True)  # one dataChanged for the row, not one per cell
            try:
                self._fill(number, row)
            finally:
                self.blockSignals(blocked)
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
        return True

    def restyle(self) -> None:
        """Colour the red cells again in the theme now on (called after a theme change)."""
        for number, row in enumerate(self._rows):
            for column, brush in ((NAME, self._name_brush(row)), (TREND, self._trend_brush(row))):
                if brush is not None:
                    self.setData(self.index(number, column), brush, roles.FOREGROUND)

    def account(self, row: int) -> AccountRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, account_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == account_id:
                return number
        return -1

    def _fill(self, number: int, row: AccountRow) -> None:
        """The row's cells: text, sort key (numbers sort as numbers), and the
        colours, font and alignment the list shows them in; each cell's
        roles replaced in one call."""
        cells = [{roles.DISPLAY: text, roles.USER: key} for text, key in zip(_texts(row), _keys(row))]
        for cell in cells[2:]:
            cell[roles.ALIGNMENT] = RIGHT_ALIGNED
        if row.archived:
            for cell in cells:
                cell[roles.FONT] = self._archived_font
        cells[NAME][self.IdRole] = row.id
        if (brush := self._name_brush(row)) is not None:
            cells[NAME][roles.FOREGROUND] = brush
            cells[NAME][roles.TOOLTIP] = self.tr("%d overdue promise(s)") % self._overdue[row.id]
        if (brush := self._trend_brush(row)) is not None:
            cells[TREND][roles.FOREGROUND] = brush
        for column, cell in enumerate(cells):
            # Makes the cell's item from the prototype where there is none yet.
            self.setItemData(self.index(number, column), cell)

    def _name_brush(self, row: AccountRow):
        return text_brush("negative") if self._overdue.get(row.id) else None

    @staticmethod
    def _trend_brush(row: AccountRow):
        return text_brush("negative") if row.trend < 0 else None


def _texts(row: AccountRow) -> tuple:
    return (row.name, row.industry, row.stakeholders, row.entries, row.balance, f"{row.trend:+d}",
            row.last_contact.isoformat() if row.last_contact else "—")


def _keys(row: AccountRow) -> tuple:
    """Sort keys: numbers sort as numbers."""
    return (row.name.lower(), row.industry.lower(), row.stakeholders, row.entries, row.balance, row.trend,
            row.last_contact.isoformat() if row.last_contact else "")
