"""Row sizes of a word-wrapped list: the first screen exact at once, the rest after the first frame.

A list with word wrap lays out the text of every row to know its scroll
range before it can paint: for the map's 200 coverage gaps that was a tenth
of opening the map.  Qt's batched layout mode paints nothing at first, so
instead this delegate measures exactly (as Qt would) only the rows that can
be on screen in the first frame, answers an estimate for the others, and
lays the list out again exactly as soon as the event loop is free.  What the
first frame shows is exact; only the scroll bar's range is an estimate, for
one turn of the event loop.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate


class WrappedRowSizes(QStyledItemDelegate):
    """Set on a word-wrapped ``QListView``/``QListWidget``; call ``forget()``
    when it is filled anew (sizes are kept per text only until then)."""

    def __init__(self, view: QListView):
        super().__init__(view)
        self._view = view
        self._sizes: dict[tuple[str, int], QSize] = {}
        self._laid_out = 0  # pixels of rows laid out in this pass, from the top
        self._exact = False  # the pass after the first frame: every row exact
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(self.lay_out_exactly)

    def forget(self) -> None:
        self._sizes.clear()

    def pending(self) -> bool:
        """Whether some rows are sized by an estimate until the event loop is next free."""
        return self._settle.isActive()

    def lay_out_exactly(self) -> None:
        self._settle.stop()
        self._exact = True
        try:
            self._view.doItemsLayout()
        finally:
            self._exact = False

    def sizeHint(self, option, index) -> QSize:
        if index.row() == 0:
            self._laid_out = 0
        text = index.data(Qt.DisplayRole) or ""
        key = (text, option.rect.width())
        size = self._sizes.get(key)
        if size is None:
            if self._exact or self._laid_out < self._view.viewport().height():
                size = self._sizes[key] = super().sizeHint(option, index)
            else:
                self._settle.start()
                return self._estimate(option, text)
        self._laid_out += size.height()
        return size

    def _estimate(self, option, text: str) -> QSize:
        """Lines from the text's length and the font's average character width."""
        width = max(1, option.rect.width())
        metrics = option.fontMetrics
        average = max(1, metrics.averageCharWidth())
        lines = sum(max(1, math.ceil(len(part) * average / width)) for part in text.split("\n"))
        margin = 2 * (self._view.style().pixelMetric(QStyle.PM_FocusFrameVMargin, None, self._view) + 1)
        return QSize(width, lines * metrics.lineSpacing() + margin)
