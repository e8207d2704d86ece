"""The account plan tab driven through its widgets: every edit one undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui_helpers import context_now, data_open_now, isolate_settings, on_next_dialog
from relapp.gui.editing import Editor
from relapp.gui.operations import Operations
from relapp.gui.plan.plan_panel import PlanPanel
from relapp.gui.plan.stage_strip import StageStrip, step_points
from relapp.services import account_plan as plan
from relapp.services import accounts, people
from relapp.services.journal import JournalFilter, query_entries

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def panel(qtbot, db, tmp_path):
    isolate_settings(tmp_path)
    host = QWidget()
    host.editor = Editor(Operations(host), host)
    qtbot.addWidget(host)
    account = accounts.create_account(name="Acme", our_intent="grow")
    pat = people.create_stakeholder(account=account.id, name="Pat Doe", influence=5)
    me = people.create_member(name="Me Myself", kind="me")
    people.assign_member(account.id, me.id)
    widget = PlanPanel(host.editor, host, today=TODAY)
    QVBoxLayout(host).addWidget(widget)
    # As the accounts view does: a change set naming the plan refreshes the tab.
    seen = []
    host.editor.operations.changed.connect(
        lambda changes, _origin: (seen.append(changes), widget.refresh() if changes.touches("plan") else None))
    widget.changes_seen = seen
    widget.set_account(account.id)
    host.resize(900, 700)
    host.show()
    qtbot.waitExposed(widget)
    widget.ids = (account.id, pat.id, me.id)
    return widget


def _type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_changing_the_stage_records_it_and_undo_takes_it_back(qtbot, panel):
    account, _, _ = panel.ids
    assert "not set yet" in panel.stage_label.text()

    def choose(dialog):
        stage = dialog.field("stage")
        stage.setCurrentIndex(stage.findData("trusted"))
        assert "ask our view" in dialog.field("meaning").text()
        dialog.field("day").setDate(QDate(2026, 5, 2))
        _type(qtbot, dialog.field("note"), "asked before the tender")
        qtbot.keyClick(dialog.field("note"), Qt.Key_Return)

    on_next_dialog(choose)
    qtbot.mouseClick(panel.stage_button, Qt.LeftButton)
    found = plan.account_plan(account, TODAY)
    assert (found.stage, found.stage_since) == ("trusted", dt.date(2026, 5, 2))
    assert [(set(c.kinds), set(c.accounts)) for c in panel.changes_seen] == [({"plan"}, {account})]
    assert found.stage_history[-1].note == "asked before the tender"
    assert "Trusted adviser" in panel.stage_label.text()
    assert panel.stage_label.toolTip() == "2026-05-02  Trusted adviser — asked before the tender"
    stack = panel.editing.editor.operations.stack
    stack.undo()
    assert plan.account_plan(account, TODAY).stage is None
    assert "not set yet" in panel.stage_label.text()
    stack.redo()
    assert plan.account_plan(account, TODAY).stage == "trusted"


def test_new_objective_typed_in_the_dialog_then_edited_and_progress_noted(qtbot, panel):
    account, pat, me = panel.ids

    def fill(dialog):
        _type(qtbot, dialog.field("title"), "Halve the backlog")
        owner = dialog.field("their_owner")
        owner.setCurrentIndex(owner.findData(pat))
        ours = dialog.field("our_owner")
        ours.setCurrentIndex(ours.findData(me))
        _type(qtbot, dialog.field("measure"), "orders waiting over 5 days")
        dialog.field("target").setDate(QDate(2026, 9, 30))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.LeftButton)

    on_next_dialog(fill)
    qtbot.mouseClick(panel.new_objective_button, Qt.LeftButton)
    [goal] = plan.objectives_of(account)
    assert (goal.title, goal.their_owner, goal.our_owner, goal.target, goal.status) == (
        "Halve the backlog", "Pat Doe", "Me Myself", dt.date(2026, 9, 30), "on-track")
    assert panel.objectives.topLevelItem(0).text(0) == "Halve the backlog"

    # Edit: a new status and no target date any more.
    panel.objectives.setCurrentItem(panel.objectives.topLevelItem(0))

    def edit(dialog):
        status = dialog.field("status")
        status.setCurrentIndex(status.findData("at-risk"))
        target = dialog.field("target")
        target.setDate(target.minimumDate())  # shown as "—": no target
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.LeftButton)

    on_next_dialog(edit)
    qtbot.mouseClick(panel.edit_objective_button, Qt.LeftButton)
    edited = plan.objective(goal.id)
    assert (edited.status, edited.target) == ("at-risk", None)

    # A progress note, typed.
    def note(dialog):
        dialog.field("day").setDate(QDate(2026, 6, 10))
        _type(qtbot, dialog.field("note"), "down by a fifth")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.LeftButton)

    on_next_dialog(note)
    qtbot.mouseClick(panel.progress_button, Qt.LeftButton)
    assert [(p.day, p.note) for p in plan.objective(goal.id).progress] == [(dt.date(2026, 6, 10), "down by a fifth")]
    assert panel.objectives.topLevelItem(0).child(0).text(0) == "down by a fifth"

    # Three steps; undo walks them back one at a time.
    stack = panel.editing.editor.operations.stack
    assert stack.count() == 3
    stack.undo()
    assert plan.objective(goal.id).progress == ()
    stack.undo()
    assert (plan.objective(goal.id).status, plan.objective(goal.id).target) == ("on-track", dt.date(2026, 9, 30))
    stack.undo()
    assert plan.objectives_of(account) == []
    stack.redo()
    stack.redo()
    stack.redo()
    assert plan.objective(goal.id).status == "at-risk" and len(plan.objective(goal.id).progress) == 1


def test_an_objective_without_a_title_is_refused_in_the_dialog(qtbot, panel):
    account, _, _ = panel.ids
    seen = {}

    def fill(dialog):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.LeftButton)
        seen["error"] = dialog.error_label.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    on_next_dialog(fill)
    qtbot.mouseClick(panel.new_objective_button, Qt.LeftButton)
    assert seen == {"error": "Objective: must not be empty", "open": True}  # named as the form labels it
    assert plan.objectives_of(account) == [] and panel.editing.editor.operations.stack.count() == 0


def test_achieving_offers_a_deposit_with_an_editable_value(qtbot, panel):
    account, pat, me = panel.ids
    plan.add_objective(account, title="Open the depot", their_owner=pat, our_owner=me)
    panel.refresh()
    panel.objectives.setCurrentItem(panel.objectives.topLevelItem(0))

    def accept(dialog):
        assert dialog.field("write_deposit").isChecked()
        value = dialog.field("value")
        value.selectAll()
        qtbot.keyClicks(value, "5")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.LeftButton)

    on_next_dialog(accept)
    panel._achieve()
    assert [(e.value, e.title) for e in query_entries(JournalFilter(account_id=account))] == [
        (5, "Joint objective achieved: Open the depot")]
    assert plan.objectives_of(account)[0].status == "achieved"
    assert panel.changes_seen[-1].touches("plan", "entries")  # the journal and the balance refresh too
    panel.editing.editor.operations.stack.undo()  # one step: status and deposit together
    assert query_entries(JournalFilter(account_id=account)) == []
    assert plan.objectives_of(account)[0].status == "on-track"


def test_dropping_asks_why_and_who(qtbot, panel):
    account, _, _ = panel.ids
    plan.add_objective(account, title="New depot")
    panel.refresh()
    panel.objectives.setCurrentItem(panel.objectives.topLevelItem(0))

    def drop(dialog):
        who = dialog.field("dropped_by")
        who.setCurrentIndex(who.findData("us"))
        _type(qtbot, dialog.field("reason"), "we lack the people this year")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.LeftButton)

    on_next_dialog(drop)
    panel._drop()
    goal = plan.objectives_of(account)[0]
    assert (goal.status, goal.dropped_by, goal.reason, goal.closed_on) == (
        "dropped", "us", "we lack the people this year", TODAY)
    assert "we lack the people" in panel.objectives.topLevelItem(0).text(1)
    panel.editing.editor.operations.stack.undo()
    assert plan.objectives_of(account)[0].status == "on-track"


def test_rating_their_intent_shows_the_mismatch(qtbot, panel):
    account, _, _ = panel.ids
    plan.set_intent(account, "ours", 5, "grow", TODAY)
    panel.refresh()
    assert panel.mismatch_label.isHidden()

    def rate(dialog):
        level = dialog.field("level")
        level.setCurrentIndex(level.findData(2))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.LeftButton)

    on_next_dialog(rate)
    qtbot.mouseClick(panel.their_button, Qt.LeftButton)
    assert plan.account_plan(account, TODAY).their_intent.level == 2
    assert not panel.mismatch_label.isHidden()
    assert panel.their_label.toolTip().startswith("2026-06-15  2/5")
    panel.editing.editor.operations.stack.undo()
    assert panel.mismatch_label.isHidden()


def test_the_stage_strip_draws_a_step_line(qtbot, db):
    account = accounts.create_account(name="Acme")
    plan.set_stage(account.id, "trading", TODAY - dt.timedelta(days=300))
    plan.set_stage(account.id, "partner", TODAY - dt.timedelta(days=30))
    strip = StageStrip(today=TODAY)
    qtbot.addWidget(strip)
    strip.set_account(account.id)
    xs, ys = strip.line.getData()
    assert list(ys) == [1, 1, 4, 4]  # flat, then straight up at the change, flat to today
    assert xs[1] == xs[2]
    assert "Partner" in strip.caption.text()
    assert step_points([]) == ([], [])


def test_the_stage_strip_follows_the_charts_dates_only_while_drawn(qtbot, db):
    from relapp.gui.chart.balance_chart import BalanceChart

    staged = accounts.create_account(name="Acme")
    plan.set_stage(staged.id, "trading", TODAY - dt.timedelta(days=300))
    bare = accounts.create_account(name="Blank")
    chart = BalanceChart(today=TODAY)
    strip = StageStrip(today=TODAY)
    for widget in (chart, strip):
        qtbot.addWidget(widget)
    strip.follow(chart.plot)
    strip_view = strip.plot.getPlotItem().getViewBox()
    chart_view = chart.plot.getPlotItem().getViewBox()
    strip.set_account(bare.id)
    assert strip_view.linkedView(0) is None  # hidden: no work on the chart's range changes
    chart_view.setXRange(1000.0, 2000.0, padding=0)
    strip.set_account(staged.id)
    assert strip_view.linkedView(0) is chart_view
    assert strip_view.viewRange()[0] == pytest.approx([1000.0, 2000.0])  # the chart's dates at once
    chart_view.setXRange(3000.0, 5000.0, padding=0)
    assert strip_view.viewRange()[0] == pytest.approx([3000.0, 5000.0])


def test_home_lists_the_plans_needs_with_their_labels(qtbot, demo_db):
    from PySide6.QtTest import QAbstractItemModelTester

    from relapp.gui.home.home_view import HomeView

    home = HomeView(today=TODAY, context=context_now())
    qtbot.addWidget(home)
    qtbot.waitUntil(lambda: not home.loading, timeout=5000)
    QAbstractItemModelTester(home.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for kind, label in (("objective-overdue", "Objective overdue"), ("intent-mismatch", "Intent mismatch")):
        home.kind_box.setCurrentIndex(home.kind_box.findData(kind))
        assert home.kind_box.currentData() == kind
        assert home.model.rowCount() >= 1
        assert home.model.index(0, 0).data() == label
    mismatch = home.model.item(0)
    found = plan.account_plan(mismatch.account_id, TODAY)
    assert found.our_intent.level - found.their_intent.level >= 2


def test_the_potential_is_typed_in_its_dialog_and_undone(qtbot, panel):
    from PySide6.QtWidgets import QInputDialog

    account, _, _ = panel.ids

    def type_it(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("")
        editor = dialog.findChild(QWidget, "qt_inputdlg_textedit") or dialog.focusWidget()
        qtbot.keyClicks(editor, "Their whole supply chain")
        dialog.accept()

    on_next_dialog(type_it)
    qtbot.mouseClick(panel.potential_button, Qt.LeftButton)
    assert plan.account_plan(account, TODAY).potential == "Their whole supply chain"
    assert "Their whole supply chain" in panel.potential_label.text()
    panel.editing.editor.operations.stack.undo()
    assert plan.account_plan(account, TODAY).potential == ""
    assert "not written yet" in panel.potential_label.text()


def test_a_plan_item_on_home_opens_the_account_on_its_plan(qtbot, demo_db, data_dir, tmp_path):
    from relapp.gui.main_window import MainWindow

    isolate_settings(tmp_path)
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    home = window.view("home")
    qtbot.waitUntil(lambda: not home.loading, timeout=5000)
    home.kind_box.setCurrentIndex(home.kind_box.findData("intent-mismatch"))
    item = home.model.item(0)
    home.act_on(0)
    accounts_view = window.view("accounts")
    assert window.current_view() == "accounts" and accounts_view.account_id == item.account_id
    assert accounts_view.tabs.currentWidget() is accounts_view.plan_panel
    assert not accounts_view.plan_panel.mismatch_label.isHidden()


def test_an_opportunity_typed_in_its_dialog_then_agreed_and_undone(qtbot, panel):
    account, pat, me = panel.ids

    def fill(dialog):
        _type(qtbot, dialog.field("title"), "Warehouse audit")
        _type(qtbot, dialog.field("for_them"), "fewer stock-outs")
        dialog.field("value").setValue(40000)
        _type(qtbot, dialog.field("currency"), "eur")
        sponsor = dialog.field("sponsor")
        sponsor.setCurrentIndex(sponsor.findData(pat))
        _type(qtbot, dialog.field("next_step"), "send the outline")
        dialog.field("next_step_due").setDate(QDate(2026, 6, 30))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.LeftButton)

    on_next_dialog(fill)
    qtbot.mouseClick(panel.new_opportunity_button, Qt.LeftButton)
    [deal] = plan.opportunities_of(account)
    assert (deal.title, deal.value, deal.currency, deal.sponsor, deal.status, deal.next_step_due) == (
        "Warehouse audit", 40000, "EUR", "Pat Doe", "idea", dt.date(2026, 6, 30))
    assert panel.opportunities.topLevelItem(0).text(2) == "40\u202f000 EUR"

    panel.opportunities.setCurrentItem(panel.opportunities.topLevelItem(0))

    def agree(dialog):
        status = dialog.field("status")
        status.setCurrentIndex(status.findData("agreed"))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.LeftButton)

    on_next_dialog(agree)
    qtbot.mouseClick(panel.edit_opportunity_button, Qt.LeftButton)
    assert plan.opportunity(deal.id).status == "agreed"
    stack = panel.editing.editor.operations.stack
    stack.undo()
    assert plan.opportunity(deal.id) == deal
    stack.undo()
    assert plan.opportunities_of(account) == []


def test_the_plan_shows_every_column_on_a_small_laptop_window(qtbot, demo_db, data_dir, tmp_path):
    """1366 × 768: every column fitted to its contents put how an objective
    is measured, and an opportunity's date, behind sideways scroll bars.
    The names share what the short columns leave and carry their whole text
    in a tooltip."""
    from gui_helpers import open_window

    window = open_window(qtbot, data_dir, tmp_path)
    window.resize(1366, 768)
    window.show_view("accounts")
    view = window.view("accounts")
    account = next(a for a in accounts.list_accounts() if plan.objectives_of(a.id) and plan.opportunities_of(a.id))
    view.select_account(account.id)
    view.tabs.setCurrentWidget(view.plan_panel)
    trees = (view.plan_panel.objectives, view.plan_panel.opportunities)
    qtbot.waitUntil(lambda: all(t.topLevelItemCount() and t.isVisible() for t in trees), timeout=3000)
    for tree in trees:
        header = tree.header()
        qtbot.waitUntil(lambda: header.length() <= tree.viewport().width() + 1, timeout=2000)
        qtbot.waitUntil(lambda: not tree.horizontalScrollBar().isVisible(), timeout=2000)
        for column in range(header.count()):
            assert header.sectionSize(column) > 20, tree.headerItem().text(column)
        first = tree.topLevelItem(0)
        assert first.text(0) in first.toolTip(0)
        assert first.toolTip(4) == first.text(4)
