"""The balance chart: the running balance of an account or a stakeholder
over time, each entry day a dot (green deposit, red withdrawal), with range
presets, optional decay and up to three series compared."""

from __future__ import annotations

import bisect
import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QHBoxLayout, QInputDialog, QLabel, QMenu, QToolButton, QToolTip, QVBoxLayout, QWidget,
)

from relapp.gui.chart.balance_line import BalanceLine
from relapp.gui.chart.day_dots import DayDots
from relapp.gui.chart.direct_axes import DatePlotWidget, to_seconds
from relapp.gui.chart.line_colours import SERIES
from relapp.services import accounts, balance, people
from relapp.services.validation import NotFoundError
from relapp.gui.themed_styles import themed

DEPOSIT, WITHDRAWAL, NEUTRAL = "#2e7d32", "#c62828", "#9e9e9e"
RANGES = {"3m": 91, "1y": 365, "all": None}
# A history shorter than this is shown centred in a window of SHORT_VIEW_DAYS,
# not squeezed against the right edge of a year.
SHORT_HISTORY_DAYS = 14
SHORT_VIEW_DAYS = 60
# A flat line (one entry, or no change) gets at least this many units of
# height, with zero in sight: pyqtgraph would zoom into 1.6–2.4 around it.
MIN_Y_SPAN = 4
MAX_SERIES = 3


