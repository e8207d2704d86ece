"""Checks that a widget shows what it holds: texts whole, neighbours apart,
nothing squeezed narrower than it asks to be."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget


def show_at(qtbot, widget: QWidget, width: int, height: int = 640) -> QWidget:
    """``widget`` on screen at that size (a view's share of a window)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_children(parent: QWidget) -> list[QWidget]:
    """The visible widgets laid out directly on ``parent`` (a bar, a row)."""
    return [w for w in parent.findChildren(QWidget) if w.parentWidget() is parent and w.isVisible()]


def overlaps(widgets: list[QWidget]) -> list[str]:
    found = []
    for i, a in enumerate(widgets):
        for b in widgets[i + 1:]:
            if a.geometry().intersects(b.geometry()):
                found.append(f"{name(a)} {a.geometry()} overlaps {name(b)} {b.geometry()}")
    return found


def squeezed(widgets: list[QWidget]) -> list[str]:
    """Widgets narrower than their size hint (a combo box's text or a button's
    label is then cut); a widget that asks for a width of its own (fixed)
    is held to that."""
    found = []
    for w in widgets:
        wanted = max(w.sizeHint().width(), w.minimumWidth())
        if w.width() < wanted:
            found.append(f"{name(w)} is {w.width()} wide, wants {wanted}")
    return found


def line_edit_shows_whole(qtbot, edit: QLineEdit, text: str) -> bool:
    """Typed into ``edit``, ``text`` shows from its first letter to its last
    without scrolling: the cursor at its end is as far from the cursor at its
    start as the text is wide (a text too long scrolls, and the distance is
    the room there is instead)."""
    from PySide6.QtGui import QFontMetricsF

    edit.setText(text)
    edit.setCursorPosition(0)
    edit.grab()  # a paint works out the scroll
    start = edit.cursorRect().x()
    edit.setCursorPosition(len(text))
    edit.grab()
    end = edit.cursorRect().x()
    edit.clear()
    return end - start >= round(QFontMetricsF(edit.font()).horizontalAdvance(text)) - 1


def name(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__
