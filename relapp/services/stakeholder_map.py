"""Everything the stakeholder map shows for one account, and the edits made on it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from relapp.domain.coverage import Acquaintance
from relapp.domain.vocabulary import DECISION_ROLES, STANCES
from relapp.services import people
from relapp.services import validation as v
from relapp.services.accounts import get_account
from relapp.services.commitments import overdue_counts
from relapp.services.coverage import AccountCoverage, account_coverage
from relapp.services.records import StakeholderRecord, TieRecord
from relapp.store.binding import bound_database
from relapp.store.models import MapPosition, StakeholderLink

LAYOUTS = ("org", "grid", "teams")
LINK_KINDS = {"influences": "Influences", "conflict": "In conflict with"}


@dataclass(frozen=True)
class MapPerson:
    id: int
    name: str
    title: str
    role: str | None
    influence: int
    interest: int
    stance: str
    reports_to: int | None
    strongest_tie: int  # 0 when nobody on our side knows them (tie or journal: the coverage rule)
    last_contact: dt.date | None
    overdue_promises: int = 0  # open promises to them past their due date
    department: str = ""
    known: tuple[Acquaintance, ...] = ()  # who of ours knows them, strongest first

    @cached_property
    def key(self) -> str:
        # Made once: drawing a crowded map asks each person's key a few times.
        return f"s:{self.id}"


@dataclass(frozen=True)
class MapMember:
    id: int
    name: str
    role: str

    @property
    def key(self) -> str:
        return f"m:{self.id}"


@dataclass(frozen=True)
class MapTie:
    member_id: int
    stakeholder_id: int
    strength: int


@dataclass(frozen=True)
class MapLink:
    id: int
    source: int
    target: int
    kind: str


@dataclass
class MapData:
    account_id: int
    account_name: str
    target_model: str | None
    people: list[MapPerson]
    team: list[MapMember]
    ties: list[MapTie]
    links: list[MapLink]
    positions: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)
    coverage: AccountCoverage | None = None
    former: list[MapPerson] = field(default_factory=list)  # left the client: off the map, listed apart

    def person(self, stakeholder_id: int) -> MapPerson | None:
        return next((p for p in self.people if p.id == stakeholder_id), None)


def load_map(account_id: int, today: dt.date | None = None) -> MapData:
    """The whole map of an account in a handful of queries."""
    today = today or dt.date.today()
    account = get_account(account_id)
    coverage = account_coverage(account_id, today)
    known = coverage.people or {}
    rows = bound_database().execute_sql(
        "SELECT s.id, s.decision_role, s.interest, s.stance "
        "FROM stakeholder s WHERE s.account_id = ? ORDER BY s.influence DESC, LOWER(s.name)", [account_id])
    overdue = overdue_counts(today, account_id=account_id)[0]
    everyone = []
    for sid, role, interest, stance in rows:
        k = known[sid]
        everyone.append((k.active, MapPerson(
            sid, k.name, k.title, role, k.influence, interest, stance or "neutral", k.reports_to, k.strength,
            k.clock_contact, overdue.get(sid, 0), k.department, k.known)))
    persons = [p for active, p in everyone if active]
    former = [p for active, p in everyone if not active]
    gone = {p.id for p in former}
    team = [MapMember(m.id, m.name, m.role or "") for m in people.account_team(account_id)]
    ties = [MapTie(m, s, strength) for m, s, strength in bound_database().execute_sql(
        "SELECT t.member_id, t.stakeholder_id, t.strength FROM tie t JOIN stakeholder s ON s.id = t.stakeholder_id "
        "WHERE s.account_id = ? ORDER BY t.member_id, t.stakeholder_id", [account_id]) if s not in gone]
    links = [MapLink(*row) for row in bound_database().execute_sql(
        "SELECT l.id, l.source_id, l.target_id, l.kind FROM stakeholder_link l "
        "JOIN stakeholder s ON s.id = l.source_id WHERE s.account_id = ? ORDER BY l.id", [account_id])
        if row[1] not in gone and row[2] not in gone]
    positions: dict[str, dict[str, tuple[float, float]]] = {name: {} for name in LAYOUTS}
    for layout, node, x, y in (MapPosition.select(MapPosition.layout, MapPosition.node, MapPosition.x,
                                                  MapPosition.y)
                               .where(MapPosition.account == account_id).tuples()):
        positions.setdefault(layout, {})[node] = (x, y)
    return MapData(account.id, account.name, account.target_model, persons, team, ties, links, positions,
                   coverage, former)


# Edits ------------------------------------------------------------------------


def _layout(layout: str) -> str:
    return v.choice("layout", layout, LAYOUTS)


def _node(account_id: int, node: str) -> str:
    kind, _, raw = str(node).partition(":")
    if kind not in ("s", "m") or not raw.isdigit():
        raise v.ValidationError("node", "{node} is not a person on the map", node=repr(node))
    if kind == "s" and people.get_stakeholder(int(raw)).account_id != account_id:
        raise v.ValidationError("node", "that person belongs to another account")
    if kind == "m":
        people.get_member(int(raw))
    return f"{kind}:{int(raw)}"


def save_positions(account_id: int, layout: str, places: dict[str, tuple[float, float] | None]) -> None:
    """Remember where the user put people on one layout of an account
    (``None`` for a node: forget its place, so the layout arranges it)."""
    layout = _layout(layout)
    with v.transaction():
        get_account(account_id)
        for node, place in places.items():
            key = _node(account_id, node)
            if place is None:
                (MapPosition.delete().where((MapPosition.account == account_id) & (MapPosition.layout == layout)
                                            & (MapPosition.node == key)).execute())
                continue
            x, y = float(place[0]), float(place[1])
            if not (abs(x) < 1e7 and abs(y) < 1e7):
                raise v.ValidationError("position", "is outside the map")
            (MapPosition.insert(account=account_id, layout=layout, node=key, x=x, y=y)
             .on_conflict(conflict_target=[MapPosition.account, MapPosition.layout, MapPosition.node],
                          preserve=[MapPosition.x, MapPosition.y]).execute())


def save_position(account_id: int, layout: str, node: str, x: float, y: float) -> None:
    save_positions(account_id, layout, {node: (x, y)})


def clear_positions(account_id: int, layout: str) -> int:
    """Forget the user's placements so the layout arranges itself again."""
    layout = _layout(layout)
    with v.transaction():
        get_account(account_id)
        return (MapPosition.delete().where((MapPosition.account == account_id) & (MapPosition.layout == layout))
                .execute())


