"""Tab walks the map and the account pane in the order they read: the
map's tools and filters, then its side panel top to bottom; the account
pane's tab bar before the page it shows."""

from gui_helpers import activate, open_window, tab_walk


def in_order(walked, expected):
    missing = [w for w in expected if w not in walked]
    assert not missing, [w.accessibleName() or type(w).__name__ for w in missing]
    positions = [walked.index(w) for w in expected]
    return positions == sorted(positions)


def test_tab_walks_the_map_and_the_account_pane_as_they_read(qtbot, demo_db, data_dir, tmp_path):
    window = open_window(qtbot, data_dir, tmp_path)
    activate(qtbot, window)
    window.show_view("map")
    view = window.view("map")
    qtbot.waitUntil(lambda: view.fit_button.isEnabled())
    walked = tab_walk(qtbot, view.account_choice)
    # (On a small screen the tools at the bar's end fold into its overflow button.)
    assert in_order(walked, [view.account_choice, view.stance_filter, view.role_filter, view.gap_list,
                             view.suggest_list, view.list])
    window.show_view("accounts")
    pane = window.view("accounts")
    walked = tab_walk(qtbot, pane.filter_edit)
    assert in_order(walked, [pane.filter_edit, pane.table, pane.tabs.tabBar(), pane.people_table])
