"""``relapp people ACCOUNT --json`` through a real process, and the promise
the coverage rule makes on the small demo: nobody one of ours met in the
last 60 days is called unknown anywhere."""

import datetime as dt
import json
import sqlite3

from test_cli import demo_dir, relapp  # noqa: F401 - demo_dir: the small demo, built once for this module


def met_lately(data_dir) -> dict[str, set[str]]:
    """Per account, their people who shared an entry with one of ours in the
    last 60 days, read from the file with plain SQL (not through relapp)."""
    since = (dt.date.today() - dt.timedelta(days=60)).isoformat()
    con = sqlite3.connect(data_dir / "relapp.sqlite3")
    try:
        rows = con.execute(
            "SELECT DISTINCT a.name, s.name FROM entry e JOIN account a ON a.id = e.account_id "
            "JOIN entry_stakeholder es ON es.entry_id = e.id JOIN stakeholder s ON s.id = es.stakeholder_id "
            "JOIN entry_member em ON em.entry_id = e.id WHERE e.day >= ? AND e.day <= ?",
            [since, dt.date.today().isoformat()]).fetchall()
    finally:
        con.close()
    out: dict[str, set[str]] = {}
    for account, person in rows:
        out.setdefault(account, set()).add(person)
    return out


def people_json(data_dir, account):
    result = relapp("people", account, "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_people_json_keeps_the_contract(demo_dir):
    accounts = json.loads(relapp("accounts", "--json", data_dir=demo_dir).stdout)
    records = people_json(demo_dir, accounts[0]["name"])
    assert len(records) == 15
    for r in records:
        assert {"name", "title", "status", "known_by", "last_contact", "path", "account"} <= set(r)
        assert r["account"] == accounts[0]["name"] and r["status"] in ("active", "moved", "left")
        for k in r["known_by"]:
            assert set(k) == {"member", "strength", "source"} and k["source"] in ("tie", "journal")
            assert 1 <= k["strength"] <= 5
        if r["last_contact"] is not None:
            dt.date.fromisoformat(r["last_contact"])
        assert r["path"] is None or (len(r["path"]) == 3 and r["path"][-1] == r["name"])
    assert any(k["source"] == "journal" for r in records for k in r["known_by"])


def test_an_unknown_account_is_one_line(demo_dir):
    result = relapp("people", "No Such Company", "--json", data_dir=demo_dir)
    assert result.returncode != 0 and "no account" in result.stderr.lower()
    assert "Traceback" not in result.stderr


def test_nobody_met_in_the_last_60_days_is_unknown_anywhere(demo_dir, tmp_path):
    lately = met_lately(demo_dir)
    assert sum(len(v) for v in lately.values()) > 20
    for account, names in lately.items():
        records = {r["name"]: r for r in people_json(demo_dir, account)}
        for name in names:
            assert records[name]["known_by"], f"{name} at {account} has no one who knows them"
            assert records[name]["gap"] != "unknown"
        out = tmp_path / f"{account}.md"
        assert relapp("export", "summary", account, "--format", "md", "-o", str(out), data_dir=demo_dir).returncode == 0
        text = out.read_text(encoding="utf-8")
        risks = [line for line in text.splitlines() if line.startswith("- ") and "nobody on our side knows" in line]
        assert not [line for line in risks for name in names if line.startswith(f"- {name}:")]
    # accounts --json counts gaps by the same rule: no gap of ours is someone met lately and unknown.
    for record in json.loads(relapp("accounts", "--json", data_dir=demo_dir).stdout):
        unknown = [r for r in people_json(demo_dir, record["name"]) if r["gap"] is not None]
        assert record["coverage_gaps"] == len(unknown)
