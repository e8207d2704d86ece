"""Labels that repaint for a new text or size, not for being measured, and
measure a text once per width."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

# What changes a label's height for a width besides its text (its margins
# and indent are set once, where the label is made).
_RELAID = frozenset({QEvent.FontChange, QEvent.StyleChange})


class QuietLabel(QLabel):
    """A word-wrapped or rich-text label that does not repaint itself when a
    layout merely measures it, and remembers its height for each width
    until its text changes.

    Qt's QLabel answers ``heightForWidth`` (and its size hints) by laying
    its text out again at the width asked and then at its own width, and its
    text control asks for a repaint at each relayout: on an account switch
    the pane's layouts measured the header's labels after the window's
    paint, and the labels painted a second time with the same text at the
    same size (an event filter counted every header label twice or three
    times per switch).  And the layouts ask each label about nine times per
    switch, at its width, its minimum width and the header's, each time two
    layouts of the text (py-spy: a tenth of a switch).  Its text, look and
    selection are QLabel's; a change of text or size still repaints it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._heights: dict[int, int] = {}  # width → height, for the text shown
        # Its text controls, looked up when first needed and again after a
        # child came or went: children() builds a Python wrapper for every
        # child each time (cProfile: about 4 ms of an account switch).
        self._controls: list | None = None

    def _measured(self, measure, *args):
        controls = self._controls
        if controls is None:
            controls = self._controls = [child for child in self.children()
                                         if child.metaObject().className() == "QWidgetTextControl"]
        if not controls:  # plain text that cannot be selected: no text control
            return measure(*args)
        blocked = [control.blockSignals(True) for control in controls]
        try:
            return measure(*args)
        finally:
            for control, was in zip(controls, blocked):
                control.blockSignals(was)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._heights.clear()
        super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        self._heights.clear()
        super().setWordWrap(on)

    def setTextFormat(self, text_format) -> None:  # noqa: N802
        self._heights.clear()
        super().setTextFormat(text_format)

    def childEvent(self, event) -> None:  # noqa: N802
        # Looked up again when next needed: a child announced as added is
        # still being made (its class is not yet its own).
        self._controls = None
        super().childEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in _RELAID:
            self._heights.clear()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._measured(super().heightForWidth, width)
        return height

    def sizeHint(self):  # noqa: N802
        return self._measured(super().sizeHint)

    def minimumSizeHint(self):  # noqa: N802
        return self._measured(super().minimumSizeHint)

    def paintEvent(self, event) -> None:  # noqa: N802
        # The paint lays the text out at the label's width (measuring left it
        # at another): the repaint its text control asks for then is this
        # one, and asked for during a paint Qt made it a paint of its own.
        self._measured(super().paintEvent, event)
