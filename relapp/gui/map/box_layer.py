"""One item that paints every person's box on the map.

A crowded account has a couple of hundred people. Each box painting
itself cost a call into Python per box on every repaint: about a quarter
of opening the 200-person map, and as much again on every frame of
panning or zooming it. The boxes stay items of their own for what Qt does
with them (clicks, selection, dragging, rubber bands, the keyboard) but
say they have no contents; this layer draws them all in one call. Zoomed
out, where a box is a few pixels across, it draws the boxes' shapes a kind
at a time (every fill of one look in one call) instead of box by box.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from relapp.gui.map.lines import GAP_COLOUR

SELECTED_PEN = QPen(QColor("#0050A0"), 3)
# Zoomed out, the selected boxes' border stays 2 px on screen: at the
# scale a crowded map fits the window, the 3-unit pen came out under a pixel.
SELECTED_FAR = QPen(SELECTED_PEN.color(), 2)
SELECTED_FAR.setCosmetic(True)
WHITE = QColor("white")
GAP_BRUSH = QBrush(GAP_COLOUR)
NO_PEN = Qt.NoPen  # read once: each Qt.NoPen in a paint is a look-up through shiboken
# Below this zoom a box's rounded corners (6 px) are under 1.5 px on screen:
# drawn square, a kind at a time, they look the same.
SHAPES_AT_ONCE_BELOW = 0.25


class BoxLayer(QGraphicsItem):
    """Paints the boxes of ``items`` (the map's people). Each item answers
    ``look`` (its pens, brushes and rectangles, made once), ``paint_shape``
    and ``paint_marks`` (its texts and badge at a zoom), ``shows_marks``
    (whether anything of those shows at a zoom), and whether it is selected."""

    def __init__(self, items: list):
        super().__init__()
        self.items = items
        self._placed: list[tuple[object, float, float]] | None = None
        self._kinds: _Kinds | None = None
        self._marked: tuple[float, list] | None = None  # the boxes showing a text or badge at a zoom
        self._mine = set(items)
        self._bounds = QRectF()
        # Told which part of it is being drawn, so panning a zoomed-in map
        # draws the few boxes in view, not all of them.
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.setZValue(2)

    def moved(self) -> None:
        """A box was moved: paint them again where they are."""
        self.prepareGeometryChange()
        self._placed = self._kinds = self._marked = None
        self.update()

    def _places(self) -> list[tuple[object, float, float]]:
        if self._placed is None:
            placed, bounds = [], QRectF()
            for item in self.items:
                pos = item.pos()
                x, y = pos.x(), pos.y()
                placed.append((item, x, y))
                bounds |= item.rect().translated(x, y)  # the box and the 6 px around it
            self._placed, self._bounds = placed, bounds
        return self._placed

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        self._places()
        return self._bounds

    def shape(self) -> QPainterPath:
        # Clicks, tooltips and rubber bands find the boxes themselves.
        return QPainterPath()

    def paint(self, painter, option, widget=None):
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        placed = self._places()
        if lod < SHAPES_AT_ONCE_BELOW:
            # Everything a few pixels big: the shapes a kind at a time (what
            # is out of view costs Qt's clipping, not a call from Python each).
            if self._kinds is None:
                self._kinds = _Kinds(placed)
            self._kinds.paint(painter)
            scene = self.scene()
            selected = [item for item in scene.selectedItems() if item in self._mine] if scene is not None else []
            if selected:
                painter.setPen(SELECTED_FAR)
                painter.setBrush(Qt.NoBrush)
                painter.drawRects([item.look.rect.translated(item.pos()) for item in selected])
            if self._marked is None or self._marked[0] != lod:
                details: dict = {}  # how much of the boxes' fonts reads at this zoom, asked once
                self._marked = (lod, [(item, x, y) for item, x, y in placed if item.shows_marks(lod, details)])
            for item, x, y in self._marked[1]:
                painter.translate(x, y)
                item.paint_marks(painter, lod)
                painter.translate(-x, -y)
            return
        exposed = option.exposedRect
        left, top, right, bottom = exposed.left(), exposed.top(), exposed.right(), exposed.bottom()
        for item, x, y in placed:
            if x - 6 < right and y - 6 < bottom and x + item.w + 6 > left and y + item.h + 6 > top:
                painter.translate(x, y)
                item.paint_shape(painter)
                item.paint_marks(painter, lod)
                painter.translate(-x, -y)



class _Kinds:
    """The boxes' shapes where they are, grouped by pen and brush: gap rings
    as four bands each (one fill for all: as one path, the rings cost Qt's
    rasteriser a pass over the whole map), boxes square, stance bars,
    influence rings."""

    def __init__(self, placed: list):
        self.bands: list[QRectF] = []
        self.boxes: dict[tuple[int, int], tuple[QPen, QBrush, list[QRectF]]] = {}
        self.bars: dict[int, tuple[QColor, list[QRectF]]] = {}
        self.rings: dict[int, tuple[QPen, QPainterPath]] = {}
        for item, x, y in placed:
            look = item.look
            rect = look.rect.translated(x, y)
            if look.gap_ring is not None:
                left, top, w, h = rect.x(), rect.y(), rect.width(), rect.height()
                self.bands += [QRectF(left - 6, top - 6, w + 12, 4), QRectF(left - 6, top + h + 2, w + 12, 4),
                               QRectF(left - 6, top - 2, 4, h + 4), QRectF(left + w + 2, top - 2, 4, h + 4)]
            group = self.boxes.get((id(look.border), id(look.fill)))
            if group is None:
                group = self.boxes[(id(look.border), id(look.fill))] = (look.border, look.fill, [])
            group[2].append(rect)
            bar = self.bars.get(id(look.colour))
            if bar is None:
                bar = self.bars[id(look.colour)] = (look.colour, [])
            bar[1].append(look.bar.translated(x, y))
            ring = self.rings.get(id(look.ring_pen))
            if ring is None:
                ring = self.rings[id(look.ring_pen)] = (look.ring_pen, QPainterPath())
            ring[1].addEllipse(look.ring_c + QPointF(x, y), look.radius, look.radius)

    def paint(self, painter) -> None:
        painter.setPen(NO_PEN)
        if self.bands:
            painter.setBrush(GAP_BRUSH)
            painter.drawRects(self.bands)
        for pen, fill, rects in self.boxes.values():
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRects(rects)
        painter.setPen(NO_PEN)
        for colour, rects in self.bars.values():
            painter.setBrush(colour)
            painter.drawRects(rects)
        painter.setBrush(WHITE)
        for pen, path in self.rings.values():
            painter.setPen(pen)
            painter.drawPath(path)
