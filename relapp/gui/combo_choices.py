"""Filling filter combo boxes whose first item means "any": the choices
are replaced, the current one kept when it still exists, without firing
the box's change signals."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from relapp.services.tags import list_tags


def refill(box: QComboBox, items: list[tuple[object, str]]) -> None:
    current = box.currentData()
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    for data, text in items:
        box.addItem(text, data)
    box.setCurrentIndex(max(box.findData(current), 0))
    box.blockSignals(False)


def refill_tags(box: QComboBox) -> None:
    """Every tag by name; the box shows only when there is a tag to choose."""
    refill(box, [(t.id, t.name) for t in list_tags()])
    box.setVisible(box.count() > 1)
