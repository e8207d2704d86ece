"""The map's tools fit the window: the find box shows its whole placeholder,
the account chooser keeps its width, nothing overlaps or is squeezed, at a
small laptop's width and at a large screen's, on an empty folder and with
accounts of long names."""

import pytest

from fit_checks import line_edit_shows_whole, overlaps, show_at, shown_children, squeezed

# The map's share of a 1024- and a 1600-pixel-wide window beside the sidebar.
MAP_WIDTHS = (870, 1450)


def open_map(qtbot, width):
    from relapp.gui.map.map_view import MapView

    return show_at(qtbot, MapView(), width)


def assert_bars_fit(view):
    for bar in (view.toolbar, view.filter_bar):
        shown = shown_children(bar)
        assert not overlaps(shown), overlaps(shown)
        assert not squeezed(shown), squeezed(shown)


@pytest.mark.parametrize("width", MAP_WIDTHS)
def test_on_an_empty_folder_the_find_box_shows_its_whole_placeholder(qtbot, db, width):
    view = open_map(qtbot, width)
    view.set_account(None)
    assert view.find_box.isVisible()
    assert line_edit_shows_whole(qtbot, view.find_box, view.find_box.placeholderText())
    assert view.account_choice.currentText() == "" and view.account_choice.placeholderText()
    assert_bars_fit(view)


@pytest.mark.parametrize("width", MAP_WIDTHS)
def test_with_long_account_names_the_tools_neither_overlap_nor_squeeze(qtbot, db, width):
    from relapp.services import accounts

    short = accounts.create_account(name="Acme").id
    long = accounts.create_account(name="Worldwide Consolidated Holdings International plc").id
    view = open_map(qtbot, width)
    view.set_account(short)
    assert_bars_fit(view)
    before = view.account_choice.width()
    view.set_account(long)
    qtbot.waitUntil(lambda: view.header.text().startswith("Worldwide"))
    assert view.account_choice.width() == before  # no jump, no push on the layout buttons
    assert_bars_fit(view)
    # The header gives way instead of widening the window, and says it whole on hover.
    assert view.header.minimumSizeHint().width() == 0
    if view.header.fontMetrics().horizontalAdvance(view.header.text()) > view.header.width():
        assert view.header.toolTip() == view.header.text()
    assert line_edit_shows_whole(qtbot, view.find_box, view.find_box.placeholderText())


def test_the_account_list_shows_a_long_name_whole(qtbot, db):
    from relapp.services import accounts

    long_name = "Worldwide Consolidated Holdings International plc"
    account = accounts.create_account(name=long_name).id
    view = open_map(qtbot, MAP_WIDTHS[0])
    view.set_account(account)
    popup_list = view.account_choice.view()
    assert popup_list.minimumWidth() > popup_list.fontMetrics().horizontalAdvance(long_name)


def test_at_a_small_laptops_width_the_header_shows_the_accounts_name_whole(qtbot, db):
    """Cut at the right, the header lost the end of a long name with the
    layout's ('Harrowgate Energy Services and Storage …'); the filters left
    it 270 pixels in the window at 1024.  The layout's name, pressed in the
    tools above, gives way first, then the filters fold."""
    from PySide6.QtWidgets import QLabel

    from relapp.services import accounts

    name = "Harrowgate Energy Services and Storage"
    account = accounts.create_account(name=name).id
    view = open_map(qtbot, MAP_WIDTHS[0])
    view.set_account(account)
    qtbot.waitUntil(lambda: view.header.text().startswith(name))
    shown = QLabel.text(view.header)  # what the label draws, not the whole text
    assert shown == name
    assert view.header.toolTip() == view.header.text()  # the whole of it on hover
    assert_bars_fit(view)
    # Wide, the layout's name is back.
    view.resize(MAP_WIDTHS[1], view.height())
    qtbot.waitUntil(lambda: QLabel.text(view.header) == view.header.text())
