"""Typing to narrow a long list of people to tick.

A board meeting's attendees are ticked in a list of everybody on the
account; with eighty people, finding three meant scrolling and reading
the whole list. A field above the list keeps only the lines holding every
word typed (name, title, in any order and case); Enter ticks or unticks
the one line left and empties the field for the next name, so a meeting's
attendees can be picked without leaving the keyboard. Narrowing only hides
lines: what is ticked stays ticked, shown or not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

# A shorter list shows whole at a glance: a field above it is one more to pass.
FILTER_FROM = 10


class CheckListFilter(QObject):
    """Narrows ``check_list`` to the lines holding the words typed in ``field``.
    Call ``refilled()`` after the list's lines change."""

    def __init__(self, field: QLineEdit, check_list: QListWidget):
        super().__init__(field)
        self.field, self.list = field, check_list
        field.setClearButtonEnabled(True)
        field.setPlaceholderText(self.tr("Type to narrow the list; Enter ticks the one left"))
        field.setAccessibleName(self.tr("Narrow the list"))
        field.textChanged.connect(self.apply)
        field.installEventFilter(self)
        self.refilled()

    def refilled(self) -> None:
        self.field.setVisible(self.list.count() >= FILTER_FROM)
        self.apply()

    def shown(self) -> list[QListWidgetItem]:
        return [item for item in (self.list.item(i) for i in range(self.list.count())) if not item.isHidden()]

    def apply(self) -> None:
        words = self.field.text().casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            text = item.text().casefold()
            item.setHidden(not all(word in text for word in words))
        shown = self.shown()
        if words and shown:
            self.list.setCurrentItem(shown[0])
            self.list.scrollToItem(shown[0])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.field and event.type() == QEvent.KeyPress:
            key = event.key()
            if key in (Qt.Key_Down, Qt.Key_PageDown):
                shown = self.shown()
                if shown:
                    if self.list.currentItem() is None or self.list.currentItem().isHidden():
                        self.list.setCurrentItem(shown[0])
                    self.list.setFocus(Qt.TabFocusReason)
                return True
            if key in (Qt.Key_Return, Qt.Key_Enter) and self.field.text().strip():
                # While narrowing, Enter is the list's, never the dialog's default button.
                shown = self.shown()
                if len(shown) == 1:
                    item = shown[0]
                    item.setCheckState(Qt.Unchecked if item.checkState() == Qt.Checked else Qt.Checked)
                    self.field.clear()
                return True
        return False
