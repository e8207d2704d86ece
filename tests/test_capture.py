"""Capture from anywhere: ``relapp add entry|promise`` and an open window
that notices what they wrote."""

import datetime as dt

import pytest
from cli_helpers import run_relapp

from demo_day import TODAY




@pytest.fixture
def small(db):
    from relapp.services.accounts import create_account
    from relapp.services.people import create_member, create_stakeholder

    acme = create_account(name="Acme Rail")
    create_stakeholder(account=acme.id, name="Pat Quinn", email="pat@acme.example")
    create_stakeholder(account=acme.id, name="Lee Park")
    create_member(name="Alex Morgan", kind="me")
    return acme


def test_capture_entry_resolves_every_name_and_parses_the_trust_letters(small):
    from relapp.services.capture import capture_entry
    from relapp.services.journal import entry_detail
    from relapp.services.people import find_member, find_stakeholder

    entry_id = capture_entry("acme rail", "Rates call", -2, kind="call", with_names="Pat Quinn;  lee park ;",
                             by_names="alex morgan", day="2026-11-02", trust="t,T,R", notes="about the zebra")
    detail = entry_detail(entry_id)
    assert (detail.account_id, detail.day, detail.kind, detail.value, detail.title, detail.notes) == (
        small.id, dt.date(2026, 11, 2), "call", -2, "Rates call", "about the zebra")
    assert set(detail.trust) == {"time", "trust", "risk-free"}
    assert sorted(detail.stakeholders) == sorted([find_stakeholder(small.id, "Pat Quinn").id,
                                                  find_stakeholder(small.id, "Lee Park").id])
    assert detail.members == [find_member("Alex Morgan").id]


@pytest.mark.parametrize("fields, says", [
    ({"account": "Acme Rial"}, "did you mean 'Acme Rail'"),
    ({"with_names": "Pat Quinn; Nobody Here"}, "Nobody Here"),
    ({"by_names": "Sam Other"}, "Sam Other"),
    ({"trust": "t,x"}, "'x'"),
])
def test_capture_refuses_unknown_names_and_adds_nothing(small, fields, says):
    from relapp.services.capture import capture_entry
    from relapp.services.journal import count_entries
    from relapp.services.validation import NotFoundError, ValidationError

    args = {"account": "Acme Rail", "title": "x", "value": 1, **fields}
    with pytest.raises((NotFoundError, ValidationError), match=says):
        capture_entry(args.pop("account"), args.pop("title"), args.pop("value"), **args)
    assert count_entries() == 0


def test_capture_promise_to_a_named_person(small):
    from relapp.services.capture import capture_promise
    from relapp.services.commitments import list_commitments

    promise_id = capture_promise("Acme Rail", "pat quinn", "2026-12-10", "Send the rate card", owner="Alex Morgan")
    (row,) = list_commitments(today=TODAY)
    assert (row.id, row.stakeholder, row.due, row.description, row.owner) == (
        promise_id, "Pat Quinn", dt.date(2026, 12, 10), "Send the rate card", "Alex Morgan")


def test_add_entry_and_promise_on_the_command_line(small, data_dir):
    from relapp.services.journal import get_entry

    result = run_relapp(data_dir, "add", "entry", "Acme Rail", "--title", "Site visit", "--value", "3",
                    "--with", "Pat Quinn", "--by", "Alex Morgan", "--day", "2026-11-20", "--trust", "u,s")
    assert result.returncode == 0, result.stderr
    entry = get_entry(int(result.stdout.strip()))
    assert (entry.title, entry.value, entry.day) == ("Site visit", 3, dt.date(2026, 11, 20))
    result = run_relapp(data_dir, "add", "promise", "Acme Rail", "--to", "Lee Park", "--due", "2026-12-01",
                    "--title", "Call back")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().isdigit()


@pytest.mark.parametrize("args", [
    ("entry", "Nope Inc", "--title", "x", "--value", "1"),
    ("entry", "Acme Rail", "--title", "x", "--value", "1", "--with", "Pat Quinn; Ghost"),
    ("entry", "Acme Rail", "--title", "x", "--value", "8"),
    ("promise", "Acme Rail", "--to", "Ghost", "--due", "2026-12-01", "--title", "x"),
])
def test_unknown_names_are_refused_with_one_line_and_exit_2(small, data_dir, args):
    from relapp.services.journal import count_entries

    result = run_relapp(data_dir, "add", *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("relapp: error: ")
    assert count_entries() == 0


def test_an_open_window_shows_an_entry_added_from_the_command_line(qtbot, small, data_dir, tmp_path):
    from gui_helpers import open_window

    win = open_window(qtbot, data_dir, tmp_path)
    win.show_view("journal")
    journal = win.view("journal")
    titles = lambda: {journal.model.row(r).title for r in range(journal.model.rowCount())}  # noqa: E731
    win.outside_changes.check()  # the window has read the data: the count starts here
    assert "Written elsewhere" not in titles()
    # Timer is how it happens in use; checked directly here, the test waits on nothing.
    assert win.outside_changes.timer.isActive() and win.outside_changes.timer.interval() <= 2000

    result = run_relapp(data_dir, "add", "entry", "Acme Rail", "--title", "Written elsewhere", "--value", "2")
    assert result.returncode == 0, result.stderr
    assert win.outside_changes.check()
    assert "Written elsewhere" in titles()
    assert not win.outside_changes.check(), "one change is announced once"


def test_the_windows_own_edits_are_not_taken_for_outside_ones(qtbot, small, data_dir, tmp_path):
    from gui_helpers import open_window
    from relapp.services.journal import add_entry

    win = open_window(qtbot, data_dir, tmp_path)
    win.outside_changes.check()
    add_entry(account=small.id, title="From the window's thread", value=1)
    assert not win.outside_changes.check()


def test_a_second_start_with_quick_entry_asks_the_open_window(qtbot, data_dir):
    from PySide6.QtWidgets import QMainWindow

    from relapp.gui.single_instance import QUICK_ENTRY, SingleInstance

    first = SingleInstance(data_dir)
    assert first.acquire()
    window = QMainWindow()
    qtbot.addWidget(window)
    first.listen(window)
    try:
        second = SingleInstance(data_dir)
        assert not second.acquire()
        with qtbot.waitSignal(first.asked_for_quick_entry, timeout=5000):
            assert second.ask_running_to_show(request=QUICK_ENTRY)
    finally:
        first.release()
