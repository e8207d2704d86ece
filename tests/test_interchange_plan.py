"""Matching and merging: never a duplicate; the write is all or nothing."""

from __future__ import annotations

import pytest

from interchange_helpers import FIXTURES, account_names, database_state, import_file, people
from relapp.domain.interchange.problems import ImportCancelled
from relapp.domain.interchange.records import ContactRecord, ParsedContacts
from relapp.services.interchange.import_plan import apply_plan, plan_import
from cli_helpers import data_option


def _records(*rows):
    return ParsedContacts("test", [ContactRecord(f"row {i}", *row) for i, row in enumerate(rows, 2)])


def test_same_email_merges_and_same_name_in_same_account_merges(db):
    from relapp.services.accounts import create_account
    from relapp.services.people import create_stakeholder

    acme = create_account(name="Acme Ltd")
    create_stakeholder(account=acme.id, name="Ann Example", email="ann@acme.example")
    create_stakeholder(account=acme.id, name="Bob Example")
    plan = plan_import(_records(
        ("Ann E.", "ACME", "Buyer", "", [("work", "ANN@acme.example")], [("", "+44 1")]),  # same email
        ("bob example", "acme inc", "", "", [("", "bob@acme.example")], []),  # same name, same account
        ("Ann Example", "Acme", "", "", [("", "ann@acme.example")], []),  # nothing new
        ("Bob Example", "Other Corp", "", "", [], []),  # same name elsewhere: a different person
    ))
    assert plan.summary() == "added 1, merged 2, skipped 1, refused 0"
    apply_plan(plan)
    found = people()
    assert found["Ann Example"]["title"] == "Buyer"
    assert found["Ann Example"]["phone"] == "+44 1"
    assert found["Bob Example"]["email"] in ("bob@acme.example", "")
    assert account_names() == ["Acme Ltd", "Other Corp"]
    from relapp.store.models import Stakeholder

    assert Stakeholder.select().count() == 3


def test_a_file_imported_twice_adds_nobody_the_second_time(db):
    first = import_file(FIXTURES / "apple_contacts.vcf")
    state = database_state()
    second = import_file(FIXTURES / "apple_contacts.vcf")
    assert first.summary() == "added 2, merged 0, skipped 0, refused 0"
    assert second.summary() == "added 0, merged 0, skipped 2, refused 0"
    assert database_state() == state


def test_duplicates_inside_one_file_become_one_person(db):
    plan = plan_import(_records(
        ("Ann Example", "Acme", "", "", [("", "ann@acme.example")], []),
        ("Ann Example", "Acme", "Buyer", "", [("home", "ann@home.example")], []),
    ))
    assert plan.summary() == "added 1, merged 1, skipped 0, refused 0"
    apply_plan(plan)
    assert people()["Ann Example"]["details"] == [("email", "home", "ann@home.example")]
    assert people()["Ann Example"]["title"] == "Buyer"


def test_near_match_is_kept_apart_unless_the_user_merges_it(db):
    from relapp.services.accounts import create_account

    create_account(name="Northwind Trading")
    parsed = _records(("Ann Example", "Northwind Traders Ltd", "", "", [], []))
    plan = plan_import(parsed)
    assert [(t.name, t.near) for t in plan.near_matches] == [("Northwind Traders Ltd", ["Northwind Trading"])]
    merged = plan_import(parsed, merge_near={plan.near_matches[0].key: "Northwind Trading"})
    assert merged.near_matches == [] and merged.new_accounts == []
    apply_plan(merged)
    assert account_names() == ["Northwind Trading"]
    assert people()["Ann Example"]["account"] == "Northwind Trading"


def test_cancel_during_the_write_leaves_nothing(db):
    parsed = _records(*[(f"Person {i}", f"Company {i % 7}", "", "", [("", f"p{i}@example.org")], [])
                        for i in range(3000)])
    plan = plan_import(parsed)
    before = database_state()
    seen = []

    def progress(done, total):
        seen.append(done)

    with pytest.raises(ImportCancelled):
        apply_plan(plan, progress, cancelled=lambda: len(seen) >= 2)
    assert seen[:2] == [1000, 2000]  # it really was half-way through
    assert database_state() == before


