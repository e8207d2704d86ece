"""Plots whose axes and grid cost little to repaint.

Two things made pyqtgraph's axes most of a chart's paint time on every
account switch (measured on the software painter, which is what offscreen
and many remote desktops use):

* The grid and minor ticks are semi-transparent lines.  Qt's raster engine
  blends a long translucent line about forty times slower than an opaque
  one (~250 µs against ~6 µs for a line across the plot), and pyqtgraph
  draws a dozen or two of them, most so faint (2 % opacity) that nobody
  sees them.
* Each axis is recorded into a QPicture and replayed on every paint.

So these axes keep pyqtgraph's draw specs (recomputed whenever pyqtgraph
would have rebuilt its picture), leave out the lines too faint to see, turn
the others into the opaque colour they have over the plot's background,
and draw straight onto the painter.  The axes are stacked below the data so
an opaque grid line never covers a curve: the chart looks the same, with
the grid behind the line rather than over it.
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPen

from relapp.gui.chart.plot_palette import apply_palette

# Lines fainter than this (about 3 % opacity) are left out: invisible on
# any screen, and each still cost a quarter of a millisecond.
INVISIBLE_ALPHA = 8
# Below the view box (pyqtgraph puts it at -100, the axes at 0.5).
BEHIND_DATA_Z = -200


_EPOCH = dt.date(1970, 1, 1).toordinal()


def to_seconds(day: dt.date) -> float:
    """Where ``day`` sits on a date axis: seconds since 1970, UTC midnight."""
    # Same value as calendar.timegm(day.timetuple()), a few times faster:
    # a chart converts thousands of days on every account switch.
    return float((day.toordinal() - _EPOCH) * 86400)


def _over(colour: QColor, background: QColor) -> QColor:
    """The opaque colour ``colour`` shows over an opaque ``background``."""
    a = colour.alphaF()
    return QColor.fromRgbF(colour.redF() * a + background.redF() * (1 - a),
                           colour.greenF() * a + background.greenF() * (1 - a),
                           colour.blueF() * a + background.blueF() * (1 - a))


def opaque_specs(specs: tuple, background: QColor | None) -> tuple:
    """pyqtgraph's (axis, ticks, texts) specs with translucent tick and grid
    lines made opaque over ``background`` (None: a see-through plot, where
    blending cannot be worked out beforehand, so lines are kept as they are)."""
    axis, ticks, texts = specs
    if background is None:
        return specs
    kept = []
    for pen, start, end in ticks:
        colour = pen.color()
        if colour.alpha() < 255:
            if colour.alpha() < INVISIBLE_ALPHA:
                continue
            pen = QPen(pen)
            pen.setColor(_over(colour, background))
        kept.append((pen, start, end))
    return axis, kept, texts


class _DirectPaint:
    # None as pyqtgraph's "picture" means "draw specs out of date"; once
    # they are worked out, this stands in for the picture it would record.
    _SPECS_READY = object()
    _specs = None
    _background_key = None

    def _background(self) -> QColor | None:
        views = self.scene().views() if self.scene() is not None else []
        brush = views[0].backgroundBrush() if views else None
        if brush is None or brush.style() != Qt.SolidPattern or brush.color().alpha() < 255:
            return None
        return brush.color()

    def paint(self, p, opt, widget):
        font = self.style["tickFont"]
        background = self._background()
        key = background.rgba() if background is not None else None
        p.save()
        try:
            if font:
                p.setFont(font)
            if self.picture is None or key != self._background_key:
                specs = self.generateDrawSpecs(p)
                self._specs = opaque_specs(specs, background) if specs is not None else None
                self._background_key = key
                self.picture = self._SPECS_READY
            if self._specs is not None:
                self.drawPicture(p, *self._specs)
        finally:
            p.restore()


class DirectAxis(_DirectPaint, pg.AxisItem):
    """A value axis (pyqtgraph's AxisItem) drawn as described above."""


class DirectDateAxis(_DirectPaint, pg.DateAxisItem):
    """A date axis (pyqtgraph's DateAxisItem) drawn as described above."""


class DatePlotWidget(pg.PlotWidget):
    """A plot with dates along the bottom and these axes, stacked behind
    the data, in the colours of its palette (the window's light or dark
    look, or the light one an export sets)."""

    def __init__(self, parent=None):
        super().__init__(parent, axisItems={"bottom": DirectDateAxis(orientation="bottom"),
                                            "left": DirectAxis(orientation="left")})
        for name in ("left", "bottom"):
            self.getPlotItem().getAxis(name).setZValue(BEHIND_DATA_Z)
        self.follow_palette()

    def follow_palette(self) -> None:
        apply_palette(self, self.palette())

    def changeEvent(self, event) -> None:
        # pyqtgraph's own set-up sends such events before the plot exists.
        if event.type() in (QEvent.PaletteChange, QEvent.StyleChange) and self.getPlotItem() is not None:
            self.follow_palette()
        super().changeEvent(event)
