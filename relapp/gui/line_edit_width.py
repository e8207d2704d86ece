"""How wide a line edit must be to show a text whole (its placeholder, say),
frame, inner margins and clear button included."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolButton

# QLineEdit keeps this many pixels between its frame and its text on each side.
TEXT_SIDE_MARGIN = 2
# Room the clear button takes when no button is made yet to measure.
CLEAR_BUTTON_ROOM = 26


def line_edit_width_for(edit: QLineEdit, text: str) -> int:
    option = QStyleOptionFrame()
    option.initFrom(edit)
    option.lineWidth = edit.style().pixelMetric(QStyle.PM_DefaultFrameWidth, option, edit)
    option.rect = QRect(0, 0, 1000, edit.sizeHint().height())
    contents = edit.style().subElementRect(QStyle.SE_LineEditContents, option, edit)
    frame = option.rect.width() - contents.width()
    margins = edit.textMargins()
    clear = 0
    if edit.isClearButtonEnabled():
        # The clear button, and the gap Qt keeps before it; typed text as long
        # as the placeholder fits beside it too.
        buttons = edit.findChildren(QToolButton)
        clear = buttons[0].sizeHint().width() + 2 * TEXT_SIDE_MARGIN if buttons else CLEAR_BUTTON_ROOM
    text_width = math.ceil(edit.fontMetrics().horizontalAdvance(text))
    return text_width + frame + 2 * TEXT_SIDE_MARGIN + margins.left() + margins.right() + clear + 1