class BalanceChart(QWidget):
    range_changed = Signal(str)

    def __init__(self, parent=None, today: dt.date | None = None, interactive: bool = True):
        super().__init__(parent)
        self.today = today
        self._items: list[tuple[str, int]] = []
        self._decay = False
        self._range = "1y"
        self._xs: list[float] = []
        self._y_extent: tuple[float, float] | None = None  # lowest and highest balance drawn
        self._x_extent: tuple[float, float] | None = None  # first and last day drawn (seconds)
        self._days: list[dt.date] = []
        self._hover_day: dt.date | None = None

        self.plot = DatePlotWidget()
        self.plot.setAccessibleName(self.tr("Balance chart"))
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.getPlotItem().setLabel("left", self.tr("Balance"))
        self.plot.getPlotItem().getViewBox().setMouseEnabled(x=True, y=False)
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.zero_line = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#9e9e9e", width=1, style=Qt.DashLine))
        # The plot's items are made once and given new data on each redraw:
        # clearing and re-adding them cost more than drawing them.
        plot = self.plot.getPlotItem()
        plot.addItem(self.zero_line, ignoreBounds=True)
        self._curves = []
        for number, pair in enumerate(SERIES):
            curve = BalanceLine([], [])
            self.plot.colour_line(f"series {number}", curve, pair)
            plot.addItem(curve)
            # Set after adding: pyqtgraph needs the view box to clip/downsample.
            curve.setClipToView(True)
            curve.setDownsampling(auto=True)
            self._curves.append(curve)
        # Dots of the first line, one item per colour, left out of the
        # auto-range: they sit on the line's own points.
        self._marks = {}
        for colour in (DEPOSIT, WITHDRAWAL, NEUTRAL):
            marks = DayDots(colour, size=6)
            plot.addItem(marks, ignoreBounds=True)
            self._marks[colour] = marks
        self.empty_label = QLabel(self.tr("No entries yet — write one with Ctrl+N and the balance starts here."))
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        self.range_buttons = QButtonGroup(self)
        for key, label in (("3m", self.tr("3 months")), ("1y", self.tr("1 year")), ("all", self.tr("All"))):
            button = QToolButton(self)
            button.setText(label)
            button.setCheckable(True)
            # Fusion draws a checked tool button barely darker than an unchecked one,
            # which vanishes on the dark palette: the chosen range is the selection colour.
            themed(button, lambda: "QToolButton:checked { background: palette(highlight); "
                                   "color: palette(highlighted-text); border-radius: 3px; padding: 2px 6px; }")
            button.setAccessibleName(self.tr("Show %s") % label)
            button.setProperty("range_key", key)
            self.range_buttons.addButton(button)
            controls.addWidget(button)
            if key == self._range:
                button.setChecked(True)
        self.range_buttons.buttonClicked.connect(lambda b: self.set_range(b.property("range_key")))
        self.compare_button = QToolButton(self)
        self.compare_button.setText(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Draw up to two more accounts or people on this chart"))
        self.compare_button.setAccessibleName(self.tr("Compare with another account or person"))
        self.compare_button.setPopupMode(QToolButton.InstantPopup)
        self.compare_menu = QMenu(self.compare_button)
        # Filled when opened: it lists the current account's people.
        self.compare_menu.aboutToShow.connect(self._fill_compare_menu)
        self.compare_button.setMenu(self.compare_menu)
        controls.addWidget(self.compare_button)
        controls.addStretch(1)
        # The half-life in the tooltip, not the label: the longer label made the
        # account pane too wide for the account list beside it on a small window.
        self.decay_box = QCheckBox(self.tr("Let old credit fade"))
        self.decay_box.setToolTip(self.tr("Half-life %d days: without new deposits, a balance loses half its value "
                                          "in that time, so neglect becomes visible.") % balance.DEFAULT_HALF_LIFE_DAYS)
        self.decay_box.toggled.connect(self.set_decay)
        controls.addWidget(self.decay_box)
        if not interactive:
            for button in self.range_buttons.buttons():
                button.hide()
            self.decay_box.hide()
            self.compare_button.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty_label, 1)
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        self.plot.follow_palette()  # now that it sits in this widget
        self._redraw()

    # Public API -----------------------------------------------------------------
    def set_account(self, account_id: int | None) -> None:
        self.set_series([] if account_id is None else [("account", account_id)])

    def set_stakeholder(self, stakeholder_id: int | None) -> None:
        self.set_series([] if stakeholder_id is None else [("stakeholder", stakeholder_id)])

    def set_series(self, items: list[tuple[str, int]]) -> None:
        if len(items) > MAX_SERIES:
            raise ValueError(f"at most {MAX_SERIES} series can be compared")
        self._items = list(items)
        self._redraw()

    def add_series(self, kind: str, item_id: int) -> None:
        """Compare: draw one more account or stakeholder beside the first."""
        if (kind, item_id) in self._items:
            return
        self.set_series(self._items + [(kind, item_id)])

    def stop_comparing(self) -> None:
        self.set_series(self._items[:1])

    def _fill_compare_menu(self) -> None:
        menu = self.compare_menu
        menu.clear()
        full = len(self._items) >= MAX_SERIES or not self._items
        kind, first = self._items[0] if self._items else (None, None)
        account_id = first if kind == "account" else people.get_stakeholder(first).account_id if first else None
        if account_id is not None:
            section = menu.addSection(self.tr("People of %s") % accounts.get_account(account_id).name)
            section.setEnabled(False)
            for person in people.stakeholders_of(account_id)[:25]:
                action = menu.addAction(person.name, lambda pid=person.id: self.add_series("stakeholder", pid))
                action.setEnabled(not full and ("stakeholder", person.id) not in self._items)
        menu.addSeparator()
        other = menu.addAction(self.tr("Another account…"), self._ask_account)
        other.setEnabled(not full)
        stop = menu.addAction(self.tr("Stop comparing"), self.stop_comparing)
        stop.setEnabled(len(self._items) > 1)

    def _ask_account(self) -> None:
        names = accounts.account_names()
        name, ok = QInputDialog.getItem(self, self.tr("Compare"), self.tr("Account to draw beside this one:"),
                                        names, 0, True)
        if ok and name:
            try:
                self.add_series("account", accounts.find_account(name).id)
            except NotFoundError as error:  # a typed name that matches nothing: say so
                QToolTip.showText(self.compare_button.mapToGlobal(self.compare_button.rect().bottomLeft()),
                                  str(error), self.compare_button)

    def series(self) -> list[tuple[str, int]]:
        return list(self._items)

    def refresh(self) -> None:
        self._redraw()

    def set_decay(self, on: bool) -> None:
        self._decay = bool(on)
        if self.decay_box.isChecked() != self._decay:
            self.decay_box.setChecked(self._decay)
        self._redraw()

    def set_range(self, preset: str) -> None:
        if preset not in RANGES:
            raise ValueError(preset)
        self._range = preset
        for button in self.range_buttons.buttons():
            button.setChecked(button.property("range_key") == preset)
        self._apply_range()
        self.range_changed.emit(preset)

    def visible_days(self) -> tuple[dt.date, dt.date]:
        low, high = self.plot.getPlotItem().getViewBox().viewRange()[0]
        return (dt.datetime.fromtimestamp(low, dt.timezone.utc).date(),
                dt.datetime.fromtimestamp(high, dt.timezone.utc).date())

    def last_value(self, index: int = 0) -> float | None:
        curves = self.plot.getPlotItem().listDataItems()
        lines = [c for c in curves if isinstance(c, pg.PlotDataItem)]
        if index >= len(lines):
            return None
        _, ys = lines[index].getData()
        return None if ys is None or len(ys) == 0 else float(ys[-1])

    # Drawing ----------------------------------------------------------------------
    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _label(self, kind: str, item_id: int) -> str:
        if kind == "account":
            return accounts.get_account(item_id).name
        return people.get_stakeholder(item_id).name

    def _points(self, kind: str, item_id: int):
        half_life = balance.DEFAULT_HALF_LIFE_DAYS if self._decay else None
        if kind == "account":
            return balance.account_series(item_id, self._today(), half_life)
        return balance.stakeholder_series(item_id, self._today(), half_life)

    def _redraw(self) -> None:
        self._xs, self._days = [], []
        self._y_extent = self._x_extent = None
        any_points = False
        self.legend.clear()
        dot_xs = dot_ys = dot_changes = np.empty(0)
        for number, curve in enumerate(self._curves):
            points = self._points(*self._items[number]) if number < len(self._items) else []
            if not points:
                curve.setData([], [])
                curve.hide()
                continue
            any_points = True
            # The points are named tuples: their columns in one pass.
            days, ys, changes, _entries = (list(column) for column in zip(*points))
            xs = [to_seconds(day) for day in days]
            curve.setData(xs, ys)
            curve.show()
            low, high = self._y_extent or (min(ys), max(ys))
            self._y_extent = (min(low, *ys), max(high, *ys))
            first, last = self._x_extent or (xs[0], xs[-1])
            self._x_extent = (min(first, xs[0]), max(last, xs[-1]))
            if len(self._items) > 1:  # one series has no legend: no name to look up
                self.legend.addItem(curve, self._label(*self._items[number]))
            if number == 0:
                # Dots only on days with entries (the last point may only carry
                # the line on to today); an entry worth 0 today has its dot.
                dotted = len(points) if points[-1].has_entries else len(points) - 1
                dot_xs, dot_ys = np.array(xs[:dotted], dtype=float), np.array(ys[:dotted], dtype=float)
                dot_changes = np.array(changes[:dotted])
                self._xs = xs
                self._days = days
        for colour, keep in ((DEPOSIT, np.greater), (WITHDRAWAL, np.less), (NEUTRAL, np.equal)):
            chosen = keep(dot_changes, 0)
            self._marks[colour].setData(dot_xs[chosen], dot_ys[chosen])
        if len(self._items) < 2:
            self.legend.hide()
        else:
            self.legend.show()
        self.plot.setVisible(any_points)
        self.empty_label.setVisible(not any_points)
        self.empty_label.setText(self.tr("No entries yet — write one with Ctrl+N and the balance starts here.")
                                 if self._items else
                                 self.tr("No account yet — create one with Ctrl+Shift+A; its balance shows here."))
        if any_points:
            self._apply_range()
            # New data: settle the automatic range now rather than at the
            # start of the paint, where the new range asked for a second
            # paint of the whole chart (two per account switch).  Not on a
            # change of period (set_range): settled early there, a range
            # change on 5,000 entries cost three times the CPU (p95 7 ms to
            # 21 ms; the curve is clipped to the view and downsampled).
            self.plot.getPlotItem().getViewBox().prepareForPaint()

    def settle(self) -> None:
        """Work out now what the next paint would start with: the axes for
        the plot's size and dates (pyqtgraph's prepareForPaint), and the
        zero line's extent, which it works out when first painted after a
        change of scale and then asks for a paint of its own (an event
        filter: a second paint of the chart's data on most account
        switches).  For a caller that has just laid the chart out."""
        if self.plot.isVisible():
            self.plot.scene().prepareForPaint()
            self.zero_line.boundingRect()

    def _apply_range(self) -> None:
        view = self.plot.getPlotItem().getViewBox()
        days = RANGES[self._range]
        end = to_seconds(self._today() + dt.timedelta(days=3))
        short = bool(self._days) and (self._days[-1] - self._days[0]).days < SHORT_HISTORY_DAYS
        if short:
            middle = self._days[0] + (self._days[-1] - self._days[0]) / 2
            half = dt.timedelta(days=SHORT_VIEW_DAYS // 2)
            view.setXRange(to_seconds(middle - half), to_seconds(middle + half), padding=0)
        elif days is None and self._x_extent is None:
            view.enableAutoRange(axis="x")  # nothing drawn yet
        elif days is None and not self._flat():
            # The whole history, both ways, with pyqtgraph's usual margins,
            # in one go: its automatic x range moved again once the curves
            # were cut to it, and "All" painted the chart twice or three
            # times; its y range set apart cost a second round of range
            # work (axes and curves worked out again).
            view.setRange(xRange=self._x_extent, yRange=self._y_extent)
            return
        elif days is None:
            view.setXRange(*self._x_extent)
        else:
            view.setXRange(to_seconds(self._today() - dt.timedelta(days=days)), end, padding=0)
        if self._flat():
            low, high = min(0, self._y_extent[0]), max(0, self._y_extent[1])
            spare = max(0, MIN_Y_SPAN - (high - low)) / 2
            view.setYRange(low - spare, high + spare, padding=0.1)
            return
        view.enableAutoRange(axis="y")
        view.setAutoVisible(y=days is not None and not short)

    def _flat(self) -> bool:
        """Too little height to show as it is (one entry, or no change)."""
        return bool(self._y_extent) and self._y_extent[1] - self._y_extent[0] < MIN_Y_SPAN

    # Hover --------------------------------------------------------------------------
    def _hovered(self, position) -> None:
        if not self._xs or not self._items:
            return
        view = self.plot.getPlotItem().getViewBox()
        point = view.mapSceneToView(position)
        index = bisect.bisect_left(self._xs, point.x())
        candidates = [i for i in (index - 1, index) if 0 <= i < len(self._xs)]
        if not candidates:
            return
        nearest = min(candidates, key=lambda i: abs(self._xs[i] - point.x()))
        pixel_distance = abs(view.mapViewToScene(pg.Point(self._xs[nearest], point.y())).x() - position.x())
        if pixel_distance > 8:
            self._hover_day = None
            QToolTip.hideText()
            return
        day = self._days[nearest]
        if day == self._hover_day:
            return
        self._hover_day = day
        QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(position).toPoint()),
                          self.hover_text(day), self.plot)

    def hover_text(self, day: dt.date) -> str:
        kind, item_id = self._items[0]
        rows = balance.entries_on(day, **{f"{kind}_id": item_id})
        if not rows:
            return day.isoformat()
        lines = [f"{title}  ({value:+d})" if value else title for title, value, _ in rows]
        return day.isoformat() + "\n" + "\n".join(lines)
