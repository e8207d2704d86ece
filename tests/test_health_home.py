"""Home, the attention list, driven through the widgets."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWidget

from gui_helpers import context_now, data_open_now, isolate_settings, on_next_dialog
from relapp.services import accounts, health
from relapp.store.binding import bound_database

TODAY = dt.date(2026, 6, 15)  # the day demo_db is built for


def ready(qtbot, home):
    """Wait for Home's list, which is read in a worker thread."""
    qtbot.waitUntil(lambda: not home.loading, timeout=5000)
    return home


def test_home_lists_what_needs_attention_and_acts_on_it(qtbot, demo_db, tmp_path):
    from relapp.gui.home.home_view import HomeView

    isolate_settings(tmp_path)
    home = HomeView(today=TODAY, context=context_now())
    qtbot.addWidget(home)
    home.show()
    qtbot.waitExposed(home)
    ready(qtbot, home)
    QAbstractItemModelTester(home.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert home.stack.currentWidget() is home.overview
    kinds = {home.model.index(r, 0).data(home.model.KindRole) for r in range(home.model.rowCount())}
    assert len(kinds) >= 4
    assert home.model.index(0, 0).data(home.model.KindRole) == "overdue-commitment"
    first = home.model.item(0)
    with qtbot.waitSignal(home.open_promise) as opened:  # the card, on that promise
        home.table.doubleClicked.emit(home.model.index(0, 2))
    assert opened.args == [first.stakeholder_id, first.target_id]
    row = next(r for r in range(home.model.rowCount()) if home.model.item(r).kind == "falling-balance")
    with qtbot.waitSignal(home.open_account) as opened:
        home.act_on(row)
    assert opened.args == [home.model.item(row).account_id]

    count = home.model.rowCount()
    home.table.selectRow(0)
    qtbot.mouseClick(home.dismiss_button, Qt.LeftButton)
    home.table.selectRow(0)
    second = home.model.item(0)
    qtbot.mouseClick(home.snooze_button, Qt.LeftButton)
    assert home.model.rowCount() == count - 2  # gone at once
    ready(qtbot, home)
    assert home.model.rowCount() == count - 2
    assert "2 snoozed or dismissed" in home.hidden_label.text()
    assert home.model.item(home.table.currentIndex().row()) is not None  # the selection stays in the list
    again = ready(qtbot, HomeView(today=TODAY, context=context_now()))  # remembered
    qtbot.addWidget(again)
    keys = {again.model.item(r).key for r in range(again.model.rowCount())}
    assert first.key not in keys and second.key not in keys
    later = ready(qtbot, HomeView(today=TODAY + dt.timedelta(days=7), context=context_now()))
    qtbot.addWidget(later)
    assert second.key in {later.model.item(r).key for r in range(later.model.rowCount())}


def test_home_filter_by_kind(qtbot, demo_db):
    from relapp.gui.home.home_view import HomeView

    home = ready(qtbot, HomeView(today=TODAY, context=context_now()))
    qtbot.addWidget(home)
    home.kind_box.setCurrentIndex(home.kind_box.findData("meeting-soon"))
    meetings = bound_database().execute_sql("SELECT COUNT(*) FROM meeting WHERE day BETWEEN ? AND ?",
                                          [TODAY.isoformat(), (TODAY + dt.timedelta(days=14)).isoformat()]
                                          ).fetchone()[0]
    assert home.model.rowCount() == meetings > 0
    assert all(home.model.index(r, 3).data().startswith("in ") for r in range(meetings))


def test_a_due_checkup_on_home_opens_the_form_and_leaves_the_list(qtbot, demo_db, tmp_path):
    from relapp.gui.home.home_view import HomeView

    host = QWidget()
    qtbot.addWidget(host)
    home = ready(qtbot, HomeView(today=TODAY, parent=host, context=context_now()))
    row = next(r for r in range(home.model.rowCount()) if home.model.item(r).kind == "checkup-due")
    item = home.model.item(row)

    def score(dialog):
        for question in dialog.rows:
            question.set_score(4)
        dialog._try_accept()

    on_next_dialog(score)
    home.act_on(row)
    ready(qtbot, home)
    remaining = [home.model.item(r) for r in range(home.model.rowCount())]
    assert all(not (i.kind == "checkup-due" and i.account_id == item.account_id) for i in remaining)
    assert health.checkup_status(item.account_id, TODAY).last == TODAY


def test_main_window_home_is_the_attention_list(qtbot, demo_db, data_dir, tmp_path):
    from relapp.gui.main_window import MainWindow

    isolate_settings(tmp_path)
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    home = ready(qtbot, window.view("home"))
    assert home.stack.currentWidget() is home.overview and home.model.rowCount() > 0
    person = next(home.model.item(r) for r in range(home.model.rowCount()) if home.model.item(r).stakeholder_id)
    home.open_stakeholder.emit(person.stakeholder_id)
    assert window._cards and window._cards[-1].stakeholder_id == person.stakeholder_id
    for card in list(window._cards):
        card.close()


def test_home_tooltips_give_each_accounts_purpose_and_intent(qtbot, demo_db):
    from relapp.gui.home.home_view import HomeView
    from relapp.services.accounts import get_account

    home = ready(qtbot, HomeView(today=TODAY, context=context_now()))
    qtbot.addWidget(home)
    item = home.model.item(0)
    account = get_account(item.account_id)
    tip = home.model.index(0, 1).data(Qt.ToolTipRole)
    assert account.our_intent in tip and account.their_intent in tip


def test_home_shows_the_welcome_at_once_without_data_and_the_list_after_an_account(qtbot, db):
    from relapp.gui.home.home_view import HomeView

    home = HomeView(today=TODAY, context=context_now())
    qtbot.addWidget(home)
    assert home.stack.currentWidget() is home.welcome and not home.loading
    account = accounts.create_account(name="Solo")
    home.refresh()
    assert home.stack.currentWidget() is home.overview
    with qtbot.waitSignal(home.loaded, timeout=5000):
        pass
    # a new account has never had a check-up: that is the one thing to do
    assert [home.model.item(r).kind for r in range(home.model.rowCount())] == ["checkup-due"]
    assert home.model.item(0).account_id == account.id


def test_the_when_column_says_no_entry_yet_for_someone_never_met(qtbot):
    from relapp.domain.attention import AttentionItem
    from relapp.gui.home.attention_model import AttentionTableModel

    model = AttentionTableModel(today=TODAY)
    never = AttentionItem("neglected:1:never", "neglected", 1, "Acme", "Pat (influence 5/5): no entry with them "
                          "yet, expected within 90 days", 60, 1, "Pat", None)
    assert model._when(never) == "no entry with them yet"


def test_the_when_column_says_no_contact_that_counts_for_someone_seen_only_in_entries_worth_0(qtbot):
    from relapp.domain.attention import PersonFacts, person_items
    from relapp.gui.home.attention_model import AttentionTableModel

    model = AttentionTableModel(today=TODAY)
    seen = PersonFacts(1, 1, "Acme", "Pat", 5, None, 90, None, TODAY - dt.timedelta(days=400), 3,
                       TODAY - dt.timedelta(days=5))
    [item] = person_items([seen], TODAY)
    assert model._when(item) == "no contact that counts yet"


def test_the_list_shows_each_new_snapshots_own_texts(qtbot):
    """The cells' texts are worked out once per item; a list read again
    (the same promise, now due on another day) shows its new texts."""
    from relapp.domain.attention import AttentionItem
    from relapp.gui.home.attention_model import AttentionTableModel
    from relapp.services.attention import HomeSnapshot

    model = AttentionTableModel(today=TODAY)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)

    def promise(due: dt.date, message: str) -> AttentionItem:
        return AttentionItem("due-commitment:7", "due-commitment", 1, "Acme", message, 80, 2, "Pat", due, 7)

    def texts(row: int) -> list:
        return [model.data(model.index(row, column)) for column in range(model.columnCount())]

    model.set_snapshot(HomeSnapshot([promise(TODAY + dt.timedelta(days=1), "Send the offer")], 0, {}))
    assert texts(0) == ["Promise due soon", "Acme", "Send the offer", "tomorrow"]
    model.set_snapshot(HomeSnapshot([promise(TODAY + dt.timedelta(days=3), "Send the new offer")], 0, {}))
    assert texts(0) == ["Promise due soon", "Acme", "Send the new offer", "in 3 days"]
    index = model.index(0, 0)
    assert model.data(index, Qt.ForegroundRole) is not None and model.data(index, Qt.FontRole).bold()
    assert model.data(model.index(0, 2), Qt.ToolTipRole) == "Send the new offer"
    assert model.data(index, Qt.DecorationRole) is None and model.data(index, model.KindRole) == "due-commitment"
    assert model.data(model.index(0, 0).siblingAtRow(5)) is None  # an invalid index
