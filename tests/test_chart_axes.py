"""The chart's axes draw the same picture as pyqtgraph's, only cheaper
(relapp/gui/chart/direct_axes.py explains why); its dates stay readable and
its dots follow the range shown."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPen

from demo_day import TODAY
from relapp.gui.chart.balance_chart import BalanceChart
from relapp.gui.chart.date_ticks import MONTH_NAMES
from relapp.gui.chart.direct_axes import INVISIBLE_ALPHA, MONTH_WORDS, DirectAxis, DirectDateAxis, opaque_specs
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


def image_of_widget(widget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(pg.QtGui.QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return pixels[..., :3].copy()  # a copy: the QImage's memory goes with it


def image_of(chart) -> np.ndarray:
    return image_of_widget(chart.plot)


def open_chart(qtbot, preset: str) -> BalanceChart:
    """The first demo account's chart, shown over ``preset``."""
    widget = BalanceChart(today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_account(Account.select().first().id)
    widget.set_range(preset)
    return widget


@pytest.fixture
def chart(qtbot, demo_db):
    return open_chart(qtbot, "all")


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


@pytest.mark.parametrize("preset", ["3m", "1y", "all"])
def test_date_labels_stand_apart_and_name_the_days_in_view(chart, preset):
    chart.set_range(preset)
    chart.plot.grab()
    axis = chart.plot.getPlotItem().getAxis("bottom")
    _, _, texts = axis._specs
    assert len(texts) >= 3, "the dates along the bottom are labelled"
    rects = sorted((rect for rect, _flags, _text in texts), key=lambda r: r.left())
    for left, right in zip(rects, rects[1:]):
        assert not left.intersects(right), "two date labels run into each other"
    months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
    start, end = chart.visible_days()
    for _rect, _flags, text in texts:
        if text.isdigit() and len(text) == 4:
            assert start.year <= int(text) <= end.year
        else:
            assert text in months or (len(text) == 2 and 1 <= int(text) <= 31), text


def dot_pixels(image: np.ndarray, colour: str) -> np.ndarray:
    wanted = QColor(colour)
    target = np.array([wanted.blue(), wanted.green(), wanted.red()])  # the image's bytes are BGR
    return np.nonzero((np.abs(image.astype(int) - target) <= 12).all(axis=2))


def test_day_dots_follow_the_range_they_are_shown_in(qtbot):
    from relapp.gui.chart.day_dots import DayDots

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.show()
    qtbot.waitExposed(plot)
    dots = DayDots("#c62828", size=6)
    plot.addItem(dots)
    dots.setData([2.0, 8.0, 50.0], [5.0, 5.0, 5.0])
    view = plot.getPlotItem().getViewBox()

    def drawn_at(x_range) -> list[float]:
        view.setRange(xRange=x_range, yRange=(0, 10), padding=0)
        image = image_of_widget(plot)
        _rows, columns = dot_pixels(image, "#c62828")
        return sorted({round(float(view.mapSceneToView(plot.mapToScene(int(c), 150)).x())) for c in columns})

    assert drawn_at((0, 10)) == [2, 8]
    assert drawn_at((45, 55)) == [50], "after a range change the dots in the new range are drawn"
    dots.setData([], [])
    assert drawn_at((0, 10)) == []



def test_the_balance_line_draws_the_pixels_pyqtgraph_draws(qtbot):
    """The chart's line maps its points to pixels itself (balance_line.py
    says why): a zigzag two pixels wide, dense as ten years of entries and
    drawn in data units far from zero like days in seconds, covers the
    pixels pyqtgraph's own line covers, but for rounding at a pixel's edge."""
    from relapp.gui.chart.balance_line import BalanceLine

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(500, 300)
    plot.show()
    qtbot.waitExposed(plot)
    rng = np.random.default_rng(5)
    xs = 1.5e9 + np.sort(rng.choice(3650, 1500, replace=False)) * 86400.0
    ys = np.cumsum(rng.choice([-3, -1, 1, 1, 2, 3], len(xs))).astype(float)
    pen = pg.mkPen("#1565c0", width=2)

    def drawn(item) -> np.ndarray:
        plot.clear()
        plot.addItem(item)
        item.setClipToView(True)
        item.setDownsampling(auto=True)
        plot.getPlotItem().getViewBox().setRange(xRange=(xs[0], xs[-1]), yRange=(ys.min(), ys.max()))
        return dot_pixels(image_of_widget(plot), "#1565c0")  # the line's pixels

    ours = set(zip(*drawn(BalanceLine(xs, ys, pen=pen))))
    stock = set(zip(*drawn(pg.PlotDataItem(xs, ys, pen=pen))))
    assert len(stock) > 1000, "the line is drawn"
    assert len(ours ^ stock) <= len(stock) // 100
    line = BalanceLine(xs, ys, pen=pen)
    assert np.array_equal(line.getData()[1], ys), "the data reads back as given"


def test_a_german_chart_names_its_months_in_german(german, qtbot, demo_db):
    # The months along the bottom were English in a German window, and so
    # on the chart of a brief the German window exported.
    assert MONTH_WORDS == MONTH_NAMES  # every name the ticks write is in the catalogue
    widget = open_chart(qtbot, "1y")
    widget.plot.grab()
    texts = {text for _rect, _flags, text in widget.plot.getPlotItem().getAxis("bottom")._specs[2]}
    months = texts - {t for t in texts if t.isdigit()}
    assert len(months) >= 4, texts
    german = {"Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"}
    assert months <= german, months
    # A year shows every month: the ones German writes otherwise among them.
    assert months & {"Mär", "Mai", "Okt", "Dez"}
