"""The map view driven like a user: drags, ties, menus, the lists beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from gui_helpers import context_now, map_lists_filled, on_next_dialog
from relapp.gui.map.map_view import MapView
from relapp.gui.map.people_model import KEY_ROLE
from relapp.gui.map.scene import MemberItem, PersonItem
from relapp.services.coverage import account_coverage
from relapp.store.models import Account, MapPosition, Stakeholder, Tie
from demo_day import TODAY


@pytest.fixture
def account_id(demo_db):
    return Account.select(Account.id).order_by(Account.id).scalar()


def open_view(qtbot, account_id, layout):
    view = MapView(today=TODAY, context=context_now())
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.set_layout(layout)
    view.set_account(account_id)
    view.show()
    qtbot.waitExposed(view)
    map_lists_filled(qtbot, view)
    view.view.resetTransform()  # scene and view pixels 1:1, simpler to aim
    return view


def send(viewport, kind, pos: QPoint, buttons, modifiers=Qt.NoModifier):
    button = Qt.LeftButton if kind != QEvent.MouseMove else Qt.NoButton
    event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(view, start_scene: QPointF, end_scene: QPointF, modifiers=Qt.NoModifier):
    gv = view.view
    gv.centerOn((start_scene + end_scene) / 2)
    viewport = gv.viewport()
    start, end = gv.mapFromScene(start_scene), gv.mapFromScene(end_scene)
    send(viewport, QEvent.MouseButtonPress, start, Qt.LeftButton, modifiers)
    for step in range(1, 6):
        send(viewport, QEvent.MouseMove, start + (end - start) * step / 5, Qt.LeftButton, modifiers)
    send(viewport, QEvent.MouseButtonRelease, end, Qt.NoButton, modifiers)


def node(view, key):
    return view.built.nodes[key]


def test_dragged_person_stays_put_after_reopening(qtbot, account_id):
    view = open_view(qtbot, account_id, "org")
    item = next(i for i in view.built.nodes.values() if isinstance(i, PersonItem))
    before = item.pos()
    drag(view, item.pos() + QPointF(20, 10), item.pos() + QPointF(20 + 150, 10 + 90))
    assert (item.pos() - before - QPointF(150, 90)).manhattanLength() < 3
    saved = MapPosition.get((MapPosition.account == account_id) & (MapPosition.layout == "org")
                            & (MapPosition.node == item.key))
    view.close()

    again = open_view(qtbot, account_id, "org")
    moved = node(again, item.key)
    assert (moved.pos() - QPointF(saved.x, saved.y)).manhattanLength() < 0.01
    assert (moved.pos() - before - QPointF(150, 90)).manhattanLength() < 3
    # Another layout is not affected, and auto-arrange forgets the placement.
    again.auto_arrange()
    assert (node(again, item.key).pos() - before).manhattanLength() < 0.01


def test_grid_drag_to_another_cell_changes_influence_and_interest(qtbot, account_id):
    view = open_view(qtbot, account_id, "grid")
    item = next(i for i in view.built.nodes.values()
                if isinstance(i, PersonItem) and (i.person.influence, i.person.interest) != (1, 5))
    sid = item.person.id
    before = (item.person.influence, item.person.interest)
    steps = view.operations.stack.count()
    target = view.built.grid.cell_rect(1, 5)  # low influence, high interest
    grab = item.pos() + QPointF(15, item.h / 2)
    drop = QPointF(target.x + target.w / 2, target.y + target.h / 2)
    drag(view, grab, drop)
    fresh = Stakeholder.get_by_id(sid)
    assert (fresh.influence, fresh.interest) == (1, 5)

    def cell_shown() -> tuple[int, int]:
        moved = node(view, f"s:{sid}")
        return view.built.grid.cell_at(moved.pos().x() + moved.w / 2, moved.pos().y() + moved.h / 2)

    # The redrawn map shows the person in the new cell.
    assert cell_shown() == (1, 5)
    # The whole drag is one step: one undo puts the person back, on the map too.
    assert view.operations.stack.count() == steps + 1
    view.operations.stack.undo()
    back = Stakeholder.get_by_id(sid)
    assert (back.influence, back.interest) == before
    assert cell_shown() == before


def test_shift_drag_from_ours_to_theirs_creates_a_tie(qtbot, account_id):
    view = open_view(qtbot, account_id, "teams")
    tied = {(t.member_id, t.stakeholder_id) for t in view.data.ties}
    member = next(i for i in view.built.nodes.values() if isinstance(i, MemberItem))
    person = next(i for i in view.built.nodes.values()
                  if isinstance(i, PersonItem) and (member.member.id, i.person.id) not in tied)
    drag(view, member.pos() + QPointF(20, 10), person.pos() + QPointF(30, 15), Qt.ShiftModifier)
    tie = Tie.get_or_none((Tie.member == member.member.id) & (Tie.stakeholder == person.person.id))
    assert tie is not None and tie.strength == 2
    assert (member.member.id, person.person.id) in {(t.member_id, t.stakeholder_id) for t in view.data.ties}
    # A shift-drag draws a tie; it does not move (and so place) the box.
    assert not MapPosition.select().where(MapPosition.node == member.key).exists()
    assert view.scene.items() and all(i.zValue() < 5 for i in view.scene.items())  # the rubber line is gone


def test_the_tie_being_drawn_leaves_our_box_on_the_side_it_goes(qtbot, account_id):
    """A crowded team on team has their people on both sides of ours; the
    dashed line of a shift-drag left our box on its right even when drawn
    to the left, across the box."""
    view = open_view(qtbot, account_id, "teams")
    member = next(i for i in view.built.nodes.values() if isinstance(i, MemberItem))
    gv = view.view
    gv.centerOn(member.pos())
    viewport = gv.viewport()
    middle = member.pos() + QPointF(member.w / 2, member.h / 2)
    send(viewport, QEvent.MouseButtonPress, gv.mapFromScene(middle), Qt.LeftButton, Qt.ShiftModifier)
    for side, away in (("right", QPointF(member.w + 80, 0)), ("left", QPointF(-member.w - 80, 0))):
        send(viewport, QEvent.MouseMove, gv.mapFromScene(middle + away), Qt.LeftButton, Qt.ShiftModifier)
        start = view.scene._link_line.line().p1()
        edge = member.x() + (member.w if side == "right" else 0.0)
        assert abs(start.x() - edge) < 0.01 and abs(start.y() - middle.y()) < 0.01, side
    send(viewport, QEvent.MouseButtonRelease, gv.mapFromScene(middle + QPointF(-member.w - 80, 0)), Qt.NoButton,
         Qt.ShiftModifier)
    assert view.scene._link_line is None


def test_plain_drag_in_teams_moves_without_a_tie(qtbot, account_id):
    view = open_view(qtbot, account_id, "teams")
    member = next(i for i in view.built.nodes.values() if isinstance(i, MemberItem))
    ties_before = Tie.select().count()
    drag(view, member.pos() + QPointF(20, 10), member.pos() + QPointF(20, 210))
    assert Tie.select().count() == ties_before
    assert MapPosition.select().where(MapPosition.node == member.key).exists()


def test_gap_list_shows_the_demos_gaps(qtbot, account_id):
    view = open_view(qtbot, account_id, "org")
    gaps = account_coverage(account_id, TODAY).gaps
    assert gaps
    texts = [view.gap_list.item(i).text() for i in range(view.gap_list.count())]
    assert len(texts) == len(gaps)
    for gap, text in zip(gaps, texts):
        assert text.startswith(gap.name) and gap.reason in text
    # The gaps are marked on the map too.
    marked = {i.person.id for i in view.built.nodes.values() if isinstance(i, PersonItem) and i.gap}
    assert marked == {g.stakeholder_id for g in gaps}
    # Choosing a gap selects the person on the map, and the colleague on their way in where there is one.
    paths = account_coverage(account_id, TODAY).paths
    view.gap_list.setCurrentRow(0)
    way_in = {f"s:{paths[gaps[0].stakeholder_id].via_id}"} if gaps[0].stakeholder_id in paths else set()
    assert {i.key for i in view.scene.selectedItems()} == {f"s:{gaps[0].stakeholder_id}"} | way_in
    # Each way in is drawn as a dotted line from that colleague to the person in the gap.
    drawn = {(e.a.key, e.b.key) for e in view.scene.map_lines.lines if e.kind == "path"}
    assert paths and drawn == {(f"s:{p.via_id}", f"s:{sid}") for sid, p in paths.items()}
    assert any("Way in: " in view.gap_list.item(i).text() for i in range(view.gap_list.count()))


def test_list_is_a_sound_model_synced_with_the_map(qtbot, account_id):
    view = open_view(qtbot, account_id, "teams")
    QAbstractItemModelTester(view.people_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert view.people_model.rowCount() == len(view.data.people) + len(view.data.team)
    view.list.setFocus()
    view.list.setCurrentIndex(view.people_model.index(2, 0))
    key = view.people_model.index(2, 0).data(KEY_ROLE)
    assert [i.key for i in view.scene.selectedItems()] == [key]
    other = next(k for k in view.built.nodes if k != key)
    view.scene.clearSelection()
    view.built.nodes[other].setSelected(True)
    rows = view.list.selectionModel().selectedRows()
    assert [r.data(KEY_ROLE) for r in rows] == [other]


def test_every_cell_of_the_list_shows_its_whole_text(qtbot, account_id):
    # Columns are fitted from a few of the model's texts, not by Qt asking
    # about every cell: no cell of any row, on screen or not, is cut short.
    view = open_view(qtbot, account_id, "teams")
    model, tree = view.people_model, view.list
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    for column in range(model.columnCount()):
        needed = max(tree.itemDelegate().sizeHint(option, model.index(row, column)).width()
                     for row in range(model.rowCount()))
        assert tree.columnWidth(column) >= needed, model.headerData(column, Qt.Horizontal)
        assert tree.columnWidth(column) >= tree.header().sectionSizeHint(column)


def test_enter_in_list_and_double_click_open_the_contact_card(qtbot, account_id):
    view = open_view(qtbot, account_id, "org")
    person = view.data.people[0]
    row = view.people_model.row_of(person.key)
    view.list.setFocus()
    view.list.setCurrentIndex(view.people_model.index(row, 0))
    with qtbot.waitSignal(view.open_stakeholder) as blocker:
        QTest.keyClick(view.list, Qt.Key_Return)
    assert blocker.args == [person.id]
    item = node(view, person.key)
    view.view.centerOn(item)
    with qtbot.waitSignal(view.open_stakeholder) as blocker:
        QTest.mouseDClick(view.view.viewport(), Qt.LeftButton, Qt.NoModifier,
                          view.view.mapFromScene(item.pos() + QPointF(20, 10)))
    assert blocker.args == [person.id]


def test_context_menu_sets_stance_and_asks_for_an_entry(qtbot, account_id):
    view = open_view(qtbot, account_id, "org")
    person = next(p for p in view.data.people if p.stance != "blocker")
    menu = view.context_menu_for(person.key)
    stance = next(a.menu() for a in menu.actions() if a.text() == "Stance")
    next(a for a in stance.actions() if a.text() == "Blocker").trigger()
    assert Stakeholder.get_by_id(person.id).stance == "blocker"
    menu = view.context_menu_for(person.key)
    with qtbot.waitSignal(view.write_entry) as blocker:
        next(a for a in menu.actions() if a.text().startswith("Write an entry")).trigger()
    assert blocker.args == [account_id, person.id]


def test_filters_hide_people(qtbot, account_id):
    view = open_view(qtbot, account_id, "org")
    stance = view.data.people[0].stance
    view.stance_filter.setCurrentIndex(view.stance_filter.findData(stance))
    shown = {i.person.stance for i in view.built.nodes.values() if isinstance(i, PersonItem)}
    assert shown == {stance}
    map_lists_filled(qtbot, view)
    assert view.people_model.rowCount() == sum(p.stance == stance for p in view.data.people)


def test_layout_shortcuts_and_export_from_window(qtbot, account_id, tmp_path):
    view = open_view(qtbot, account_id, "org")
    # The offscreen platform never makes a window active, so shortcuts cannot
    # be typed here: check each key is bound and does its job when fired.
    by_keys = {sc.key().toString(): sc for sc in view.shortcuts}
    by_keys["Alt+2"].activated.emit()
    assert view.layout_name == "grid" and view.layout_buttons["grid"].isChecked()
    by_keys["Alt+3"].activated.emit()
    assert view.layout_name == "teams"
    scale = view.view.transform().m11()
    by_keys["Ctrl+="].activated.emit()
    assert view.view.transform().m11() > scale
    assert {"Ctrl+0", "Alt+1", "Ctrl+Shift+R"} <= set(by_keys)
    out = view.export("svg", str(tmp_path / "map.svg"))
    text = out.read_text(encoding="utf-8")
    assert all(p.name in text for p in view.data.people)
    png = view.export("png", str(tmp_path / "map.png"))
    assert png.read_bytes().startswith(b"\x89PNG")


def test_the_map_is_never_exported_over_the_data_it_shows(qtbot, account_id, data_dir):
    """The target is checked against the folder of the view's data context."""
    view = open_view(qtbot, account_id, "org")
    database = data_dir / "relapp.sqlite3"
    before = database.read_bytes()
    said = []
    on_next_dialog(lambda box: (said.append(box.text()), box.accept()))
    assert view.export("svg", str(database)) is None
    assert "Relapp's own data" in said[0]
    assert database.read_bytes() == before


