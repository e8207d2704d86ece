"""Plots that follow the window's light or dark look."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette


def apply_palette(plot: pg.PlotWidget, palette: QPalette) -> None:
    """Background and axes of ``plot`` in the colours of ``palette``."""
    background = palette.color(QPalette.Base)
    text = palette.color(QPalette.Text)
    plot.setBackground(background)
    for name in ("left", "bottom"):
        axis = plot.getPlotItem().getAxis(name)
        axis.setPen(pg.mkPen(QColor(text).lighter(150) if background.lightness() < 128 else QColor("#757575")))
        axis.setTextPen(pg.mkPen(text))
