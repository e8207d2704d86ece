"""A form saved after someone else saved the same record: refused with
their change shown, what was typed kept, and saved on top at the next OK.
(On a local file "someone else" is another window or program; on a team
database a colleague: tests/test_team_together.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui_helpers import isolate_settings
from relapp.services import accounts, people
from relapp.services.edit_conflicts import EditConflict
from relapp.store.binding import bound_database


def test_a_save_from_an_old_version_is_refused_with_the_record_as_it_is_now(db):
    account = accounts.create_account(name="Acme")
    person = people.create_stakeholder(account=account.id, name="Ann", title="Buyer")
    seen = people.get_stakeholder(person.id).version
    bound_database().execute_sql("UPDATE stakeholder SET title = ? WHERE id = ?", ("Head of Buying", person.id))
    with pytest.raises(EditConflict) as refused:
        people.update_stakeholder(person.id, expected_version=seen, notes="mine")
    assert refused.value.current["title"] == "Head of Buying" and refused.value.version == seen + 1
    assert refused.value.editor == ""  # a local file has no editors: "someone else"
    assert people.get_stakeholder(person.id).notes == ""
    saved = people.update_stakeholder(person.id, expected_version=refused.value.version, notes="mine")
    assert (saved.notes, saved.version) == ("mine", seen + 2)
    # Without a version, a save is a save (the command line, imports).
    assert people.update_stakeholder(person.id, notes="again").version == seen + 3


def test_accounts_and_team_members_are_checked_the_same_way(db):
    account = accounts.create_account(name="Acme")
    member = people.create_member(name="Bo")
    bound_database().execute_sql("UPDATE account SET notes = 'theirs' WHERE id = ?", (account.id,))
    bound_database().execute_sql("UPDATE team_member SET role = 'Lead' WHERE id = ?", (member.id,))
    with pytest.raises(EditConflict, match="changed this account"):
        accounts.update_account(account.id, expected_version=account.version, industry="Retail")
    with pytest.raises(EditConflict, match="changed this team member"):
        people.update_member(member.id, expected_version=member.version, email="bo@example.com")
    assert accounts.get_account(account.id).industry == ""


def test_the_form_shows_their_change_keeps_mine_and_saves_it_on_top(qtbot, db, tmp_path):
    from relapp.gui.forms.record_dialogs import StakeholderDialog

    isolate_settings(tmp_path)
    account = accounts.create_account(name="Acme")
    person = people.create_stakeholder(account=account.id, name="Ann", title="Buyer", department="Sales")
    dialog = StakeholderDialog(account.id, people.get_stakeholder(person.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field("notes").setPlainText("My note")
    dialog.field("department").setText("Procurement")
    # Meanwhile someone else saves a new title and department.
    bound_database().execute_sql("UPDATE stakeholder SET title = ?, department = ? WHERE id = ?",
                               ("Head of Buying", "Purchasing", person.id))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.isVisible(), "the save is refused"
    message = dialog.error_label.text()
    assert message.startswith("Someone else saved this person while you were editing it:")
    assert "“Head of Buying”" in message and "“Purchasing” (you changed it too: yours is kept)" in message
    # Theirs shows where I had not typed; mine stays where I had.
    assert dialog.field("title").text() == "Head of Buying"
    assert (dialog.field("department").text(), dialog.field("notes").toPlainText()) == ("Procurement", "My note")
    assert people.get_stakeholder(person.id).notes == ""
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert not dialog.isVisible()
    saved = people.get_stakeholder(person.id)
    assert (saved.title, saved.department, saved.notes) == ("Head of Buying", "Procurement", "My note")
    # Undo puts back what was there before this save: theirs.
    assert dialog.before == {"department": "Purchasing", "notes": ""}


def test_the_journal_shows_an_author_column_only_for_the_data_it_is_told_is_a_team_one(qtbot, db):
    from relapp.gui.models.journal_table import JournalTableModel
    from relapp.services.journal import JournalFilter

    team = False
    model = JournalTableModel(team=lambda: team)
    model.set_filter(JournalFilter())
    assert "Written by" not in model.columns()
    team = True  # the window switched to a team database: the next load shows who wrote each entry
    model.set_filter(JournalFilter())
    assert "Written by" in model.columns()


def test_the_promise_form_shows_their_change_keeps_mine_and_saves_it_on_top(qtbot, db, tmp_path):
    import datetime as dt

    from relapp.gui.commitments.commitment_dialog import CommitmentDialog
    from relapp.services import commitments

    isolate_settings(tmp_path)
    account = accounts.create_account(name="Acme")
    person = people.create_stakeholder(account=account.id, name="Ann")
    promise = commitments.add_commitment(stakeholder=person.id, description="Send the figures",
                                         due=dt.date(2026, 12, 1))
    dialog = CommitmentDialog(account.id, record=commitments.get_commitment(promise.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field("description").clear()
    qtbot.keyClicks(dialog.field("description"), "Send the revised figures")
    bound_database().execute_sql("UPDATE commitment SET due = ? WHERE id = ?", ("2026-12-08", promise.id))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.isVisible(), "the save is refused"
    message = dialog.error_label.text()
    assert message.startswith("Someone else saved this promise while you were editing it:")
    assert "“2026-12-08”" in message
    assert dialog.field("due").date().toPython() == dt.date(2026, 12, 8)
    assert dialog.field("description").text() == "Send the revised figures"
    assert commitments.get_commitment(promise.id).description == "Send the figures"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert not dialog.isVisible()
    saved = commitments.get_commitment(promise.id)
    assert (saved.description, saved.due) == ("Send the revised figures", dt.date(2026, 12, 8))
    assert (dialog.before, dialog.after) == ({"description": "Send the figures"},
                                             {"description": "Send the revised figures"})


def test_the_entry_form_changes_an_entry_and_refuses_a_save_over_someone_elses(qtbot, db, tmp_path):
    import datetime as dt

    from gui_helpers import editor_host, on_next_dialog
    from relapp.gui.forms.entry_dialog import EntryDialog
    from relapp.services import journal

    isolate_settings(tmp_path)
    account = accounts.create_account(name="Acme")
    ann = people.create_stakeholder(account=account.id, name="Ann")
    bo = people.create_stakeholder(account=account.id, name="Bo")
    entry = journal.add_entry(account=account.id, day=dt.date(2026, 11, 2), title="Lunch", value=1,
                              stakeholders=[ann.id])
    dialog = EntryDialog(journal.get_entry(entry.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.field("participants").text() == "Ann" and dialog.field("title").text() == "Lunch"
    dialog.field("title").selectAll()
    qtbot.keyClicks(dialog.field("title"), "Lunch with the buyer")
    bound_database().execute_sql("UPDATE entry SET notes = ?, trust = 1 WHERE id = ?", ("They want a discount",
                                                                                       entry.id))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.isVisible(), "the save is refused"
    message = dialog.error_label.text()
    assert message.startswith("Someone else saved this entry while you were editing it:")
    assert "Notes: “They want a discount”" in message and "Trust: “time”" in message
    assert dialog.field("notes").toPlainText() == "They want a discount" and dialog.trust_tags() == ["time"]
    assert dialog.field("title").text() == "Lunch with the buyer"
    assert journal.get_entry(entry.id).title == "Lunch"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert not dialog.isVisible()
    saved = journal.entry_detail(entry.id)
    assert (saved.title, saved.notes, saved.trust) == ("Lunch with the buyer", "They want a discount", ["time"])

    # From the journal's editor: the people too, one step that undo takes back.
    host = editor_host(qtbot, tmp_path)

    def add_bo(form) -> None:
        form.field("participants").setText("Ann, Bo")
        qtbot.keyClick(form.field("title"), Qt.Key_Return)

    on_next_dialog(add_bo)
    host.editor.edit_entry(entry.id)
    assert journal.entry_detail(entry.id).stakeholders == [ann.id, bo.id]
    host.editor.operations.stack.undo()
    assert journal.entry_detail(entry.id).stakeholders == [ann.id]
    assert journal.get_entry(entry.id).title == "Lunch with the buyer"


def test_the_checkup_form_changes_the_last_checkup_and_keeps_mine_over_someone_elses_save(qtbot, db, tmp_path):
    import datetime as dt

    from relapp.gui.health.checkup_dialog import CheckupDialog
    from relapp.services import health

    isolate_settings(tmp_path)
    account = accounts.create_account(name="Acme")
    first, second = [q.id for q in health.list_questions()][:2]
    checkup = health.record_checkup(account.id, {first: 3, second: (4, "good")}, day=dt.date(2026, 11, 2))
    dialog = CheckupDialog(account.id, record=health.checkups_of(account.id)[-1])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.row_for(second).answer() == (4, "good")
    dialog.row_for(first).set_score(2)
    # Meanwhile someone else puts it a day later, with a note.
    health.update_checkup(checkup.id, day=dt.date(2026, 11, 3), notes="Seen by Bo too")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.isVisible(), "the save is refused"
    message = dialog.error_label.text()
    assert message.startswith("Someone else saved this check-up while you were editing it:")
    assert "“2026-11-03”" in message and "“Seen by Bo too”" in message
    assert dialog.field("day").date().toPython() == dt.date(2026, 11, 3)
    assert dialog.row_for(first).score() == 2
    assert health.answers_of(checkup.id)[first] == (3, "")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert not dialog.isVisible()
    (saved,) = health.checkups_of(account.id)
    assert (saved.day, saved.notes) == (dt.date(2026, 11, 3), "Seen by Bo too")
    assert health.answers_of(checkup.id) == {first: (2, ""), second: (4, "good")}
