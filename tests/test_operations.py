"""Operations and change sets: every edit in the window is one undo step and every view that shows
the data changed follows it without being told by another view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from demo_day import TODAY
from gui_helpers import activate, context_now, open_window
from relapp.gui.operations import Changes, Operation, Operations
from relapp.services import people
from relapp.services.validation import ValidationError

STANCE_COLUMN = "Stance"


@pytest.fixture
def demo_window(qtbot, demo_db, data_dir, tmp_path):
    return open_window(qtbot, data_dir, tmp_path)


def shown_stance(accounts_view, person_id: int) -> str:
    model = accounts_view.people_model
    column = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())].index(STANCE_COLUMN)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(model.IdRole) == person_id)
    return model.index(row, column).data()


def test_a_stance_set_on_the_map_shows_in_accounts_and_ctrl_z_reverts_both(qtbot, demo_window):
    window = demo_window
    window.show_view("accounts")
    accounts_view = window.view("accounts")
    account_id = window.current_account_id()
    window.show_view("map")
    map_view = window.view("map")
    assert map_view.account_id == account_id
    person = next(p for p in map_view.data.people if p.stance != "blocker")
    before = shown_stance(accounts_view, person.id)
    assert before != "Blocker"

    menu = map_view.context_menu_for(person.key)
    stance_menu = next(a.menu() for a in menu.actions() if a.text() == "Stance")
    next(a for a in stance_menu.actions() if a.text() == "Blocker").trigger()

    assert shown_stance(accounts_view, person.id) == "Blocker"  # no refresh asked for
    assert map_view.data.person(person.id).stance == "blocker"
    assert window.operations.stack.undoText() == f"Stance of {person.name}"
    assert person.name in window.statusBar().currentMessage()

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert window.statusBar().currentMessage().startswith(f"Undone “Stance of {person.name}”")
    assert people.get_stakeholder(person.id).stance == person.stance
    assert shown_stance(accounts_view, person.id) == before
    assert map_view.data.person(person.id).stance == person.stance


def test_map_links_ties_and_roles_are_undoable_steps(qtbot, demo_window):
    window = demo_window
    window.show_view("accounts")
    window.show_view("map")
    map_view = window.view("map")
    stack = window.operations.stack
    a, b = map_view.data.people[:2]
    links = len(map_view.data.links)

    menu = map_view.context_menu_for(a.key)
    influences = next(x.menu() for x in menu.actions() if x.text() == "Influences")
    next(x for x in influences.actions() if x.text() == b.name).trigger()
    assert len(map_view.data.links) == links + 1
    stack.undo()
    assert len(map_view.data.links) == links
    stack.redo()
    assert len(map_view.data.links) == links + 1

    member = map_view.data.team[0]
    strength = next((t.strength for t in map_view.data.ties if t.member_id == member.id
                     and t.stakeholder_id == a.id), 0)
    new = 5 if strength != 5 else 1
    menu = map_view.context_menu_for(a.key)
    ties = next(x.menu() for x in menu.actions() if x.text() == "Ties with our team")
    sub = next(x.menu() for x in ties.actions() if x.text().startswith(member.name))
    next(x for x in sub.actions() if x.text().startswith(f"{new} ")).trigger()
    assert people.tie_strength(member.id, a.id) == new
    stack.undo()
    assert people.tie_strength(member.id, a.id) == strength


class Recorder:
    def __init__(self, operations: Operations):
        self.seen = []
        operations.changed.connect(lambda changes, origin: self.seen.append((changes, origin)))


def test_a_refused_step_is_not_pushed_and_a_failing_undo_leaves_the_stack(qtbot):
    operations = Operations()
    recorder = Recorder(operations)
    failures = []
    operations.failed.connect(lambda step, message: failures.append((step, message)))

    def refuse():
        raise ValidationError("name", "is required")

    with pytest.raises(ValidationError):
        operations.run(Operation("Refused", Changes.of("accounts"), refuse, lambda: None))
    assert operations.stack.count() == 0 and recorder.seen == []

    done = []
    origin = object()
    operations.run(Operation("Works once", Changes.of("people", account=3), lambda: done.append(1), refuse),
                   origin)
    assert done == [1] and recorder.seen == [(Changes.of("people", account=3), origin)]
    operations.stack.undo()
    assert failures == [("Works once", "Name: is required")]  # the field as the window names it
    assert operations.stack.count() == 0  # the step that cannot be undone is gone
    assert len(recorder.seen) == 1  # nothing changed, nothing announced


def test_changes_say_what_and_where():
    one = Changes.of("people", account=1)
    assert one.touches("people", "ties") and not one.touches("entries")
    assert one.concerns(1) and not one.concerns(2)
    assert Changes.of("team").concerns(2)  # no account named: any account
    both = one | Changes.of("ties", account=2)
    assert both.kinds == {"people", "ties"} and both.accounts == {1, 2}
    assert (one | Changes.of("team")).concerns(7)
    assert Changes.everything().touches("settings")
    with pytest.raises(ValueError):
        Changes.of("peopel")


def test_check_up_questions_changed_in_their_dialog_are_undone_step_by_step(qtbot, db):
    from PySide6.QtCore import Qt as QtNS

    from relapp.gui.health.questions_dialog import QuestionsDialog
    from relapp.services import health

    operations = Operations(context=context_now())
    dialog = QuestionsDialog(operations=operations)
    qtbot.addWidget(dialog)
    before = [(q.text, q.active) for q in health.list_questions(include_inactive=True)]
    dialog.list.item(0).setText("Do they bring us their hardest problems?")
    dialog.list.item(1).setCheckState(QtNS.Unchecked)
    dialog.list.setCurrentRow(2)
    dialog._move(-1)
    dialog.add_question()
    assert operations.stack.count() == 4
    assert len(health.list_questions(include_inactive=True)) == len(before) + 1
    while operations.stack.canUndo():
        operations.stack.undo()
    assert [(q.text, q.active) for q in health.list_questions(include_inactive=True)] == before


def test_meeting_goals_kept_from_the_brief_are_one_undoable_step(qtbot, demo_window):
    from relapp.gui.brief.brief_dialog import BriefDialog
    from relapp.services import meetings

    window = demo_window
    window.show_view("accounts")
    account_id = next(m.account_id for m in meetings.upcoming_meetings(TODAY))
    dialog = BriefDialog(account_id, window, TODAY, context=window.context, editor=window.editor)
    qtbot.addWidget(dialog)
    meeting_id = dialog.meeting_id()
    assert meeting_id is not None
    old = meetings.meeting_detail(meeting_id).goals
    dialog.goals_edit.setPlainText("Agree the renewal before the tender")
    qtbot.mouseClick(dialog.save_goals_button, Qt.LeftButton)
    assert meetings.meeting_detail(meeting_id).goals == "Agree the renewal before the tender"
    assert window.operations.stack.undoText() == "Goals of the meeting"
    window.operations.stack.undo()
    assert meetings.meeting_detail(meeting_id).goals == old


def test_snooze_dismiss_and_show_again_on_home_are_undone(qtbot, demo_db, tmp_path):
    from relapp.gui.editing import Editor
    from relapp.gui.home.home_view import HomeView
    from relapp.services import attention

    host = QWidget()
    qtbot.addWidget(host)
    operations = Operations(host, context_now())
    home = HomeView(Editor(operations, host), host, today=TODAY, context=operations.context)
    qtbot.waitUntil(lambda: not home.loading, timeout=30000)
    home.table.selectRow(0)
    home.dismiss_current()
    home.table.selectRow(0)
    home.snooze_current()
    assert len(attention.hidden_states()) == 2
    home.show_hidden_again()
    assert attention.hidden_states() == {}
    operations.stack.undo()
    assert len(attention.hidden_states()) == 2
    operations.stack.undo()
    operations.stack.undo()
    assert attention.hidden_states() == {}
    assert operations.stack.undoText() == ""


def test_one_account_edit_reads_that_account_again_and_builds_its_pane_once(qtbot, demo_window, monkeypatch):
    from relapp.gui.models import account_table
    from relapp.gui.operations import field_edit
    from relapp.services import accounts

    window = demo_window
    window.show_view("accounts")
    view = window.view("accounts")
    account_id = window.current_account_id()
    listed, shown = [], []
    real_list, real_show = account_table.list_accounts, view._show_account
    monkeypatch.setattr(account_table, "list_accounts",
                        lambda *a, **k: listed.append(k.get("account_ids")) or real_list(*a, **k))
    monkeypatch.setattr(view, "_show_account", lambda *a: shown.append(a) or real_show(*a))
    old = accounts.get_account(account_id).industry
    window.operations.run(field_edit("Industry", Changes.of("accounts", account=account_id), accounts.update_account,
                                     account_id, {"industry": old}, {"industry": "Shipbuilding"}))
    assert view.model.account(view.model.row_of(account_id)).industry == "Shipbuilding"
    assert (listed, shown) == ([[account_id]], [(account_id,)])  # not every account: the one changed
    # A change that names no account reads the whole list again, once.
    listed.clear()
    window.operations.announce(Changes.of("people"))
    assert listed == [None]
