"""What Relapp exports opens in other tools and comes back the same."""

from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest
import vobject

from interchange_helpers import FIXTURES, account_names, import_file, people
from cli_helpers import run_command
from cli_helpers import data_option


def _seed_people():
    """A few people with everything the export must carry."""
    from relapp.services.accounts import create_account
    from relapp.services.people import create_stakeholder
    from relapp.store.models import ContactDetail

    acme = create_account(name="Acme GmbH")
    other = create_account(name="Zeta; Research, Inc.")
    ann = create_stakeholder(account=acme.id, name="Ann-Sophie Müller", title="Head of Purchasing",
                             department="Einkauf", email="ann@acme.example", phone="+49 30 555 0101",
                             notes="Prefers email.\nAsks for prices, terms; and delivery dates.")
    ContactDetail.create(stakeholder=ann.id, kind="email", label="home", value="ann.mueller@mail.example")
    ContactDetail.create(stakeholder=ann.id, kind="phone", label="mobile", value="+49 171 555 0102")
    create_stakeholder(account=acme.id, name="Björn Ek", title="=cost center lead", email="bjorn@acme.example")
    create_stakeholder(account=other.id, name="Chen Wei", title="CTO")


def _export(data_dir, capsys, *args):
    code = run_command([*data_option(data_dir), "export", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _fresh(tmp_path, name):
    """Other, empty data open in place of the test's (closed first, as any switch)."""
    from relapp.services.session import open_data_dir
    from relapp.store.database import close_db

    close_db()
    path = tmp_path / name
    open_data_dir(path)
    return path


@pytest.mark.parametrize("fmt", ["vcf", "csv"])
def test_contacts_out_and_back_in_give_the_same_people(db, data_dir, tmp_path, capsys, fmt):
    _seed_people()
    expected, accounts = people(), account_names()
    target = tmp_path / f"contacts.{fmt}"
    _export(data_dir, capsys, "contacts", "--format", fmt, "-o", str(target))
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    _fresh(tmp_path, "fresh")
    plan = import_file(target)
    assert plan.summary() == "added 3, merged 0, skipped 0, refused 0"
    assert people() == expected
    assert account_names() == accounts


def test_exported_vcards_parse_with_vobject(db, data_dir, tmp_path, capsys):
    _seed_people()
    target = tmp_path / "acme.vcf"
    _export(data_dir, capsys, "contacts", "--format", "vcf", "--account", "acme gmbh", "-o", str(target))
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert [c.version.value for c in cards] == ["4.0", "4.0"]
    ann = cards[0]
    assert ann.fn.value == "Ann-Sophie Müller"
    assert ann.org.value == ["Acme GmbH", "Einkauf"]
    assert [e.value for e in ann.contents["email"]] == ["ann@acme.example", "ann.mueller@mail.example"]
    assert [t.value for t in ann.contents["tel"]] == ["+49 30 555 0101", "+49 171 555 0102"]
    assert ann.note.value == "Prefers email.\nAsks for prices, terms; and delivery dates."


def test_exported_csv_parses_and_neutralises_formulas(db, data_dir, tmp_path, capsys):
    _seed_people()
    target = tmp_path / "contacts.csv"
    _export(data_dir, capsys, "contacts", "--format", "csv", "-o", str(target))
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
    assert [r["Name"] for r in rows] == ["Ann-Sophie Müller", "Björn Ek", "Chen Wei"]
    assert rows[1]["Title"] == "'=cost center lead"
    assert rows[0]["Phone"] == "+49 30 555 0101"  # digits and spaces only: nothing a spreadsheet could run
    assert rows[0]["Other emails"] == "ann.mueller@mail.example (home)"
    assert rows[2]["Account"] == "Zeta; Research, Inc."


def test_journal_csv(demo_db, data_dir, tmp_path, capsys):
    from relapp.store.models import Entry

    target = tmp_path / "journal.csv"
    _export(data_dir, capsys, "journal", "--format", "csv", "-o", str(target))
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0] == ["Date", "Account", "Kind", "Value", "Title", "Their people", "Our people", "Trust", "Notes"]
    assert len(rows) - 1 == Entry.select().count()
    first = Entry.select().order_by(Entry.day, Entry.id).first()
    assert rows[1][0] == first.day.isoformat()
    assert rows[1][4].lstrip("'") == first.title
    values = {int(r[3]) for r in rows[1:]}  # "'-5" would not parse: the value column is plain numbers
    assert min(values) < 0 < max(values)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    one = tmp_path / "one.csv"
    _export(data_dir, capsys, "journal", "--format", "csv", "--account", first.account.name, "-o", str(one))
    rows = list(csv.DictReader(io.StringIO(one.read_text(encoding="utf-8-sig"), newline="")))
    assert {r["Account"] for r in rows} == {first.account.name}
    assert len(rows) == Entry.select().where(Entry.account == first.account).count()


def test_full_dump_round_trip_is_identical(demo_db, data_dir, tmp_path, capsys):
    first = tmp_path / "first.json"
    _export(data_dir, capsys, "all", "--format", "json", "-o", str(first))
    fresh = tmp_path / "fresh"
    assert run_command(["--data-dir", str(fresh), "import", str(first)]) == 0
    assert capsys.readouterr().out.startswith("added 120, merged 0, skipped 0, refused 0")
    second = tmp_path / "second.json"
    _export(fresh, capsys, "all", "--format", "json", "-o", str(second))
    one, two = json.loads(first.read_text()), json.loads(second.read_text())
    assert one.pop("exported_at") and two.pop("exported_at")
    assert one == two
    assert one["format"] == "relapp-dump" and one["format_version"] == 1
    assert len(one["tables"]["entry"]["rows"]) > 1000
    # Byte for byte too, apart from the time line.
    strip = lambda text: [line for line in text.splitlines() if '"exported_at"' not in line]  # noqa: E731
    assert strip(first.read_text()) == strip(second.read_text())


def test_dump_into_data_that_is_not_empty_merges_people(demo_db, data_dir, tmp_path, capsys):
    from relapp.services.interchange.full_dump import dump_json

    dump = tmp_path / "dump.json"
    dump.write_bytes(dump_json())
    import_file(FIXTURES / "thunderbird.vcf")
    plan = import_file(dump)
    # Everyone is already there; nothing is duplicated.
    assert plan.summary().startswith("added 0,")
    from relapp.store.models import Stakeholder

    assert Stakeholder.select().count() == 121  # the demo's 120 and Aiko


def test_demo_contacts_round_trip_by_name(demo_db, data_dir, tmp_path, capsys):
    before = {(p["account"], name) for name, p in people().items()}
    target = tmp_path / "all.vcf"
    _export(data_dir, capsys, "contacts", "--format", "vcf", "-o", str(target))
    _fresh(tmp_path, "fresh")
    import_file(target)
    assert {(p["account"], name) for name, p in people().items()} == before
