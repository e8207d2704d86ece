"""Tags on accounts and people: the service, the JSON of the command line."""

import json

import pytest
from cli_helpers import run_relapp
from PySide6.QtCore import Qt

from relapp.domain.tag_colours import PALETTE, colour_for, split_tags


def test_split_tags_and_stable_colours():
    assert split_tags("Tier 1, north;  Retail ,, TIER 1") == ["Tier 1", "north", "Retail"]
    assert colour_for("Tier 1") == colour_for(" tier 1 ") and colour_for("Tier 1") in PALETTE


@pytest.fixture
def acme(db):
    from relapp.services.accounts import create_account
    from relapp.services.people import create_member, create_stakeholder

    acme = create_account(name="Acme Rail")
    other = create_account(name="Northwind")
    pat = create_stakeholder(account=acme.id, name="Pat Quinn")
    me = create_member(name="Alex Morgan", kind="me")
    return acme, other, pat, me


def test_tags_are_shared_by_name_and_kept_per_owner(acme):
    from relapp.services.tags import (
        delete_tag, list_tags, owners_tagged, set_tags, tag_names, tags_by_owner, update_tag,
    )
    from relapp.services.validation import ValidationError

    account, other, pat, me = acme
    assert set_tags("account", account.id, "Tier 1, North") == ["North", "Tier 1"]
    set_tags("account", other.id, ["tier 1"])  # the same tag, whatever the case
    set_tags("stakeholder", pat.id, "Champion club")
    set_tags("member", me.id, "North")
    assert [t.name for t in list_tags()] == ["Champion club", "North", "Tier 1"]
    tier = next(t for t in list_tags() if t.name == "Tier 1")
    assert owners_tagged("account", tier.id) == {account.id, other.id}
    assert {k: [t.name for t in v] for k, v in tags_by_owner("account").items()} == {
        account.id: ["North", "Tier 1"], other.id: ["Tier 1"]}
    update_tag(tier.id, colour="#123456")
    assert next(t for t in list_tags() if t.id == tier.id).colour == "#123456"
    with pytest.raises(ValidationError, match="#rrggbb"):
        update_tag(tier.id, colour="red")
    with pytest.raises(ValidationError, match="already exists"):
        update_tag(tier.id, name="north")
    set_tags("account", account.id, [])
    assert tag_names("account", account.id) == []
    delete_tag(tier.id)
    assert tag_names("account", other.id) == []


def test_accounts_json_has_tags(acme, data_dir):
    from relapp.services.tags import set_tags

    account, _other, _pat, _me = acme
    set_tags("account", account.id, "Tier 1")
    result = run_relapp(data_dir, "accounts", "--json")
    assert result.returncode == 0, result.stderr
    assert {r["name"]: r["tags"] for r in json.loads(result.stdout)} == {"Acme Rail": ["Tier 1"], "Northwind": []}


# The window ---------------------------------------------------------------------

