"""A chart's line, its points mapped to the screen before Qt draws it.

The balance line is two pixels wide.  pyqtgraph draws a line that wide as
separate segments in data units (days in seconds, balances), and Qt's
software painter then maps each segment through the view's scale before
rasterizing it: on a 5,000-entry account's ten years that cost 1.5 ms per
paint, where the same segments mapped once with numpy and drawn in pixels
take 0.4 ms (a one-pixel line, pyqtgraph's default and the bare plot's,
takes 0.2).  The pixels are the same but for rounding at a pixel's edge
(20 of 2,600 in a test drawing).

Only Qt's own software painter on screen takes this way; a drawing for an
export (pyqtgraph's exporters, an SVG) gets pyqtgraph's as before.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF
from PySide6.QtGui import QPaintEngine, QPainter

try:
    from pyqtgraph.Qt.internals import PrimitiveArray
except ImportError:  # a pyqtgraph without it: pyqtgraph draws the line
    PrimitiveArray = None


class DeviceSegmentsCurve(pg.PlotCurveItem):
    """pyqtgraph's curve, its segments drawn in device pixels when it
    would draw them as segments anyway (an opaque solid pen wider than a
    pixel, no fill, no shadow)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._device_segments = PrimitiveArray(QLineF, 4) if PrimitiveArray is not None else None

    def _in_pixels(self, p: QPainter) -> bool:
        pen = self.opts["pen"]
        return (self._device_segments is not None and self._exportOpts is False
                and p.paintEngine() is not None and p.paintEngine().type() == QPaintEngine.Raster
                and p.transform().isAffine()
                and self.opts["fillLevel"] is None and self.opts["shadowPen"] is None
                and not self.opts["stepMode"] and self.opts["connect"] in ("all", "finite")
                and self.opts["compositionMode"] is None and self._shouldUseDrawLineSegments(pen))

    def paint(self, p, opt, widget):
        xs, ys = self.getData()
        # A gap (a value that is not a number) is pyqtgraph's to draw.
        if xs is None or len(xs) < 2 or not self._in_pixels(p) \
                or not (np.isfinite(xs).all() and np.isfinite(ys).all()):
            super().paint(p, opt, widget)
            return
        transform = p.transform()
        across = xs * transform.m11() + ys * transform.m21() + transform.m31()
        down = xs * transform.m12() + ys * transform.m22() + transform.m32()
        self._device_segments.resize(len(across) - 1)
        segments = self._device_segments.ndarray()
        segments[:, 0] = across[:-1]
        segments[:, 1] = down[:-1]
        segments[:, 2] = across[1:]
        segments[:, 3] = down[1:]
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.Antialiasing, bool(self.opts["antialias"]))
        p.setPen(self.opts["pen"])
        p.drawLines(*self._device_segments.drawargs())
        p.restore()


class BalanceLine(pg.PlotDataItem):
    """pyqtgraph's data item (clipping to the view, downsampling, legend,
    automatic range) whose line is a ``DeviceSegmentsCurve``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plain = self.curve
        plain.sigClicked.disconnect(self.sigClicked)
        plain.setParentItem(None)
        self.curve = DeviceSegmentsCurve()
        self.curve.setParentItem(self)
        self.curve.sigClicked.connect(self.sigClicked)
        self.updateItems(styleUpdate=True)
