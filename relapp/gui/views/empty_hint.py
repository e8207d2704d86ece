"""A line in the middle of an empty list saying what would fill it, so an
empty pane on a new data folder (or under filters that match nothing)
tells the user what to do rather than showing bare column headings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QObject):
    """Shows ``text()`` over ``view`` whenever its model has no rows.
    ``text`` is asked again at each change, so it can tell "nothing yet"
    from "nothing matches"."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]):
        super().__init__(view)
        self.view = view
        self.text = text
        self.label = QLabel(view.viewport())
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.label.setForegroundRole(QPalette.PlaceholderText)
        self.label.setAccessibleName(self.tr("Empty list"))
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        empty = self.view.model().rowCount() == 0
        if empty:
            self.label.setText(self.text())
            self._place()
        self.label.setVisible(empty)

    def _place(self) -> None:
        area = self.view.viewport().rect().adjusted(24, 0, -24, 0)
        self.label.setGeometry(area)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Resize:
            self._place()
        return False
