"""People who leave and move: stored with their day, history kept, out of
coverage, on Home, in the brief; and the way back."""

import datetime as dt

import pytest

from relapp.services import accounts, attention, journal, people
from relapp.services import people_changes as pc
from relapp.services.brief import build_summary
from relapp.services.coverage import account_coverage
from relapp.services.stakeholder_map import load_map
from relapp.services.validation import ValidationError
from relapp.store.models import Commitment, EntryStakeholder, Tie

TODAY = dt.date(2026, 6, 15)


def ago(n):
    return TODAY - dt.timedelta(days=n)


@pytest.fixture
def northwind(db):
    account = accounts.create_account(name="Northwind")
    ceo = people.create_stakeholder(account=account.id, name="Chiara Dufresne", title="CEO", influence=5,
                                    stance="champion")
    cfo = people.create_stakeholder(account=account.id, name="Kofi Mensah", title="CFO", reports_to=ceo.id,
                                    influence=4)
    buyer = people.create_stakeholder(account=account.id, name="Lea Brandt", title="Buyer", reports_to=cfo.id,
                                      influence=2, stance="neutral")
    maya = people.create_member(name="Maya Osei")
    people.set_tie(maya.id, ceo.id, 4)
    journal.add_entry(account=account.id, day=ago(200), title="Dinner", value=5, stakeholders=[ceo.id],
                      members=[maya.id])
    return account, ceo, cfo, buyer, maya


def test_a_person_who_left_keeps_their_history_and_leaves_coverage_and_the_map(northwind):
    account, ceo, cfo, buyer, maya = northwind
    from relapp.services.commitments import add_commitment

    add_commitment(stakeholder=ceo.id, description="Send the plan", due=TODAY)
    assert "Chiara Dufresne" in {g.name for g in account_coverage(account.id, TODAY).gaps}  # neglected
    change = pc.mark_left(ceo.id, ago(10))
    assert change.describe() == f"Chiara Dufresne (CEO) left on {ago(10).isoformat()}"
    assert "Chiara Dufresne" not in {g.name for g in account_coverage(account.id, TODAY).gaps}
    data = load_map(account.id, TODAY)
    assert ceo.id not in {p.id for p in data.people} and [p.id for p in data.former] == [ceo.id]
    assert [f.name for f in pc.former_people(account.id)] == ["Chiara Dufresne"]
    # History stays: the entry, the tie and the promise are still theirs.
    assert EntryStakeholder.select().where(EntryStakeholder.stakeholder == ceo.id).count() == 1
    assert Tie.select().where(Tie.stakeholder == ceo.id).count() == 1
    assert Commitment.select().where(Commitment.stakeholder == ceo.id).count() == 1
    with pytest.raises(ValidationError, match="already left"):
        pc.mark_left(ceo.id, ago(5))
    # The way back.
    pc.mark_returned(ceo.id, ago(2))
    assert pc.former_people(account.id) == []
    assert ceo.id in {p.id for p in load_map(account.id, TODAY).people}
    assert [c.kind for c in pc.changes_of(ceo.id)] == ["left", "returned"]


def test_a_move_records_the_old_and_new_role_and_can_be_undone(northwind):
    account, ceo, cfo, buyer, maya = northwind
    change = pc.mark_moved(buyer.id, ago(3), title="Head of Procurement", department="Procurement",
                           reports_to=ceo.id)
    person = people.get_stakeholder(buyer.id)
    assert (person.title, person.department, person.reports_to_id) == ("Head of Procurement", "Procurement", ceo.id)
    assert (change.old_title, change.old_reports_to) == ("Buyer", cfo.id)
    assert change.describe() == f"Lea Brandt moved to Head of Procurement, Procurement (was Buyer) on {ago(3)}"
    pc.undo_change(change.id)
    person = people.get_stakeholder(buyer.id)
    assert (person.title, person.department, person.reports_to_id) == ("Buyer", "", cfo.id)
    assert pc.changes_of(buyer.id) == []
    again = pc.redo_change(change)
    assert people.get_stakeholder(buyer.id).title == "Head of Procurement" and again.kind == "moved"


def test_a_move_is_checked(northwind):
    account, ceo, cfo, buyer, maya = northwind
    with pytest.raises(ValidationError, match="same as the old"):
        pc.mark_moved(buyer.id, TODAY, title="Buyer", department="", reports_to=cfo.id)
    with pytest.raises(ValidationError, match="reporting loop"):
        pc.mark_moved(ceo.id, TODAY, title="CEO", reports_to=buyer.id)
    other = accounts.create_account(name="Elsewhere")
    stranger = people.create_stakeholder(account=other.id, name="Stranger")
    with pytest.raises(ValidationError, match="same account"):
        pc.mark_moved(buyer.id, TODAY, title="Buyer", reports_to=stranger.id)


def test_home_says_when_an_influential_person_or_a_champion_left_or_someone_moved(northwind):
    account, ceo, cfo, buyer, maya = northwind
    pc.mark_left(ceo.id, ago(20))  # champion, influence 5
    pc.mark_left(buyer.id, ago(5))  # influence 2, neutral: not worth an alarm
    pc.mark_moved(cfo.id, ago(70), title="COO")  # too long ago
    items = attention.attention_list(TODAY)
    left = [i for i in items if i.kind == "stakeholder-left"]
    assert [(i.stakeholder_id, i.account) for i in left] == [(ceo.id, "Northwind")]
    assert "Chiara Dufresne (CEO) left" in left[0].message and "a champion" in left[0].message
    assert not [i for i in items if i.kind == "role-changed"]
    pc.mark_moved(cfo.id, ago(1), title="Group CFO")
    moved = [i for i in attention.attention_list(TODAY) if i.kind == "role-changed"]
    assert [i.stakeholder_id for i in moved] == [cfo.id] and "Group CFO" in moved[0].message
    assert not [i for i in attention.attention_list(TODAY + dt.timedelta(days=61)) if i.kind == "role-changed"]
    # People who left are not out of touch either.
    assert not [i for i in items if i.kind == "neglected" and i.stakeholder_id == ceo.id]


def test_the_summary_lists_who_joined_moved_and_left_since_the_period_start(northwind):
    account, ceo, cfo, buyer, maya = northwind
    pc.mark_left(cfo.id, ago(12))
    pc.mark_moved(buyer.id, ago(4), title="Category manager")
    summary = build_summary(account.id, today=TODAY, since=ago(30))
    q = summary.quarter
    assert q.left == [f"Kofi Mensah (CFO) left on {ago(12)}"]
    assert q.moved == [f"Lea Brandt moved to Category manager (was Buyer) on {ago(4)}"]
    assert "Kofi Mensah" not in [p.name for p in summary.people + summary.others]
    from relapp.services.brief_documents import render_markdown

    text = render_markdown(summary)
    assert f"Left: Kofi Mensah (CFO) left on {ago(12)}." in text and "Moved: Lea Brandt moved to" in text
