"""A one-line label that gives way: narrower than its text, it shows the
text cut with an ellipsis (or a shorter text given for the purpose: the
part that matters, whole) and the whole of it as its tooltip, so a long
name never makes the window wider than the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class ElidedLabel(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self._short = ""
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.setTextFormat(Qt.PlainText)

    def text(self) -> str:
        """The whole text, not the part shown."""
        return self._full

    def setText(self, text: str, short: str = "") -> None:  # noqa: N802 (Qt's name)
        """``short``: shown instead of ``text`` cut short when ``text`` does not fit."""
        self._full = text
        self._short = short
        self._show()
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 2, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show()

    def _show(self) -> None:
        room = max(0, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self._full, Qt.ElideRight, room)
        if shown != self._full and self._short:
            shown = self.fontMetrics().elidedText(self._short, Qt.ElideRight, room)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._show()
