"""The stage of the relationship over time, as a step line drawn under the
balance chart and following its dates; beside it, the contact breadth (the
shape of the ties between the two teams), since the two grow together."""

from __future__ import annotations

import datetime as dt
import html

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from relapp.domain.account_plan import STAGES, StageChange, stage_label, stage_on, stage_steps
from relapp.gui.chart.direct_axes import DatePlotWidget, to_seconds
from relapp.gui.chart.line_colours import STAGE
from relapp.gui.quiet_label import QuietLabel
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.services.account_plan import stage_history
from relapp.services.coverage import account_contact_model, contact_model_of

# Both charts keep their left axis this wide, so their dates line up.
AXIS_WIDTH = 104


def step_points(steps: list[tuple[dt.date, int]]) -> tuple[list[float], list[float]]:
    """The corners of the step line: up or down at each change, flat between."""
    xs: list[float] = []
    ys: list[float] = []
    for day, level in steps:
        if ys and ys[-1] != level:
            xs.append(to_seconds(day))
            ys.append(ys[-1])
        xs.append(to_seconds(day))
        ys.append(level)
    return xs, ys


class StageStrip(QWidget):
    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today
        self.steps: list[tuple[dt.date, int]] = []
        self._followed: pg.PlotWidget | None = None
        self.caption = QuietLabel(self)  # rich text, re-measured by the pane's layouts on every switch
        self.caption.setAccessibleName(self.tr("Stage and contact breadth"))
        self.plot = DatePlotWidget()
        self.plot.setAccessibleName(self.tr("Stage over time"))
        self.plot.setMenuEnabled(False)
        self.plot.setMinimumHeight(84)
        self.plot.setMaximumHeight(110)
        item = self.plot.getPlotItem()
        item.getViewBox().setMouseEnabled(x=True, y=False)
        item.setYRange(0.6, len(STAGES) + 0.4, padding=0)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() - 1.5))  # five rungs fit in a low strip
        item.getAxis("left").setTickFont(small)
        item.getAxis("left").setTicks([[(i + 1, vocabulary_label(label)) for i, (label, _m)
                                        in enumerate(STAGES.values())]])
        item.showGrid(x=False, y=True, alpha=0.12)
        self.line = item.plot([], [])
        self.marks = pg.ScatterPlotItem(size=7, pen=pg.mkPen(None))
        self.plot.colour_line("stage", self.line, STAGE)
        self.plot.colour_line("stage marks", self.marks, STAGE)
        item.addItem(self.marks)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot)
        self.plot.follow_palette()

    def follow(self, plot: pg.PlotWidget) -> None:
        """Show the same dates as ``plot`` (the balance chart above), at the
        same place across the page."""
        self._followed = plot
        self.plot.setXLink(plot)
        for chart in (plot, self.plot):
            chart.getPlotItem().getAxis("left").setWidth(AXIS_WIDTH)

    def _follow_while_drawn(self, drawn: bool) -> None:
        """Linked to the chart above only while the strip is drawn: hidden
        (an account without stages) it still took every range change of the
        chart, its axes and line worked out again for nothing on screen."""
        if self._followed is None:
            return
        linked = self.plot.getPlotItem().getViewBox().linkedView(pg.ViewBox.XAxis) is not None
        if drawn and not linked:
            self.plot.setXLink(self._followed)  # takes the chart's dates at once
        elif not drawn and linked:
            self.plot.setXLink(None)

    def set_account(self, account_id: int | None, knowledge: dict | None = None) -> None:
        """Show ``account_id``'s stages; ``knowledge`` is its people as
        ``coverage.people_knowledge`` read them, when already at hand."""
        if account_id is None:
            self.steps = []
            self.line.setData([], [])
            self.marks.setData([], [])
            self.caption.setText("")
            self.plot.setVisible(False)  # empty axes would only show meaningless numbers
            self._follow_while_drawn(False)
            return
        today = self.today or dt.date.today()
        # The stages alone: the whole plan (goals, deals, intents) is six
        # more queries on every account switch, for nothing drawn here.
        history = stage_history(account_id)
        current = stage_on([StageChange(s.stage, s.since, s.note) for s in history], today)
        self.steps = stage_steps([StageChange(s.stage, s.since) for s in history], today)
        xs, ys = step_points(self.steps)
        self.line.setData(xs, ys)
        # A dot where the stage changed (not on the line's closing point).
        changed_on = {s.since for s in history}
        changes = [(day, level) for day, level in self.steps if day in changed_on]
        self.marks.setData([to_seconds(day) for day, _ in changes], [level for _, level in changes])
        self.plot.setVisible(bool(self.steps))
        self._follow_while_drawn(bool(self.steps))
        model = contact_model_of(knowledge) if knowledge is not None else account_contact_model(account_id, today)
        shape = vocabulary_label(model.model) if model else self.tr("too few ties to tell")
        if current:
            stage = self.tr("<b>%s</b> since %s") % (html.escape(vocabulary_label(stage_label(current.stage))),
                                                     current.since.isoformat())
        else:
            stage = self.tr("<i>no stage recorded yet</i>")
        self.caption.setText(self.tr("Stage: %s · Contact breadth: %s") % (stage, html.escape(shape)))
