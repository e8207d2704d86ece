"""Columns that give way on a narrow window instead of scrolling sideways."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

# A viewport sized while hidden gets no resize event of its own when shown:
# the width it shows at is read then too.
VIEWPORT_WIDTH_EVENTS = (QEvent.Resize, QEvent.Show)
# What the stretching column (a title, say) keeps at least before the
# others give way: two or three words of it.
STRETCH_ROOM = 150


class _SizedColumns(QObject):
    """What both kinds share: their widths are worked out again whenever the
    viewport's width may have changed (``apply``), widths they set
    themselves are told from a user's drag, and after a drag the user's
    widths stand."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        self.user_sized = False
        self._setting = False
        table.horizontalHeader().sectionResized.connect(self._resized)
        # The viewport, not the table: its width is what the columns share,
        # and it changes when the vertical scroll bar comes and goes too.
        table.viewport().installEventFilter(self)

    def apply(self) -> None:
        raise NotImplementedError

    def _sized_by_user(self, column: int) -> bool:
        """Whether a drag of ``column`` makes the table the user's."""
        raise NotImplementedError

    def _set_widths(self, widths: dict[int, int]) -> None:
        """Resize the columns, not taken for a user's drag."""
        header = self.table.horizontalHeader()
        self._setting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._setting = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._setting and self._sized_by_user(column):
            self.user_sized = True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in VIEWPORT_WIDTH_EVENTS:
            self.apply()
        return False


class ColumnRoom(_SizedColumns):
    """Sets ``table``'s columns to ``widths`` and lets ``stretch`` take what
    is left. Where the window is too narrow for that (a small laptop's, or
    one snapped to half the screen), the other columns give up what they
    have above their ``floors`` (the narrowest each reads at: a date whole,
    a stance's longest word; never narrower than its title), each in
    proportion, so every column stays in sight. Narrower still, they stay
    at their floors and the table scrolls sideways: a name cut to a letter
    or two helps nobody. A column the user dragged to a width of their own
    keeps it: from then on the table is theirs."""

    def __init__(self, table: QTableView, widths: Sequence[int], stretch: int, floors: Sequence[int] = ()):
        self.widths = tuple(widths)
        self.stretch = stretch
        self._floors = tuple(floors) + (0,) * (len(self.widths) - len(floors))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)
        super().__init__(table)
        self.apply()

    def floor(self, column: int) -> int:
        """The narrowest ``column`` gets: its floor, or its title's room if wider."""
        title = self.table.horizontalHeader().sectionSizeHint(column)
        return min(self.widths[column], max(self._floors[column], title))

    def layout(self, room: int) -> list[int]:
        """Every column's width but the stretching one's in ``room`` pixels."""
        others = [column for column in range(len(self.widths)) if column != self.stretch]
        wanted = sum(self.widths[column] for column in others)
        short = wanted - (room - STRETCH_ROOM)
        floors = {column: self.floor(column) for column in others}
        slack = sum(self.widths[column] - floors[column] for column in others)
        share = 0.0 if short <= 0 or slack <= 0 else min(1.0, short / slack)
        # Rounded up what is given up: a pixel over the viewport's width is a scroll bar.
        return [self.widths[column] if column == self.stretch
                else self.widths[column] - math.ceil((self.widths[column] - floors[column]) * share)
                for column in range(len(self.widths))]

    def apply(self) -> None:
        if not self.user_sized:
            self._set_widths(self._others(self.layout(self.table.viewport().width())))

    def _sized_by_user(self, column: int) -> bool:
        return column != self.stretch

    def _others(self, widths: list[int]) -> dict[int, int]:
        return {column: width for column, width in enumerate(widths) if column != self.stretch}

    def user_widths(self) -> list[int] | None:
        """Every column's width once the user sized them (to keep for the
        next session), else None: the table then keeps fitting the window."""
        if not self.user_sized:
            return None
        return [self.table.columnWidth(column) for column in range(len(self.widths))]

    def restore_widths(self, widths) -> None:
        """The widths ``user_widths`` gave in an earlier session (settings
        hand them back as texts); anything else, say from a version with
        other columns, is left alone."""
        try:
            widths = [int(width) for width in widths]
        except (TypeError, ValueError):
            return
        if len(widths) != len(self.widths) or any(width <= 0 for width in widths):
            return
        self._set_widths(self._others(widths))
        self.user_sized = True


class RestColumn(_SizedColumns):
    """``table``'s ``column`` takes the room its other columns (sized to
    their texts) leave, down to ``floor``; short of that, the table scrolls
    sideways. Qt's stretching column would not do: it narrows only while
    there is room to stretch into (short of room it kept the width it had,
    and the columns after it went behind a scroll bar), and it ignores any
    floor. Call ``apply()`` after widening the others; a new viewport width
    applies it itself. Once the user drags it to a width of their own, it
    keeps that width."""

    def __init__(self, table: QTableView, column: int, floor: int):
        self.column, self.floor = column, floor
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.Interactive)
        super().__init__(table)

    def _sized_by_user(self, column: int) -> bool:
        return column == self.column

    def apply(self) -> None:
        if self.user_sized:
            return
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        self._set_widths({self.column: max(self.floor, self.table.viewport().width() - others)})
