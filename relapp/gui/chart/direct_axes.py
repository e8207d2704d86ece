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
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLineF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

from relapp.gui.chart.date_ticks import DAY, date_ticks, day_at, seconds_of
from relapp.gui.chart.line_colours import for_plot
from relapp.gui.chart.plot_palette import apply_palette

# Lines fainter than this (about 3 % opacity) are left out: invisible on
# any screen, and each still cost a quarter of a millisecond.
INVISIBLE_ALPHA = 8
# Below the view box (pyqtgraph puts it at -100, the axes at 0.5).
BEHIND_DATA_Z = -200
# Pixels at least between a date axis's marks without a name: closer, the
# months' marks ran together into a comb.
MIN_MARK_GAP = 10


# Where a day sits on a date axis (the charts' name for it): the same value
# as calendar.timegm(day.timetuple()), a few times faster, which counts when
# a chart converts thousands of days on every account switch.
to_seconds = seconds_of


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
    made: dict[tuple[int, float], QPen] = {}  # one opaque pen per colour and width, not one per tick
    for pen, start, end in ticks:
        colour = pen.color()
        if colour.alpha() < 255:
            if colour.alpha() < INVISIBLE_ALPHA:
                continue
            key = (colour.rgba(), pen.widthF())
            if key not in made:
                made[key] = QPen(pen)
                made[key].setColor(_over(colour, background))
            pen = made[key]
        kept.append((pen, start, end))
    return axis, kept, texts


def tick_runs(ticks: list) -> list[tuple[QPen, list[QLineF]]]:
    """The tick and grid lines as runs of one pen, in pyqtgraph's order
    (a level at a time), each run drawn in one call: ten years of days gave
    the date axis over a hundred lines, each a pen change and a call."""
    runs: list[tuple[QPen, list[QLineF]]] = []
    for pen, start, end in ticks:
        if not runs or runs[-1][0] != pen:
            runs.append((pen, []))
        runs[-1][1].append(QLineF(start, end))
    return runs


class _DirectPaint:
    # None as pyqtgraph's "picture" means "draw specs out of date"; once
    # they are worked out, this stands in for the picture it would record.
    _SPECS_READY = object()
    _specs = None
    _runs: list = []
    _background_key = None

    def _background(self) -> QColor | None:
        views = self.scene().views() if self.scene() is not None else []
        brush = views[0].backgroundBrush() if views else None
        if brush is None or brush.style() != Qt.SolidPattern or brush.color().alpha() < 255:
            return None
        return brush.color()

    def _updateLabel(self):
        # pyqtgraph sets the axis title's HTML again on every range change
        # (to show a unit prefix); laying out the same HTML again cost more
        # than drawing the axis.
        html = self.labelString()
        if html != getattr(self, "_label_html", None):
            self._label_html = html
            self.label.setHtml(html)
        self._adjustSize()
        self.picture = None
        self.update()

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
                self._runs = tick_runs(self._specs[1]) if specs is not None else []
                self._background_key = key
                self.picture = self._SPECS_READY
            if self._specs is not None:
                self._draw(p, *self._specs)
        finally:
            p.restore()

    def _draw(self, p, axis, _ticks, texts) -> None:
        """pyqtgraph's drawPicture, the ticks drawn a run of one pen at a time."""
        p.setRenderHint(p.RenderHint.Antialiasing, False)
        p.setRenderHint(p.RenderHint.TextAntialiasing, True)
        pen, start, end = axis
        p.setPen(pen)
        p.drawLine(start, end)
        for pen, lines in self._runs:
            p.setPen(pen)
            p.drawLines(lines)
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        p.setPen(self.textPen())
        p.setClipRect(self.boundingRect().toAlignedRect())
        for rect, flags, text in texts:
            p.drawText(rect, int(flags), text)


