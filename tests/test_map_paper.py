"""The stakeholder map on paper: the board brief's map page and the SVG
export, read as a printed page would be (the size each text comes out at)."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest

from relapp.services.accounts import create_account
from relapp.services.people import create_member, create_stakeholder, set_tie

pytestmark = pytest.mark.sqlite_only  # about drawing, not the database

SVG = "{http://www.w3.org/2000/svg}"
READABLE_PT = 8.0
LEGEND_WORDS = ("Champion", "Blocker", "Coverage gap", "Line width: tie strength")


def printed_texts(svg: bytes, unit: float = 1.0) -> dict[str, float]:
    """Every text of an SVG with the size it comes out at (the largest
    where a text occurs twice), in the SVG's units times ``unit``: its
    font size scaled by every transform around it."""
    sizes: dict[str, float] = {}

    def walk(element, scale: float, font: float | None) -> None:
        matrix = element.get("transform", "")
        if matrix.startswith("matrix("):
            a, b, c, d = (float(x) for x in re.split(r"[ ,]+", matrix[7:-1].strip())[:4])
            scale *= math.sqrt(abs(a * d - b * c))
        if element.get("font-size"):
            font = float(element.get("font-size"))
        if element.tag == SVG + "text" and (element.text or "").strip() and font is not None:
            text = element.text.strip()
            sizes[text] = max(sizes.get(text, 0.0), font * scale * unit)
        for child in element:
            walk(child, scale, font)

    walk(ET.fromstring(svg), 1.0, None)
    return sizes


@pytest.fixture
def crowded(db, qapp):
    """An account whose team-on-team map is taller than a landscape page:
    fifteen of their people, eleven of them tied to two of ours."""
    account = create_account(name="Alderbrook Freight", target_model="diamond")
    ours = [create_member(name="Alex Morgan", role="Engagement lead", kind="me"),
            create_member(name="Lee Brannigan", role="Legal adviser", kind="colleague")]
    for i in range(15):
        person = create_stakeholder(account=account.id, name=f"Person Number{i}", title="Head of Operations",
                                    influence=1 + i % 5)
        if i < 11:
            set_tie(ours[i % 2].id, person.id, 1 + i % 5)
    return account.id


def test_the_brief_map_page_prints_its_heading_contact_pattern_and_legend_readably(crowded):
    from relapp.gui.brief.render import map_room
    from relapp.gui.map.render import render_paper
    from relapp.services.stakeholder_map import load_map

    room = map_room()
    svg = render_paper(load_map(crowded), "teams", room)
    root = ET.fromstring(svg)
    # Drawn a point a unit: the whole of it fits the page's room.
    _x, _y, width, height = (float(n) for n in root.get("viewBox").split())
    assert width <= room[0] + 1 and height <= room[1] + 1, (width, height, room)
    printed = printed_texts(svg)
    key = {text: size for text, size in printed.items()
           if text.startswith(("Alderbrook Freight", "Contact pattern", "Target")) or text in LEGEND_WORDS}
    assert len(key) >= len(LEGEND_WORDS) + 3, sorted(printed)
    assert min(key.values()) >= READABLE_PT - 0.05, key
    # The map is there too, with every one of their names.
    assert all(f"Person Number{i}" in printed for i in range(15))


def test_names_in_an_svg_map_are_as_large_against_their_boxes_as_on_screen(crowded):
    from PySide6.QtGui import QGuiApplication

    from relapp.gui.map.render import render_data
    from relapp.gui.map.scene import map_fonts
    from relapp.services.stakeholder_map import load_map

    svg = render_data(load_map(crowded), "teams", "svg", 1200)
    # The scene's units are the screen's pixels: the window draws a name's
    # 10 pt in as many pixels as the screen's resolution makes of it.
    on_screen = map_fonts()[0].pointSizeF() * QGuiApplication.primaryScreen().logicalDotsPerInchY() / 72
    names = {text: size for text, size in printed_texts(svg).items() if text.startswith("Person Number")}
    assert len(names) == 15
    assert all(abs(size - on_screen) < 0.25 for size in names.values()), (on_screen, names)


@pytest.mark.parametrize("layout", ["org", "grid", "teams"])
def test_every_legend_label_stands_just_after_its_own_mark(qapp, layout):
    """The ring's and the badge's labels were placed as after a line's
    24-pixel sample: 16 pixels from their 14-pixel marks, nearer the next
    mark than their own in the exported map's legend."""
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import (
        QGraphicsEllipseItem, QGraphicsLineItem, QGraphicsRectItem, QGraphicsSimpleTextItem,
    )

    from relapp.gui.map.scene import MapScene, add_legend

    scene = MapScene()
    add_legend(scene, layout, QPointF(0, 0))
    marks = []
    for item in scene.items():
        if isinstance(item, (QGraphicsRectItem, QGraphicsEllipseItem)):
            marks.append((item.rect().left(), item.rect().right(), item.rect().center().y()))
        elif isinstance(item, QGraphicsLineItem):
            marks.append((item.line().x1(), item.line().x2(), item.line().y1()))
    texts = [item for item in scene.items() if isinstance(item, QGraphicsSimpleTextItem)]
    assert len(texts) >= 8
    for text in texts:
        middle = text.y() + text.boundingRect().height() / 2
        row = [(left, right) for left, right, y in marks if abs(y - middle) < 8 and right <= text.x()]
        gap = text.x() - max(right for _left, right in row)
        assert 3 <= gap <= 8, (text.text(), gap)
    scene.clear()


@pytest.mark.parametrize("layout, heading", [("teams", "Our team"), ("grid", "Keep satisfied")])
def test_an_exported_maps_title_is_as_large_as_its_headings(crowded, layout, heading):
    """The picture's title was drawn at the names' 10 pt while a crowded
    map's column titles and quadrant names grow with it: the account's name
    came out at a third of their size. The contact pattern under it stays
    the size of the legend's words."""
    from relapp.gui.map.render import render_data
    from relapp.services.stakeholder_map import load_map

    printed = printed_texts(render_data(load_map(crowded), layout, "svg", 1600))
    title = next(size for text, size in printed.items() if text.startswith("Alderbrook Freight — "))
    assert title >= printed[heading] - 0.05, (title, printed[heading])
    if layout == "teams":
        pattern = next(size for text, size in printed.items() if text.startswith("Contact pattern"))
        assert pattern == pytest.approx(printed["Champion"], abs=0.05)
