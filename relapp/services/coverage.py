"""Coverage and contact model of an account, from the store into the domain.

Who knows whom comes from one place, ``people_knowledge``: the ties recorded
by hand and the journal entries both sides took part in, judged by
``relapp.domain.coverage.known_by``.  The gaps, the contact model, the map,
the brief and the command line all read it, so none disagrees with another.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from relapp.domain.contact_model import Classification, classify, untied_people
from relapp.domain.coverage import (
    JOURNAL_WINDOW_DAYS, Acquaintance, CoverageGap, MemberContact, PersonCoverage, coverage_gaps, known_by,
    shapes_contact_model, strongest,
)
from relapp.domain.keep_in_touch import latest_contact_day
from relapp.domain.introductions import Introduction, OrgPerson, best_introduction
from relapp.store.dates import stored_day
from relapp.services.validation import NotFoundError
from relapp.store.binding import bound_database
from relapp.store.models import Account, Stakeholder


@dataclass(frozen=True)
class PersonKnowledge:
    """One of their people as coverage sees them."""

    stakeholder_id: int
    account_id: int
    name: str
    title: str
    department: str
    influence: int
    reports_to: int | None
    added: dt.date | None
    left_on: dt.date | None
    known: tuple[Acquaintance, ...]  # strongest first
    last_contact: dt.date | None  # any entry with them
    clock_contact: dt.date | None  # the last contact that resets the out-of-touch clock

    @property
    def strength(self) -> int:
        return strongest(list(self.known))

    @property
    def active(self) -> bool:
        return self.left_on is None


@dataclass(frozen=True)
class AccountCoverage:
    gaps: list[CoverageGap]
    model: Classification | None
    untied: list[str]  # their people without a tie to ours
    people: dict[int, PersonKnowledge] | None = None
    paths: dict[int, Introduction] = field(default_factory=dict)  # per gap: the best way in, where there is one


def _in(column: str, ids: list[int] | None) -> tuple[str, list]:
    if ids is None:
        return "", []
    return f"AND {column} IN ({','.join('?' * len(ids))})", list(ids)


def people_knowledge(account_ids: list[int] | None, today: dt.date) -> dict[int, dict[int, PersonKnowledge]]:
    """Per account, per stakeholder: who of ours knows them and their last
    contacts, in four queries for any number of accounts."""
    since = (today - dt.timedelta(days=JOURNAL_WINDOW_DAYS)).isoformat()
    until = latest_contact_day(today).isoformat()  # an entry dated after today is a plan, not contact
    acc_filter, params = _in("s.account_id", account_ids)
    contacts: dict[int, dict[int, MemberContact]] = defaultdict(dict)
    for sid, mid, member, strength in bound_database().execute_sql(
            f"SELECT t.stakeholder_id, m.id, m.name, t.strength FROM tie t "
            f"JOIN stakeholder s ON s.id = t.stakeholder_id JOIN team_member m ON m.id = t.member_id "
            f"WHERE 1 {acc_filter}", params):
        contacts[sid][mid] = MemberContact(mid, member, strength)
    days: dict[tuple[int, int], list[dt.date]] = defaultdict(list)
    names: dict[int, str] = {}
    for sid, mid, member, day in bound_database().execute_sql(
            f"SELECT es.stakeholder_id, em.member_id, m.name, e.day FROM entry e "
            f"JOIN entry_stakeholder es ON es.entry_id = e.id JOIN stakeholder s ON s.id = es.stakeholder_id "
            f"JOIN entry_member em ON em.entry_id = e.id JOIN team_member m ON m.id = em.member_id "
            f"WHERE e.day >= ? AND e.day <= ? {acc_filter}", [since, until, *params]):
        days[(sid, mid)].append(stored_day(day))
        names[mid] = member
    for (sid, mid), seen in days.items():
        tie = contacts[sid].get(mid)
        contacts[sid][mid] = MemberContact(mid, names[mid], tie.tie if tie else 0, tuple(seen))
    out: dict[int, dict[int, PersonKnowledge]] = defaultdict(dict)
    for (acc, sid, name, title, dept, influence, boss, created, left_on, valued_only,
         last_any, last_valued) in bound_database().execute_sql(
            f"SELECT s.account_id, s.id, s.name, s.title, s.department, s.influence, s.reports_to_id, "
            f"s.created_at, s.left_on, a.valued_contact_only, "
            f"(SELECT MAX(e.day) FROM entry_stakeholder es JOIN entry e ON e.id = es.entry_id "
            f" WHERE es.stakeholder_id = s.id AND e.day <= ?), "
            f"(SELECT MAX(e.day) FROM entry_stakeholder es JOIN entry e ON e.id = es.entry_id "
            f" WHERE es.stakeholder_id = s.id AND e.day <= ? AND e.value != 0) "
            f"FROM stakeholder s JOIN account a ON a.id = s.account_id WHERE 1 {acc_filter}",
            [until, until, *params]):
        last = stored_day(last_any)
        out[acc][sid] = PersonKnowledge(
            sid, acc, name, title or "", dept or "", influence, boss, stored_day(created), stored_day(left_on),
            tuple(known_by(list(contacts.get(sid, {}).values()), today)),
            last, stored_day(last_valued) if valued_only else last)
    return out


def person_knowledge(stakeholder_id: int, today: dt.date) -> PersonKnowledge:
    """One person as coverage sees them (who knows them, last contacts)."""
    account_id = Stakeholder.select(Stakeholder.account).where(Stakeholder.id == stakeholder_id).scalar()
    if account_id is None:
        raise NotFoundError(f"no stakeholder with id {stakeholder_id}")
    return people_knowledge([account_id], today)[account_id][stakeholder_id]


INTRODUCTION_GAPS = ("unknown", "weak", "new")


def working_links(account_ids: list[int] | None) -> dict[int, list[tuple[int, int]]]:
    """Per account: who works with or influences whom (conflicts are no way in)."""
    acc_filter, params = _in("s.account_id", account_ids)
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for acc, source, target in bound_database().execute_sql(
            f"SELECT s.account_id, l.source_id, l.target_id FROM stakeholder_link l "
            f"JOIN stakeholder s ON s.id = l.source_id WHERE l.kind = 'influences' {acc_filter}", params):
        links[acc].append((source, target))
    return links


def gap_paths(gaps: list[CoverageGap], people: dict[int, PersonKnowledge],
              links: list[tuple[int, int]]) -> dict[int, Introduction]:
    """For each gap of someone we do not really know (unknown, weak tie, new),
    the best path from our side through a colleague of theirs we know well.
    Someone we know but have not met for a while needs a call, not an introduction."""
    org = {p.stakeholder_id: OrgPerson(p.stakeholder_id, p.name, p.reports_to) for p in people.values() if p.active}
    known = {sid: list(p.known) for sid, p in people.items()}
    paths = {}
    for gap in gaps:
        if gap.kind not in INTRODUCTION_GAPS:
            continue
        target = org.get(gap.stakeholder_id)
        intro = best_introduction(target, org, links, known) if target is not None else None
        if intro is not None:
            paths[gap.stakeholder_id] = intro
    return paths


def pair_weights(people: dict[int, PersonKnowledge]) -> dict[tuple[str, str], float]:
    """Every (our person, their person) pair who know each other, weighing
    how well (the coverage rule's strength) plus how much they dealt with
    each other in the last year: the contact model's input."""
    return {(a.member, p.name): float(a.strength + a.contacts)
            for p in people.values() if p.active for a in p.known if shapes_contact_model(a)}


def people_coverage(people: dict[int, PersonKnowledge]) -> list[PersonCoverage]:
    return [PersonCoverage(p.stakeholder_id, p.name, p.influence, p.strength, p.clock_contact, p.added,
                           p.left_on, p.known[0].source if p.known else "")
            for p in people.values()]


def account_contact_model(account_id: int, today: dt.date | None = None) -> Classification | None:
    """The account's contact pattern alone, as ``account_coverage`` works it
    out, without its gaps and ways in (the introductions search every path
    through a large account's organisation, on every account switch)."""
    today = today or dt.date.today()
    return contact_model_of(people_knowledge([account_id], today).get(account_id, {}))


def contact_model_of(knowledge: dict[int, PersonKnowledge]) -> Classification | None:
    """The contact pattern of one account's people as ``people_knowledge`` read them."""
    return classify(pair_weights(knowledge))


def account_coverage(account_id: int, today: dt.date | None = None) -> AccountCoverage:
    today = today or dt.date.today()
    return all_coverage([account_id], today)[account_id]


def all_coverage(account_ids: list[int] | None = None, today: dt.date | None = None) -> dict[int, AccountCoverage]:
    """Coverage of many accounts in a handful of queries, not a handful per account."""
    today = today or dt.date.today()
    knowledge = people_knowledge(account_ids, today)
    links = working_links(account_ids)
    query = Account.select(Account.id, Account.neglect_days)
    if account_ids is not None:
        query = query.where(Account.id.in_(account_ids))
    result = {}
    for acc_id, neglect in query.tuples():
        people = knowledge.get(acc_id, {})
        weights = pair_weights(people)
        names = [p.name for p in sorted(people.values(), key=lambda p: -p.influence) if p.active]
        gaps = coverage_gaps(people_coverage(people), today, neglect)
        result[acc_id] = AccountCoverage(gaps, classify(weights), untied_people(weights, names), people,
                                         gap_paths(gaps, people, links.get(acc_id, [])))
    return result