class DirectAxis(_DirectPaint, pg.AxisItem):
    """A value axis (pyqtgraph's AxisItem) drawn as described above."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The axis title (turned on its side on the left) is laid out text:
        # kept as a picture, it is not drawn again on every range change.
        self.label.setCacheMode(QGraphicsItem.DeviceCoordinateCache)


# The month names ``date_ticks`` writes (in English: it knows nothing of Qt),
# marked for the catalogue; an axis shows them in the application's language.
MONTH_WORDS = (
    QT_TRANSLATE_NOOP("DateAxis", "Jan"), QT_TRANSLATE_NOOP("DateAxis", "Feb"),
    QT_TRANSLATE_NOOP("DateAxis", "Mar"), QT_TRANSLATE_NOOP("DateAxis", "Apr"),
    QT_TRANSLATE_NOOP("DateAxis", "May"), QT_TRANSLATE_NOOP("DateAxis", "Jun"),
    QT_TRANSLATE_NOOP("DateAxis", "Jul"), QT_TRANSLATE_NOOP("DateAxis", "Aug"),
    QT_TRANSLATE_NOOP("DateAxis", "Sep"), QT_TRANSLATE_NOOP("DateAxis", "Oct"),
    QT_TRANSLATE_NOOP("DateAxis", "Nov"), QT_TRANSLATE_NOOP("DateAxis", "Dec"),
)


def month_words() -> dict[str, str]:
    """Each month name of the ticks in the language the application speaks now
    (``MONTH_WORDS`` are ``date_ticks.MONTH_NAMES``: tests/test_chart_axes.py)."""
    return {name: QCoreApplication.translate("DateAxis", name) for name in MONTH_WORDS}


class DirectDateAxis(_DirectPaint, pg.AxisItem):
    """A date axis drawn as described above, its ticks on whole UTC days
    worked out by ``date_ticks`` (plain arithmetic, remembered per range and
    width) instead of pyqtgraph's DateAxisItem, which asks Qt for local
    time one tick at a time on every range change."""

    # Room a label needs beside its neighbours, past its own width (as
    # pyqtgraph's date axis keeps).
    LABEL_PADDING = 10

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.autoSIPrefix = False
        self._label_width = 40.0
        self._labels: dict[float, tuple[str, ...]] = {}
        # Asked once: an axis lives in one language (a command's untranslated
        # application draws English, the window its own).
        self._words = month_words()

    def generateDrawSpecs(self, p):
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        metrics = p.fontMetrics()
        self._label_width = max(metrics.boundingRect(text).width() for text in ("0000", self._words["May"])) \
            + self.LABEL_PADDING
        return super().generateDrawSpecs(p)

    def tickValues(self, minVal, maxVal, size):
        if size <= 0:
            return []
        days_per_pixel = (maxVal - minVal) / size / DAY
        levels = date_ticks(float(minVal), float(maxVal), round(days_per_pixel * self._label_width, 6),
                            round(days_per_pixel * MIN_MARK_GAP, 6))
        words = self._words
        self._labels = {spacing: tuple(words.get(label, label) if label else label for _x, label in ticks)
                        for spacing, ticks in levels}
        return [(spacing, [x for x, _label in ticks]) for spacing, ticks in levels]

    def tickStrings(self, values, scale, spacing):
        labels = self._labels.get(spacing)
        if labels is None or len(labels) != len(values):  # ticks set by hand: plain dates
            return [day_at(v).isoformat() for v in values]
        return list(labels)  # pyqtgraph blanks the ones it leaves out in place

    def linkToView(self, view):
        super().linkToView(view)
        # Days a date can hold, as pyqtgraph's date axis limits its view.
        if self.orientation in ("top", "bottom"):
            view.setLimits(xMin=to_seconds(dt.date.min), xMax=to_seconds(dt.date.max))


class DatePlotWidget(pg.PlotWidget):
    """A plot with dates along the bottom and these axes, stacked behind
    the data, in the colours of its palette (the window's light or dark
    look, or the light one an export sets)."""

    def __init__(self, parent=None):
        super().__init__(parent, axisItems={"bottom": DirectDateAxis(orientation="bottom"),
                                            "left": DirectAxis(orientation="left")})
        for name in ("left", "bottom"):
            self.getPlotItem().getAxis(name).setZValue(BEHIND_DATA_Z)
        self._lines: dict[str, tuple] = {}  # name → (item, colour pair, width): colour_line
        self.follow_palette()

    def follow_palette(self) -> None:
        apply_palette(self, self.palette())
        # getattr: pyqtgraph's own set-up sends palette events before __init__ made the lines' dict.
        for item, pair, width in getattr(self, "_lines", {}).values():
            _colour(item, for_plot(pair, self), width)

    def colour_line(self, name: str, item, pair: tuple[str, str], width: float = 2.0) -> None:
        """Draw ``item`` (a curve, or a scatter's dots) in the colour of
        ``pair`` that reads on this plot, now and whenever its palette
        changes (line_colours); an item given before under ``name`` is
        forgotten."""
        self._lines[name] = (item, pair, width)
        _colour(item, for_plot(pair, self), width)

    def changeEvent(self, event) -> None:
        # pyqtgraph's own set-up sends such events before the plot exists.
        if event.type() in (QEvent.PaletteChange, QEvent.StyleChange) and self.getPlotItem() is not None:
            self.follow_palette()
        super().changeEvent(event)


def _colour(item, colour: str, width: float) -> None:
    if isinstance(item, pg.ScatterPlotItem):
        item.setBrush(pg.mkBrush(colour))
    else:
        item.setPen(pg.mkPen(colour, width=width))
