"""Find anything: the service, ``relapp search`` and the Ctrl+K box."""

import json

import pytest
from cli_helpers import run_relapp
from hypothesis import given, strategies as st
from PySide6.QtCore import Qt

from relapp.domain.find_rank import CONTAINS, ELSEWHERE, EXACT, STARTS, WORD_STARTS, contains_all, name_score


# The ranking ------------------------------------------------------------------

@pytest.mark.parametrize("query, name, score", [
    ("pat quinn", "Pat Quinn", EXACT),
    ("PAT", "Pat Quinn", STARTS),
    ("qui pa", "Pat Quinn", WORD_STARTS),
    ("muller", "Jürgen Müller", WORD_STARTS),
    ("uin", "Pat Quinn", CONTAINS),
    ("rates", "Pat Quinn", ELSEWHERE),
])
def test_name_score(query, name, score):
    assert name_score(query, name) == score


@given(st.text(min_size=1, max_size=30))
def test_a_name_answers_itself_best(name):
    if any(ch.isalnum() for ch in name):
        assert name_score(name, name) == EXACT
        assert contains_all(name, name)


def test_contains_all_wants_every_word_in_any_field():
    assert contains_all("acme cfo", "Acme Rail", "CFO")
    assert not contains_all("acme ceo", "Acme Rail", "CFO")


# The service --------------------------------------------------------------------

def kinds_titles(found):
    return [(f.kind, f.title) for f in found]


def test_finds_a_person_by_part_of_their_email_and_an_entry_by_a_word_of_its_notes(demo_db):
    from relapp.services.find import search
    from relapp.store.models import Entry, Stakeholder

    person = Stakeholder.select().where(Stakeholder.email != "").order_by(Stakeholder.id.desc()).first()
    part = person.email[: person.email.index("@") + 4]  # e.g. "kofi.thorvaldsen@ald"
    found = search(part)
    assert ("stakeholder", person.name) in kinds_titles(found)
    assert found[0].kind == "stakeholder" and found[0].id == person.id

    entry = Entry.select().where(Entry.notes != "").order_by(Entry.id).first()
    word = max((w for w in entry.notes.split() if w.isalpha() and w.lower() not in entry.title.lower()), key=len)
    entries = [f for f in search(word, limit=500) if f.kind == "entry"]
    assert entry.id in {f.id for f in entries}
    assert all(word.lower() in (e.title + " " + e.notes).lower()
               for e in Entry.select().where(Entry.id.in_([f.id for f in entries])))


@pytest.fixture
def acme(db):
    from relapp.services.accounts import create_account
    from relapp.services.commitments import add_commitment
    from relapp.services.journal import add_entry
    from relapp.services.meetings import create_meeting
    from relapp.services.people import create_member, create_stakeholder

    acme = create_account(name="Acme Rail", industry="Transport")
    other = create_account(name="Northwind")
    pat = create_stakeholder(account=acme.id, name="Pat Quinn", title="CFO", email="pat.quinn@acme.example")
    create_stakeholder(account=other.id, name="Quincy Adams", title="Buyer")
    create_member(name="Alex Morgan", role="Partner", email="alex@ours.example")
    add_entry(account=acme.id, title="Quarterly rates review", value=2, notes="Pat liked the zebra chart",
              stakeholders=[pat.id])
    add_commitment(stakeholder=pat.id, description="Send the rates sheet", due="2026-12-01")
    create_meeting(account=acme.id, day="2026-12-05", title="Rates board", goals="Agree the new rates")
    return acme


def test_every_kind_grouped_best_group_first(acme):
    from relapp.services.find import search

    # The meeting's title starts with the word: its group comes first; the
    # others have it as a later word, and keep the fixed order.
    assert kinds_titles(search("rates")) == [
        ("meeting", "Rates board"), ("entry", "Quarterly rates review"), ("promise", "Send the rates sheet")]
    assert kinds_titles(search("quarterly")) == [("entry", "Quarterly rates review")]
    assert [f.kind for f in search("rates b")] == ["meeting"]
    assert kinds_titles(search("acme")) == [("account", "Acme Rail"), ("stakeholder", "Pat Quinn")]
    assert kinds_titles(search("partner")) == [("member", "Alex Morgan")]
    assert kinds_titles(search("zebra")) == [("entry", "Quarterly rates review")]


def test_best_match_first_within_a_kind(acme):
    from relapp.services.find import search

    assert [f.title for f in search("qu") if f.kind == "stakeholder"] == ["Quincy Adams", "Pat Quinn"]
    assert [f.title for f in search("pat qu") if f.kind == "stakeholder"] == ["Pat Quinn"]


def test_nothing_to_look_for_finds_nothing(acme):
    from relapp.services.find import search

    assert search("") == [] and search(" *\"( ") == []
    assert search("100%_") == []


