import datetime as dt

import pytest

from relapp.services import accounts, journal, people
from relapp.services.balance import account_series, stakeholder_series
from relapp.services.coverage import account_coverage
from relapp.services.validation import NotFoundError, ValidationError
from relapp.store.models import Account, Entry

TODAY = dt.date(2026, 6, 15)


def test_account_name_is_required_and_unique(db):
    with pytest.raises(ValidationError) as err:
        accounts.create_account(name="   ")
    assert err.value.field == "name"
    accounts.create_account(name="Wrenfold Water")
    with pytest.raises(ValidationError, match="already exists"):
        accounts.create_account(name="wrenfold water")
    assert Account.select().count() == 1


@pytest.mark.parametrize("field,value,words", [
    ("purpose", "money", "must be one of"),
    ("target_model", "star", "must be one of"),
    ("neglect_days", 0, "from 1 to 3650"),
    ("notes", "x" * 100_001, "too long"),
    ("colour", "red", "not a field"),
])
def test_account_validation_names_the_field(db, field, value, words):
    with pytest.raises(ValidationError, match=words) as err:
        accounts.create_account(name="Ok", **{field: value})
    assert err.value.field == field
    assert Account.select().count() == 0


def test_stakeholder_validation_and_reporting_loops(db):
    acc = accounts.create_account(name="A")
    other = accounts.create_account(name="B")
    boss = people.create_stakeholder(account=acc.id, name="Boss", influence=5)
    with pytest.raises(ValidationError, match="from 1 to 5") as err:
        people.create_stakeholder(account=acc.id, name="X", influence=9)
    assert err.value.field == "influence"
    with pytest.raises(ValidationError, match="email"):
        people.create_stakeholder(account=acc.id, name="X", email="not-an-address")
    outsider = people.create_stakeholder(account=other.id, name="Outsider")
    with pytest.raises(ValidationError, match="same account"):
        people.create_stakeholder(account=acc.id, name="X", reports_to=outsider.id)
    report = people.create_stakeholder(account=acc.id, name="Report", reports_to=boss.id)
    with pytest.raises(ValidationError, match="loop"):
        people.update_stakeholder(boss.id, reports_to=report.id)


def test_entry_value_range_and_participants(db):
    acc = accounts.create_account(name="A")
    person = people.create_stakeholder(account=acc.id, name="P")
    me = people.create_member(name="Me", kind="me")
    with pytest.raises(ValidationError, match="from -5 to 5"):
        journal.add_entry(account=acc.id, title="Too much", value=6)
    with pytest.raises(ValidationError, match="title"):
        journal.add_entry(account=acc.id, title="", value=1)
    assert Entry.select().count() == 0
    entry = journal.add_entry(account=acc.id, title="Kick-off", value=3, day=TODAY,
                              stakeholders=[person.id], members=[me.id], trust=["time", "specialists"])
    detail = journal.entry_detail(entry.id)
    assert detail.stakeholders == [person.id] and detail.members == [me.id]
    assert detail.trust == ["time", "specialists"]


def test_participant_from_another_account_is_refused_and_nothing_written(db):
    acc = accounts.create_account(name="A")
    other = accounts.create_account(name="B")
    stranger = people.create_stakeholder(account=other.id, name="Stranger")
    with pytest.raises(ValidationError, match="participant"):
        journal.add_entry(account=acc.id, title="Oops", stakeholders=[stranger.id])
    assert Entry.select().count() == 0


def test_delete_and_restore_entry_gives_back_the_same_entry(db):
    acc = accounts.create_account(name="A")
    person = people.create_stakeholder(account=acc.id, name="P")
    entry = journal.add_entry(account=acc.id, title="Call", value=-2, day=TODAY, stakeholders=[person.id])
    before = journal.entry_detail(entry.id)
    removed = journal.delete_entry(entry.id)
    assert journal.count_entries() == 0
    journal.restore_entry(removed)
    assert journal.entry_detail(entry.id) == before


