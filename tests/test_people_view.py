"""Everyone across accounts: the directory service, ``relapp people`` and
the People view (model, filters, sorting, keys)."""

import datetime as dt
import json

import pytest
from cli_helpers import run_relapp
from PySide6.QtCore import Qt

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def crowd(db):
    from relapp.services.accounts import create_account
    from relapp.services.journal import add_entry
    from relapp.services.key_dates import add_key_date
    from relapp.services.people import create_member, create_stakeholder
    from relapp.services.tags import set_tags

    acme = create_account(name="Acme Rail")
    north = create_account(name="Northwind")
    pat = create_stakeholder(account=acme.id, name="Pat Quinn", title="CFO", influence=5, stance="champion")
    lee = create_stakeholder(account=acme.id, name="Lee Park", title="Buyer", influence=2, stance="sceptic")
    zoe = create_stakeholder(account=north.id, name="Zoe Adams", title="CEO", influence=4, stance="neutral",
                             email="zoe@northwind.example")
    me = create_member(name="Alex Morgan", role="Partner", kind="me")
    set_tags("stakeholder", pat.id, "Tier 1")
    set_tags("stakeholder", zoe.id, "Tier 1, Board")
    set_tags("member", me.id, "Board")
    add_key_date(stakeholder=pat.id, label="Birthday", date="--06-12")
    add_entry(account=acme.id, day=TODAY - dt.timedelta(days=5), title="Call", value=1,
              stakeholders=[pat.id], members=[me.id])
    add_entry(account=north.id, day=TODAY - dt.timedelta(days=200), title="Lunch", value=1, stakeholders=[zoe.id])
    return {"acme": acme, "north": north, "pat": pat, "lee": lee, "zoe": zoe, "me": me}


def test_everyone_lists_both_sides_with_tags_dates_and_last_contact(crowd):
    from relapp.services.people_directory import everyone

    rows = {r.name: r for r in everyone()}
    assert list(rows) == ["Lee Park", "Pat Quinn", "Zoe Adams", "Alex Morgan"]
    assert (rows["Pat Quinn"].account, rows["Pat Quinn"].tag_names, rows["Pat Quinn"].last_contact) == (
        "Acme Rail", ["Tier 1"], TODAY - dt.timedelta(days=5))
    assert [(d.label, d.date) for d in rows["Pat Quinn"].key_dates] == [("Birthday", "--06-12")]
    assert (rows["Alex Morgan"].kind, rows["Alex Morgan"].account, rows["Alex Morgan"].title) == (
        "member", "", "Partner")
    assert rows["Lee Park"].last_contact is None
    assert [r.name for r in everyone(crowd["acme"].id)] == ["Lee Park", "Pat Quinn"]




