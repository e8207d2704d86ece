"""The people's boxes are painted by one layer (relapp/gui/map/box_layer.py):
every box shows where its person is, close up and zoomed out, a selection
and a drag show at once, and zoomed out the boxes cost no call per box."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from relapp.gui.map.box_layer import SELECTED_PEN, SHAPES_AT_ONCE_BELOW
from relapp.gui.map.scene import STANCE_COLOURS, PersonItem, _tint
from relapp.services import accounts, people
from relapp.store.binding import atomic

STANCE_NAMES = tuple(STANCE_COLOURS)


@pytest.fixture
def crowded(db):
    """60 people of every stance in a reports-to tree, some known to us."""
    rng = random.Random(7)
    with atomic():
        account = accounts.create_account(name="Sixty Strong plc")
        ids: list[int] = []
        for i in range(60):
            ids.append(people.create_stakeholder(
                account=account.id, name=f"Person {i:02d}", title="Head of Things",
                stance=STANCE_NAMES[i % len(STANCE_NAMES)], influence=rng.randint(1, 5),
                interest=rng.randint(1, 5), reports_to=ids[(i - 1) // 4] if ids else None).id)
        ours = people.create_member(name="Colleague")
        for sid in ids[::5]:
            people.set_tie(ours.id, sid, 4)
    return account.id


def open_map(qtbot, account_id, layout="org"):
    from gui_helpers import context_now
    from relapp.gui.map.map_view import MapView

    view = MapView(context=context_now())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_layout(layout)
    view.set_account(account_id)
    view.show()
    qtbot.waitExposed(view)
    return view


def people_items(view) -> list[PersonItem]:
    return [i for i in view.built.nodes.values() if isinstance(i, PersonItem)]


def rendered(scene, scale: float) -> tuple[QImage, QRectF]:
    """The whole scene drawn at ``scale`` on white, and the scene rectangle drawn."""
    source = scene.itemsBoundingRect()
    image = QImage(int(source.width() * scale) + 1, int(source.height() * scale) + 1, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, source.width() * scale, source.height() * scale), source)
    painter.end()
    return image, source


def near(colour: QColor, expected: QColor, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3]))


@pytest.mark.parametrize("scale", [1.0, 0.15], ids=["close up", "zoomed out"])
@pytest.mark.parametrize("layout", ["org", "grid", "teams"])
def test_every_box_is_drawn_where_its_person_is(qtbot, crowded, layout, scale):
    view = open_map(qtbot, crowded, layout)
    image, source = rendered(view.scene, scale)
    missing = []
    for item in people_items(view):
        colour = STANCE_COLOURS[item.person.stance]
        if scale == 1.0:  # the stance bar on the box's left
            at, expected = item.pos() + QPointF(4.5, item.h / 2), colour
        else:  # the box's tinted fill, left of its influence ring (no text reads this far out)
            at, expected = item.pos() + QPointF(item.w * 0.35, item.h / 2), _tint(colour)
        pixel = image.pixelColor(int((at.x() - source.x()) * scale), int((at.y() - source.y()) * scale))
        if not near(pixel, expected):
            missing.append((item.person.name, pixel.name(), expected.name()))
    assert not missing, missing


def test_selecting_a_box_shows_at_once_close_up_and_zoomed_out(qtbot, crowded):
    view = open_map(qtbot, crowded)
    gv = view.view
    item = people_items(view)[10]

    def blue_pixels() -> int:
        image = gv.viewport().grab().toImage()
        box = gv.mapFromScene(item.sceneBoundingRect()).boundingRect().adjusted(-2, -2, 2, 2)
        return sum(near(image.pixelColor(x, y), SELECTED_PEN.color(), 30)
                   for x in range(max(box.left(), 0), min(box.right(), image.width() - 1))
                   for y in range(max(box.top(), 0), min(box.bottom(), image.height() - 1)))

    for scale in (1.0, 0.2):
        view.scene.clearSelection()
        gv.zoom(scale / gv.transform().m11())
        gv.centerOn(item)
        qtbot.wait(20)
        assert blue_pixels() == 0
        # Clicked as the user would: the box is selected and its border turns blue.
        at = gv.mapFromScene(item.pos() + QPointF(item.w / 2, item.h / 2))
        qtbot.mouseClick(gv.viewport(), Qt.LeftButton, pos=at)
        assert item.isSelected()
        qtbot.waitUntil(lambda: blue_pixels() > (40 if scale == 1.0 else 10), timeout=2000)


def test_a_dragged_box_is_drawn_where_it_was_dropped(qtbot, crowded):
    from test_map_view import drag

    view = open_map(qtbot, crowded)
    gv = view.view
    gv.zoom(1 / gv.transform().m11())
    item = people_items(view)[3]
    bar = QPointF(4.5, item.h / 2)
    before = item.pos()
    drag(view, before + QPointF(20, 10), before + QPointF(20 + 400, 10 + 300))
    assert (item.pos() - before - QPointF(400, 300)).manhattanLength() < 3
    gv.centerOn(item)
    qtbot.wait(20)
    image = gv.viewport().grab().toImage()
    assert near(image.pixelColor(gv.mapFromScene(item.pos() + bar)), STANCE_COLOURS[item.person.stance])
    view.view.centerOn(before)
    qtbot.wait(20)
    image = gv.viewport().grab().toImage()
    left_behind = image.pixelColor(gv.mapFromScene(before + bar))
    assert not near(left_behind, STANCE_COLOURS[item.person.stance]), "nothing is left where it was"


def test_zoomed_out_the_boxes_cost_no_call_per_box(qtbot, crowded, monkeypatch):
    # The point of the layer: a crowded map fitted to the window is drawn
    # a kind of shape at a time, not box by box from Python.
    from relapp.gui.map.box_layer import BoxLayer

    boxes, layers = [], []
    real_box, real_layer = PersonItem.paint_shape, BoxLayer.paint
    monkeypatch.setattr(PersonItem, "paint_shape", lambda self, painter: (boxes.append(self), real_box(self, painter)))
    monkeypatch.setattr(BoxLayer, "paint", lambda self, *args: (layers.append(self), real_layer(self, *args)))
    view = open_map(qtbot, crowded)
    gv = view.view
    for scale, drawn_one_by_one in ((0.15, False), (1.0, True)):  # 0.15: as a 200-person map fits a window
        gv.zoom(scale / gv.transform().m11())  # as the user zooms, so the view stops fitting the map
        gv.centerOn(people_items(view)[0])
        qtbot.wait(20)
        boxes.clear(), layers.clear()
        gv.viewport().update()
        qtbot.waitUntil(lambda: bool(layers), timeout=2000)
        if drawn_one_by_one:  # close up, each box in view draws itself in full, the others not at all
            assert 0 < len(boxes) < len(people_items(view))
        else:
            assert gv.transform().m11() < SHAPES_AT_ONCE_BELOW and boxes == []


def test_the_layer_takes_no_clicks(qtbot, crowded):
    view = open_map(qtbot, crowded)
    layer = view.scene.box_layer
    assert layer.shape().isEmpty() and layer.acceptedMouseButtons() == Qt.NoButton
    item = people_items(view)[5]
    found = view.scene.items(item.pos() + QPointF(item.w / 2, item.h / 2))
    assert item in found and layer not in found
