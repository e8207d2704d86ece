"""A person's key dates: a row each (what, the day, every year or once);
the day is written 1980-06-12, or --06-12 when the year is not known."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from relapp.domain.key_dates import parse_key_day
from relapp.gui.overdue_look import overdue_style
from relapp.gui.themed_styles import themed
from relapp.gui.refusal_texts import refusal_message


class KeyDatesDialog(QDialog):
    def __init__(self, whose: str, dates: list[tuple[str, str, bool]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Key dates of %s") % whose)
        self.resize(520, 320)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Key dates"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Day"), self.tr("Every year")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        for label, day, yearly in dates:
            self.add_row(label, day, yearly)
        add = QPushButton(self.tr("&Add"), self)
        add.clicked.connect(lambda: self.add_row(self.tr("Birthday") if not self.table.rowCount() else "", "", True,
                                                 edit=True))
        remove = QPushButton(self.tr("&Remove"), self)
        remove.clicked.connect(self._remove)
        self.error = QLabel(self)
        themed(self.error, overdue_style)
        self.error.setWordWrap(True)
        hint = QLabel(self.tr("Write the day as 1980-06-12, or --06-12 when the year is not known."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add_row(self, label: str, day: str, yearly: bool, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(label))
        self.table.setItem(row, 1, QTableWidgetItem(day))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        check.setCheckState(Qt.Checked if yearly else Qt.Unchecked)
        self.table.setItem(row, 2, check)
        if edit:
            self.table.setCurrentCell(row, 1 if label else 0)
            self.table.editItem(self.table.item(row, 1 if label else 0))

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def dates(self) -> list[tuple[str, str, bool]]:
        """The rows, checked: ValueError names the first wrong one."""
        out = []
        for row in range(self.table.rowCount()):
            label = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            day = (self.table.item(row, 1).text() if self.table.item(row, 1) else "").strip()
            if not label and not day:
                continue
            if not label:
                raise ValueError(self.tr("Row %d: say what the date is (Birthday, Anniversary…)") % (row + 1))
            try:
                key = parse_key_day(day)
            except ValueError as exc:
                raise ValueError(self.tr("Row %d: %s") % (row + 1, refusal_message(exc))) from None
            out.append((label, key.text(), self.table.item(row, 2).checkState() == Qt.Checked))
        return out

    def _try_accept(self) -> None:
        try:
            self.dates()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
