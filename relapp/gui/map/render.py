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


# On paper: the most a small map is enlarged to fill its room, and the
# space between the map and the texts above and below it (points).
PAPER_MOST_SCALE = 1.5
PAPER_GAP = 10.0


def render_paper(data: MapData, layout: str, room: tuple[float, float]) -> bytes:
    """SVG of the map for paper, one unit a point, fitting ``room`` (width,
    height in points): the heading above and the legend below at their own
    size, the map between them as large as the rest of the room allows.
    Drawn as one picture shrunk onto the page, a 15-person map's legend and
    contact pattern came out at about 4 pt.  The boxes keep every detail
    (drawn at full size, then shrunk as vectors): drawn at the paper's
    scale they would choose what stays readable there, as a zoomed-out
    window does, which on a 15-person map is their initials alone."""
    from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize
    from PySide6.QtSvg import QSvgRenderer

    from relapp.gui.map.scene import MapScene, add_heading, add_legend, build

    room_w, room_h = room
    scene, heading, legend = MapScene(), MapScene(), MapScene()
    try:
        build(scene, data, layout, legend=False, title=False)
        add_heading(heading, data, layout, QPointF(0, 0))
        add_legend(legend, layout, QPointF(0, 0))
        parts = [(part, part.itemsBoundingRect()) for part in (heading, scene, legend)]
        # A scene's unit is a pixel of the screen its texts were measured on:
        # the heading and legend keep their size in points (texts wider than
        # the page, such as a long account name, shrink to fit it).
        point = 72 / screen_dpi()
        scales = [min(point, room_w / rect.width()) if rect.width() else point for _part, rect in parts]
        heading_h, legend_h = parts[0][1].height() * scales[0], parts[2][1].height() * scales[2]
        map_rect = parts[1][1]
        if map_rect.width() and map_rect.height():
            scales[1] = min(PAPER_MOST_SCALE * point, room_w / map_rect.width(),
                            max(room_h - heading_h - legend_h - 2 * PAPER_GAP, 1.0) / map_rect.height())
        places = []
        y = 0.0
        for (part, rect), scale in zip(parts, scales):
            places.append(QRectF(0, y, rect.width() * scale, rect.height() * scale))
            y += rect.height() * scale + PAPER_GAP
        size = QSize(int(max(place.width() for place in places)), int(y - PAPER_GAP))

        def draw(painter) -> None:
            # Each part drawn as its own SVG at the screen's resolution, then
            # scaled: drawn straight onto this point-sized page, the boxes
            # would see the paper's scale (and show initials), and fonts in
            # points would come out at three quarters of the size meant.
            for (part, _rect), place in zip(parts, places):
                QSvgRenderer(QByteArray(render_scene(part, "svg", 0, margin=0))).render(painter, place)

        return svg_bytes(size, draw)  # 72 dots per inch: a unit is a point
    finally:
        # Items refer to each other from Python; free them while Qt is still alive.
        for each in (scene, heading, legend):
            each.clear()


def svg_bytes(size, draw, dpi: int | None = None) -> bytes:
    """An SVG document of ``size`` (a QSize, also its view box) on white,
    titled as the map, with ``draw(painter)`` painted on it; ``dpi``: the
    resolution fonts in points are drawn at (the generator's 72 when None)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    if dpi is not None:
        generator.setResolution(dpi)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle("Stakeholder map")
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
    draw(painter)
    painter.end()
    buffer.close()
    return bytes(data.data())


def screen_dpi() -> int:
    """The dots per inch the map's texts were measured at (the screen's logical resolution)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 96


def render_scene(scene, fmt: str, width: int, margin: float = MARGIN) -> bytes:
    """PNG ``width`` pixels wide, or SVG at the scene's own size (``width`` unused)."""
    from PySide6.QtCore import QRectF, QSize, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    source = scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin)
    selected = scene.selectedItems()
    scene.clearSelection()
    # Cached items would reach the file as bitmaps: SVG must get real text.
    cached = [item for item in scene.items() if item.cacheMode() != item.CacheMode.NoCache]
    modes = [item.cacheMode() for item in cached]
    for item in cached:
        item.setCacheMode(item.CacheMode.NoCache)
    try:
        if fmt == "svg":
            # Texts as large against their boxes as on screen: the boxes were
            # sized by the screen's font metrics, and at the generator's
            # default 72 dots per inch a 10 pt name took three quarters of
            # the room measured for it.
            size = QSize(int(source.width()), int(source.height()))
            return svg_bytes(size, lambda painter: scene.render(
                painter, QRectF(0, 0, size.width(), size.height()), source), dpi=screen_dpi())
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
