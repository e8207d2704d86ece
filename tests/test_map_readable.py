"""Maps stay readable with many people: no text under 8 pt in the exports,
less detail (initials) rather than tiny names when zoomed out, find on the
map, and the account chosen on the map itself."""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt

from gui_helpers import map_lists_filled
from relapp.services import accounts, people

DEPARTMENTS = ("Finance", "Operations", "IT", "Sales", "Legal", "People")


@pytest.fixture
def eighty(db):
    """80 people as a plain import leaves them: all at influence 3 / interest 3,
    six departments, a reports-to tree, a few ties."""
    account = accounts.create_account(name="Eighty Strong plc")
    ids: list[int] = []
    for i in range(80):
        boss = ids[(i - 1) // 4] if ids else None
        person = people.create_stakeholder(account=account.id, name=f"Alexandra Featherstonehaugh {i:02d}",
                                           title="Head of Regional Procurement Excellence",
                                           department=DEPARTMENTS[i % len(DEPARTMENTS)], reports_to=boss)
        ids.append(person.id)
    members = [people.create_member(name=f"Colleague {k}") for k in range(4)]
    for k, sid in enumerate(ids[::7]):
        people.set_tie(members[k % 4].id, sid, 1 + k % 5)
    return account.id


def open_map(qtbot, account_id):
    from gui_helpers import context_now
    from relapp.gui.map.map_view import MapView

    view = MapView(context=context_now())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.set_account(account_id)
    map_lists_filled(qtbot, view)
    return view


def text_sizes(svg: bytes) -> list[float]:
    """The font size of every text element, from the element or the group it inherits it from."""
    root = ET.fromstring(svg)
    sizes = []

    def walk(node, inherited):
        size = node.get("font-size", inherited)
        if node.tag.endswith("text") and (node.text or "").strip():
            sizes.append(float(re.match(r"[0-9.]+", size).group()))
        for child in node:
            walk(child, size)

    walk(root, "12")
    return sizes


@pytest.mark.parametrize("layout", ["org", "grid", "teams"])
def test_the_80_person_export_has_no_text_under_8_pt(eighty, layout):
    from relapp.gui.map.render import render_map

    svg = render_map(eighty, layout, "svg")
    sizes = text_sizes(svg)
    assert len(sizes) > 80  # every name is there, as text
    assert min(sizes) >= 8.0
    assert b"Eighty Strong plc" in svg  # the account's name heads the export
    # Drawn 1:1: no group scales text down.
    for a, b in re.findall(rb'transform="matrix\(([0-9.e-]+),([0-9.e-]+),', svg):
        assert (float(a) ** 2 + float(b) ** 2) ** 0.5 > 0.99


def test_zoomed_out_names_give_way_to_initials(qtbot, eighty):
    from relapp.gui.map.scene import map_fonts, readable_detail, initials

    name, small = map_fonts()
    assert readable_detail(1.0, name, small) == "full"
    # Fitted a little smaller than 1:1, the names stay (only titles go).
    assert readable_detail(0.9, name, small) == "name"
    assert readable_detail(0.5, name, small) == "initials"
    assert readable_detail(0.05, name, small) == "none"
    assert initials("Carmen Juhasz") == "CJ"


def test_find_on_map_centres_and_selects(qtbot, eighty):
    view = open_map(qtbot, eighty)
    view.set_layout("org")
    view.find_box.setFocus()
    qtbot.keyClicks(view.find_box, "featherstonehaugh 42")
    qtbot.keyClick(view.find_box, Qt.Key_Return)
    assert [i.person.name for i in view.scene.selectedItems()] == ["Alexandra Featherstonehaugh 42"]
    node = view.scene.selectedItems()[0]
    centre = view.view.mapFromScene(node.centre())
    assert view.view.viewport().rect().contains(centre)
    assert not view.find("nobody by that name")


def test_the_account_is_chosen_on_the_map_and_named_in_its_header(qtbot, eighty):
    other = accounts.create_account(name="Another Client")
    view = open_map(qtbot, eighty)
    assert view.header.text().startswith("Eighty Strong plc")
    chosen = []
    view.account_chosen.connect(chosen.append)
    index = view.account_choice.findData(other.id)
    view.account_choice.activated.emit(index)
    assert view.account_id == other.id and chosen == [other.id]
    assert view.header.text().startswith("Another Client")


def test_a_crowded_grid_cell_grows_its_own_row_and_column_only():
    from relapp.domain.map_layout import Node, grid_layout

    crowd = [Node(f"s:{i}", 200, 47, None, 3, 3) for i in range(80)]
    few = [Node("s:100", 200, 47, None, 5, 5), Node("s:101", 200, 47, None, 1, 1)]
    grid = grid_layout(crowd + few)
    big = grid.cell_rect(3, 3)
    corner = grid.cell_rect(5, 5)
    assert big.w > 3 * corner.w and big.h > 5 * corner.h
    for node in crowd + few:  # everyone inside their own cell
        box, cell = grid.boxes[node.key], grid.cell_rect(node.influence, node.interest)
        assert cell.x <= box.x and box.right <= cell.right and cell.y <= box.y and box.bottom <= cell.bottom
    width, height = grid.size
    # The other cells stay small: the grid is far smaller than five crowded cells a side.
    assert width < 2.5 * big.w and height < 2.5 * big.h


def test_departments_each_get_a_frame_holding_their_people_without_overlap():
    from relapp.domain.map_layout import Node, department_layout

    groups = []
    for d in range(6):
        nodes = [Node(f"s:{d}-{i}", 180, 47, f"s:{d}-{(i - 1) // 3}" if i else ("s:0-0" if d else None))
                 for i in range(14)]
        groups.append((f"Dept {d}", nodes))
    groups.append(("Folded", [Node("g:Folded", 200, 47)]))
    boxes, frames = department_layout(groups)
    assert len(boxes) == 6 * 14 + 1 and set(frames) == {name for name, _ in groups}
    for name, nodes in groups:
        frame = frames[name]
        for n in nodes:
            b = boxes[n.key]
            assert frame.x <= b.x and b.right <= frame.right and frame.y <= b.y and b.bottom <= frame.bottom
    rects = list(boxes.values()) + list(frames.values())
    frame_list = list(frames.values())
    assert not any(a.intersects(b) for i, a in enumerate(frame_list) for b in frame_list[i + 1:])
    width = max(f.right for f in frame_list)
    height = max(f.bottom for f in frame_list)
    assert width < 4 * height  # wrapped into rows, not one endless line
    assert rects


def test_the_organisation_groups_by_department_and_folds_into_counted_groups(qtbot, eighty, tmp_path):
    from relapp.gui.map.scene import DepartmentFrame, GroupItem, PersonItem

    view = open_map(qtbot, eighty)
    view.set_layout("grid")
    qtbot.mouseClick(view.department_button, Qt.LeftButton)
    assert view.layout_name == "org" and view.filters.by_department
    frames = {f.name: f for f in view.scene.items() if isinstance(f, DepartmentFrame)}
    assert set(frames) == set(DEPARTMENTS)
    for item in (i for i in view.built.nodes.values() if isinstance(i, PersonItem)):
        assert frames[item.person.department].rect.contains(item.sceneBoundingRect().center())
    view.scene.activated.emit("g:Finance")  # what a double-click on the frame sends
    groups = [i for i in view.built.nodes.values() if isinstance(i, GroupItem)]
    assert [(g.name, g.count) for g in groups] == [("Finance", 14)]
    assert not [i for i in view.built.nodes.values()
                if isinstance(i, PersonItem) and i.person.department == "Finance"]
    # Finding someone inside a folded department opens it.
    assert view.find("Alexandra Featherstonehaugh 06")
    assert "Finance" not in view.filters.folded
    assert [i.person.name for i in view.scene.selectedItems()] == ["Alexandra Featherstonehaugh 06"]
    # Exported grouped and folded, with no text under 8 pt either.
    view.toggle_department("Legal")
    path = view.export("svg", str(tmp_path / "grouped.svg"))
    svg = path.read_bytes()
    assert min(text_sizes(svg)) >= 8.0 and b"Legal: 13 people" in svg


def drawn_texts(scene, scale: float) -> list[str]:
    """Every text a scene paints when shown at ``scale`` (as the view would)."""
    from PySide6.QtCore import QBuffer, QByteArray, QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    for item in scene.items():  # a cached box would reach the SVG as a bitmap, not text
        item.setCacheMode(item.CacheMode.NoCache)
    data = QByteArray()
    buffer = QBuffer(data)
    source = scene.itemsBoundingRect()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize((source.size() * scale).toSize())
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width() * scale, source.height() * scale), source)
    painter.end()
    root = ET.fromstring(bytes(data))
    return ["".join(node.itertext()).strip() for node in root.iter() if node.tag.endswith("text")]


