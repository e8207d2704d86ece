"""A dump holding a value no form accepts is refused at import, naming the
value, so nothing can break the reads afterwards (issue 15, item 7)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cli_helpers import run_command
from relapp.services.accounts import create_account
from relapp.services.interchange.full_dump import dump_json
from relapp.services.journal import add_entry
from relapp.services.people import create_stakeholder
from relapp.services.session import open_data_dir
from relapp.store.database import close_db


@pytest.fixture
def dump(data_dir):
    """A dump of one account with one person and one entry, as a dict."""
    open_data_dir(data_dir)
    account = create_account(name="Dumped Ltd", neglect_days=60)
    create_stakeholder(account=account.id, name="Ann Lee", cadence_days=30)
    add_entry(account=account.id, day=dt.date(2026, 5, 4), title="Workshop", value=2)
    document = json.loads(dump_json())
    close_db()
    return document


def set_value(document, table, column, value):
    block = document["tables"][table]
    block["rows"][0][block["columns"].index(column)] = value


def run(capsys, data_dir, *args):
    code = run_command(["--data-dir", str(data_dir), *args])
    close_db()
    out = capsys.readouterr()
    return code, out.out, out.err


BAD = [
    ("account", "neglect_days", 3_000_000, "neglect days: must be from 1 to 3650, not 3000000"),
    ("account", "checkup_interval_days", 10**9, "checkup interval days: must be from 0 to 3650, not 1000000000"),
    ("stakeholder", "cadence_days", 10**9, "cadence days: must be from 1 to 3650, not 1000000000"),
    ("stakeholder", "stance", "hostile", "stance: must be one of"),
    ("entry", "trust", 2**40, "trust: must be from 0 to"),
    ("entry", "kind", "gossip", "kind: must be one of"),
    ("account", "name", "two\nlines", "name: must be on one line"),
]


@pytest.mark.parametrize("table,column,value,message", BAD, ids=[f"{t}.{c}" for t, c, _v, _m in BAD])
def test_a_value_no_form_accepts_is_refused_and_reads_keep_working(capsys, tmp_path, dump, table, column, value,
                                                                     message):
    set_value(dump, table, column, value)
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(dump), encoding="utf-8")
    fresh = tmp_path / "fresh"
    code, out, err = run(capsys, fresh, "import", str(path))
    assert code == 2 and len(err.splitlines()) == 1
    assert f"row 1 of table {table!r}: {message}" in err
    for command in (["accounts"], ["attention"]):
        code, out, err = run(capsys, fresh, *command)
        assert code == 0, err


def test_the_same_dump_with_sound_values_restores(capsys, tmp_path, dump):
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(dump), encoding="utf-8")
    fresh = tmp_path / "fresh"
    code, out, err = run(capsys, fresh, "import", str(path))
    assert code == 0, err
    code, out, err = run(capsys, fresh, "accounts")
    assert code == 0 and "Dumped Ltd" in out
