"""The journal's and the people's search and filters fit a small laptop's
window: the search box shows its whole placeholder, no choice is squeezed,
and Tab walks the two rows as they read."""

from PySide6.QtCore import Qt

from fit_checks import line_edit_shows_whole, squeezed
from gui_helpers import editor_host

# The journal's share of a 1024-pixel-wide window beside the sidebar.
SMALL_WIDTH = 870


def test_the_journal_search_and_filters_fit_a_small_window(qtbot, demo_db, tmp_path):
    from relapp.gui.views.journal_view import JournalView

    host = editor_host(qtbot, tmp_path)
    view = JournalView(host.editor)
    qtbot.addWidget(view)
    view.resize(SMALL_WIDTH, 500)
    view.show()
    qtbot.waitExposed(view)
    assert view.width() == SMALL_WIDTH
    assert line_edit_shows_whole(qtbot, view.search, view.search.placeholderText())
    boxes = [view.account_box, view.person_box, view.kind_box, view.sign_box, view.trust_box, view.tag_box,
             view.period_box]
    assert not squeezed(boxes)
    # Tab from the search goes along the first row, then the second, left to right.
    view.search.setFocus()
    walked = []
    for _ in range(7):
        qtbot.keyClick(view.focusWidget(), Qt.Key_Tab)
        walked.append(view.focusWidget())
    assert walked == [view.period_box, view.account_box, view.person_box, view.kind_box, view.sign_box,
                      view.trust_box, view.tag_box]


def test_the_people_search_and_filters_fit_a_small_window(qtbot, demo_db):
    from relapp.gui.people.people_view import PeopleView

    view = PeopleView()
    qtbot.addWidget(view)
    view.resize(SMALL_WIDTH, 500)
    view.show()
    qtbot.waitExposed(view)
    assert view.width() == SMALL_WIDTH
    assert line_edit_shows_whole(qtbot, view.search, view.search.placeholderText())
    assert not squeezed([view.account_box, view.tag_box, view.influence_box, view.stance_box, view.contact_box])
    view.search.setFocus()
    walked = []
    for _ in range(5):
        qtbot.keyClick(view.focusWidget(), Qt.Key_Tab)
        walked.append(view.focusWidget())
    assert walked == [view.contact_box, view.account_box, view.tag_box, view.influence_box, view.stance_box]