def test_a_map_fitted_slightly_smaller_still_names_everyone(qtbot, db):
    """A map fitted to a window a little too small for 1:1 used to show
    initials only, in boxes with room for whole names."""
    account = accounts.create_account(name="Small Client")
    names = ["Carmen Fairweather", "Zeno Oyelaran", "Priya Ibekwe"]
    for name in names:
        people.create_stakeholder(account=account.id, name=name, title="Director")
    view = open_map(qtbot, account.id)
    for layout in ("org", "grid", "teams"):
        view.set_layout(layout)
        texts = drawn_texts(view.scene, 0.88)
        for name in names:
            assert name in texts, (layout, texts)


def test_the_former_pane_shows_only_when_someone_left(qtbot, db):
    import datetime as dt

    from relapp.services.people_changes import mark_left

    account = accounts.create_account(name="Small Client")
    stays = people.create_stakeholder(account=account.id, name="Carmen Fairweather")
    goes = people.create_stakeholder(account=account.id, name="Zeno Oyelaran")
    view = open_map(qtbot, account.id)
    assert stays.id and not view.former_list.isVisible()
    mark_left(goes.id, dt.date(2026, 11, 2))
    view.refresh()  # written behind the view's back: a step of the window would have told it
    map_lists_filled(qtbot, view)
    assert view.former_list.isVisible() and view.former_title.isVisible()
    assert view.former_list.item(0).text() == "Zeno Oyelaran"