def test_no_account_shows_an_empty_disabled_map(qtbot, db):
    view = MapView(today=TODAY)
    qtbot.addWidget(view)
    view.set_account(None)
    assert not view.fit_button.isEnabled() and view.people_model.rowCount() == 0


def test_people_with_overdue_promises_carry_a_red_badge(qtbot, account_id):
    import datetime as dt

    from PySide6.QtGui import QColor, QImage, QPainter

    from relapp.gui.map.scene import OVERDUE_COLOUR
    from relapp.services.commitments import add_commitment
    from relapp.store.models import Commitment

    Commitment.delete().execute()  # only the promises made here
    late, on_time = Stakeholder.select().where(Stakeholder.account == account_id).order_by(Stakeholder.id)[:2]
    for _ in range(2):
        add_commitment(stakeholder=late.id, description="Send the pricing", due=TODAY - dt.timedelta(days=3))
    add_commitment(stakeholder=on_time.id, description="Call back", due=TODAY + dt.timedelta(days=3))
    view = open_view(qtbot, account_id, "org")

    def badge_pixels(item: PersonItem) -> int:
        image = QImage(int(item.w) + 12, int(item.h) + 12, QImage.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.translate(6, 6)
        item.paint(painter, None)
        painter.end()
        corner = image.copy(int(item.w) - 4, 0, 16, 16)
        return sum(corner.pixelColor(x, y) == OVERDUE_COLOUR for x in range(16) for y in range(16))

    late_item, on_time_item = node(view, f"s:{late.id}"), node(view, f"s:{on_time.id}")
    assert late_item.person.overdue_promises == 2
    assert "2 overdue promise(s)" in late_item.toolTip()
    assert badge_pixels(late_item) > 40, "a red disc on the corner of the box"
    assert on_time_item.person.overdue_promises == 0 and "overdue" not in on_time_item.toolTip()
    assert badge_pixels(on_time_item) == 0
    # The list beside the map says it too.
    listed = view.people_model.index(view.people_model.row_of(f"s:{late.id}"), 0)
    assert listed.data(Qt.ForegroundRole).color() == OVERDUE_COLOUR and "2 overdue" in listed.data(Qt.ToolTipRole)


def test_resting_the_pointer_on_a_box_or_a_line_shows_its_tooltip(qtbot, account_id):
    # Tooltips are worked out when asked for, not set on every item when
    # the map is drawn: what the user sees on hovering is unchanged.
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    view = open_view(qtbot, account_id, "teams")
    gv = view.view

    def tip_at(scene_point: QPointF) -> str:
        QToolTip.hideText()
        gv.centerOn(scene_point)
        at = gv.mapFromScene(scene_point)
        event = QHelpEvent(QEvent.ToolTip, at, gv.viewport().mapToGlobal(at))
        QApplication.sendEvent(gv.viewport(), event)
        return QToolTip.text() if event.isAccepted() else ""

    person = next(i for i in view.built.nodes.values() if isinstance(i, PersonItem))
    shown = tip_at(person.centre())
    assert shown == person.toolTip()
    assert shown.startswith(f"{person.person.name}\n{person.person.title}\n") and "influence" in shown
    lines = view.scene.map_lines
    tie = next(line for line in lines.lines if line.kind == "tie")
    lines.lines[:] = [tie]  # lines cross: keep one to aim at
    lines.moved()
    (x1, y1), (x2, y2) = tie.points  # a tie runs straight from ours to theirs
    middle = QPointF((x1 + x2) / 2, (y1 + y2) / 2)
    assert not any(isinstance(i, (PersonItem, MemberItem)) for i in view.scene.items(middle))
    assert tip_at(middle) == f"{tie.a.member.name} – {tie.b.person.name}: " + tie.toolTip().split(": ", 1)[1]
    view.scene.clear()
    assert tip_at(QPointF(0, 0)) == ""


def test_a_map_built_before_it_is_shown_fits_the_window_once_it_is(qtbot, account_id):
    # The window fills the map while switching to it, before it is laid out.
    view = MapView(today=TODAY)
    qtbot.addWidget(view)
    view.set_layout("teams")
    view.set_account(account_id)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    gv = view.view
    shown = gv.mapFromScene(gv.scene().itemsBoundingRect()).boundingRect()
    port = gv.viewport().rect()
    assert port.contains(shown), "the whole map is in sight"
    assert shown.width() > 0.6 * port.width() or shown.height() > 0.6 * port.height(), \
        f"the map fills the view, not {shown.width()}x{shown.height()} of {port.width()}x{port.height()}"


def test_a_fitted_map_has_no_scroll_bars_and_stays_fitted_when_resized(qtbot, account_id):
    view = open_view(qtbot, account_id, "org")
    gv = view.view
    view.fit()

    def fitted() -> bool:
        shown = gv.mapFromScene(gv.scene().itemsBoundingRect()).boundingRect()
        return (gv.viewport().rect().contains(shown) and not gv.verticalScrollBar().isVisible()
                and not gv.horizontalScrollBar().isVisible())

    qtbot.waitUntil(fitted)  # the scroll bars of the 1:1 view before go once Qt lays the view out
    height = gv.viewport().height()
    view.resize(view.width() - 300, view.height() - 200)
    qtbot.waitUntil(lambda: gv.viewport().height() < height)
    qtbot.waitUntil(fitted)
    # A zoom the user chose is theirs: scroll bars reach the map, a new size keeps the zoom.
    gv.zoom(3.0)
    zoom = gv.transform().m11()
    qtbot.waitUntil(lambda: gv.verticalScrollBar().isVisible() or gv.horizontalScrollBar().isVisible())
    width = gv.viewport().width()
    view.resize(view.width() + 300, view.height() + 200)
    qtbot.waitUntil(lambda: gv.viewport().width() > width)
    assert gv.transform().m11() == zoom


def test_a_box_dropped_beyond_the_map_stays_in_reach_of_the_scroll_bars(qtbot, account_id):
    view = open_view(qtbot, account_id, "org")
    gv = view.view
    item = next(i for i in view.built.nodes.values() if isinstance(i, PersonItem))
    far = gv.sceneRect().right() + 500
    item.setPos(far, item.y())
    view.scene.nodes_moved.emit({item.key: (far, item.y())})  # as a drop does
    assert gv.sceneRect().contains(item.sceneBoundingRect())
    assert MapPosition.get((MapPosition.account == account_id) & (MapPosition.node == item.key)).x == far


def test_the_map_is_read_once_per_change_not_per_redraw(qtbot, account_id, monkeypatch):
    """A layout, a filter or a return to an account redraws from the map as
    read; every change announced for the account, made while it is shown or
    not, is read again."""
    from functools import partial

    from relapp.gui.operations import Changes, Operation
    from relapp.services import stakeholder_map as smap

    view = open_view(qtbot, account_id, "org")
    other = Account.select(Account.id).where(Account.id != account_id).order_by(Account.id).scalar()
    reads = []
    real_load = smap.load_map
    monkeypatch.setattr(smap, "load_map", lambda account, today=None: reads.append(account) or real_load(account, today))
    view.set_layout("grid")
    view.set_layout("teams")
    view.stance_filter.setCurrentIndex(1)
    view.stance_filter.setCurrentIndex(0)
    assert reads == []

    person = next(p for p in view.data.people if p.stance != "blocker")
    stance = next(a.menu() for a in view.context_menu_for(person.key).actions() if a.text() == "Stance")
    next(a for a in stance.actions() if a.text() == "Blocker").trigger()
    assert reads == [account_id] and node(view, person.key).person.stance == "blocker"
    view.set_account(other)
    view.set_account(account_id)
    assert reads == [account_id, other]
    assert node(view, person.key).person.stance == "blocker"

    # Changed while another account is on the map: read again on return.
    view.set_account(other)
    view.operations.run(Operation("Stance", Changes.of("people", account=account_id),
                                  partial(smap.set_stance, person.id, "champion"),
                                  partial(smap.set_stance, person.id, "blocker")))
    view.set_account(account_id)
    assert reads == [account_id, other, account_id]
    assert node(view, person.key).person.stance == "champion"
    view.operations.stack.undo()
    assert node(view, person.key).person.stance == "blocker"


def test_lines_follow_a_dragged_box_and_let_clicks_through_to_the_map(qtbot, account_id):
    # One item paints every line of the map; a box dragged away takes its
    # lines along, and a click on a line is a click on the empty map.
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtCore import QRectF

    view = open_view(qtbot, account_id, "org")
    lines = view.scene.map_lines
    line = next(i for i in lines.lines if i.kind == "reports")
    report = line.b
    drag(view, report.pos() + QPointF(20, 10), report.pos() + QPointF(20 + 150, 10 + 90))
    top_middle = (report.x() + report.w / 2, report.y())
    assert line.points[-1] == pytest.approx(top_middle)
    # Painted where it now runs: the bracket's last leg comes down onto the box's top.
    image = QImage(20, 30, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.scene.render(painter, QRectF(0, 0, 20, 30), QRectF(top_middle[0] - 10, top_middle[1] - 30, 20, 30))
    painter.end()
    assert min(image.pixelColor(x, 10).lightness() for x in range(8, 13)) < 200

    (x1, y1), (x2, y2) = line.points[0], line.points[1]
    on_line = QPointF((x1 + x2) / 2, (y1 + y2) / 2)
    assert not any(isinstance(i, (PersonItem, MemberItem)) for i in view.scene.items(on_line))
    report.setSelected(True)
    gv = view.view
    gv.centerOn(on_line)
    at = gv.mapFromScene(on_line)
    send(gv.viewport(), QEvent.MouseButtonPress, at, Qt.LeftButton)
    send(gv.viewport(), QEvent.MouseButtonRelease, at, Qt.NoButton)
    assert view.scene.selectedItems() == []


def test_a_texts_width_is_measured_once_per_font(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    from relapp.gui.text_widths import text_widths

    small, large = QFont(), QFont()
    small.setPointSizeF(9)
    large.setPointSizeF(18)
    for font in (small, large):
        width = text_widths(font)
        assert width["Valentina Wojcik"] == QFontMetricsF(font).horizontalAdvance("Valentina Wojcik")
        assert text_widths(font) is width and "Valentina Wojcik" in width  # kept for the next map
    assert text_widths(large)["Valentina Wojcik"] > 1.5 * text_widths(small)["Valentina Wojcik"]


def test_the_lists_beside_the_map_are_kept_over_a_layout_and_filled_again_after_an_edit(qtbot, account_id):
    # They follow the account's map as read, not the layout or filters: the
    # gap chosen stays chosen when the layout changes; a tie recorded fills
    # them again from the data.
    from relapp.gui.editing import tie_edit

    view = open_view(qtbot, account_id, "org")
    gaps = account_coverage(account_id, TODAY).gaps
    view.gap_list.setCurrentRow(1)
    view.set_layout("grid")
    view.stance_filter.setCurrentIndex(1)
    map_lists_filled(qtbot, view)
    assert view.gap_list.currentRow() == 1 and view.gap_list.count() == len(gaps)

    unknown = next(g for g in gaps if g.kind == "unknown")
    view._step(tie_edit("Tie", view.data.team[0].id, unknown.stakeholder_id, 5))
    map_lists_filled(qtbot, view)
    now = account_coverage(account_id, TODAY).gaps
    assert unknown not in now  # known now: out of the gaps, or in them for another reason
    shown = [view.gap_list.item(i).text() for i in range(view.gap_list.count())]
    assert len(shown) == len(now)
    assert all(text.startswith(g.name) and g.reason in text for g, text in zip(now, shown))
    assert not any(text.startswith(unknown.name) and unknown.reason in text for text in shown)


def test_the_map_shows_first_and_the_lists_beside_it_follow_by_themselves(qtbot, account_id):
    # The lists beside the map fill a turn of the event loop after the map
    # is drawn, so a crowded account's map appears without waiting for them.
    view = MapView(today=TODAY, context=context_now())
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    resets = []
    view.people_model.modelReset.connect(lambda: resets.append(1))
    view.set_account(account_id)
    assert {i.person.id for i in view.built.nodes.values() if isinstance(i, PersonItem)} == \
        {p.id for p in view.data.people}
    assert view.people_model.rowCount() == 0 and view.gap_list.count() == 0  # not yet
    # Changes made in the same turn are drawn each time, and listed once, as the last one shows.
    view.set_layout("grid")
    view.set_layout("org")
    assert resets == []
    people_rows = len(view.built.visible_people) + len(view.built.visible_team)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == people_rows)  # nothing to do but wait
    assert len(resets) == 1
    assert view.gap_list.count() == len(account_coverage(account_id, TODAY).gaps)
    # Another account: its people, never the first one's.
    other = Account.select(Account.id).where(Account.id != account_id).order_by(Account.id).scalar()
    view.set_account(other)
    qtbot.waitUntil(lambda: not view.lists_pending)
    listed = {view.people_model.key_at(row) for row in range(view.people_model.rowCount())}
    assert listed == set(view.built.nodes)
    assert listed.isdisjoint({f"s:{p.id}" for p in Stakeholder.select().where(Stakeholder.account == account_id)})