def test_journal_filters_and_full_text_search(db):
    acc = accounts.create_account(name="A")
    journal.add_entry(account=acc.id, title="Workshop on pricing", value=3, day=TODAY, kind="meeting")
    journal.add_entry(account=acc.id, title="Invoice error", value=-2, day=TODAY, kind="email",
                      notes="Café order was billed twice")
    f = journal.JournalFilter
    assert [r.title for r in journal.query_entries(f(text="pric"))] == ["Workshop on pricing"]
    assert [r.title for r in journal.query_entries(f(text="cafe"))] == ["Invoice error"]  # diacritics
    assert [r.title for r in journal.query_entries(f(sign="withdrawal"))] == ["Invoice error"]
    assert journal.count_entries(f(kind="meeting")) == 1
    assert journal.count_entries(f(text='"; DROP TABLE entry; --')) == 0  # FTS syntax is neutralised
    journal.update_entry(journal.query_entries(f(kind="email"))[0].id, title="Billing mistake")
    assert journal.count_entries(f(text="invoice")) == 0
    assert journal.count_entries(f(text="billing")) == 1


def test_balance_series_for_account_and_stakeholder(db):
    acc = accounts.create_account(name="A")
    p = people.create_stakeholder(account=acc.id, name="P")
    journal.add_entry(account=acc.id, title="a", value=4, day=TODAY - dt.timedelta(days=10), stakeholders=[p.id])
    journal.add_entry(account=acc.id, title="b", value=-1, day=TODAY - dt.timedelta(days=10))
    journal.add_entry(account=acc.id, title="c", value=2, day=TODAY - dt.timedelta(days=2), stakeholders=[p.id])
    assert [pt.balance for pt in account_series(acc.id, TODAY)] == [3, 5, 5]
    assert [pt.balance for pt in stakeholder_series(p.id, TODAY)] == [4, 6, 6]


def test_find_account_suggests_close_names(db):
    accounts.create_account(name="Northwick Energy")
    with pytest.raises(NotFoundError, match="Northwick Energy"):
        accounts.find_account("Northwik Energy")


def test_small_demo_has_every_contact_model_and_gaps(demo_db):
    from relapp.services.coverage import all_coverage

    cov = all_coverage(None, TODAY)
    models = {c.model.model for c in cov.values() if c.model}
    assert models == {"bow tie", "one-on-many", "cotton reel", "diamond"}
    assert all(c.gaps for c in cov.values())


def test_small_demo_is_the_expected_size_and_deterministic(demo_db, tmp_path):
    from relapp.store.models import Commitment, Stakeholder

    assert Account.select().count() == 8
    assert Stakeholder.select().count() == 120
    assert 1500 <= Entry.select().count() <= 1600
    statuses = {c.status for c in Commitment.select()}
    assert statuses == {"open", "kept", "broken"}
    overdue = Commitment.select().where((Commitment.status == "open") & (Commitment.due < TODAY)).count()
    assert overdue > 0
    first = [(r.title, r.value, r.day) for r in journal.query_entries(limit=50)]
    # The same seed on the same day gives the same data.
    from relapp.services.demo import _Generator, SIZES
    import random
    from relapp.assets import read_json

    rows_a = _Generator(SIZES["small"], random.Random("1:small:2026-06-15"), read_json("demo", "words.json"),
                        TODAY, names=random.Random("1:small:names")).generate()
    rows_b = _Generator(SIZES["small"], random.Random("1:small:2026-06-15"), read_json("demo", "words.json"),
                        TODAY, names=random.Random("1:small:names")).generate()
    assert rows_a == rows_b
    assert first and all(day <= TODAY for _, _, day in first)