def add_link(source_id: int, target_id: int, kind: str) -> int:
    """Link two people of one account; the link's id (an existing one when they already are)."""
    kind = v.choice("kind", kind, LINK_KINDS)
    with v.transaction():
        source = people.get_stakeholder(source_id)
        target = people.get_stakeholder(target_id)
        if source.id == target.id:
            raise v.ValidationError("target", "a person cannot be linked to themselves")
        if source.account_id != target.account_id:
            raise v.ValidationError("target", "must be someone in the same account")
        existing = StakeholderLink.get_or_none((StakeholderLink.source == source.id)
                                               & (StakeholderLink.target == target.id)
                                               & (StakeholderLink.kind == kind))
        return (existing or StakeholderLink.create(source=source.id, target=target.id, kind=kind)).id


def link_exists(source_id: int, target_id: int, kind: str) -> bool:
    return StakeholderLink.select().where((StakeholderLink.source == source_id) & (StakeholderLink.target == target_id)
                                         & (StakeholderLink.kind == kind)).exists()


def remove_link(link_id: int) -> None:
    with v.transaction():
        link = StakeholderLink.get_or_none(StakeholderLink.id == link_id)
        if link is None:
            raise v.NotFoundError(f"no link with id {link_id}")
        link.delete_instance()


def set_grid_place(stakeholder_id: int, influence: int, interest: int) -> StakeholderRecord:
    """Moving a person to another cell of the power/interest grid."""
    return people.update_stakeholder(stakeholder_id, influence=influence, interest=interest)


def set_stance(stakeholder_id: int, stance: str) -> StakeholderRecord:
    v.choice("stance", stance, STANCES)
    return people.update_stakeholder(stakeholder_id, stance=stance)


def set_role(stakeholder_id: int, role: str | None) -> StakeholderRecord:
    v.choice("decision_role", role, DECISION_ROLES, optional=True)
    return people.update_stakeholder(stakeholder_id, decision_role=role or None)


def set_tie_strength(member_id: int, stakeholder_id: int, strength: int | None) -> TieRecord | None:
    return people.set_tie(member_id, stakeholder_id, strength)
