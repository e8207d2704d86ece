"""People as they really are, in the window: the account's "contact that
counts" choice, suggested ties, leavers."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from gui_helpers import editor_host, map_lists_filled
from relapp.services import accounts, journal, people


def test_account_dialog_unticks_contact_that_counts(qtbot, db):
    from relapp.gui.forms.record_dialogs import AccountDialog

    account = accounts.create_account(name="Checking In Ltd")
    assert account.valued_contact_only is True
    dialog = AccountDialog(account)
    qtbot.addWidget(dialog)
    box = dialog.field("valued_contact_only")
    assert box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key_Space)
    assert not box.isChecked()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert accounts.get_account(account.id).valued_contact_only is False
    assert dialog.before == {"valued_contact_only": True} and dialog.after == {"valued_contact_only": False}


@pytest.fixture
def host(qtbot, db, tmp_path):
    return editor_host(qtbot, tmp_path)


@pytest.fixture
def met_but_untied(db):
    """Alex met Carmen three times in the last 60 days; nobody recorded a tie."""
    account = accounts.create_account(name="Juhasz Logistics")
    boss = people.create_stakeholder(account=account.id, name="Chiara Dufresne", title="CEO", influence=5)
    carmen = people.create_stakeholder(account=account.id, name="Carmen Juhasz", title="COO", influence=5,
                                       reports_to=boss.id)
    alex = people.create_member(name="Alex Morgan")
    maya = people.create_member(name="Maya Osei")
    people.assign_member(account.id, alex.id)
    people.set_tie(maya.id, boss.id, 4)
    today = dt.date.today()
    for days_ago in (2, 20, 45):
        journal.add_entry(account=account.id, day=today - dt.timedelta(days=days_ago), title="Call", value=3,
                          stakeholders=[carmen.id], members=[alex.id])
    return account, carmen, alex, boss


def test_enter_on_a_suggestion_left_from_another_account_records_nothing(qtbot, host, met_but_untied):
    # The lists beside the map fill a turn after the map: a key that reached
    # the suggestions first meant the account shown before, and is dropped.
    from relapp.gui.map.map_view import MapView, SUGGESTION_ROLE

    account, carmen, _alex, _ = met_but_untied
    other = accounts.create_account(name="Quiet Harbour")
    view = MapView(host.editor.operations)
    qtbot.addWidget(view)
    view.show()
    view.set_account(account.id)
    map_lists_filled(qtbot, view)
    assert view.suggest_list.item(0).data(SUGGESTION_ROLE) is not None
    view.set_account(other.id)
    view.suggest_list.setFocus()
    view.suggest_list.setCurrentRow(0)
    qtbot.keyClick(view.suggest_list, Qt.Key_Return)
    assert people.ties_of_stakeholder(carmen.id) == []
    assert not view.lists_pending  # filled at once, with the account now shown
    assert view.suggest_list.item(0).data(SUGGESTION_ROLE) is None


def test_contact_card_offers_the_tie_the_journal_shows_and_undo_takes_it_back(qtbot, host, met_but_untied):
    from relapp.gui.views.contact_card import ContactCard

    account, carmen, alex, _ = met_but_untied
    card = ContactCard(carmen.id, host.editor, host)
    qtbot.addWidget(card)
    card.show()
    assert card.suggestion.isVisible()
    assert card.suggestion_text.text() == "Alex Morgan met Carmen Juhasz 3 times in the last 60 days: record a tie?"
    qtbot.mouseClick(card.record_tie, Qt.LeftButton)  # one click
    assert [(t.member_id, t.strength) for t in people.ties_of_stakeholder(carmen.id)] == [(alex.id, 3)]
    assert not card.suggestion.isVisible()  # the card refreshed from the Editor's announcement
    assert host.editor.operations.stack.undoText() == "Change tie"  # one step
    host.editor.operations.stack.undo()
    assert people.ties_of_stakeholder(carmen.id) == []
    assert card.suggestion.isVisible()
    host.editor.operations.stack.redo()
    assert [t.strength for t in people.ties_of_stakeholder(carmen.id)] == [3]


def test_map_lists_suggested_ties_and_enter_records_one(qtbot, host, met_but_untied):
    from relapp.gui.map.map_view import MapView, SUGGESTION_ROLE

    account, carmen, alex, _ = met_but_untied
    view = MapView(host.editor.operations)
    qtbot.addWidget(view)
    view.show()
    view.set_account(account.id)
    map_lists_filled(qtbot, view)
    item = view.suggest_list.item(0)
    assert item.text() == "Alex Morgan met Carmen Juhasz 3 times in the last 60 days: record a tie?"
    assert item.data(SUGGESTION_ROLE) == (alex.id, carmen.id, 3)
    view.suggest_list.setFocus()
    view.suggest_list.setCurrentRow(0)
    qtbot.keyClick(view.suggest_list, Qt.Key_Return)
    assert [t.strength for t in people.ties_of_stakeholder(carmen.id)] == [3]
    map_lists_filled(qtbot, view)
    assert view.suggest_list.item(0).data(SUGGESTION_ROLE) is None  # nothing left to suggest
    host.editor.operations.stack.undo()  # the map refreshes from the change set
    assert people.ties_of_stakeholder(carmen.id) == []
    map_lists_filled(qtbot, view)
    assert view.suggest_list.item(0).data(SUGGESTION_ROLE) == (alex.id, carmen.id, 3)


def test_marking_a_person_as_left_from_the_card_is_one_undo_step(qtbot, host, met_but_untied):
    from relapp.gui.views.contact_card import ContactCard
    from relapp.services.people_changes import former_people

    account, carmen, _, _ = met_but_untied
    card = ContactCard(carmen.id, host.editor, host)
    qtbot.addWidget(card)
    card.show()
    assert card.left_button.isVisible() and not card.back_button.isVisible()
    assert host.editor.person_change(carmen.id, "left", ask=False, day=dt.date.today())
    assert [f.name for f in former_people(account.id)] == ["Carmen Juhasz"]
    assert card.back_button.isVisible() and not card.left_button.isVisible()
    assert "former" in card.position.text()
    host.editor.operations.stack.undo()
    assert former_people(account.id) == [] and card.left_button.isVisible()
    host.editor.operations.stack.redo()
    assert [f.name for f in former_people(account.id)] == ["Carmen Juhasz"]


def test_contact_card_fits_a_small_laptop_screen_with_every_button_whole(qtbot, host, met_but_untied):
    """Its eight buttons in one row made the card at least 972 pixels wide;
    in two rows it fits a 1024×640 screen with room to spare, no button cut."""
    from PySide6.QtWidgets import QPushButton

    from fit_checks import squeezed
    from relapp.gui.views.contact_card import ContactCard

    _, carmen, _, _ = met_but_untied
    card = ContactCard(carmen.id, host.editor, host)
    qtbot.addWidget(card)
    minimum = card.minimumSizeHint().expandedTo(card.minimumSize())
    assert minimum.width() <= 800 and minimum.height() <= 600, minimum
    card.resize(minimum.width(), 600)
    card.show()
    qtbot.waitExposed(card)
    buttons = [b for b in card.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) >= 8
    assert not squeezed(buttons), squeezed(buttons)
    from PySide6.QtCore import QPoint, QRect

    assert all(card.rect().contains(QRect(b.mapTo(card, QPoint(0, 0)), b.size())) for b in buttons)


def test_the_card_offers_one_new_promise_button_under_every_tab_and_it_makes_one(qtbot, host, met_but_untied):
    """The promises tab showed its own "New promise…" beside the card's, the
    same words twice on one screen."""
    from PySide6.QtWidgets import QPushButton

    from gui_helpers import on_next_dialog
    from relapp.gui.views.contact_card import ContactCard
    from relapp.services.commitments import list_commitments

    account, carmen, _, _ = met_but_untied
    card = ContactCard(carmen.id, host.editor, host)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)

    def new_promise_buttons():
        return [b for b in card.findChildren(QPushButton) if b.isVisible() and b.text() == "New promise…"]

    for tab in range(card.lower_tabs.count()):
        card.lower_tabs.setCurrentIndex(tab)
        assert len(new_promise_buttons()) == 1, card.lower_tabs.tabText(tab)

    def fill(form):
        form.field("description").setText("Send the route plan")
        form.buttons.button(form.buttons.StandardButton.Ok).click()

    on_next_dialog(fill)
    qtbot.mouseClick(new_promise_buttons()[0], Qt.LeftButton)
    assert [c.description for c in list_commitments(stakeholder_id=carmen.id)] == ["Send the route plan"]
    assert card.promises.model.rowCount() == 1


def test_a_phone_number_on_the_card_is_never_broken_across_lines(qtbot, host, met_but_untied):
    """At the card's first size, "+44 20 7946" ended a line and the last
    digits went to the next one, below the panel's edge."""
    from PySide6.QtGui import QTextDocument

    from relapp.gui.views.contact_card import ContactCard

    _, carmen, _, _ = met_but_untied
    people.update_stakeholder(carmen.id, email="carmen.juhasz@juhasz-logistics.example", phone="+44 20 7946 0123")
    card = ContactCard(carmen.id, host.editor, host)
    qtbot.addWidget(card)
    card.resize(1100, 900)
    card.show()
    qtbot.waitExposed(card)
    label = card.professional
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # lays it out: a block's lines exist only then
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(block.text()[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    with_phone = [line for line in lines if "7946" in line]
    assert len(with_phone) == 1 and "+44" in with_phone[0] and "0123" in with_phone[0], lines


def test_on_a_small_laptop_the_card_gives_the_person_more_room_than_the_chart(qtbot, host, met_but_untied):
    """At 1024×640 the chart kept 200 pixels and the person's details got
    about 170, one field of each panel in view; their details now get the
    larger share, the chart stays readable."""
    from PySide6.QtWidgets import QScrollArea

    from relapp.gui.views.contact_card import ContactCard

    _, carmen, _, _ = met_but_untied
    card = ContactCard(carmen.id, host.editor, host)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    qtbot.wait(50)  # fitted to the test's screen once shown; then the small laptop's size
    card.resize(1024, 616)
    about = next(s for s in card.findChildren(QScrollArea) if s.accessibleName() == "About this person")
    qtbot.waitUntil(lambda: card.height() == 616, timeout=2000)
    assert about.viewport().height() >= 230, about.viewport().height()
    assert card.chart.height() >= 120
    assert about.viewport().height() > card.chart.height()