def _names_shown(view):
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def test_accounts_filter_by_tag(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import open_window
    from relapp.services.tags import set_tags

    account, other, _pat, _me = acme
    set_tags("account", account.id, "Tier 1")
    set_tags("account", other.id, "Tier 2")
    win = open_window(qtbot, data_dir, tmp_path)
    win.show_view("accounts")
    view = win.view("accounts")
    assert _names_shown(view) == ["Acme Rail", "Northwind"]
    assert [view.tag_box.itemText(i) for i in range(view.tag_box.count())][1:] == ["Tier 1", "Tier 2"]
    view.tag_box.setFocus()
    qtbot.keyClick(view.tag_box, Qt.Key_Down)  # keys, as a user moves through a combo box
    assert _names_shown(view) == ["Acme Rail"]
    qtbot.keyClick(view.tag_box, Qt.Key_Down)
    assert _names_shown(view) == ["Northwind"]
    assert win.current_account_id() == other.id, "the shown account follows the filter"
    view.show_tag(None)
    assert _names_shown(view) == ["Acme Rail", "Northwind"]


def test_tags_are_edited_from_the_window_and_undone(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import on_next_dialog, open_window
    from relapp.services.tags import tag_names

    account, _other, _pat, _me = acme
    win = open_window(qtbot, data_dir, tmp_path)
    win.show_account(account.id)

    def type_tags(dialog):
        dialog.edit.clear()
        qtbot.keyClicks(dialog.edit, "Key client, North")
        dialog.accept()

    on_next_dialog(type_tags)
    win.edit_account_tags()
    assert tag_names("account", account.id) == ["Key client", "North"]
    assert "Key client" in win.view("accounts").subtitle.text()
    assert [win.view("accounts").tag_box.itemText(i) for i in range(1, 3)] == ["Key client", "North"]
    win.operations.stack.undo()
    assert tag_names("account", account.id) == []
    win.operations.stack.redo()
    assert tag_names("account", account.id) == ["Key client", "North"]


def test_key_dates_form_checks_the_day_and_is_undone(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import on_next_dialog, open_window
    from relapp.services.key_dates import key_date_triples

    _account, _other, pat, _me = acme
    win = open_window(qtbot, data_dir, tmp_path)

    def fill(dialog):
        dialog.add_row("Birthday", "--02-30", True)
        dialog._try_accept()
        assert "Row 1" in dialog.error.text() and dialog.isVisible(), "a day that does not exist is refused"
        dialog.table.item(0, 1).setText("--06-12")
        dialog.add_row("Joined", "2015-03-01", False)
        dialog._try_accept()

    on_next_dialog(fill)
    win.editor.edit_key_dates("stakeholder", pat.id, "Pat Quinn")
    assert key_date_triples("stakeholder", pat.id) == [("Joined", "2015-03-01", False), ("Birthday", "--06-12", True)]
    win.operations.stack.undo()
    assert key_date_triples("stakeholder", pat.id) == []


def test_the_contact_card_shows_tags_and_key_dates(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import open_window
    from relapp.services.key_dates import add_key_date
    from relapp.services.tags import set_tags

    _account, _other, pat, _me = acme
    set_tags("stakeholder", pat.id, "Champion club")
    add_key_date(stakeholder=pat.id, label="Birthday", date="--06-12")
    win = open_window(qtbot, data_dir, tmp_path)
    win.open_contact_card(pat.id)
    card = win._cards[-1]
    from relapp.gui.key_date_text import key_date_text  # read as a day (tested in test_key_dates)

    assert "Champion club" in card.tags_line.text()
    assert f"Birthday {key_date_text('--06-12')}" in card.tags_line.text() and "--06-12" not in card.tags_line.text()


def test_journal_filter_by_tag_of_the_account_or_the_person(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import open_window
    from relapp.services.journal import JournalFilter, add_entry, count_entries
    from relapp.services.people import create_stakeholder
    from relapp.services.tags import list_tags, set_tags

    account, other, pat, _me = acme
    zoe = create_stakeholder(account=other.id, name="Zoe Adams")
    add_entry(account=account.id, title="At Acme", value=1)
    add_entry(account=other.id, title="With Zoe", value=1, stakeholders=[zoe.id])
    add_entry(account=other.id, title="Northwind alone", value=1)
    set_tags("account", account.id, "Tier 1")
    set_tags("stakeholder", zoe.id, "Tier 1")
    tier = list_tags()[0].id
    assert count_entries(JournalFilter(tag_id=tier)) == 2
    win = open_window(qtbot, data_dir, tmp_path)
    win.show_view("journal")
    journal = win.view("journal")
    journal.tag_box.setCurrentIndex(journal.tag_box.findText("Tier 1"))
    titles = {journal.model.row(r).title for r in range(journal.model.rowCount())}
    assert titles == {"At Acme", "With Zoe"}


def test_tag_manager_renames_recolours_and_deletes_with_undo(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import on_next_dialog, open_window
    from relapp.gui.forms.tag_manager import TagManagerDialog
    from relapp.services.tags import list_tags, set_tags, tag_names

    account, _other, pat, _me = acme
    set_tags("account", account.id, "Tier 1")
    set_tags("stakeholder", pat.id, "Tier 1, North")
    win = open_window(qtbot, data_dir, tmp_path)
    dialog = TagManagerDialog(win.editor, win)
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["North", "Tier 1"]
    dialog.list.setCurrentRow(1)
    dialog.name.setText("north")  # another tag's name, in another case
    dialog.apply()
    assert "already exists" in dialog.error.text()
    dialog.name.setText("Key accounts")
    dialog.colour.setCurrentIndex(dialog.colour.findData("#2e7d32"))
    dialog.apply()
    assert [(t.name, t.colour) for t in list_tags()] == [("Key accounts", "#2e7d32"), ("North", list_tags()[1].colour)]
    assert tag_names("account", account.id) == ["Key accounts"]
    dialog.list.setCurrentRow(0)
    dialog.delete()
    assert tag_names("account", account.id) == [] and tag_names("stakeholder", pat.id) == ["North"]
    win.operations.stack.undo()
    assert tag_names("account", account.id) == ["Key accounts"]
    assert tag_names("stakeholder", pat.id) == ["Key accounts", "North"]
    win.operations.stack.undo()
    assert tag_names("account", account.id) == ["Tier 1"]


def test_map_filter_by_tag_keeps_only_tagged_people(qtbot, acme):
    from relapp.gui.map.map_view import MapView
    from relapp.gui.map.scene import PersonItem
    from relapp.services.people import create_stakeholder
    from relapp.services.tags import set_tags

    account, _other, pat, _me = acme
    create_stakeholder(account=account.id, name="Lee Park")
    set_tags("stakeholder", pat.id, "Exec sponsor")
    view = MapView()
    qtbot.addWidget(view)
    view.set_account(account.id)
    view.show()

    def shown():
        return sorted(i.person.name for i in view.built.nodes.values() if isinstance(i, PersonItem))

    assert shown() == ["Lee Park", "Pat Quinn"]
    view.tag_filter.setCurrentIndex(view.tag_filter.findText("Exec sponsor"))
    assert shown() == ["Pat Quinn"]
    view.tag_filter.setCurrentIndex(0)
    assert shown() == ["Lee Park", "Pat Quinn"]


def test_the_map_reads_its_tag_choice_again_only_when_tags_change(qtbot, acme, monkeypatch):
    """Redrawing the map (another layout, filter or account) reads no tags;
    a tag added from anywhere in the window is in the choice at the next."""
    from functools import partial

    import relapp.gui.combo_choices as choices
    from relapp.gui.map.map_view import MapView
    from relapp.gui.operations import Changes, Operation
    from relapp.services.tags import set_tags

    account, other, pat, _me = acme
    view = MapView()
    qtbot.addWidget(view)
    view.set_account(account.id)
    view.show()
    reads = []
    real = choices.list_tags
    monkeypatch.setattr(choices, "list_tags", lambda: reads.append(1) or real())
    view.set_layout("grid")
    view.set_account(other.id)
    view.set_account(account.id)
    assert reads == []
    view.operations.run(Operation("Tags", Changes.of("tags", account=account.id),
                                  partial(set_tags, "stakeholder", pat.id, "Board"),
                                  partial(set_tags, "stakeholder", pat.id, "")))
    assert view.tag_filter.findText("Board") > 0
    assert len(reads) == 1


def test_our_team_members_get_tags_and_key_dates_from_the_team_dialog(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import on_next_dialog, open_window
    from relapp.gui.views.team_dialog import TeamDialog
    from relapp.services.key_dates import key_date_triples
    from relapp.services.tags import tag_names

    _account, _other, _pat, me = acme
    win = open_window(qtbot, data_dir, tmp_path)
    dialog = TeamDialog(win.editor, win)
    qtbot.addWidget(dialog)
    dialog.select_member(me.id)

    def tag(form):
        form.edit.setText("Partners")
        form.accept()

    on_next_dialog(tag)
    dialog._tags()
    assert tag_names("member", me.id) == ["Partners"]

    def date(form):
        form.add_row("Birthday", "--01-05", True)
        form._try_accept()

    on_next_dialog(date)
    dialog._key_dates()
    assert key_date_triples("member", me.id) == [("Birthday", "--01-05", True)]


def _choose_tag_by_keys(qtbot, box, name: str) -> None:
    """From the top of a tag combo box, move down with the arrow keys until ``name`` shows."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key_Home)
    for _ in range(box.count()):
        if box.currentText() == name:
            return
        qtbot.keyClick(box, Qt.Key_Down)
    assert box.currentText() == name, f"{name!r} is not among the tags offered"


def test_journal_filter_by_tag_keeps_entries_of_tagged_accounts_and_people(qtbot, acme, data_dir, tmp_path):
    import datetime as dt

    from gui_helpers import open_window
    from relapp.services.journal import add_entry
    from relapp.services.people import create_stakeholder
    from relapp.services.tags import set_tags

    account, other, pat, _me = acme
    robin = create_stakeholder(account=other.id, name="Robin Vale")
    set_tags("account", account.id, "Key client")
    set_tags("stakeholder", robin.id, "Key client")
    set_tags("account", other.id, "Dormant")
    day = dt.date(2026, 5, 1)
    add_entry(account=account.id, day=day, kind="call", value=1, title="Call with Acme")
    add_entry(account=other.id, day=day, kind="email", value=0, title="Northwind invoice")
    add_entry(account=other.id, day=day, kind="meeting", value=2, title="Lunch with Robin",
              stakeholders=[robin.id])
    win = open_window(qtbot, data_dir, tmp_path)
    win.show_view("journal")
    journal = win.view("journal")

    def titles() -> set[str]:
        journal.apply_filter()
        return {journal.model.row(i).title for i in range(journal.model.rowCount())}

    assert titles() == {"Call with Acme", "Northwind invoice", "Lunch with Robin"}
    _choose_tag_by_keys(qtbot, journal.tag_box, "Key client")
    assert titles() == {"Call with Acme", "Lunch with Robin"}, "the account's entries and the tagged person's"
    _choose_tag_by_keys(qtbot, journal.tag_box, "Dormant")
    assert titles() == {"Northwind invoice", "Lunch with Robin"}


def test_map_filter_by_tag_shows_only_the_tagged_people(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import open_window
    from relapp.services.people import create_stakeholder
    from relapp.services.tags import set_tags

    account, _other, pat, _me = acme
    create_stakeholder(account=account.id, name="Sam Okafor")
    set_tags("stakeholder", pat.id, "Board")
    win = open_window(qtbot, data_dir, tmp_path)
    win.show_account(account.id)
    win.show_view("map")
    map_view = win.view("map")
    map_view.set_account(account.id)

    def people_drawn() -> set[str]:
        return {item.person.name for item in map_view.scene.items() if type(item).__name__ == "PersonItem"}

    assert people_drawn() == {"Pat Quinn", "Sam Okafor"}
    _choose_tag_by_keys(qtbot, map_view.tag_filter, "Board")
    assert people_drawn() == {"Pat Quinn"}
    _choose_tag_by_keys(qtbot, map_view.tag_filter, "Any tag")
    assert people_drawn() == {"Pat Quinn", "Sam Okafor"}
