"""The table look shared by every list in the window."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def make_table(model, parent=None) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setHighlightSections(False)
    table.setWordWrap(False)
    # Tab leaves the table for the next control; arrow keys move between cells.
    table.setTabKeyNavigation(False)
    return table