def test_a_failure_half_way_rolls_everything_back(db):
    parsed = _records(*[(f"Person {i}", "Acme", "", "", [], []) for i in range(2500)])
    plan = plan_import(parsed)
    before = database_state()

    def failing_progress(done, total):
        if done >= 2000:
            raise OSError("disk full")

    with pytest.raises(OSError):
        apply_plan(plan, failing_progress)
    assert database_state() == before
    # The same plan can be written once the problem is gone.
    apply_plan(plan)
    assert len(people()) == 2500


def test_cli_dry_run_and_account_option(db, data_dir, capsys):
    from cli_helpers import run_command

    before = database_state()
    assert run_command([*data_option(data_dir), "import", str(FIXTURES / "linkedin_connections.csv"),
                 "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "added 3, merged 0, skipped 0, refused 1"
    assert out[1].startswith("refused row 8 (Lukas Weber): has no organisation")
    assert out[-1] == "dry run: nothing was written"
    assert database_state() == before
    assert run_command([*data_option(data_dir), "import", str(FIXTURES / "linkedin_connections.csv"),
                 "--account", "Network"]) == 0
    assert capsys.readouterr().out == "added 4, merged 0, skipped 0, refused 0\n"


def test_a_known_person_at_a_new_organisation_is_offered_as_a_move_not_a_duplicate(db):
    from relapp.services.accounts import create_account
    from relapp.services.people import create_stakeholder
    from relapp.services.people_changes import changes_of, former_people
    from relapp.store.models import Stakeholder

    acme = create_account(name="Acme Ltd")
    ann = create_stakeholder(account=acme.id, name="Ann Example", title="Buyer", email="ann@acme.example")
    records = _records(("Ann Example", "Globex", "Head of Purchasing", "", [("", "ann@acme.example")], []))
    plan = plan_import(records)
    [offer] = plan.moves
    assert (offer.stakeholder_id, offer.to.name, offer.person.title) == (ann.id, "Globex", "Head of Purchasing")
    assert (plan.added, plan.updated, offer.choice) == ([], [], "skip")
    apply_plan(plan)  # nobody chose: nothing happens to Ann, no duplicate
    assert Stakeholder.select().count() == 1 and former_people(acme.id) == []
    plan = plan_import(records)
    plan.record_moves("move")
    apply_plan(plan)
    assert [f.name for f in former_people(acme.id)] == ["Ann Example"]
    assert [c.kind for c in changes_of(ann.id)] == ["left"]
    new = Stakeholder.get((Stakeholder.name == "Ann Example") & (Stakeholder.id != ann.id))
    assert (new.account.name, new.title, new.left_on) == ("Globex", "Head of Purchasing", None)
    # Imported again: Ann is at Globex now, nothing more to offer or add.
    again = plan_import(records)
    assert again.moves == [] and again.added == []


def test_cli_lists_moves_and_records_them_when_asked(db, data_dir, capsys, tmp_path, reopen):
    from cli_helpers import run_command
    from relapp.services.accounts import create_account
    from relapp.services.people import create_stakeholder
    from relapp.services.people_changes import former_people

    acme = create_account(name="Acme Ltd")
    create_stakeholder(account=acme.id, name="Ann Example", email="ann@acme.example")
    csv = tmp_path / "moved.csv"
    csv.write_text("Name,Organization,Title,E-mail Address\nAnn Example,Globex,CFO,ann@acme.example\n",
                   encoding="utf-8")
    assert run_command([*data_option(data_dir), "import", str(csv)]) == 0
    out = capsys.readouterr().out
    assert "left out: Ann Example is known at another account and now at 'Globex'" in out
    assert former_people(acme.id) == []
    assert run_command([*data_option(data_dir), "import", str(csv), "--record-moves"]) == 0
    assert "moved: Ann Example left their old account and joins 'Globex'" in capsys.readouterr().out
    reopen()
    assert [f.name for f in former_people(acme.id)] == ["Ann Example"]
