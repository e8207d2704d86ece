"""Dots of one colour on a chart's days, drawn in one call to Qt.

pyqtgraph's ScatterPlotItem serves any mix of symbols, sizes and brushes,
and pays for it in Python on every range change: its bounds and the points
in view were worked out again for each of the chart's three colours, about
a fifth of a range change under the profiler.  The balance chart needs round
dots of one size per colour, so this item maps its points with numpy, keeps
those on screen and draws them in one call to Qt.

On screen (Qt's raster painter) each dot is a copy of one small picture of
a smooth dot, drawn once per colour, size and pixel ratio, stamped at every
point with ``drawPixmapFragments``: ten to twenty times faster than
``drawPoints`` with a round pen, which has the painter work out a smooth
circle for every dot (a fifth of a year's range change on a 5,000-entry
account).  A dot lands on whole pixels that way, which nobody can tell at
six pixels across.  Other painters (the SVG of an exported chart) still get
``drawPoints``, so a drawing stays vectors.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPaintEngine, QPainter, QPen, QPixmap

# pyqtgraph's own array of pixmap fragments (its scatter plots draw with
# it): PySide's drawPixmapFragments takes a C array, not a Python list.
try:
    from pyqtgraph.Qt.internals import PrimitiveArray
except ImportError:  # a pyqtgraph without it: every dot drawn by the painter
    PrimitiveArray = None

SMOOTH_UP_TO = 1000  # dots in view drawn with smooth edges by a painter that has no stamps


class DayDots(pg.GraphicsObject):
    """Round dots ``size`` pixels across at (x, y), x ascending (the days of a series)."""

    def __init__(self, colour: str, size: int = 6):
        super().__init__()
        self._xs = np.empty(0)
        self._ys = np.empty(0)
        self._size = size
        self._pen = QPen(QColor(colour), size)
        self._pen.setCapStyle(Qt.RoundCap)
        self._pen.setCosmetic(True)
        self._data_rect = QRectF()
        self._bounds: QRectF | None = None
        self._stamp: tuple[float, QPixmap] | None = None  # (pixel ratio, the dot drawn once)
        self._fragments = PrimitiveArray(QPainter.PixmapFragment, 10) if PrimitiveArray is not None else None

    def setData(self, xs, ys) -> None:
        self.prepareGeometryChange()
        self._xs = np.asarray(xs, dtype=float)
        self._ys = np.asarray(ys, dtype=float)
        if len(self._xs):
            low, high = float(self._ys.min()), float(self._ys.max())
            self._data_rect = QRectF(float(self._xs[0]), low, float(self._xs[-1] - self._xs[0]), high - low)
        else:
            self._data_rect = QRectF()
        self._bounds = None
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self._xs, self._ys

    def viewTransformChanged(self) -> None:
        # The dots keep their size in pixels: their bounds in data units
        # change with the view.
        self.prepareGeometryChange()
        self._bounds = None

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            if not len(self._xs):
                self._bounds = QRectF()
            else:
                x_pixel, y_pixel = self.pixelVectors()
                spare_x = abs(x_pixel.x()) * self._size if x_pixel is not None else 0.0
                spare_y = abs(y_pixel.y()) * self._size if y_pixel is not None else 0.0
                self._bounds = self._data_rect.adjusted(-spare_x, -spare_y, spare_x, spare_y)
        return self._bounds

    def paint(self, p: QPainter, option, widget=None) -> None:
        if not len(self._xs):
            return
        transform = p.transform()
        across = self._xs * transform.m11() + self._ys * transform.m21() + transform.m31()
        down = self._xs * transform.m12() + self._ys * transform.m22() + transform.m32()
        # Only the dots on the painted device (the plot's viewport).
        width = p.device().width() if p.device() is not None else None
        if width is not None:
            shown = (across > -self._size) & (across < width + self._size)
            across, down = across[shown], down[shown]
        if not len(across):
            return
        p.save()
        p.resetTransform()
        if self._fragments is not None and p.paintEngine().type() == QPaintEngine.Raster:
            self._stamp_dots(p, across, down, widget)
        else:
            points = pg.functions.create_qpolygonf(len(across))
            at = pg.functions.ndarray_from_qpolygonf(points)
            at[:, 0] = across
            at[:, 1] = down
            # Smooth edges where the dots stand apart; where thousands crowd
            # together nobody sees their edges, and smoothing them cost as
            # much as the rest of the chart.
            p.setRenderHint(QPainter.Antialiasing, len(across) <= SMOOTH_UP_TO)
            p.setPen(self._pen)
            p.drawPoints(points)
        p.restore()

    def _stamp_dots(self, p: QPainter, across: np.ndarray, down: np.ndarray, widget) -> None:
        ratio = widget.devicePixelRatioF() if widget is not None else p.device().devicePixelRatioF()
        stamp = self._stamp_for(ratio)
        side = stamp.width()
        self._fragments.resize(len(across))
        fragments = self._fragments.ndarray()
        fragments[:, 0] = across  # the centre of each copy
        fragments[:, 1] = down
        fragments[:, 2:6] = (0, 0, side, side)  # the whole stamp, in its own pixels
        fragments[:, 6:10] = (1 / ratio, 1 / ratio, 0.0, 1.0)  # scale, rotation, opacity
        p.drawPixmapFragments(*self._fragments.drawargs(), stamp)

    def _stamp_for(self, ratio: float) -> QPixmap:
        """One smooth dot, drawn with the same round pen, in device pixels."""
        if self._stamp is None or self._stamp[0] != ratio:
            side = int(np.ceil(ratio * (self._size + 2)))
            image = QImage(side, side, QImage.Format_ARGB32_Premultiplied)
            image.fill(Qt.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.Antialiasing)
            painter.scale(ratio, ratio)
            pen = QPen(self._pen)
            pen.setCosmetic(False)  # its six pixels are the dot's, scaled with it
            painter.setPen(pen)
            painter.drawPoint(QPointF(side / ratio / 2, side / ratio / 2))
            painter.end()
            self._stamp = (ratio, QPixmap.fromImage(image))
        return self._stamp[1]
