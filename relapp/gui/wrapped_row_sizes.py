"""Filling a word-wrapped list: the first screen laid out at once, the rest once the first frame is painted.

A list with word wrap lays out the text of every row to know its scroll
range before it paints anything: for the map's 200 coverage gaps that was a
tenth of opening the map.  Qt's batched layout mode paints an empty list at
first, so instead the rows that can be on screen in the first frame are laid
out by Qt as usual, the others get a height estimated from their length, and
as soon as the event loop is free Qt lays those out too.  The first frame
shows exactly what it always did; only the scroll bar's range is an
estimate, for one turn of the event loop.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle


class WrappedRows(QObject):
    """Fills one word-wrapped ``QListWidget`` with ``add()`` (after ``clear()``)."""

    def __init__(self, view: QListWidget):
        super().__init__(view)
        self._view = view
        self._estimated_from: int | None = None  # first row with an estimated size
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(self.lay_out_all)

    def pending(self) -> bool:
        """Whether some rows have an estimated size until the event loop is next free."""
        return self._estimated_from is not None

    def add(self, items: list[QListWidgetItem], texts: list[str] | None = None) -> None:
        """``texts``: the items' texts, when the caller has them at hand
        (asking each item for its text again is a call into Qt per row)."""
        view = self._view
        metrics = view.fontMetrics()
        line = max(1, metrics.lineSpacing())
        # Every row is at least a line high: this many rows fill the first
        # screen. A list not on screen yet has no size to go by: all exact.
        first_screen = view.viewport().height() // line + 1 if view.isVisible() else math.inf
        # Wrapped as wide as the viewport less a scroll bar (so many rows will show one).
        width = max(1, view.viewport().width() - view.style().pixelMetric(QStyle.PM_ScrollBarExtent, None, view))
        average = max(1, metrics.averageCharWidth())
        margin = 2 * (view.style().pixelMetric(QStyle.PM_FocusFrameVMargin, None, view) + 1)
        start = view.count()
        for row, item in enumerate(items, start=start):
            if row >= first_screen:
                text = item.text() if texts is None else texts[row - start]
                lines = sum(max(1, math.ceil(len(part) * average / width)) for part in text.split("\n"))
                # No width of its own: the rows laid out by Qt decide how wide the list is.
                item.setSizeHint(QSize(1, lines * line + margin))
            view.addItem(item)
        if view.count() > first_screen:
            self._estimated_from = first_screen if self._estimated_from is None \
                else min(self._estimated_from, first_screen)
            self._settle.start()

    def lay_out_all(self) -> None:
        """Let Qt lay out the rows whose size was estimated (at once, rather than when the event loop is free)."""
        self._settle.stop()
        start, self._estimated_from = self._estimated_from, None
        if start is None:
            return
        for row in range(start, self._view.count()):
            self._view.item(row).setSizeHint(QSize())
        self._view.doItemsLayout()
