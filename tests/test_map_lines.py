"""The map's lines as drawn: from box to box, arrow heads on influence only, reports-to as a bracket."""

import math

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from relapp.gui.map.lines import MapLine, MapLines
from relapp.gui.map.scene import CONFLICT_COLOUR, INFLUENCE_COLOUR, REPORTS_PEN, PersonItem, map_fonts
from relapp.services.stakeholder_map import MapPerson


def person(pid: int, x: float, y: float) -> PersonItem:
    item = PersonItem(MapPerson(pid, f"Person {pid}", "Director", None, 3, 3, "neutral", None, 3, None, 0, "", ()),
                      150, 50, map_fonts(), None)
    item.setPos(x, y)
    return item


def drawn(scene: QGraphicsScene) -> QImage:
    image = QImage(800, 600, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    scene.render(painter, QRectF(0, 0, 800, 600), QRectF(0, 0, 800, 600))
    painter.end()
    return image


def colour_at(image: QImage, x: float, y: float) -> QColor:
    return image.pixelColor(round(x), round(y))


def close_to(found: QColor, wanted: QColor, slack: int = 30) -> bool:
    return all(abs(x - y) <= slack for x, y in zip(found.getRgb()[:3], wanted.getRgb()[:3]))


@pytest.mark.parametrize("kind, colour, head", [("influences", INFLUENCE_COLOUR, True),
                                                 ("conflict", CONFLICT_COLOUR, False)])
def test_a_link_runs_between_the_boxes_borders_with_a_head_only_for_influence(qapp, kind, colour, head):
    scene = QGraphicsScene()
    a, b = person(1, 20, 20), person(2, 520, 420)  # 150 x 50 boxes, centres (95, 45) and (595, 445)
    lines = MapLines()
    line = lines.add(MapLine(kind, a, b, label="words"))
    for item in (a, b, lines):
        scene.addItem(item)
    # From the centre of one towards the other's, cut where it leaves each box (its bottom and top edges).
    (x1, y1), (x2, y2) = line.points  # a link runs straight
    assert (x1, y1, x2, y2) == pytest.approx((95 + 500 * 25 / 400, 70, 595 - 500 * 25 / 400, 420))
    image = drawn(scene)
    along = [(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t) for t in (0.5 + k / 400 for k in range(-12, 13))]
    assert any(close_to(colour_at(image, x, y), colour) for x, y in along)
    # Inside the arrow head: 9 px back from the tip along the line, 2.5 px to one side.
    angle = math.atan2(y2 - y1, x2 - x1)
    inside = (x2 - 9 * math.cos(angle) - 2.5 * math.sin(angle), y2 - 9 * math.sin(angle) + 2.5 * math.cos(angle))
    assert (colour_at(image, *inside) == INFLUENCE_COLOUR) is head


def test_reports_to_is_a_bracket_from_the_boss_down_to_the_report(qapp):
    scene = QGraphicsScene()
    boss, report = person(1, 300, 20), person(2, 60, 220)  # bottom middle (375, 70), top middle (135, 220)
    lines = MapLines()
    lines.add(MapLine("reports", boss, report))
    for item in (boss, report, lines):
        scene.addItem(item)
    image = drawn(scene)
    mid = (70 + 220) / 2
    for x, y in ((375, 90), (375, mid - 10), (300, mid), (200, mid), (135, mid + 10), (135, 200)):
        dark = min(colour_at(image, x + dx, y + dy).lightness() for dx in (-1, 0, 1) for dy in (-1, 0, 1))
        assert dark < 200, (x, y)
    assert colour_at(image, 255, 145 - 40).lightness() > 250  # no diagonal shortcut
    assert REPORTS_PEN.color().lightness() < 200