def test_coverage_of_an_account_built_by_hand(db):
    acc = accounts.create_account(name="A")
    ceo = people.create_stakeholder(account=acc.id, name="CEO", influence=5)
    cfo = people.create_stakeholder(account=acc.id, name="CFO", influence=4)
    me = people.create_member(name="Me", kind="me")
    people.set_tie(me.id, cfo.id, 4)
    journal.add_entry(account=acc.id, title="Met CFO", day=TODAY - dt.timedelta(days=5), value=2,
                      stakeholders=[cfo.id], members=[me.id])
    cov = account_coverage(acc.id, TODAY)
    assert [(g.name, g.kind) for g in cov.gaps] == [("CEO", "unknown")]
    assert cov.model.model == "bow tie"
    assert cov.untied == ["CEO"]
    assert ceo.id


def test_the_contact_pattern_alone_is_the_one_coverage_works_out(demo_db):
    # What the stage strip shows on every account switch, without the gaps.
    from relapp.services.coverage import account_contact_model

    for account_id in (1, 2, 3, 4):
        assert account_contact_model(account_id, TODAY) == account_coverage(account_id, TODAY).model


def test_keyset_pages_continue_exactly_where_offset_pages_do(demo_db):
    f = journal.JournalFilter(sign="deposit")
    by_offset = journal.query_entries(f, offset=0, limit=120, with_participants=False)
    first = journal.query_entries(f, limit=50, with_participants=False)
    rest = journal.query_entries(f, limit=70, with_participants=False, after=(first[-1].day, first[-1].id))
    assert [r.id for r in first + rest] == [r.id for r in by_offset]


def test_far_pages_match_offset_pages(demo_db):
    f = journal.JournalFilter(kind="meeting")
    assert [r.id for r in journal.entries_at(f, 100, 40)] == [r.id for r in journal.query_entries(f, 100, 40)]


def test_team_lists_are_plain_records_in_name_order(db):
    from relapp.services.accounts import create_account
    from relapp.services.people import (
        MemberRecord, account_team, assign_member, create_member, create_stakeholder, list_members, set_tie,
    )

    acc = create_account(name="Team Ltd").id
    zoe = create_member(name="zoe Park", role="Analyst")
    amy = create_member(name="Amy Lund", kind="me")
    create_member(name="Max Other")
    set_tie(zoe.id, create_stakeholder(account=acc, name="Pat").id, 3)
    assign_member(acc, amy.id)
    assert [m.name for m in list_members()] == ["Amy Lund", "Max Other", "zoe Park"]
    team = account_team(acc)
    assert [(m.name, m.kind, m.role) for m in team] == [("Amy Lund", "me", ""), ("zoe Park", "colleague", "Analyst")]
    assert all(type(m) is MemberRecord for m in team + list_members())


def test_an_accounts_people_are_plain_records_most_influential_first(db):
    from relapp.services.accounts import create_account
    from relapp.services.people import PersonRecord, create_stakeholder, stakeholders_of

    acc = create_account(name="People Ltd").id
    create_account(name="Elsewhere")
    boss = create_stakeholder(account=acc, name="bea Boss", title="CEO", influence=5, stance="champion")
    create_stakeholder(account=acc, name="Al Aide", influence=2, decision_role="influencer", reports_to=boss.id)
    create_stakeholder(account=acc, name="Cy Clerk", influence=2)
    found = stakeholders_of(acc)
    assert all(type(p) is PersonRecord for p in found)
    assert [(p.name, p.influence) for p in found] == [("bea Boss", 5), ("Al Aide", 2), ("Cy Clerk", 2)]
    assert (found[0].title, found[0].stance, found[0].left_on, found[0].account_id) == ("CEO", "champion", None, acc)
    assert (found[1].reports_to_id, found[1].decision_role) == (boss.id, "influencer")


def test_the_account_filter_ignores_case_and_finds_part_of_a_name(db):
    from relapp.services.accounts import create_account, list_accounts

    create_account(name="Acme Rail")
    create_account(name="Northwind")
    assert [row.name for row in list_accounts(text_filter="ACME r")] == ["Acme Rail"]
    assert [row.name for row in list_accounts(text_filter="wind")] == ["Northwind"]
    assert list_accounts(text_filter="zz") == []
