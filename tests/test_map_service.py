"""What the map loads and the edits made on it, against a real database file."""

from __future__ import annotations

import pytest

from relapp.services import people
from relapp.services import stakeholder_map as smap
from relapp.services.accounts import create_account
from relapp.services.validation import NotFoundError, ValidationError
from relapp.store.models import Account, MapPosition, Stakeholder, StakeholderLink, Tie
from demo_day import TODAY


def first_account() -> int:
    return Account.select(Account.id).order_by(Account.id).scalar()


def test_load_map_has_people_team_ties_and_coverage(demo_db):
    acc = first_account()
    data = smap.load_map(acc, TODAY)
    assert {p.id for p in data.people} == {s.id for s in Stakeholder.select().where(Stakeholder.account == acc)}
    ties = {(t.member_id, t.stakeholder_id, t.strength) for t in data.ties}
    assert ties == {(t.member_id, t.stakeholder_id, t.strength) for t in people.ties_of_account(acc)}
    for p in data.people:
        # Every recorded tie stands as it is; the journal only adds those without one.
        recorded = {(m, p.id, s) for m, sid, s in ties if sid == p.id}
        assert {(a.member_id, p.id, a.strength) for a in p.known if a.source == "tie"} == recorded
        assert all(1 <= a.strength <= 4 for a in p.known if a.source == "journal")
        assert p.strongest_tie == max([a.strength for a in p.known], default=0)
        assert p.strongest_tie >= max([s for _, _, s in recorded], default=0)
    assert data.coverage is not None and data.coverage.gaps
    assert {m.id for m in data.team} >= {m for m, _, _ in ties}


def test_positions_are_saved_per_layout_and_cleared(demo_db):
    acc = first_account()
    person = smap.load_map(acc, TODAY).people[0]
    smap.save_position(acc, "org", person.key, 12.5, -40)
    smap.save_position(acc, "org", person.key, 15, 20)  # replaces
    smap.save_position(acc, "teams", person.key, 1, 2)
    data = smap.load_map(acc, TODAY)
    assert data.positions["org"] == {person.key: (15.0, 20.0)}
    assert data.positions["teams"] == {person.key: (1.0, 2.0)}
    assert smap.clear_positions(acc, "org") == 1
    assert smap.load_map(acc, TODAY).positions["org"] == {}
    assert MapPosition.select().count() == 1


def test_position_edits_are_validated(demo_db):
    acc = first_account()
    other = Account.select(Account.id).where(Account.id != acc).scalar()
    stranger = Stakeholder.select().where(Stakeholder.account == other).first()
    with pytest.raises(ValidationError) as err:
        smap.save_position(acc, "sideways", "s:1", 0, 0)
    assert err.value.field == "layout"
    with pytest.raises(ValidationError):
        smap.save_position(acc, "org", "x:1", 0, 0)
    with pytest.raises(ValidationError):
        smap.save_position(acc, "org", f"s:{stranger.id}", 0, 0)
    with pytest.raises(NotFoundError):
        smap.save_position(acc, "org", "m:99999", 0, 0)
    with pytest.raises(ValidationError):
        smap.save_position(acc, "org", f"s:{Stakeholder.select().where(Stakeholder.account == acc).first().id}",
                           float("nan"), 0)
    # One bad node among good ones: nothing is saved.
    good = Stakeholder.select().where(Stakeholder.account == acc).first()
    with pytest.raises(ValidationError):
        smap.save_positions(acc, "org", {f"s:{good.id}": (1, 1), "bad": (2, 2)})
    assert MapPosition.select().count() == 0


def test_links_are_created_once_shown_and_removed(demo_db):
    acc = first_account()
    a, b = Stakeholder.select().where(Stakeholder.account == acc).limit(2)
    link_id = smap.add_link(a.id, b.id, "influences")
    assert smap.add_link(a.id, b.id, "influences") == link_id
    smap.add_link(b.id, a.id, "conflict")
    data = smap.load_map(acc, TODAY)
    assert {(x.source, x.target, x.kind) for x in data.links} == {(a.id, b.id, "influences"),
                                                                  (b.id, a.id, "conflict")}
    smap.remove_link(link_id)
    assert StakeholderLink.select().count() == 1
    with pytest.raises(NotFoundError):
        smap.remove_link(link_id)
    with pytest.raises(ValidationError):
        smap.add_link(a.id, a.id, "influences")
    with pytest.raises(ValidationError):
        smap.add_link(a.id, b.id, "likes")
    other = Stakeholder.select().where(Stakeholder.account != acc).first()
    with pytest.raises(ValidationError):
        smap.add_link(a.id, other.id, "conflict")


def test_grid_place_stance_role_and_tie(demo_db):
    acc = first_account()
    person = Stakeholder.select().where(Stakeholder.account == acc).first()
    smap.set_grid_place(person.id, 5, 1)
    smap.set_stance(person.id, "blocker")
    smap.set_role(person.id, "gatekeeper")
    fresh = Stakeholder.get_by_id(person.id)
    assert (fresh.influence, fresh.interest, fresh.stance, fresh.decision_role) == (5, 1, "blocker", "gatekeeper")
    smap.set_role(person.id, None)
    assert Stakeholder.get_by_id(person.id).decision_role is None
    with pytest.raises(ValidationError):
        smap.set_grid_place(person.id, 6, 1)
    with pytest.raises(ValidationError):
        smap.set_stance(person.id, "furious")
    member = people.create_member(name="New Colleague")
    smap.set_tie_strength(member.id, person.id, 4)
    assert Tie.get((Tie.member == member.id) & (Tie.stakeholder == person.id)).strength == 4
    smap.set_tie_strength(member.id, person.id, None)
    assert not Tie.select().where(Tie.member == member.id).exists()


def test_empty_account_loads(db):
    acc = create_account(name="Empty Ltd")
    data = smap.load_map(acc.id, TODAY)
    assert data.people == [] and data.team == [] and data.coverage.gaps == []
    with pytest.raises(NotFoundError):
        smap.load_map(99999, TODAY)
