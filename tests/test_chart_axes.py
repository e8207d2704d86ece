"""The chart's axes draw the same picture as pyqtgraph's, only cheaper
(relapp/gui/chart/direct_axes.py explains why)."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPen

from demo_day import TODAY
from relapp.gui.chart.balance_chart import BalanceChart
from relapp.gui.chart.direct_axes import INVISIBLE_ALPHA, DirectAxis, DirectDateAxis, opaque_specs
from relapp.store.models import Account


def line(colour: QColor):
    return (QPen(colour), QPointF(0, 0), QPointF(100, 0))


def test_translucent_lines_become_their_colour_over_the_background():
    white = QColor("white")
    half_black = QColor(0, 0, 0, 128)
    axis_spec, ticks, texts = opaque_specs((None, [line(half_black), line(QColor("#123456"))], ["x"]), white)
    mixed, kept = ticks[0][0].color(), ticks[1][0].color()
    assert mixed.alpha() == 255
    assert abs(mixed.red() - 127) <= 1 and mixed.red() == mixed.green() == mixed.blue()
    assert kept.name() == "#123456", "opaque lines are left alone"
    assert texts == ["x"]


def test_lines_too_faint_to_see_are_left_out():
    faint = QColor(0, 0, 0, INVISIBLE_ALPHA - 1)
    just_visible = QColor(0, 0, 0, INVISIBLE_ALPHA)
    _, ticks, _ = opaque_specs((None, [line(faint), line(just_visible)], []), QColor("white"))
    assert len(ticks) == 1


def test_without_a_solid_background_lines_are_kept_translucent():
    specs = (None, [line(QColor(0, 0, 0, 40))], [])
    assert opaque_specs(specs, None) is specs


def image_of(chart) -> np.ndarray:
    image = chart.plot.grab().toImage().convertToFormat(pg.QtGui.QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return pixels[..., :3].copy()  # a copy: the QImage's memory goes with it


@pytest.fixture
def chart(qtbot, demo_db):
    widget = BalanceChart(today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_account(Account.select().first().id)
    widget.set_range("all")
    return widget


def test_the_chart_looks_as_with_pyqtgraphs_own_axes(chart, monkeypatch):
    ours = image_of(chart)
    # The same chart with pyqtgraph's recorded-picture axes, stacked where
    # pyqtgraph puts them.
    plot = chart.plot.getPlotItem()
    for cls in (DirectAxis, DirectDateAxis):
        monkeypatch.setattr(cls, "paint", pg.AxisItem.paint)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setZValue(0.5)
        axis.picture = None
    stock = image_of(chart)
    difference = np.abs(ours.astype(int) - stock.astype(int)).max(axis=2)
    visible = difference > 8  # faint lines left out differ by a few levels only
    assert visible.any(), "the data is drawn over the grid now"
    # Rows of the horizontal grid, from the tick values pyqtgraph chooses.
    view_box, left = plot.getViewBox(), plot.getAxis("left")
    low, high = view_box.viewRange()[1]
    ticks = [v for _spacing, values in left.tickValues(low, high, left.height()) for v in values]
    grid_rows = {round(chart.plot.mapFromScene(view_box.mapViewToScene(QPointF(0, v))).y()) + d
                 for v in ticks for d in (-1, 0, 1)}
    background = ours[5, -5]
    for y in sorted(set(np.nonzero(visible)[0])):
        assert y in grid_rows, f"row {y} differs but is not a grid line"
        # Where a grid line meets the data, the data is what shows.
        assert (np.abs(ours[y][visible[y]].astype(int) - background).max(axis=1) > 8).all()


def test_grid_and_ticks_are_opaque_and_stacked_behind_the_data(chart):
    plot = chart.plot.getPlotItem()
    chart.plot.grab()  # paints, which works the draw specs out
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        assert axis.zValue() < plot.getViewBox().zValue()
        _, ticks, texts = axis._specs
        assert texts, f"the {name} axis has labels"
        assert all(pen.color().alpha() == 255 for pen, _, _ in ticks)
    _, left_ticks, _ = plot.getAxis("left")._specs
    grid_lines = [t for t in left_ticks if abs(t[2].x() - t[1].x()) > 300]
    assert len(grid_lines) >= 2, "the horizontal grid is still drawn"


def test_a_dark_background_recolours_the_grid(chart):
    plot = chart.plot.getPlotItem()
    chart.plot.grab()
    light = {pen.color().name() for pen, _, _ in plot.getAxis("left")._specs[1]}
    chart.plot.setBackground(QColor("#202020"))
    chart.plot.grab()
    dark = {pen.color().name() for pen, _, _ in plot.getAxis("left")._specs[1]}
    assert light != dark
    assert all(QColor(name).lightness() < 128 for name in dark - light)
