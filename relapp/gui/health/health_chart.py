"""The health trend of an account: one point per check-up on a 0–100
scale, with the neutral middle (every answer 3 of 5) marked."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from relapp.gui.chart.direct_axes import DatePlotWidget, to_seconds
from relapp.gui.chart.line_colours import SERIES
from relapp.services import health

NEUTRAL = 50


class HealthChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = DatePlotWidget()
        self.plot.setAccessibleName(self.tr("Health trend chart"))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setYRange(0, 100, padding=0.05)
        self.plot.getPlotItem().setLabel("left", self.tr("Health"))
        self.empty = QLabel(self.tr("No check-up yet: record one and the health trend starts here."), self)
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty)
        self.points: list = []
        self.plot.follow_palette()  # now that it sits in this widget

    def set_account(self, account_id: int | None) -> None:
        self.points = health.health_trend(account_id) if account_id is not None else []
        item = self.plot.getPlotItem()
        item.clear()
        if not self.points:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.plot)
        item.addItem(pg.InfiniteLine(pos=NEUTRAL, angle=0, pen=pg.mkPen("#9e9e9e", width=1, style=Qt.DashLine)))
        xs = [to_seconds(p.day) for p in self.points]
        ys = [p.health for p in self.points]
        brushes = [pg.mkBrush("#2e7d32" if y >= NEUTRAL else "#c62828") for y in ys]
        trend = item.plot(xs, ys, symbol="o", symbolSize=9, symbolBrush=brushes, symbolPen=pg.mkPen("w"))
        self.plot.colour_line("trend", trend, SERIES[0])
        pad = 20 * 86400
        self.plot.setXRange(xs[0] - pad, xs[-1] + pad, padding=0)
        self.plot.setYRange(0, 100, padding=0.05)
