"""The balance chart drawn without a screen, for slides, mails and briefs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt

from relapp.gui.headless import ensure_app, png_bytes


def render_chart(account_id: int, stakeholder_id: int | None = None, since: dt.date | None = None,
                 fmt: str = "png", width: int = 900, height: int = 360, today: dt.date | None = None) -> bytes:
    """PNG bytes or SVG text (as bytes) of the balance chart."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"unknown chart format {fmt!r}")
    ensure_app()
    from PySide6.QtWidgets import QApplication

    from relapp.gui.chart.balance_chart import BalanceChart, to_seconds

    chart = BalanceChart(today=today, interactive=False)
    # Exports are printed and projected: always the light look.
    chart.setPalette(QApplication.style().standardPalette())
    chart.plot.follow_palette()
    chart.resize(width, height)
    if stakeholder_id is not None:
        chart.set_stakeholder(stakeholder_id)
    else:
        chart.set_account(account_id)
    chart.set_range("all")
    if since is not None:
        view = chart.plot.getPlotItem().getViewBox()
        view.setXRange(to_seconds(since), to_seconds((today or dt.date.today()) + dt.timedelta(days=3)), padding=0)
        view.enableAutoRange(axis="y")
        view.setAutoVisible(y=True)
    # Lay the widget out for real without ever putting it on a screen.  A
    # shown top-level widget counts as an open window: left shown, it kept
    # the application running after its last real window had closed.
    chart.setAttribute(Qt.WA_DontShowOnScreen)
    chart.setAttribute(Qt.WA_QuitOnClose, False)
    chart.show()
    try:
        QApplication.processEvents()
        if fmt == "svg":
            return _svg(chart.plot, width, height)
        return _png(chart.plot, width, height)
    finally:
        chart.hide()
        chart.deleteLater()


def _svg(widget, width: int, height: int) -> bytes:
    """Qt's own SVG writer: pyqtgraph's SVG exporter trips over the path
    syntax of recent Qt versions, and QSvgGenerator keeps labels as text."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setTitle("Relapp balance chart")
    painter = QPainter(generator)
    widget.render(painter)
    painter.end()
    buffer.close()
    return bytes(data)


def _png(widget, width: int, height: int) -> bytes:
    from PySide6.QtGui import QImage, QPainter

    image = QImage(width, height, QImage.Format_ARGB32)
    image.fill(widget.palette().base().color())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    widget.render(painter)
    painter.end()
    return png_bytes(image)
