"""The map's lines: reports-to, ties, the journal's suggestions, influence,
conflict and the ways in to coverage gaps.

Every line of a map is painted by one item, ``MapLines``, a path per pen:
an item per line cost its construction in Python, its place in the
scene's index, its removal on the next redraw and a paint of its own,
for each of a crowded map's hundreds of lines (CPU time, A/B: building a
200-person organisation chart went from about 9.2 to 7.7 ms).  A line is a
plain object that knows its two boxes, its pen, its tooltip and where it
runs.
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

INFLUENCE_COLOUR = QColor("#0072B2")
CONFLICT_COLOUR = QColor("#D55E00")
TIE_COLOUR = QColor("#3B6EA5")
GAP_COLOUR = QColor("#CC79A7")
REPORTS_PEN = QPen(QColor("#777777"), 1.4)
PATH_PEN = QPen(GAP_COLOUR, 2.6, Qt.DotLine)
CONFLICT_PEN = QPen(CONFLICT_COLOUR, 2.2, Qt.DashLine)
INFLUENCE_PEN = QPen(INFLUENCE_COLOUR, 2)
INFLUENCE_BRUSH = QBrush(INFLUENCE_COLOUR)  # fills an influence's arrow head
NO_BRUSH = QBrush(Qt.NoBrush)
# Influence and conflict are drawn over the other lines, as when each line
# was an item and these two kinds stood one step higher.
ON_TOP = ("influences", "conflict")
ARROW = 11.0  # length of an influence's arrow head


class MapLine:
    """A line between two boxes (``a`` and ``b``, the map's node items).
    ``points``: the polyline it runs along; ``head``: the arrow head's
    triangle at ``b`` (influence only), else None."""

    __slots__ = ("kind", "a", "b", "weight", "label", "pen", "layer", "points", "head")

    def __init__(self, kind: str, a, b, weight: float = 1.0, label: str = ""):
        self.kind, self.a, self.b, self.weight, self.label = kind, a, b, weight, label
        self.pen = edge_pen(kind, weight)
        self.layer: MapLines | None = None
        a.edges.append(self)
        b.edges.append(self)
        self.adjust()

    def toolTip(self) -> str:  # noqa: N802 (as an item's)
        return self.label  # shown by MapScene.helpEvent when the pointer rests on the line

    def _ends(self) -> tuple[float, float, float, float]:
        # In plain numbers: each sum of Qt points is a call into Qt, and a
        # crowded map has hundreds of lines.
        a, b = self.a, self.b
        ax, ay, bx, by = a.x(), a.y(), b.x(), b.y()
        if self.kind == "reports":
            return ax + a.w / 2, ay + a.h, bx + b.w / 2, by
        if self.kind in ("tie", "journal"):
            if bx + b.w <= ax:  # theirs on the left of ours (a crowded map has both sides)
                return ax, ay + a.h / 2, bx + b.w, by + b.h / 2
            return ax + a.w, ay + a.h / 2, bx, by + b.h / 2
        a_centre, b_centre = (ax + a.w / 2, ay + a.h / 2), (bx + b.w / 2, by + b.h / 2)
        return (*_border_point(a_centre, a.w, a.h, b_centre), *_border_point(b_centre, b.w, b.h, a_centre))

    def adjust(self) -> None:
        """Run from box to box again (after either moved); the layer is told by the box."""
        x1, y1, x2, y2 = self._ends()
        if self.kind == "reports":  # a bracket: down, across, down
            mid = (y1 + y2) / 2
            self.points = ((x1, y1), (x1, mid), (x2, mid), (x2, y2))
        else:
            self.points = ((x1, y1), (x2, y2))
        self.head = None
        if self.kind == "influences" and math.hypot(x2 - x1, y2 - y1) > 1:
            angle = math.atan2(y2 - y1, x2 - x1)
            self.head = ((x2, y2), (x2 - math.cos(angle - 0.45) * ARROW, y2 - math.sin(angle - 0.45) * ARROW),
                         (x2 - math.cos(angle + 0.45) * ARROW, y2 - math.sin(angle + 0.45) * ARROW))

    def add_to(self, path: QPainterPath) -> None:
        (x, y), *rest = self.points
        path.moveTo(x, y)
        for x, y in rest:
            path.lineTo(x, y)
        if self.head is not None:
            (x, y), *rest = self.head
            path.moveTo(x, y)
            for x, y in rest:
                path.lineTo(x, y)
            path.closeSubpath()

    def near(self, x: float, y: float, reach: float) -> bool:
        """Whether (x, y) is within ``reach`` of the line as drawn (its pen's width counts)."""
        reach += self.pen.widthF() / 2
        for (x1, y1), (x2, y2) in zip(self.points, self.points[1:]):
            if _distance_to_segment(x, y, x1, y1, x2, y2) <= reach:
                return True
        return False


class MapLines(QGraphicsItem):
    """All lines of one map, painted as one path per pen (influence and
    conflict over the others).  It takes no clicks and has no shape, so
    clicks, rubber bands and the boxes' look-ups go past it; the scene asks
    ``line_at()`` for a line's tooltip."""

    def __init__(self):
        super().__init__()
        self.lines: list[MapLine] = []
        self._paths: list[tuple[QPen, QBrush, QPainterPath]] | None = None
        self._order: list[MapLine] = []
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.NoButton)

    def add(self, line: MapLine) -> MapLine:
        line.layer = self
        self.lines.append(line)
        if self._paths is not None:  # else nobody asked for the bounds yet: nothing to tell the scene
            self.moved()
        return line

    def moved(self) -> None:
        """A line was added or runs elsewhere: paint them again."""
        self.prepareGeometryChange()
        self._paths = None

    def _grouped(self) -> list[tuple[QPen, QBrush, QPainterPath]]:
        if self._paths is None:
            self._order = [line for line in self.lines if line.kind not in ON_TOP] + \
                [line for line in self.lines if line.kind in ON_TOP]
            groups: dict[int, tuple[QPen, QBrush, QPainterPath]] = {}
            for line in self._order:
                group = groups.get(id(line.pen))
                if group is None:
                    brush = INFLUENCE_BRUSH if line.kind == "influences" else NO_BRUSH
                    group = groups[id(line.pen)] = (line.pen, brush, QPainterPath())
                line.add_to(group[2])
            self._paths = list(groups.values())
            bounds = QRectF()
            for pen, _brush, path in self._paths:
                half = pen.widthF() / 2 + 1
                bounds |= path.boundingRect().adjusted(-half, -half, half, half)
            self._bounds = bounds
        return self._paths

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        self._grouped()
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(self, painter, option, widget=None):
        for pen, brush, path in self._grouped():
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(path)

    def line_at(self, x: float, y: float, reach: float) -> MapLine | None:
        """The topmost line within ``reach`` of (x, y), if any."""
        self._grouped()
        return next((line for line in reversed(self._order) if line.near(x, y, reach)), None)


@functools.lru_cache(maxsize=None)
def edge_pen(kind: str, weight: float) -> QPen:
    """The pen of a line; lines of a kind and weight share one (and so a path)."""
    if kind == "reports":
        return REPORTS_PEN
    if kind == "tie":
        colour = QColor(TIE_COLOUR)
        colour.setAlpha(110 + int(weight) * 29)
        return QPen(colour, 0.8 + weight * 0.9)
    if kind == "journal":
        # Known from the journal, no tie recorded: dashed, a suggestion.
        return QPen(TIE_COLOUR, 0.8 + weight * 0.6, Qt.DashLine)
    if kind == "path":
        return PATH_PEN
    if kind == "conflict":
        return CONFLICT_PEN
    return INFLUENCE_PEN


def _border_point(centre: tuple[float, float], w: float, h: float,
                  towards: tuple[float, float]) -> tuple[float, float]:
    """Where the line from a w × h box's centre towards a point leaves the box."""
    cx, cy = centre
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    sx = (w / 2) / abs(dx) if dx else math.inf
    sy = (h / 2) / abs(dy) if dy else math.inf
    s = min(sx, sy, 1.0)
    return cx + dx * s, cy + dy * s


def _distance_to_segment(x: float, y: float, x1: float, y1: float, x2: float, y2: float) -> float:
    dx, dy = x2 - x1, y2 - y1
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))
