"""The journal as a lazily loaded table model.

Only the row count is known up front; rows arrive a page at a time when the
view asks for them, and only a bounded number of pages stays in memory, so
500,000 entries scroll as smoothly as 50.  A page next to one already loaded
continues from its last row through the index; a far jump (scrollbar drag)
goes through a count of entries per day, built when the user pauses, that
turns the row number into a day to seek to and a short skip within it.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QTimer, Qt
from PySide6.QtGui import QFont

from relapp.gui.models import roles
from relapp.domain.vocabulary import ENTRY_KINDS, TRUST_TAGS, trust_tags
from relapp.services import commitments, journal
from relapp.services.journal import EntryRow, JournalFilter
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.gui.models.header_text import header_text
from relapp.gui.text_colours import text_brush

PAGE = 40
INDEX_DELAY_MS = 400
RIGHT_ALIGNED = int(Qt.AlignRight | Qt.AlignVCenter)
MAX_PAGES = 200  # 8,000 rows in memory at most
COLUMNS = (
    QT_TRANSLATE_NOOP("TableHeader", "Date"),
    QT_TRANSLATE_NOOP("TableHeader", "Account"),
    QT_TRANSLATE_NOOP("TableHeader", "Kind"),
    QT_TRANSLATE_NOOP("TableHeader", "Value"),
    QT_TRANSLATE_NOOP("TableHeader", "Title"),
    QT_TRANSLATE_NOOP("TableHeader", "With"),
    QT_TRANSLATE_NOOP("TableHeader", "TRUST"),
    QT_TRANSLATE_NOOP("TableHeader", "Written by"),  # on a team database only
)
COLUMN_INDEX = {name: i for i, name in enumerate(COLUMNS)}


class JournalTableModel(QAbstractTableModel):
    IdRole = Qt.UserRole + 1
    AccountIdRole = Qt.UserRole + 2
    _ROLES = frozenset({roles.DISPLAY, roles.FOREGROUND, roles.ALIGNMENT, roles.TOOLTIP, roles.ACCESSIBLE_TEXT,
                        roles.FONT, int(IdRole), int(AccountIdRole)})

    def __init__(self, parent=None, limit: int | None = None, show_account: bool = True,
                 team: Callable[[], bool] | None = None):
        super().__init__(parent)
        # Whether the open data is a team database, whose entries say who wrote them: asked of
        # whoever holds the data (the window's DataContext) on each load, as the data may switch.
        self._team = team or (lambda: False)
        # Made once: data() runs for every visible cell on every paint.
        self._mono = QFont("monospace")
        self._mono.setStyleHint(QFont.TypeWriter)
        self._filter = JournalFilter()
        self._days: list[dt.date] = []
        self._day_starts: list[int] | None = None
        self._index_timer = QTimer(self)
        self._index_timer.setSingleShot(True)
        self._index_timer.setInterval(INDEX_DELAY_MS)
        self._index_timer.timeout.connect(self._index_days)
        self._count = 0
        self._pages: OrderedDict[int, list[EntryRow]] = OrderedDict()
        self._cells: dict[int, tuple[tuple[str, str | None], ...]] = {}  # row → its cells (see _cells_of)
        self._last_row: tuple[int, EntryRow | None] = (-1, None)  # (row, entry) last looked up
        self._matches: int | None = None  # the filter's text matches
        self._limit = limit
        self._show_account = show_account
        self._columns = self._wanted_columns()
        self._place_columns()
        # Accounts with overdue promises (id → count), shown in red like
        # everywhere else; read on the first load and on reload(), not on
        # each keystroke of a search.
        self._overdue: dict[int, int] | None = None

    # Loading ------------------------------------------------------------------
    def _wanted_columns(self) -> tuple[str, ...]:
        left_out = {"Account"} if not self._show_account else set()
        if not self._team():
            left_out.add("Written by")
        return tuple(c for c in COLUMNS if c not in left_out)

    def _place_columns(self) -> None:
        # Every journal shows these two; data() compares column numbers.
        self._value_column = self._columns.index("Value")
        self._trust_column = self._columns.index("TRUST")

    def set_filter(self, f: JournalFilter) -> None:
        self.beginResetModel()
        self._filter = f
        self._columns = self._wanted_columns()  # the data may have switched to or from a team database
        self._place_columns()
        self._pages.clear()
        self._cells.clear()
        self._last_row = (-1, None)
        self._days, self._day_starts = [], None
        # Indexed when the user pauses, not on every keystroke; a jump
        # before that indexes at once.
        self._index_timer.start()
        # Counted once per filter; every page of it reuses the figure.
        self._matches = journal.text_matches(f)
        count = journal.count_entries(f, self._matches)
        self._count = min(count, self._limit) if self._limit is not None else count
        if self._show_account and self._overdue is None:
            self._overdue = commitments.overdue_counts()[1]
        self.endResetModel()

    def filter(self) -> JournalFilter:
        return self._filter

    def reload(self) -> None:
        self._overdue = None
        self.set_filter(self._filter)

    def _page(self, number: int) -> list[EntryRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        previous = self._pages.get(number - 1)
        if number == 0:
            page = journal.query_entries(self._filter, 0, PAGE, matches=self._matches)
        elif previous:
            last = previous[-1]
            page = journal.query_entries(self._filter, limit=PAGE, after=(last.day, last.id),
                                         matches=self._matches)
        else:
            page = self._jump(number * PAGE)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._forget_page(self._pages.popitem(last=False)[0])
        return page

    def _forget_page(self, number: int) -> None:
        """Drop a page's cells with the page, forty rows at a time.  The
        cells were all cleared at once when 8,000 rows were kept: freeing
        them took 4 ms inside one frame, the journal scroll's worst frame
        (20 ms against 14 for the others, the same frame every drag)."""
        for row in range(number * PAGE, (number + 1) * PAGE):
            self._cells.pop(row, None)

    def _index_days(self) -> None:
        """Rows before each day, so a jump can start at the right day."""
        self._index_timer.stop()
        if self._day_starts is not None:
            return
        days, starts, total = [], [], 0
        for day, count in journal.day_counts(self._filter, self._matches):
            days.append(day)
            starts.append(total)
            total += count
        self._days, self._day_starts = days, starts

    def _jump(self, first_row: int) -> list[EntryRow]:
        self._index_days()
        at = bisect.bisect_right(self._day_starts, first_row) - 1
        if at < 0:
            return []
        return journal.entries_at(self._filter, first_row - self._day_starts[at], PAGE,
                                  start_day=self._days[at], matches=self._matches)

    def row(self, row: int) -> EntryRow | None:
        # Qt asks about one cell after another along a row: the last row
        # looked up answers most questions without finding its page again.
        if row == self._last_row[0]:
            return self._last_row[1]
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        entry = page[offset] if offset < len(page) else None
        self._last_row = (row, entry)
        return entry

    def row_of(self, entry_id: int) -> int:
        """The row that shows the entry under the current filter, or -1."""
        row = journal.position_of(self._filter, entry_id, self._matches)
        return row if row is not None and row < self._count else -1

    def entry_id(self, row: int) -> int | None:
        entry = self.row(row)
        return entry.id if entry else None

    def _display(self, entry: EntryRow) -> tuple[str, ...]:
        """The texts of an entry's cells in ``COLUMNS`` order, worked out
        once per row shown.  A tuple of strings: the garbage collector stops
        tracking it, so thousands cached cost no pause while scrolling."""
        # Positional, so the two T's (time, trust earned) never blur.
        tags = set(trust_tags(entry.trust))
        return (
            entry.day.isoformat(),
            entry.account,
            vocabulary_label(ENTRY_KINDS.get(entry.kind, entry.kind)),
            f"{entry.value:+d}" if entry.value else "0",
            entry.title,
            entry.participants,
            "".join(letter if key in tags else "·" for key, (letter, _, _) in TRUST_TAGS.items()),
            entry.author,
        )

    # Qt model API ---------------------------------------------------------------
    def columns(self) -> tuple[str, ...]:
        return self._columns

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.columns()):
            return header_text(self.columns()[section])
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and 0 <= section < len(self.columns()):
            return self.header_tip(self.columns()[section])
        return None

    def header_tip(self, column: str) -> str | None:
        if column == "TRUST":
            letters = " · ".join(f"{letter} {vocabulary_label(label).lower()}"
                                 for letter, label, _ in TRUST_TAGS.values())
            return self.tr("What built trust, one letter per kind in this order: %s; a dot where the entry "
                           "has none of that kind") % letters
        if column == "Account":
            return self.tr("An account in red has an overdue promise")
        if column == "Value":
            return self.tr("Deposits (+1 to +5) in green, withdrawals (−1 to −5) in red")
        return None

    def data(self, index, role=roles.DISPLAY):
        # Qt asks for a dozen roles per visible cell on every paint, about
        # 1,600 calls a frame: the roles it paints with are answered from
        # the row's cells worked out once, the others are turned away
        # before anything is looked up.
        if role not in self._ROLES:
            return None
        row = index.row()
        cells = self._cells.get(row)
        if cells is None:
            cells = self._cells_of(row)  # an invalid index has row -1: None
            if cells is None:
                return None
        column = index.column()
        if role == roles.DISPLAY:
            return cells[column][0]
        if role == roles.FOREGROUND:
            meaning = cells[column][1]
            return text_brush(meaning) if meaning is not None else None  # the theme's shade at paint time
        if role == roles.ALIGNMENT:
            return RIGHT_ALIGNED if column == self._value_column else None
        if role == roles.FONT:
            return self._mono if column == self._trust_column else None
        return self._described(self.row(row), self._columns[column], role)

    def _cells_of(self, row: int) -> tuple[tuple[str, str | None], ...] | None:
        """Each column's text and the meaning of its colour (None: the
        table's own), in column order: tuples of strings, which the garbage
        collector stops tracking, so thousands kept cost no pause."""
        entry = self.row(row)
        if entry is None:
            return None
        # Kept while the row's page is (see _forget_page): at most MAX_PAGES pages of rows.
        texts = self._display(entry)
        value = None if not entry.value else "positive" if entry.value > 0 else "negative"
        account = "negative" if self._overdue and entry.account_id in self._overdue else None
        cells = self._cells[row] = tuple(
            (texts[COLUMN_INDEX[column]], value if column == "Value" else account if column == "Account" else None)
            for column in self._columns)
        return cells

    def _described(self, entry: EntryRow, column: str, role: int):
        """What a tooltip, a screen reader or the window asks of a cell."""
        if role == self.IdRole:
            return entry.id
        if role == self.AccountIdRole:
            return entry.account_id
        if role == roles.TOOLTIP and column == "Account" and self._overdue and entry.account_id in self._overdue:
            return self.tr("%d overdue promise(s) in this account") % self._overdue[entry.account_id]
        if role in (roles.TOOLTIP, roles.ACCESSIBLE_TEXT) and column == "TRUST" and entry.trust:
            return ", ".join(vocabulary_label(TRUST_TAGS[t][1]) for t in trust_tags(entry.trust))
        if role == roles.ACCESSIBLE_TEXT and column == "Value":
            kind = self.tr("deposit") if entry.value > 0 else self.tr("withdrawal") if entry.value < 0 else ""
            return f"{entry.value:+d} {kind}".strip()
        return None
