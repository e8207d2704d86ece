"""Small read-only text pieces shared by the views."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from relapp.gui.quiet_label import QuietLabel
from relapp.gui.text_colours import css


def heading(text: str = "", size: float = 1.35) -> QLabel:
    label = QuietLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    # A long account or person name wraps: on one line it was cut off at the
    # pane's edge (and asked the window for more width than a laptop has).
    label.setWordWrap(True)
    return label


def paragraph(text: str = "") -> QLabel:
    label = QuietLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
    return label


def field_rows(rows: list[tuple[str, str]], empty: str) -> str:
    """Label/value pairs as rich text; user text is always escaped."""
    parts = []
    for label, value in rows:
        shown = html.escape(value).replace("\n", "<br>") if value else f"<i style='{css('muted')}'>{html.escape(empty)}</i>"
        parts.append(f"<p style='margin:0 0 6px 0'><b>{html.escape(label)}</b><br>{shown}</p>")
    return "".join(parts)
