"""Internal customers: a colleague we serve gets a ledger of their own
(entries, promises, balance, check-ups with their own questions) and is
treated on Home, in People and in the find box like a client's person."""

import datetime as dt

import pytest
from cli_helpers import run_relapp

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def dana(db):
    from relapp.services.people import create_member

    create_member(name="Alex Morgan", kind="me")
    return create_member(name="Dana Inhouse", role="Head of Sales", kind="internal-customer")


def test_marking_a_member_as_internal_customer_gives_them_a_ledger(db):
    from relapp.services.internal_customers import internal_accounts
    from relapp.services.people import create_member, update_member
    from relapp.store.models import Account, Stakeholder

    sam = create_member(name="Sam Colleague", kind="colleague")
    assert internal_accounts() == {}
    update_member(sam.id, kind="internal-customer")
    (account_id, member_id), = internal_accounts().items()
    assert member_id == sam.id
    assert Account.get_by_id(account_id).name == "Sam Colleague (internal customer)"
    assert [p.name for p in Stakeholder.select().where(Stakeholder.account == account_id)] == ["Sam Colleague"]
    update_member(sam.id, name="Sam Newname")
    assert Account.get_by_id(account_id).name == "Sam Newname (internal customer)"
    assert [p.name for p in Stakeholder.select().where(Stakeholder.account == account_id)] == ["Sam Newname"]
    update_member(sam.id, kind="internal-customer")
    assert len(internal_accounts()) == 1, "marking again makes no second ledger"


def test_entries_go_into_their_balance_and_promises_onto_home(dana):
    from relapp.services.attention import attention_list
    from relapp.services.balance import account_series
    from relapp.services.capture import capture_entry, capture_promise
    from relapp.services.internal_customers import ledger_of

    ledger = ledger_of("dana inhouse")
    capture_entry(None, "Pipeline report on time", 3, internal="Dana Inhouse", by_names="Alex Morgan",
                  day=TODAY - dt.timedelta(days=200))
    capture_entry(None, "Forecast late", -1, internal="Dana Inhouse", day=TODAY - dt.timedelta(days=150))
    assert [p.balance for p in account_series(ledger.account_id)][-1] == 2
    capture_promise(None, "Dana Inhouse", TODAY - dt.timedelta(days=3), "Send the territory plan", internal=True)
    items = {i.kind: i for i in attention_list(TODAY)}
    assert items["overdue-commitment"].stakeholder == "Dana Inhouse"
    assert items["neglected"].stakeholder == "Dana Inhouse", "not seen for 150 days: out of touch like a client"


def test_their_checkup_asks_the_internal_questions(dana):
    from relapp.services.health import audience_of, list_questions, record_checkup, question_movement
    from relapp.services.internal_customers import ledger_of
    from relapp.services.accounts import create_account

    ledger = ledger_of("Dana Inhouse")
    client = create_account(name="Acme Rail")
    assert audience_of(ledger.account_id) == "internal" and audience_of(client.id) == "client"
    internal = list_questions(audience="internal")
    assert "Do we deliver what we promise them, when we said we would?" in [q.text for q in internal]
    assert not {q.id for q in internal} & {q.id for q in list_questions()}
    record_checkup(ledger.account_id, {q.id: 4 for q in internal}, day=TODAY)
    assert [m.text for m in question_movement(ledger.account_id)] == [q.text for q in internal]


def test_people_and_find_show_them_once(dana):
    from relapp.services.find import search
    from relapp.services.people_directory import everyone

    rows = [(r.kind, r.name, r.account) for r in everyone() if r.name == "Dana Inhouse"]
    assert rows == [("stakeholder", "Dana Inhouse", "Dana Inhouse (internal customer)")]
    assert ("stakeholder", "Dana Inhouse") in [(f.kind, f.title) for f in search("dana")]




def test_add_entry_internal_on_the_command_line(dana, data_dir):
    from relapp.services.journal import entry_detail
    from relapp.services.internal_customers import ledger_of

    result = run_relapp(data_dir, "add", "entry", "--internal", "Dana Inhouse", "--title", "Helped with a bid",
                    "--value", "2", "--by", "Alex Morgan")
    assert result.returncode == 0, result.stderr
    detail = entry_detail(int(result.stdout))
    ledger = ledger_of("Dana Inhouse")
    assert (detail.account_id, detail.stakeholders) == (ledger.account_id, [ledger.stakeholder_id])
    refused = run_relapp(data_dir, "add", "entry", "--internal", "Alex Morgan", "--title", "x", "--value", "1")
    assert refused.returncode == 2 and "not marked as an internal customer" in refused.stderr
    both = run_relapp(data_dir, "add", "entry", "Acme", "--internal", "Dana Inhouse", "--title", "x", "--value", "1")
    assert both.returncode == 2


def test_the_window_shows_their_ledger(qtbot, dana, data_dir, tmp_path):
    from gui_helpers import open_window
    from relapp.services.capture import capture_entry
    from relapp.services.internal_customers import ledger_of

    capture_entry(None, "Pipeline report on time", 3, internal="Dana Inhouse", day=TODAY)
    ledger = ledger_of("Dana Inhouse")
    win = open_window(qtbot, data_dir, tmp_path)
    win.show_account(ledger.account_id)
    view = win.view("accounts")
    assert view.title.text() == "Dana Inhouse (internal customer)"
    view.tabs.setCurrentWidget(view.entries_table)  # read when the tab is opened
    assert [view.entries_model.row(r).title for r in range(view.entries_model.rowCount())] == [
        "Pipeline report on time"]


def test_marking_from_the_window_lists_the_ledger_and_undo_keeps_it(qtbot, db, data_dir, tmp_path):
    from gui_helpers import on_next_dialog, open_window
    from relapp.gui.forms.designer import select_data
    from relapp.services.people import create_member, get_member

    sam = create_member(name="Sam Colleague", kind="colleague")
    win = open_window(qtbot, data_dir, tmp_path)
    win.show_view("accounts")
    view = win.view("accounts")
    assert view.proxy.rowCount() == 0

    def mark(dialog):
        select_data(dialog.field("kind"), "internal-customer")
        dialog._try_accept()

    on_next_dialog(mark)
    win.editor.edit_member(sam.id)
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == [
        "Sam Colleague (internal customer)"]
    win.operations.stack.undo()
    assert get_member(sam.id).kind == "colleague"
    assert view.proxy.rowCount() == 1, "undo changes the kind back; the ledger and what is in it stay"


def test_the_internal_question_set_is_edited_on_its_own(qtbot, dana):
    from relapp.gui.health.questions_dialog import QuestionsDialog
    from relapp.services.health import list_questions

    client_before = [q.text for q in list_questions(include_inactive=True)]
    dialog = QuestionsDialog(audience="internal")
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        q.text for q in list_questions(include_inactive=True, audience="internal")]
    dialog.add_question()
    dialog.list.currentItem().setText("Do they invite us to their planning?")
    assert "Do they invite us to their planning?" in [q.text for q in list_questions(audience="internal")]
    assert [q.text for q in list_questions(include_inactive=True)] == client_before
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    dialog._move(-1)
    assert [q.text for q in list_questions(audience="internal")][-2] == "Do they invite us to their planning?"