def test_the_window_legend_reads_at_any_zoom(qtbot, eighty):
    """The legend used to be drawn in the scene and shrank with an 80-person
    map to a few pixels; in the window it is a line of text under the map."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    view = open_map(qtbot, eighty)
    for layout, last in (("org", "Reports to"), ("grid", "In conflict"), ("teams", "Line width: tie strength")):
        view.set_layout(layout)
        qtbot.waitUntil(lambda: view.legend.isVisible())
        legend = view.legend.text()
        for words in ("Champion", "Blocker", "Coverage gap", "Ring: influence 1–5", last):
            assert words in legend
        assert view.legend.font().pointSizeF() >= 8
        in_scene = [i.text() for i in view.scene.items() if isinstance(i, QGraphicsSimpleTextItem)]
        assert "Coverage gap" not in in_scene


def test_the_crowded_grid_labels_stay_readable_when_fitted(qtbot, eighty):
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    view = open_map(qtbot, eighty)
    view.set_layout("grid")
    view.fit()
    zoom = view.view.transform().m11()
    assert zoom < 0.8  # the crowd made the grid bigger than the window
    labels = {i.text(): i for i in view.scene.items() if isinstance(i, QGraphicsSimpleTextItem)}
    for words in ("Manage closely", "Keep satisfied", "Monitor", "Keep informed", "Interest →", "Influence ↑"):
        assert labels[words].font().pointSizeF() * zoom >= 8.0, words
    # Nothing overlaps: quadrant names, level numbers and the axis title each have their own line.
    bottom = [labels[w].sceneBoundingRect() for w in ("Monitor", "Interest →")]
    numbers = [i.sceneBoundingRect() for i in view.scene.items()
               if isinstance(i, QGraphicsSimpleTextItem) and i.text() == "2"]
    assert len(numbers) == 2
    assert not bottom[0].intersects(bottom[1]) and not any(bottom[0].intersects(n) for n in numbers)


def test_the_crowded_team_columns_are_titled_readably_when_fitted(qtbot, eighty):
    """The column titles of team on team grew with the map (they were drawn
    at 10 pt and read as 3 pt once 80 people were fitted), each within the
    room before the next column."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    view = open_map(qtbot, eighty)
    view.set_layout("teams")
    view.fit()
    zoom = view.view.transform().m11()
    assert zoom < 0.8
    labels = {i.text(): i for i in view.scene.items() if isinstance(i, QGraphicsSimpleTextItem)}
    titles = [labels[words] for words in ("Our team", "Their people", "No tie with us yet")]
    boxes = [n.sceneBoundingRect() for n in view.built.nodes.values()]
    for n, title in enumerate(titles):
        assert title.font().pointSizeF() * zoom >= 8.0, title.text()
        place = title.sceneBoundingRect()
        assert not any(place.intersects(box) for box in boxes), title.text()
        assert not any(place.intersects(other.sceneBoundingRect()) for other in titles[n + 1:]), title.text()


