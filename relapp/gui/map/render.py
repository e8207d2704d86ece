"""The map of an account as PNG or SVG bytes, drawn without a window."""

from __future__ import annotations

import datetime as dt

from relapp.gui.headless import ensure_app, png_bytes
from relapp.services import validation as v
from relapp.services.stakeholder_map import LAYOUTS, MapData, load_map

FORMATS = ("png", "svg")
MARGIN = 24


def render_map(account_id: int, layout: str = "teams", fmt: str = "png", width: int = 1200,
               today: dt.date | None = None) -> bytes:
    """PNG or SVG bytes of the account's map in ``layout`` ("org", "grid", "teams")."""
    v.choice("layout", layout, LAYOUTS)
    v.choice("format", fmt, FORMATS)
    v.integer("width", width, 200, 20000)
    ensure_app()
    return render_data(load_map(account_id, today), layout, fmt, width)


def render_data(data: MapData, layout: str, fmt: str, width: int, filters=None) -> bytes:
    from relapp.gui.map.scene import MapScene, build

    scene = MapScene()
    try:
        build(scene, data, layout, filters, legend=True, title=True)
        return render_scene(scene, fmt, width)
    finally:
        # Items refer to each other from Python; free them while Qt is still alive.
        scene.clear()


def render_scene(scene, fmt: str, width: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    source = scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    selected = scene.selectedItems()
    scene.clearSelection()
    # Cached items would reach the file as bitmaps: SVG must get real text.
    cached = [item for item in scene.items() if item.cacheMode() != item.CacheMode.NoCache]
    modes = [item.cacheMode() for item in cached]
    for item in cached:
        item.setCacheMode(item.CacheMode.NoCache)
    try:
        if fmt == "svg":
            from PySide6.QtSvg import QSvgGenerator

            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.WriteOnly)
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            size = QSize(int(source.width()), int(source.height()))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle("Stakeholder map")
            painter = QPainter(generator)
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
            scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
            painter.end()
            buffer.close()
            return bytes(data.data())
        # Scale to the asked width, but never shrink text below legibility on huge maps.
        scale = max(width / source.width(), 0.5) if source.width() else 1.0
        image = QImage(max(1, int(source.width() * scale)), max(1, int(source.height() * scale)),
                       QImage.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, image.width(), image.height()), source, Qt.KeepAspectRatio)
        painter.end()
        return png_bytes(image)
    finally:
        for item, mode in zip(cached, modes):
            item.setCacheMode(mode)
        for item in selected:
            item.setSelected(True)
