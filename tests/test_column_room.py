"""Tables whose columns give way on a narrow window: People and the journal
show every column without a sideways scroll bar on a small window, no
column goes below what it reads at, and a column the user sized keeps its
width."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItemModel


WIDTHS, STRETCH, FLOORS = (200, 150, 400, 130), 2, (120, 150, 0, 40)


@pytest.fixture
def table(qtbot):
    from relapp.gui.views.column_room import ColumnRoom
    from relapp.gui.views.tables import make_table

    model = QStandardItemModel(3, 4)
    model.setHorizontalHeaderLabels(["Name", "Account", "Title", "Last contact"])
    view = make_table(model)
    qtbot.addWidget(view)
    room = ColumnRoom(view, WIDTHS, STRETCH, FLOORS)
    view.show()
    qtbot.waitExposed(view)
    return view, room


def fits(table) -> bool:
    return table.horizontalHeader().length() <= table.viewport().width() + 1


def drag_border(qtbot, header, column: int, dx: int) -> None:
    """Drag the right border of ``column``'s title ``dx`` pixels, as a user does."""
    border = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) - 1, header.height() // 2)
    qtbot.mousePress(header.viewport(), Qt.LeftButton, pos=border)
    qtbot.mouseMove(header.viewport(), border + QPoint(dx // 2, 0))
    qtbot.mouseMove(header.viewport(), border + QPoint(dx, 0))
    qtbot.mouseRelease(header.viewport(), Qt.LeftButton, pos=border + QPoint(dx, 0))


def test_roomy_table_keeps_the_widths_and_gives_the_rest_to_the_stretching_column(qtbot, table):
    view, _room = table
    view.resize(1000, 300)
    qtbot.waitUntil(lambda: view.columnWidth(0) == 200 and fits(view), timeout=2000)
    assert [view.columnWidth(c) for c in (0, 1, 3)] == [200, 150, 130]
    assert view.columnWidth(2) == view.viewport().width() - 480


def test_narrow_table_takes_from_what_each_column_has_above_its_floor(qtbot, table):
    from relapp.gui.views.column_room import STRETCH_ROOM

    view, room = table
    view.resize(600, 300)
    qtbot.waitUntil(lambda: view.columnWidth(0) < 200 and fits(view), timeout=2000)
    # Name has 80 above its floor, Last contact what it has above its
    # title's room (wider than its floor of 40);
    # Account, at its floor already, gives nothing.
    given = {0: 200 - view.columnWidth(0), 1: 150 - view.columnWidth(1), 3: 130 - view.columnWidth(3)}
    assert given[1] == 0
    day_floor = room.floor(3)
    assert 40 < day_floor < 130
    assert given[0] / 80 == pytest.approx(given[3] / (130 - day_floor), abs=0.03)
    assert view.columnWidth(2) >= STRETCH_ROOM - 2
    # Qt lays out the scroll bars a moment after the columns.
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible(), timeout=2000)
    view.resize(1000, 300)  # room again: back to the widths asked for
    qtbot.waitUntil(lambda: view.columnWidth(0) == 200, timeout=2000)


def test_a_very_narrow_table_scrolls_sideways_rather_than_cut_columns_below_their_floor(qtbot, table):
    view, room = table
    view.resize(250, 300)
    qtbot.waitUntil(lambda: view.columnWidth(0) == 120, timeout=2000)
    assert view.columnWidth(1) == 150 and view.columnWidth(3) == room.floor(3)
    assert not fits(view)


def test_a_column_the_user_dragged_keeps_its_width_when_the_window_changes(qtbot, table):
    view, room = table
    view.resize(1000, 300)
    qtbot.waitUntil(lambda: view.columnWidth(0) == 200, timeout=2000)
    header = view.horizontalHeader()
    # Drag the border between the first and second column 60 pixels right.
    drag_border(qtbot, header, 0, 60)
    qtbot.waitUntil(lambda: view.columnWidth(0) > 240, timeout=2000)
    dragged = view.columnWidth(0)
    assert room.user_sized
    view.resize(600, 300)
    qtbot.wait(50)
    assert view.columnWidth(0) == dragged
    assert view.columnWidth(3) == 130


@pytest.mark.parametrize("name, width", [("people", 1024), ("journal", 960)])
def test_people_and_journal_show_every_column_on_a_narrow_window(qtbot, db, data_dir, tmp_path, name, width):
    """People on a 1024-pixel window showed its last columns only behind a
    scroll bar; the journal keeps every column on a window snapped to half
    a 1920-pixel screen."""
    from gui_helpers import open_window
    from relapp.gui.views.column_room import STRETCH_ROOM
    from relapp.services.demo import build_demo

    build_demo()
    win = open_window(qtbot, data_dir, tmp_path)
    win.resize(width, 700)
    win.show_view(name)
    view = win.view(name)
    qtbot.waitUntil(lambda: view.table.viewport().width() < width - 100 and fits(view.table), timeout=3000)
    qtbot.waitUntil(lambda: not view.table.horizontalScrollBar().isVisible(), timeout=2000)
    stretch = view.columns.stretch
    assert view.table.columnWidth(stretch) >= STRETCH_ROOM - 2
    for column, wanted in enumerate(view.columns.widths):
        if column != stretch:
            assert view.columns.floor(column) <= view.table.columnWidth(column) <= wanted



def test_a_column_taking_the_rest_narrows_to_its_floor_and_no_further(qtbot):
    """Qt's stretching column narrows only while there is room to stretch
    into: short of room it kept the width it had (the account pane's people
    titles stayed 265 pixels wide on a 1024-pixel window, and the columns
    after them went behind a scroll bar), and it has no floor."""
    from relapp.gui.views.column_room import RestColumn
    from relapp.gui.views.tables import make_table

    view = make_table(QStandardItemModel(3, 4))
    qtbot.addWidget(view)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in (0, 2, 3):
        header.resizeSection(column, 120)
    rest = RestColumn(view, 1, 80)
    view.resize(900, 300)
    view.show()
    qtbot.waitUntil(lambda: fits(view) and view.columnWidth(1) == view.viewport().width() - 360, timeout=2000)
    view.resize(500, 300)
    qtbot.waitUntil(lambda: fits(view) and view.columnWidth(1) == view.viewport().width() - 360, timeout=2000)
    view.resize(400, 300)  # less room than the others and the floor: the floor, and a scroll bar
    qtbot.waitUntil(lambda: view.columnWidth(1) == 80, timeout=2000)
    assert not fits(view)
    header.resizeSection(3, 300)  # a column widened to its texts
    rest.apply()
    assert view.columnWidth(1) == 80
    view.resize(1100, 300)  # room again
    qtbot.waitUntil(lambda: fits(view) and view.columnWidth(1) == view.viewport().width() - 540, timeout=2000)


def test_a_column_taking_the_rest_keeps_a_width_the_user_dragged_it_to(qtbot):
    from relapp.gui.views.column_room import RestColumn
    from relapp.gui.views.tables import make_table

    view = make_table(QStandardItemModel(3, 3))
    qtbot.addWidget(view)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in (0, 2):
        header.resizeSection(column, 120)
    rest = RestColumn(view, 1, 80)
    view.resize(800, 300)
    view.show()
    qtbot.waitUntil(lambda: fits(view) and view.columnWidth(1) == view.viewport().width() - 240, timeout=2000)
    # Drag the border between the title and the last column 100 pixels left.
    drag_border(qtbot, header, 1, -100)
    qtbot.waitUntil(lambda: rest.user_sized, timeout=2000)
    dragged = view.columnWidth(1)
    view.resize(1000, 300)
    qtbot.wait(50)
    rest.apply()
    assert view.columnWidth(1) == dragged


def test_widths_the_user_gave_people_and_the_journal_come_back_next_time(qtbot, db, data_dir, tmp_path):
    """Dragged columns lasted only until the window closed; widths nobody
    dragged are not kept (the tables go on fitting the window)."""
    from gui_helpers import data_open_now, isolate_settings
    from PySide6.QtCore import QSettings

    from relapp.gui.main_window import MainWindow

    isolate_settings(tmp_path)
    first = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(first)
    first.show()
    first.show_view("people")
    first.show_view("journal")
    first.view("people").table.horizontalHeader().resizeSection(0, 233)  # as a drag does
    first.close()
    assert QSettings().value("window/journalColumns") is None
    second = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(second)
    second.show()
    second.show_view("people")
    people = second.view("people")
    assert people.columns.user_sized
    assert people.table.columnWidth(0) == 233
    second.resize(second.width() - 100, second.height())
    qtbot.wait(50)
    assert people.table.columnWidth(0) == 233
    assert not second.view("journal").columns.user_sized


def test_widths_kept_by_another_version_or_damaged_are_left_alone(qtbot, table):
    view, room = table
    view.resize(1000, 300)
    qtbot.waitUntil(lambda: view.columnWidth(0) == 200, timeout=2000)
    for kept in (["250", "x", "400", "130"], [250, 150], [250, 150, 400, 0], None, "250"):
        room.restore_widths(kept)
        assert not room.user_sized and view.columnWidth(0) == 200, kept
    room.restore_widths(["250", "150", "400", "130"])  # as settings hand a list back
    assert room.user_sized and view.columnWidth(0) == 250
