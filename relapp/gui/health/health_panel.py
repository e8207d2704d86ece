"""An account's health: when the last check-up was and when the next is
due, the trend chart, and how each question moved."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QSplitter, QVBoxLayout, QWidget

from relapp.gui.health.health_chart import HealthChart
from relapp.gui.health.movement_model import MovementTableModel
from relapp.gui.quiet_label import QuietLabel
from relapp.gui.views.tables import make_table
from relapp.services import health
from relapp.gui.text_colours import css


class HealthPanel(QWidget):
    changed = Signal()

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today
        self.account_id: int | None = None
        self.status = QuietLabel(self)
        self.status.setTextFormat(Qt.RichText)
        # Wrapped, not one line: unwrapped, its width and the two buttons' made
        # the whole account pane at least 835 pixels wide once this tab was
        # shown, and on a 1280-pixel screen the account list lost a third of
        # its width and cut every account's name.
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Check-up status"))
        self.record_button = QPushButton(self.tr("Record a check-up…"), self)
        self.record_button.clicked.connect(self.record_checkup)
        self.change_button = QPushButton(self.tr("Change the last one…"), self)
        self.change_button.setToolTip(self.tr("Change the day, scores, comments or notes of the latest check-up"))
        self.change_button.clicked.connect(self.change_last_checkup)
        self.chart = HealthChart(self)
        # Low enough for the account pane's tabs to fit a 640-pixel-high window.
        self.chart.setMinimumHeight(120)
        self.model = MovementTableModel(self)
        self.table = make_table(self.model, self)
        self.table.setAccessibleName(self.tr("How each question moved"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(4, QHeaderView.Interactive)
        self.table.setColumnWidth(4, 120)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.record_button)
        top.addWidget(self.change_button)
        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setSizes([300, 600])  # the questions read better than a wider chart draws
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.record_button.setEnabled(account_id is not None)
        self.chart.set_account(account_id)
        self.model.set_account(account_id)
        if account_id is None:
            self.status.clear()
            self.change_button.setEnabled(False)
            return
        today = self.today or dt.date.today()
        status = health.checkup_status(account_id, today)
        self.change_button.setEnabled(status.last is not None)
        parts = [self.tr("Last check-up: %s") % (status.last.isoformat() if status.last else self.tr("never"))]
        if self.chart.points:
            parts.append(self.tr("health %d of 100") % round(self.chart.points[-1].health))
        if status.due is None:
            parts.append(self.tr("check-ups switched off for this account"))
        elif status.due <= today:
            overdue = self.tr("next one due since %s") % status.due.isoformat()
            parts.append(f"<span style='{css('negative')} font-weight:600'>{html.escape(overdue)}</span>")
        else:
            parts.append(self.tr("next one due %s (every %d days)") % (status.due.isoformat(), status.interval_days))
        self.status.setText(" · ".join(parts))

    def record_checkup(self) -> None:
        from relapp.gui.health.checkup_dialog import CheckupDialog

        if self.account_id is not None and CheckupDialog(self.account_id, self.window(), self.today).exec():
            self.set_account(self.account_id)
            self.changed.emit()

    def change_last_checkup(self) -> None:
        from relapp.gui.health.checkup_dialog import CheckupDialog

        history = health.checkups_of(self.account_id) if self.account_id is not None else []
        if history and CheckupDialog(self.account_id, self.window(), self.today, record=history[-1]).exec():
            self.set_account(self.account_id)
            self.changed.emit()