def test_relapp_search_json_is_the_contract(acme, data_dir):
    result = run_relapp(data_dir, "search", "acme", "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [set(r) for r in records] == [{"kind", "title", "account", "id"}] * 2
    assert [(r["kind"], r["title"], r["account"]) for r in records] == [
        ("account", "Acme Rail", "Acme Rail"), ("stakeholder", "Pat Quinn", "Acme Rail")]
    text = run_relapp(data_dir, "search", "acme")
    assert text.stdout.splitlines()[:2] == ["Accounts", "  Acme Rail  (Transport)"]


# The find box --------------------------------------------------------------------

def test_the_results_model_is_a_sound_model(qtbot, acme):
    from PySide6.QtTest import QAbstractItemModelTester

    from relapp.gui.find.results_model import FindResultsModel
    from relapp.services.find import search

    model = FindResultsModel({"account": "Accounts"})
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_results(search("acme"))
    assert model.rowCount() == 4  # two headings, two results
    assert model.found(0) is None and model.flags(model.index(0)) & Qt.ItemIsSelectable == Qt.NoItemFlags
    assert model.found(1).title == "Acme Rail"
    model.set_results([])
    assert model.rowCount() == 0


def _open_box(qtbot, win):
    from gui_helpers import activate

    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key_K, Qt.ControlModifier)
    box = win.find_box
    qtbot.waitUntil(lambda: box.isVisible() and box.edit.hasFocus(), timeout=3000)
    return box


def _type(qtbot, box, text):
    qtbot.keyClicks(box.edit, text)
    qtbot.waitUntil(lambda: box.model.rowCount() > 0 or "Nothing" in box.status.text(), timeout=3000)


def test_ctrl_k_finds_a_person_and_enter_opens_their_card(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import open_window
    from relapp.gui.views.contact_card import ContactCard

    win = open_window(qtbot, data_dir, tmp_path)
    box = _open_box(qtbot, win)
    _type(qtbot, box, "pat.quinn@acme")
    assert box.current().title == "Pat Quinn"
    qtbot.keyClick(box.edit, Qt.Key_Return)
    assert not box.isVisible()
    cards = [c for c in win.findChildren(ContactCard) if c.isVisible()]
    assert [c.name.text() for c in cards] == ["Pat Quinn"]


def test_arrow_keys_skip_headings_and_enter_opens_the_account(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import open_window

    win = open_window(qtbot, data_dir, tmp_path)
    win.show_view("journal")
    box = _open_box(qtbot, win)
    _type(qtbot, box, "acme")
    assert box.current().kind == "account"
    qtbot.keyClick(box.edit, Qt.Key_Down)
    assert box.current().kind == "stakeholder", "the 'Their people' heading is skipped"
    qtbot.keyClick(box.edit, Qt.Key_Down)
    assert box.current().kind == "stakeholder", "no further result: stays on the last"
    qtbot.keyClick(box.edit, Qt.Key_Up)
    qtbot.keyClick(box.edit, Qt.Key_Enter)
    assert win.current_view() == "accounts"
    assert win.current_account_id() == acme.id


def test_enter_on_an_entry_shows_it_selected_in_the_journal(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import open_window

    win = open_window(qtbot, data_dir, tmp_path)
    box = _open_box(qtbot, win)
    _type(qtbot, box, "zebra")
    qtbot.keyClick(box.edit, Qt.Key_Return)
    assert win.current_view() == "journal"
    journal = win.view("journal")
    assert journal.current_entry_id() == box.model.results()[0].id


def test_enter_on_a_promise_opens_the_accounts_promises(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import open_window

    win = open_window(qtbot, data_dir, tmp_path)
    box = _open_box(qtbot, win)
    _type(qtbot, box, "rates sheet")
    assert box.current().kind == "promise"
    qtbot.keyClick(box.edit, Qt.Key_Return)
    accounts = win.view("accounts")
    assert win.current_account_id() == acme.id
    assert accounts.tabs.currentWidget() is accounts.promises_panel


def test_escape_closes_and_nothing_found_says_so(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import open_window

    win = open_window(qtbot, data_dir, tmp_path)
    box = _open_box(qtbot, win)
    _type(qtbot, box, "xyzzy")
    assert box.model.rowCount() == 0 and "xyzzy" in box.status.text()
    qtbot.keyClick(box.edit, Qt.Key_Return)  # nothing to open: nothing happens
    assert box.isVisible()
    qtbot.keyClick(box.edit, Qt.Key_Escape)
    assert not box.isVisible()


def test_a_tag_narrows_every_kind(acme):
    from relapp.services.find import search
    from relapp.services.people import create_stakeholder
    from relapp.services.tags import list_tags, set_tags
    from relapp.store.models import Account

    northwind = Account.get(Account.name == "Northwind")
    set_tags("account", acme.id, "Tier 1")
    vip = create_stakeholder(account=northwind.id, name="Quentin Vale")
    set_tags("stakeholder", vip.id, "Tier 1")
    tier = list_tags()[0].id
    assert kinds_titles(search("qu", tag_id=tier)) == [
        ("stakeholder", "Quentin Vale"), ("stakeholder", "Pat Quinn"), ("entry", "Quarterly rates review")]
    assert ("stakeholder", "Quincy Adams") in kinds_titles(search("qu"))
    # A tag and no words: what carries the tag itself.
    assert kinds_titles(search("", tag_id=tier)) == [("account", "Acme Rail"), ("stakeholder", "Quentin Vale")]


def test_the_find_box_tag_filter(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import open_window
    from relapp.services.tags import set_tags

    set_tags("account", acme.id, "Tier 1")
    win = open_window(qtbot, data_dir, tmp_path)
    box = _open_box(qtbot, win)
    _type(qtbot, box, "qu")
    assert ("stakeholder", "Quincy Adams") in kinds_titles(box.model.results())
    box.tag_box.setCurrentIndex(box.tag_box.findText("Tier 1"))
    assert ("stakeholder", "Quincy Adams") not in kinds_titles(box.model.results())
    assert ("stakeholder", "Pat Quinn") in kinds_titles(box.model.results())
