"""The table look shared by every list in the window."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from relapp.gui.text_widths import text_widths


def make_table(model, parent=None) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setHighlightSections(False)
    table.setWordWrap(False)
    # Tab leaves the table for the next control; arrow keys move between cells.
    table.setTabKeyNavigation(False)
    return table


# Room beside a cell's text: the item delegate's margins and a little air.
CELL_PADDING = 16
FIT_ROWS = 50
# The room a column's title needs (Qt's size hint: text, margins, sort mark),
# by title, header font and whether the sort mark shows: asked of the style
# once, not on every account switch and scroll.
_TITLE_ROOM: dict[tuple[str, str, bool], int] = {}


def _title_room(header, column: int, title: str, font_key: str) -> int:
    key = (title, font_key, header.isSortIndicatorShown())
    room = _TITLE_ROOM.get(key)
    if room is None:
        room = _TITLE_ROOM[key] = header.sectionSizeHint(column)
    return room


def fit_columns(table: QTableView, texts: Callable[[int], Sequence[str]], leave: Collection[int] = ()) -> None:
    """Widen ``table``'s columns (never narrow them) to the texts of the rows
    on screen, ``texts(row)`` giving a row's cell texts; the columns in
    ``leave`` (one taking the room the others leave) as they are.  Cheaper than Qt's
    ResizeToContents, which asks the model and the delegate about every
    cell; and widths that only grow stop re-laying out the table once the
    widest texts have been seen."""
    model = table.model()
    rows = model.rowCount()
    if not rows:
        return
    header = table.horizontalHeader()
    # Roles, stances, influence dots, ties, days and titles come back on
    # every account switch: each measured once per font.
    known = text_widths(table.font(), table.fontMetrics())
    first = max(table.rowAt(0), 0)
    # The rows a tall window shows, whatever the table's height is right
    # now (a switch can change it just after).
    shown = FIT_ROWS
    last_column = header.count() - 1
    widths = [0] * header.count()
    for row in range(first, min(rows, first + shown)):
        for column, text in enumerate(texts(row)):
            width = known[text]
            if width > widths[column]:
                widths[column] = width
    # A title wider than its column's texts is not cut off either (German
    # "Unsere beste Verbindung" over "5/5" and "niemand" showed as "ere beste Verbinc").
    font_key = header.font().key()
    for column, width in enumerate(widths):
        if (column == last_column and header.stretchLastSection()) or column in leave:
            continue  # it takes what the others leave
        wanted = max(width + CELL_PADDING,
                     _title_room(header, column, str(model.headerData(column, Qt.Horizontal) or ""), font_key))
        if wanted > header.sectionSize(column):
            header.resizeSection(column, wanted)
