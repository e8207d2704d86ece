"""Setting the order Tab walks a row or a form in, in one call."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab goes from each of ``widgets`` to the next."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)
