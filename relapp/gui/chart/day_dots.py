"""Dots of one colour on a chart's days, drawn in one call to Qt.

pyqtgraph's ScatterPlotItem serves any mix of symbols, sizes and brushes,
and pays for it in Python on every range change: its bounds and the points
in view were worked out again for each of the chart's three colours, about
a fifth of a range change under the profiler.  The balance chart needs round
dots of one size per colour, so this item maps its points with numpy, keeps
those on screen and hands them to ``QPainter.drawPoints`` with a round pen.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen


SMOOTH_UP_TO = 1000  # dots in view drawn with smooth edges


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
        points = pg.functions.create_qpolygonf(len(across))
        at = pg.functions.ndarray_from_qpolygonf(points)
        at[:, 0] = across
        at[:, 1] = down
        p.save()
        p.resetTransform()
        # Smooth edges where the dots stand apart; where thousands crowd
        # together nobody sees their edges, and smoothing them cost as much
        # as the rest of the chart.
        p.setRenderHint(QPainter.Antialiasing, len(across) <= SMOOTH_UP_TO)
        p.setPen(self._pen)
        p.drawPoints(points)
        p.restore()
