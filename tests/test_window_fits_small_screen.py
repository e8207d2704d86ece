"""The window fits a small laptop's screen (1024×640) on every view: no
view asks for more room than that, on the demo data."""

import pytest

from gui_helpers import open_window

SMALL = (1024, 640)
VIEWS = ("home", "accounts", "map", "journal", "people")


@pytest.fixture
def window(qtbot, demo_db, data_dir, tmp_path):
    return open_window(qtbot, data_dir, tmp_path)


@pytest.fixture(params=["en", "de"])
def window_in_each_language(request, qtbot, demo_db, data_dir, tmp_path):
    if request.param == "de":
        request.getfixturevalue("german")
    win = open_window(qtbot, data_dir, tmp_path)
    if request.param == "de":
        assert win.view("accounts").archived_box.text() != "Show archived"  # really in German
    return win


def test_every_view_fits_a_1024_by_640_window(qtbot, window_in_each_language):
    window = window_in_each_language
    too_big = []
    for key in VIEWS:
        window.show_view(key)
        window.resize(*SMALL)
        qtbot.waitUntil(lambda: window.view(key).isVisible())
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        if minimum.width() > SMALL[0] or minimum.height() > SMALL[1]:
            too_big.append(f"{key}: the window needs at least {minimum.width()}×{minimum.height()}")
    assert not too_big


def test_a_long_account_name_does_not_widen_the_window(qtbot, window):
    from relapp.gui.operations import Changes
    from relapp.services import accounts

    name = "Worldwide Consolidated Holdings and Logistics International plc"
    account = accounts.create_account(name=name).id
    window.operations.announce(Changes.of("accounts"))
    window.show_account(account)
    pane = window.view("accounts")
    qtbot.waitUntil(lambda: pane.title.text().startswith("Worldwide"))
    window.resize(*SMALL)
    qtbot.waitUntil(lambda: window.width() == SMALL[0])
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= SMALL[0]
    # The name shows whole, on as many lines as it takes, not cut at the pane's edge.
    title = pane.title
    assert title.minimumSizeHint().width() <= title.width()
    assert title.heightForWidth(title.width()) <= title.height()
    window.show_view("map")
    qtbot.waitUntil(lambda: window.view("map").header.text().startswith("Worldwide"))
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= SMALL[0]


def test_in_a_small_window_the_account_list_keeps_room_for_the_names(qtbot, window):
    """The account pane beside the list gives way first: the names' column
    keeps room for fifteen letters (it had room for eight: 'Alderbr…')."""
    from relapp.gui.views.tables import CELL_PADDING

    window.show_view("accounts")
    window.resize(*SMALL)
    qtbot.waitUntil(lambda: window.width() == SMALL[0])
    table = window.view("accounts").table
    room = table.columnWidth(0) - CELL_PADDING
    assert room >= 15 * table.fontMetrics().averageCharWidth()
    names = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
    assert any(table.fontMetrics().horizontalAdvance(name) <= room for name in names)


@pytest.mark.parametrize("size", [SMALL, (1600, 1000)])
def test_switching_accounts_leaves_no_gap_under_the_header(qtbot, window, size):
    """The account pane's header kept the height of the tallest one shown
    (a long name, the industry, board meetings): after it, a quiet account
    had 90 pixels of nothing under its header, and the window had grown past
    a 640-pixel screen.  Given only a third of the header's width, the name
    and the meetings wrapped so often that the header needed more room than
    the pane had at 1024×640, and lost its last lines."""
    import datetime as dt

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from relapp.gui.operations import Changes
    from relapp.services import accounts, meetings

    tall = accounts.create_account(name="Worldwide Consolidated Holdings and Logistics International plc",
                                   industry="Food, beverage and household goods distribution").id
    for days in (3, 10, 17):
        meetings.create_meeting(account=tall, day=dt.date.today() + dt.timedelta(days=days),
                                title="Quarterly board review of the joint programme")
    empty = accounts.create_account(name="Zero Quiet Holdings").id
    window.operations.announce(Changes.of("accounts", "meetings"))
    window.show_view("accounts")
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    pane = window.view("accounts")
    header = pane.header

    def needed() -> int:
        return header.heightForWidth(header.width())

    heights = {}
    for account_id in (tall, empty, tall, empty):
        pane.select_account(account_id)
        for _ in range(3):  # the labels' new sizes reach the header through posted layout requests
            QApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        qtbot.waitUntil(lambda: abs(header.height() - needed()) <= 4, timeout=2000)
        heights[account_id] = needed()
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert minimum.height() <= SMALL[1], (account_id, minimum)
    assert heights[empty] < heights[tall]  # the quiet one really needs less


def test_every_title_of_the_stakeholder_table_shows_whole(qtbot, window_in_each_language):
    # A German title wider than its column's texts was cut at both ends
    # ("ere beste Verbinc" for "Unsere beste Verbindung" over "5/5").
    from PySide6.QtCore import Qt

    window = window_in_each_language
    window.resize(1600, 1000)
    window.show_view("accounts")
    view = window.view("accounts")
    table = view.people_table
    qtbot.waitUntil(lambda: view.people_model.rowCount() > 0)
    header = table.horizontalHeader()
    cut = [view.people_model.headerData(c, Qt.Horizontal) for c in range(header.count() - 1)
           if header.sectionSize(c) < header.sectionSizeHint(c)]
    assert not cut
