"""The journal's and the people's search and filters fit a small laptop's
window: the search box shows its whole placeholder, no choice is squeezed,
and Tab walks the two rows as they read."""

from fit_checks import line_edit_shows_whole, show_at, squeezed
from gui_helpers import editor_host, tab_walk

# The journal's share of a 1024-pixel-wide window beside the sidebar.
SMALL_WIDTH = 870


def test_the_journal_search_and_filters_fit_a_small_window(qtbot, demo_db, tmp_path):
    from relapp.gui.views.journal_view import JournalView

    host = editor_host(qtbot, tmp_path)
    view = show_at(qtbot, JournalView(host.editor), SMALL_WIDTH)
    assert view.width() == SMALL_WIDTH
    assert line_edit_shows_whole(qtbot, view.search, view.search.placeholderText())
    boxes = [view.account_box, view.person_box, view.kind_box, view.sign_box, view.trust_box, view.tag_box,
             view.period_box]
    assert not squeezed(boxes)
    # Tab from the search goes along the first row, then the second, left to right.
    # The entries' titles keep room beside the account and the people.
    assert view.table.columnWidth(4) >= 20 * view.table.fontMetrics().averageCharWidth()
    walked = tab_walk(qtbot, view.search, 7)[1:]
    assert walked == [view.period_box, view.account_box, view.person_box, view.kind_box, view.sign_box,
                      view.trust_box, view.tag_box]


def test_the_people_search_and_filters_fit_a_small_window(qtbot, demo_db):
    from relapp.gui.people.people_view import PeopleView

    view = show_at(qtbot, PeopleView(), SMALL_WIDTH)
    assert view.width() == SMALL_WIDTH
    assert line_edit_shows_whole(qtbot, view.search, view.search.placeholderText())
    assert not squeezed([view.account_box, view.tag_box, view.influence_box, view.stance_box, view.contact_box])
    walked = tab_walk(qtbot, view.search, 5)[1:]
    assert walked == [view.contact_box, view.account_box, view.tag_box, view.influence_box, view.stance_box]
