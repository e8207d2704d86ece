"""``relapp attention`` and ``relapp export commitments`` through a real process."""

import datetime as dt
import json
import os
import sqlite3
import stat

import pytest
from icalendar import Calendar

from test_cli import relapp

KINDS = {"neglected", "overdue-commitment", "due-commitment", "falling-balance", "checkup-due", "meeting-soon",
         "unmet-stakeholder", "objective-overdue", "objective-at-risk", "opportunity-next-step", "intent-mismatch",
         "key-date"}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("health-cli") / "data"
    result = relapp("demo", "--size", "small", "--no-open", data_dir=path)
    assert result.returncode == 0, result.stderr
    return path


def query(data_dir, sql, *params):
    files = list(data_dir.glob("*.sqlite3")) + list(data_dir.glob("*.db"))
    with sqlite3.connect(files[0]) as con:
        return con.execute(sql, params).fetchall()


def test_attention_json_lists_at_least_four_true_kinds(demo_dir):
    result = relapp("attention", "--json", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert {i["kind"] for i in items} <= KINDS
    assert len({i["kind"] for i in items}) >= 4
    assert all(i["account"] and i["message"] for i in items)
    today = dt.date.today()
    overdue = [i for i in items if i["kind"] == "overdue-commitment"]
    expected = query(demo_dir, "SELECT c.due, s.name FROM commitment c JOIN stakeholder s ON s.id = c.stakeholder_id "
                               "WHERE c.status = 'open' AND c.due < ?", today.isoformat())
    assert sorted((i["due"], i["stakeholder"]) for i in overdue) == sorted(expected)
    meetings = [i for i in items if i["kind"] == "meeting-soon"]
    assert meetings and all(0 <= (dt.date.fromisoformat(i["due"]) - today).days <= 14 for i in meetings)
    # The plan's items are true against the data too.
    late = [(i["account"], i["due"]) for i in items if i["kind"] == "objective-overdue"]
    expected = query(demo_dir, "SELECT a.name, o.target FROM objective o JOIN account a ON a.id = o.account_id "
                               "WHERE o.status NOT IN ('achieved', 'dropped') AND o.target < ?", today.isoformat())
    assert late and sorted(late) == sorted(expected)
    levels = {}
    for name, side, level in query(demo_dir, "SELECT a.name, i.side, i.level FROM account_intent i "
                                             "JOIN account a ON a.id = i.account_id WHERE i.day <= ? "
                                             "ORDER BY i.day, i.id", today.isoformat()):
        levels.setdefault(name, {})[side] = level
    ahead = sorted(name for name, side in levels.items() if side.get("ours", 0) - side.get("theirs", 9) >= 2)
    assert ahead and sorted(i["account"] for i in items if i["kind"] == "intent-mismatch") == ahead


def test_attention_text_says_why(demo_dir):
    result = relapp("attention", data_dir=demo_dir)
    assert result.returncode == 0
    assert "overdue" in result.stdout and "Board meeting soon" in result.stdout


def test_commitments_ics_carries_every_open_promise_with_its_due_date(demo_dir, tmp_path):
    out = tmp_path / "promises.ics"
    result = relapp("export", "commitments", "--format", "ics", "-o", str(out), data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    todos = Calendar.from_ical(out.read_bytes()).walk("VTODO")
    expected = query(demo_dir, "SELECT c.id, c.due, c.description, s.name FROM commitment c "
                               "JOIN stakeholder s ON s.id = c.stakeholder_id WHERE c.status = 'open'")
    assert len(todos) == len(expected) > 0
    by_uid = {str(t["UID"]): t for t in todos}
    for cid, due, description, person in expected:
        todo = by_uid[f"relapp-commitment-{cid}@relapp"]
        assert todo.decoded("DUE") == dt.date.fromisoformat(due)
        assert description in str(todo["SUMMARY"]) and person in str(todo["SUMMARY"])
        assert str(todo["STATUS"]) == "NEEDS-ACTION"


def test_commitments_export_for_an_unknown_account_fails_clearly(demo_dir, tmp_path):
    result = relapp("export", "commitments", "--format", "ics", "--account", "Nobody Inc",
                    "-o", str(tmp_path / "x.ics"), data_dir=demo_dir)
    assert result.returncode == 1
    assert "no account called" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.ics").exists()
