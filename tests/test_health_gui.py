"""Check-ups and promises driven through the widgets (Home: test_health_home.py)."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from gui_helpers import data_open_now, editor_host, isolate_settings, on_next_dialog, open_window
from relapp.services import accounts, balance, commitments, health, journal, people
from relapp.store.binding import bound_database
from relapp.store.models import Checkup, Commitment, Entry

TODAY = dt.date(2026, 6, 15)  # the day demo_db is built for


@pytest.fixture
def host(qtbot, db, tmp_path):
    """A window with an Editor, as the main window has, for the panels and dialogs."""
    return editor_host(qtbot, tmp_path)


@pytest.fixture
def acme(db):
    account = accounts.create_account(name="Acme", purpose="both", our_intent="Be their data partner")
    pat = people.create_stakeholder(account=account.id, name="Pat Doe", influence=5)
    me = people.create_member(name="Me Myself", kind="me")
    people.assign_member(account.id, me.id)
    return account, pat, me


def balance_now(account_id):
    return bound_database().execute_sql("SELECT COALESCE(SUM(value), 0) FROM entry WHERE account_id = ?",
                                      [account_id]).fetchone()[0]


# Check-up ------------------------------------------------------------------------


def test_checkup_scored_with_clicks_is_saved_with_its_comments(qtbot, host, acme):
    from relapp.gui.health.checkup_dialog import CheckupDialog

    account, _, _ = acme
    dialog = CheckupDialog(account.id, host, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(dialog.rows) == 12
    assert "Be their data partner" in dialog.field("context").text()
    dialog._try_accept()  # nothing scored yet: the dialog says so and stays
    assert not Checkup.select().exists() and "score at least one" in dialog.error_label.text().lower()
    first, second = dialog.rows[0], dialog.rows[1]
    qtbot.mouseClick(first.scores.button(5), Qt.LeftButton)
    qtbot.keyClicks(first.comment, "They asked us first")
    qtbot.mouseClick(second.scores.button(2), Qt.LeftButton)
    qtbot.mouseClick(second.scores.button(3), Qt.LeftButton)  # changed their mind: only one score counts
    dialog._try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    checkup = Checkup.get()
    assert checkup.day == TODAY
    answers = health.answers_of(checkup.id)
    assert answers == {first.question_id: (5, "They asked us first"), second.question_id: (3, "")}
    assert [round(p.health) for p in health.health_trend(account.id)] == [75]  # mean 4 of 5
    from relapp.gui.health.movement_model import MovementTableModel

    movement = MovementTableModel()
    QAbstractItemModelTester(movement, QAbstractItemModelTester.FailureReportingMode.Fatal)
    movement.set_account(account.id)
    assert movement.index(0, 2).data() == "5/5" and movement.index(0, 4).data() == "They asked us first"
    host.editor.operations.stack.undo()  # the check-up is undoable
    assert not Checkup.select().exists()


def test_the_health_panel_shows_trend_and_movement(qtbot, demo_db):
    from relapp.gui.health.health_panel import HealthPanel

    panel = HealthPanel(today=TODAY)
    qtbot.addWidget(panel)
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    panel.set_account(2)
    assert len(panel.chart.points) == len(health.checkups_of(2))
    moves = health.question_movement(2)
    changed = next(m for m in moves if m.change)
    row = moves.index(changed)
    shown = panel.model.index(row, 3).data()
    assert ("▲" if changed.change > 0 else "▼") in shown and f"{changed.change:+d}" in shown
    status = health.checkup_status(2, TODAY)
    assert status.last.isoformat() in panel.status.text()


def test_questions_can_be_reworded_and_switched_off(qtbot, db):
    from relapp.gui.health.questions_dialog import QuestionsDialog

    dialog = QuestionsDialog()
    qtbot.addWidget(dialog)
    first, second = dialog.list.item(0), dialog.list.item(1)
    first.setText("Do they bring us their hardest problems?")
    second.setCheckState(Qt.Unchecked)
    texts = [q.text for q in health.list_questions()]
    assert texts[0] == "Do they bring us their hardest problems?" and len(texts) == 11
    dialog.add_question()
    assert len(health.list_questions()) == 12


# Promises -----------------------------------------------------------------------------


@pytest.mark.parametrize("kept,value", [(True, 4), (False, None)])
def test_keeping_or_breaking_a_promise_on_the_contact_card(qtbot, host, acme, kept, value):
    from relapp.gui.views.contact_card import ContactCard

    account, pat, me = acme
    promise = commitments.add_commitment(stakeholder=pat.id, description="Send the plan",
                                         due=dt.date.today() - dt.timedelta(days=2), owner=me.id)
    card = ContactCard(pat.id, host.editor, host)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    panel = card.promises
    assert panel.alert.isVisible() and "overdue" in panel.alert.text()
    assert card.lower_tabs.currentWidget() is panel  # overdue promises come to the front
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    panel.table.selectRow(0)
    before = balance_now(account.id)

    def resolve(dialog):
        if value is not None:
            dialog.field("value").setValue(value)
        qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key_Space)

    on_next_dialog(resolve)
    qtbot.mouseClick(panel.kept_button if kept else panel.broken_button, Qt.LeftButton)
    promise = Commitment.get_by_id(promise.id)
    assert promise.status == ("kept" if kept else "broken")
    entry = Entry.get_by_id(promise.entry_id)
    expected = 4 if kept else -3
    assert entry.value == expected and balance_now(account.id) == before + expected
    assert journal.entry_detail(entry.id).stakeholders == [pat.id]
    assert balance.stakeholder_series(pat.id)[-1].balance == expected
    assert card.timeline_model.rowCount() == 1  # the card's timeline shows the new entry
    assert not panel.alert.isVisible()
    host.editor.operations.stack.undo()
    assert Commitment.get_by_id(promise.id).status == "open" and not Entry.select().exists()
    host.editor.operations.stack.redo()
    assert Commitment.get_by_id(promise.id).status != "open" and balance_now(account.id) == before + expected


def test_new_promise_from_the_panel(qtbot, host, acme):
    from relapp.gui.commitments.commitments_panel import CommitmentsPanel

    account, pat, me = acme
    panel = CommitmentsPanel(host.editor)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_account(account.id)

    def fill(dialog):
        assert dialog.field("owner").currentData() == me.id  # the user owns their promises by default
        dialog._try_accept()
        assert dialog.isVisible() and "what we promised" in dialog.error_label.text().lower()  # its label
        qtbot.keyClicks(dialog.field("description"), "Share the benchmark")
        dialog._try_accept()

    on_next_dialog(fill)
    qtbot.mouseClick(panel.new_button, Qt.LeftButton)
    row = commitments.list_commitments(account_id=account.id)[0]
    assert (row.description, row.stakeholder_id, row.owner_id) == ("Share the benchmark", pat.id, me.id)
    assert row.due == dt.date.today() + dt.timedelta(days=7)
    assert panel.model.rowCount() == 1


def test_quick_entry_can_add_a_promise_to_the_person_met(qtbot, host, acme):
    from relapp.gui.forms.quick_entry import QuickEntryDialog

    account, pat, _ = acme
    dialog = QuickEntryDialog(account.id, pat.id, host)
    qtbot.addWidget(dialog)

    def fill(promise_dialog):
        assert promise_dialog.field("stakeholder").currentData() == pat.id
        qtbot.keyClicks(promise_dialog.field("description"), "Call back on Friday")
        promise_dialog._try_accept()

    on_next_dialog(fill)
    dialog.add_promise()
    assert [c.description for c in Commitment.select()] == ["Call back on Friday"]


def test_accounts_with_overdue_promises_stand_out_in_the_list(qtbot, acme):
    from relapp.gui.models.account_table import AccountTableModel

    account, pat, _ = acme
    other = accounts.create_account(name="Bravo")
    commitments.add_commitment(stakeholder=pat.id, description="Late", due=dt.date.today() - dt.timedelta(days=1))
    model = AccountTableModel()
    model.reload()
    red = {model.index(r, 0).data(): model.index(r, 0).data(Qt.ForegroundRole) for r in range(model.rowCount())}
    assert red["Acme"] is not None and red["Bravo"] is None
    assert "1 overdue" in model.index(model.row_of(account.id), 0).data(Qt.ToolTipRole)
    assert other.id


def test_contact_card_says_when_the_next_contact_is_late(qtbot, host, acme):
    from relapp.gui.views.contact_card import ContactCard

    account, pat, _ = acme
    people.update_stakeholder(pat.id, cadence_days=14)
    journal.add_entry(account=account.id, day=dt.date.today() - dt.timedelta(days=20), title="Lunch", value=2,
                      stakeholders=[pat.id])
    card = ContactCard(pat.id, host.editor, host)
    qtbot.addWidget(card)
    assert "every 14 days" in card.touch.text() and "6 days late" in card.touch.text()
    journal.add_entry(account=account.id, day=dt.date.today(), title="Call", value=1, stakeholders=[pat.id])
    card.refresh()
    assert "late" not in card.touch.text() and "next contact by" in card.touch.text()


def test_change_and_delete_a_promise_with_undo(qtbot, host, acme):
    from relapp.gui.commitments.commitments_panel import CommitmentsPanel

    account, pat, _ = acme
    promise = commitments.add_commitment(stakeholder=pat.id, description="Send the plan", due=TODAY)
    panel = CommitmentsPanel(host.editor)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_account(account.id)
    panel.table.selectRow(0)

    def reword(dialog):
        dialog.field("description").setText("Send the plan and the budget")
        dialog._try_accept()

    on_next_dialog(reword)
    qtbot.mouseClick(panel.change_button, Qt.LeftButton)
    assert commitments.get_commitment(promise.id).description == "Send the plan and the budget"
    assert panel.model.index(0, 2).data() == "Send the plan and the budget"
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.LeftButton)
    assert not Commitment.select().exists() and panel.model.rowCount() == 0
    host.editor.operations.stack.undo()
    host.editor.operations.stack.undo()
    assert commitments.get_commitment(promise.id).description == "Send the plan"


def test_a_checkup_can_be_scored_with_the_keyboard_alone(qtbot, host, acme):
    from relapp.gui.health.checkup_dialog import CheckupDialog

    account, _, _ = acme
    dialog = CheckupDialog(account.id, host, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.rows[0].box.hasFocus(), timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_4)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "steady")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Right)  # nudged up to 3
    assert dialog.rows[1].box.hasFocus()
    dialog._try_accept()
    answers = health.answers_of(Checkup.get().id)
    assert answers == {dialog.rows[0].question_id: (4, "steady"), dialog.rows[1].question_id: (3, "")}


def test_checkup_from_the_account_menu_can_be_undone(qtbot, demo_db, data_dir, tmp_path):
    from relapp.gui.main_window import MainWindow

    isolate_settings(tmp_path)
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    window.show()
    window.show_account(3)
    before = len(health.checkups_of(3))

    def score(dialog):
        assert dialog.account_id == 3
        dialog.rows[0].set_score(5)
        dialog._try_accept()

    on_next_dialog(score)
    window.findChild(QAction, "checkup").trigger()
    assert len(health.checkups_of(3)) == before + 1
    accounts_view = window.view("accounts")
    panel = accounts_view.health_panel
    accounts_view.tabs.setCurrentWidget(panel)  # drawn when looked at
    assert len(panel.chart.points) == before + 1  # the account's trend shows it at once
    window.operations.stack.undo()
    assert len(health.checkups_of(3)) == before


def test_the_question_column_gets_the_width_not_the_comment(qtbot, demo_db):
    from relapp.gui.health.health_panel import HealthPanel

    panel = HealthPanel(today=TODAY)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_account(2)
    header = panel.table.horizontalHeader()
    assert header.sectionSize(0) > 2 * header.sectionSize(4)


def test_opening_the_health_tab_leaves_the_account_list_its_width(qtbot, demo_db, data_dir, tmp_path):
    """The check-up line on one line and its two buttons made the account
    pane at least 835 pixels wide once the Health tab was shown: in a
    1280-pixel window the account list lost a third of its width and cut
    every name. The line now wraps, and the pane fits beside the list with
    the Health tab open as with the stakeholders."""
    window = open_window(qtbot, data_dir, tmp_path)
    window.show_view("accounts")
    view = window.view("accounts")
    view.select_account(2)
    pane = view.splitter.widget(1)
    room = 1280 - 150 - 480  # beside the sidebar and the account list as the window first lays it out
    assert pane.minimumSizeHint().width() < room
    view.tabs.setCurrentWidget(view.health_panel)
    status = view.health_panel.status
    qtbot.waitUntil(lambda: "Last check-up" in status.text())
    qtbot.wait(50)  # the layouts take the new line's size when their posted request is handled
    assert pane.minimumSizeHint().width() < room
    view.health_panel.resize(420, 500)  # as narrow as the pane lets it be
    qtbot.waitUntil(lambda: status.width() < status.sizeHint().width())
    assert status.height() >= status.heightForWidth(status.width())  # wrapped, shown whole


def test_the_promises_tab_says_how_many_are_overdue_without_changing_width(qtbot, acme, data_dir, tmp_path):
    # A tab that grew and shrank with the count re-laid out the whole tab
    # pane on every account switch; the count is in its tooltip and in what a
    # screen reader reads, and the tab turns red.
    from relapp.gui.main_window import MainWindow

    account, pat, _ = acme
    other = accounts.create_account(name="Bravo")
    commitments.add_commitment(stakeholder=pat.id, description="Late", due=dt.date.today() - dt.timedelta(days=1))
    isolate_settings(tmp_path)
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    window.show()
    view = window.view("accounts")
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.promises_panel)
    view.select_account(other.id)
    quiet_width, quiet_colour = bar.tabRect(index).width(), bar.tabTextColor(index)
    assert bar.tabToolTip(index) == "Promises" and bar.accessibleTabName(index) == "Promises"
    view.select_account(account.id)
    assert bar.tabText(index) == "Promises" and bar.tabRect(index).width() == quiet_width
    assert bar.tabToolTip(index) == "Promises (1 overdue)" == bar.accessibleTabName(index)
    assert bar.tabTextColor(index) != quiet_colour and view.alert.text().startswith("1 promise overdue")