def test_people_json_for_all_accounts_and_for_one(crowd, data_dir):
    result = run_relapp(data_dir, "people", "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert all({"name", "account", "title", "tags", "key_dates"} <= set(r) for r in records)
    pat = next(r for r in records if r["name"] == "Pat Quinn")
    assert (pat["account"], pat["title"], pat["tags"], pat["key_dates"]) == (
        "Acme Rail", "CFO", ["Tier 1"], [{"label": "Birthday", "date": "--06-12", "yearly": True}])
    assert next(r for r in records if r["name"] == "Alex Morgan")["account"] is None
    one = json.loads(run_relapp(data_dir, "people", "Northwind", "--json").stdout)
    assert [(r["name"], r["tags"]) for r in one] == [("Zoe Adams", ["Board", "Tier 1"])]
    refused = run_relapp(data_dir, "people", "Nowhere")
    assert refused.returncode == 1 and "no account called 'Nowhere'" in refused.stderr


def test_people_model_is_sound_and_filters_and_sorts(qtbot, crowd):
    from PySide6.QtTest import QAbstractItemModelTester

    from relapp.gui.people.people_model import INFLUENCE, LAST_CONTACT, PeopleFilter, PeopleTableModel
    from relapp.services.people_directory import OURS, everyone
    from relapp.services.tags import list_tags

    model = PeopleTableModel()
    proxy = PeopleFilter(TODAY)
    proxy.setSourceModel(model)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_people(everyone())

    def names():
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    proxy.sort(INFLUENCE, Qt.DescendingOrder)
    assert names() == ["Pat Quinn", "Zoe Adams", "Lee Park", "Alex Morgan"]
    proxy.sort(LAST_CONTACT, Qt.AscendingOrder)
    assert names()[:2] == ["Lee Park", "Zoe Adams"], "never met first, then longest ago"
    proxy.sort(0, Qt.AscendingOrder)
    board = next(t.id for t in list_tags() if t.name == "Board")
    proxy.refilter(tag_id=board)
    assert names() == ["Alex Morgan", "Zoe Adams"]
    proxy.refilter(tag_id=None, account=OURS)
    assert names() == ["Alex Morgan"]
    proxy.refilter(account=crowd["acme"].id, min_influence=4)
    assert names() == ["Pat Quinn"]
    proxy.refilter(account=None, min_influence=0, contact="90+")
    assert names() == ["Lee Park", "Zoe Adams"], "not seen for 90 days, or never"
    proxy.refilter(contact="any", stance="sceptic")
    assert names() == ["Lee Park"]
    proxy.refilter(stance=None, text="northwind")
    assert names() == ["Zoe Adams"]


def test_people_view_filters_by_tag_and_enter_opens_the_card(qtbot, crowd, data_dir, tmp_path):
    from gui_helpers import activate, open_window
    from relapp.gui.views.contact_card import ContactCard

    win = open_window(qtbot, data_dir, tmp_path)
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key_5, Qt.ControlModifier)
    assert win.current_view() == "people"
    view = win.view("people")
    view.tag_box.setCurrentIndex(view.tag_box.findText("Tier 1"))
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["Pat Quinn", "Zoe Adams"]
    assert view.count_label.text() == "2 of 4 people"
    view.search.setFocus()
    qtbot.keyClicks(view.search, "zoe")
    view.apply_filter()
    qtbot.keyClick(view.search, Qt.Key_Down)
    assert view.table.hasFocus() and view.current_person().name == "Zoe Adams"
    qtbot.keyClick(view.table, Qt.Key_Return)
    cards = [c for c in win.findChildren(ContactCard) if c.isVisible()]
    assert [c.name.text() for c in cards] == ["Zoe Adams"]


def test_people_view_follows_changes(qtbot, crowd, data_dir, tmp_path):
    from gui_helpers import open_window

    win = open_window(qtbot, data_dir, tmp_path)
    win.show_view("people")
    view = win.view("people")
    before = view.model.rowCount()
    win.editor.delete_stakeholder(crowd["lee"].id, confirm=False)
    assert view.model.rowCount() == before - 1
    win.operations.stack.undo()
    assert view.model.rowCount() == before


def test_people_table_fits_a_small_laptop_window_and_gives_a_wide_one_to_titles(qtbot, crowd, data_dir, tmp_path):
    """Every column in sight on a 1366 × 768 window (fixed widths put the key
    dates behind a scroll bar there); a wider window widens the titles."""
    from gui_helpers import open_window
    from relapp.gui.people.people_model import KEY_DATES, TITLE

    win = open_window(qtbot, data_dir, tmp_path)
    win.resize(1366, 768)
    win.show_view("people")
    view = win.view("people")
    table, header = view.table, view.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width() + 1, timeout=2000)
    assert not table.horizontalScrollBar().isVisible()
    pat_dates = next(view.proxy.index(r, KEY_DATES).data() for r in range(view.proxy.rowCount())
                     if view.proxy.index(r, 0).data() == "Pat Quinn")
    assert table.fontMetrics().horizontalAdvance(pat_dates) < table.columnWidth(KEY_DATES)
    narrow_title = table.columnWidth(TITLE)
    win.resize(1800, 900)
    qtbot.waitUntil(lambda: table.columnWidth(TITLE) >= narrow_title + 400, timeout=2000)
    assert header.length() <= table.viewport().width() + 1