def test_a_map_without_accounts_says_what_to_do(qtbot, db):
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    view = open_map(qtbot, None)
    notes = [i.text() for i in view.scene.items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert any("No account to map yet" in text and "Ctrl+Shift+A" in text for text in notes)
    assert not view.former_list.isVisible()


def test_a_shortened_name_keeps_the_surname_before_falling_back_to_initials(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    from relapp.gui.map.scene import short_name

    metrics = QFontMetricsF(QFont())
    whole = metrics.horizontalAdvance("Valentina Wojcik")
    assert short_name("Valentina Wojcik", metrics, whole + 1) == "Valentina Wojcik"
    assert short_name("Valentina Wojcik", metrics, metrics.horizontalAdvance("V. Wojcik") + 1) == "V. Wojcik"
    assert short_name("Valentina Wojcik", metrics, metrics.horizontalAdvance("Wojcik") + 1) == "Wojcik"
    assert short_name("Valentina Wojcik", metrics, 5) == "VW"


def test_a_shortened_name_keeps_its_initial_when_someone_else_has_the_surname(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    from relapp.gui.map.scene import short_name

    metrics = QFontMetricsF(QFont())
    room = metrics.horizontalAdvance("V. Wojcik") - 1  # "Wojcik" alone fits, "V. Wojcik" does not
    assert short_name("Valentina Wojcik", metrics, room) == "Wojcik"
    shared = short_name("Valentina Wojcik", metrics, room, shared_surname=True)
    assert shared.startswith("V. Woj") and shared.endswith("…"), shared
    assert metrics.horizontalAdvance(shared) <= room
    # Too narrow for the initial and three letters: the surname, then initials, as before.
    assert short_name("Valentina Wojcik", metrics, metrics.horizontalAdvance("Wojcik") + 1,
                      shared_surname=True) == "Wojcik"
    assert short_name("Valentina Wojcik", metrics, 5, shared_surname=True) == "VW"


def test_two_people_with_one_surname_read_differently_on_a_zoomed_out_map(qtbot, db):
    """The demo's Kofi and Nadia Brandvold both read "Brandvold" on the
    fitted grid; the one whose initial fitted read "K. Brandvold"."""
    account = accounts.create_account(name="Brandvold Family Firm")
    for first in ("Kofi", "Nadia"):
        people.create_stakeholder(account=account.id, name=f"{first} Brandvold", title="Director", influence=4)
    people.create_stakeholder(account=account.id, name="Oona Szabo", title="Director", influence=4)
    view = open_map(qtbot, account.id)
    view.set_layout("grid")
    for scale in (0.4, 0.5, 0.6, 0.7):  # initials, then more and more of the name
        texts = [text for text in drawn_texts(view.scene, scale) if text in ("KB", "NB") or "Bra" in text]
        assert len(texts) == 2 and len(set(texts)) == 2, (scale, texts)
        assert sorted(text[0] for text in texts) == ["K", "N"], (scale, texts)


def test_an_account_made_elsewhere_is_in_the_chooser_when_shown(qtbot, eighty):
    view = open_map(qtbot, eighty)
    later = accounts.create_account(name="Made Elsewhere Ltd")  # e.g. by `relapp import` in a terminal
    view.set_account(later.id)
    assert view.account_choice.currentData() == later.id
    assert view.account_choice.currentText() == "Made Elsewhere Ltd"


def test_a_zoomed_out_name_is_shortened_once_per_font_and_room(qtbot, eighty, monkeypatch):
    # Choosing "A. 42" (or initials) for "Alexandra Featherstonehaugh 42" measures its
    # shorter forms: done once, not again for each layout or opening.
    from relapp.gui.map import scene

    view = open_map(qtbot, eighty)
    view.set_layout("grid")
    chosen = []
    real = scene.short_name
    monkeypatch.setattr(scene, "short_name", lambda name, *args, **kwargs: chosen.append(name) or real(name, *args, **kwargs))
    scene._SHORT_NAMES.clear()
    first = drawn_texts(view.scene, 0.5)
    assert len(set(chosen)) == 80 and len(chosen) == 80
    assert "A. 42" in first
    view.set_layout("org")
    view.set_layout("grid")  # every box made anew
    assert drawn_texts(view.scene, 0.5) == first and len(chosen) == 80


def test_a_200_person_map_fitted_on_a_small_laptop_keeps_its_headings_readable(qtbot, db):
    """Fitted in the map's share of a 1024×640 window, a 200-person map showed
    'Their people' at 5 pt (shrunk to the room before the next column) and
    the other headings at 7 pt; now none is under READABLE_PT, and none
    lies on a box or on another heading."""
    import random

    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from relapp.gui.map.map_view import MapView
    from relapp.gui.map.scene import READABLE_PT
    from relapp.store.binding import atomic

    rng = random.Random(3)
    with atomic():
        account = accounts.create_account(name="Two Hundred Strong plc")
        ids: list[int] = []
        for i in range(200):
            ids.append(people.create_stakeholder(
                account=account.id, name=f"Person Number {i:03d}", title="Head of Things",
                reports_to=ids[(i - 1) // 4] if ids else None,
                influence=rng.randint(1, 5), interest=rng.randint(1, 5)).id)
        members = [people.create_member(name=f"Colleague {k}") for k in range(4)]
        for k, sid in enumerate(ids[::5]):
            people.set_tie(members[k % 4].id, sid, 1 + k % 5)
    view = MapView()
    qtbot.addWidget(view)
    view.resize(874, 600)  # the map's share of a 1024×640 window
    view.show()
    qtbot.waitExposed(view)
    view.set_account(account.id)
    headings = {"teams": ("Our team", "Their people", "No tie with us yet"),
                "grid": ("Keep satisfied", "Manage closely", "Monitor", "Keep informed")}
    for layout, words in headings.items():
        view.set_layout(layout)
        view.fit()
        zoom = view.view.transform().m11()
        labels = {i.text(): i for i in view.scene.items() if isinstance(i, QGraphicsSimpleTextItem)}
        titles = [labels[w] for w in words]
        boxes = [n.sceneBoundingRect() for n in view.built.nodes.values()]
        for n, title in enumerate(titles):
            assert title.font().pointSizeF() * title.scale() * zoom >= READABLE_PT, (layout, title.text(), zoom)
            place = title.sceneBoundingRect()
            assert not any(place.intersects(box) for box in boxes), title.text()
            assert not any(place.intersects(other.sceneBoundingRect()) for other in titles[n + 1:]), title.text()


def test_in_german_the_header_names_the_layout_in_german(qtbot, eighty, german):
    """The header took the layout's name from the untranslated list: 'Orrin
    Logistics Group — Power and interest' in the German window."""
    view = open_map(qtbot, eighty)
    view.set_layout("grid")
    assert view.header.text() == "Eighty Strong plc — Macht und Interesse"


def test_map_headings_read_at_a_normal_size_on_a_large_screen(qtbot, demo_db):
    """Sized to read on a small laptop's screen, the column titles (and the
    grid's quadrant names) came out at 16 pt and more when the map was fitted
    on a large one; fitted, they show at no more than HEADING_PT on any
    screen and no less than READABLE_PT."""
    from relapp.gui.map.map_view import MapView
    from relapp.store.models import Account

    view = MapView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_account(Account.select().first().id)
    for layout, words in (("teams", ("Our team", "Their people")), ("grid", ("Keep satisfied", "Monitor"))):
        view.set_layout(layout)
        _headings_fit(qtbot, view, words)


def _headings_fit(qtbot, view, words):
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from relapp.gui.map.scene import HEADING_PT, READABLE_PT

    for size in ((1400, 900), (874, 600), (1900, 1150)):
        view.resize(*size)
        qtbot.waitUntil(lambda: view.view.viewport().width() > size[0] // 2)
        view.fit()
        zoom = view.view.transform().m11()
        labels = {i.text(): i for i in view.scene.items() if isinstance(i, QGraphicsSimpleTextItem)}
        for word in words:
            shown = labels[word].font().pointSizeF() * labels[word].scale() * zoom
            assert READABLE_PT <= shown <= HEADING_PT + 0.01, (size, word, shown)
        # Each stays where it was put (over its column, beside the grid), on no box.
        boxes = [n.sceneBoundingRect() for n in view.built.nodes.values()]
        for word in words:
            place = labels[word].sceneBoundingRect()
            assert not any(place.intersects(box) for box in boxes), word
            assert any(box.left() < place.right() and place.left() < box.right() for box in boxes), word


SURNAMES = ("Abernathy", "Baptiste", "Castellano", "Drummond", "Eriksen", "Fontaine", "Gallagher", "Hargreaves",
            "Ibarra", "Jankowski", "Kowalski", "Lindgren", "Moreau", "Nakashima", "Okonkwo", "Pemberton",
            "Quintero", "Rasmussen", "Santoro", "Thackeray")


def test_forty_tied_to_us_are_named_on_a_fitted_team_on_team(qtbot, db):
    """Forty of theirs tied to three of ours were one column about three
    times taller than the map was wide: fitted to the window, no box showed
    a name. Their people now take both sides of ours, each side under its
    own title, and every one of them shows their initial and their surname,
    cut short if need be (two people share each surname); each
    tie runs from the side of our box that faces them to their box's near
    edge, not across our column."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    account = accounts.create_account(name="Forty Tied plc")
    members = [people.create_member(name=f"Colleague {k}") for k in range(3)]
    names = [f"{first} {last}" for first in ("Alexandra", "Benedikt") for last in SURNAMES]
    for i, name in enumerate(names):
        person = people.create_stakeholder(account=account.id, name=name, title="Head of Regional Procurement")
        people.set_tie(members[i % 3].id, person.id, 1 + i % 5)
    view = open_map(qtbot, account.id)
    view.set_layout("teams")
    view.fit()
    zoom = view.view.transform().m11()
    texts = drawn_texts(view.scene, zoom)
    # Every surname here is two people's: each is named with their initial,
    # the surname cut short when it does not fit, never the surname alone.
    for name in names:
        first, last = name.split()
        shown = [text for text in texts if text in (name, f"{first[0]}. {last}")
                 or (text.startswith(f"{first[0]}. {last[:3]}") and text.endswith("…"))]
        assert len(shown) == 1, (name, zoom, texts)
    assert not set(SURNAMES) & set(texts)
    titles = [i for i in view.scene.items() if isinstance(i, QGraphicsSimpleTextItem) and i.text() == "Their people"]
    assert len(titles) == 2
    ours = [n for n in view.built.nodes.values() if n.key.startswith("m:")]
    ours_left = min(n.x() for n in ours)
    sides = {"left": 0, "right": 0}
    for line in view.scene.map_lines.lines:
        (x1, _y1), (x2, _y2) = line.points[0], line.points[-1]
        a, b = line.a, line.b
        if b.x() < ours_left:
            sides["left"] += 1
            assert (x1, x2) == (a.x(), b.x() + b.w)
        else:
            sides["right"] += 1
            assert (x1, x2) == (a.x() + a.w, b.x())
    assert sides["left"] >= 19 and sides["right"] >= 19
