"""Coverage and contact model of an account, from the store into the domain."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from relapp.domain.contact_model import Classification, classify, untied_people
from relapp.domain.coverage import CoverageGap, PersonCoverage, coverage_gaps
from relapp.store.dates import stored_day
from relapp.store.models import Account, Stakeholder, database_proxy

INTERACTION_WINDOW_DAYS = 365


@dataclass(frozen=True)
class AccountCoverage:
    gaps: list[CoverageGap]
    model: Classification | None
    untied: list[str]  # their people without a tie to ours


def pair_weights(account_ids: list[int] | None, today: dt.date) -> dict[int, dict[tuple[str, str], float]]:
    """Per account: tie strength plus shared entries of the last year, for
    every (our person, their person) pair that has a tie."""
    since = (today - dt.timedelta(days=INTERACTION_WINDOW_DAYS)).isoformat()
    acc_filter, params = "", []
    if account_ids is not None:
        acc_filter = f"AND s.account_id IN ({','.join('?' * len(account_ids))})"
        params = list(account_ids)
    weights: dict[int, dict[tuple[str, str], float]] = defaultdict(dict)
    for acc, member, person, strength in database_proxy.execute_sql(
            f"SELECT s.account_id, m.name, s.name, t.strength FROM tie t "
            f"JOIN stakeholder s ON s.id = t.stakeholder_id JOIN team_member m ON m.id = t.member_id "
            f"WHERE 1 {acc_filter}", params):
        weights[acc][(member, person)] = float(strength)
    for acc, member, person, shared in database_proxy.execute_sql(
            f"SELECT s.account_id, m.name, s.name, COUNT(*) FROM entry e "
            f"JOIN entry_stakeholder es ON es.entry_id = e.id JOIN stakeholder s ON s.id = es.stakeholder_id "
            f"JOIN entry_member em ON em.entry_id = e.id JOIN team_member m ON m.id = em.member_id "
            f"JOIN tie t ON t.member_id = em.member_id AND t.stakeholder_id = es.stakeholder_id "
            f"WHERE e.day >= ? {acc_filter} GROUP BY s.account_id, m.id, s.id", [since, *params]):
        weights[acc][(member, person)] = weights[acc].get((member, person), 0.0) + shared
    return weights


def people_coverage(account_ids: list[int] | None) -> dict[int, list[PersonCoverage]]:
    acc_filter, params = "", []
    if account_ids is not None:
        acc_filter = f"WHERE s.account_id IN ({','.join('?' * len(account_ids))})"
        params = list(account_ids)
    rows = database_proxy.execute_sql(
        f"SELECT s.account_id, s.id, s.name, s.influence, s.created_at, "
        f"(SELECT MAX(strength) FROM tie t WHERE t.stakeholder_id = s.id), "
        f"(SELECT MAX(e.day) FROM entry_stakeholder es JOIN entry e ON e.id = es.entry_id "
        f" WHERE es.stakeholder_id = s.id) "
        f"FROM stakeholder s {acc_filter}", params)
    out: dict[int, list[PersonCoverage]] = defaultdict(list)
    for acc, sid, name, influence, created, strongest, last in rows:
        out[acc].append(PersonCoverage(
            sid, name, influence, strongest or 0,
            stored_day(last),
            stored_day(created),
        ))
    return out


def account_coverage(account_id: int, today: dt.date | None = None) -> AccountCoverage:
    today = today or dt.date.today()
    return all_coverage([account_id], today)[account_id]


def all_coverage(account_ids: list[int] | None = None, today: dt.date | None = None) -> dict[int, AccountCoverage]:
    """Coverage of many accounts in four queries, not four per account."""
    today = today or dt.date.today()
    weights = pair_weights(account_ids, today)
    people = people_coverage(account_ids)
    query = Account.select(Account.id, Account.neglect_days)
    if account_ids is not None:
        query = query.where(Account.id.in_(account_ids))
    result = {}
    for acc_id, neglect in query.tuples():
        acc_weights = weights.get(acc_id, {})
        names = [p.name for p in sorted(people.get(acc_id, []), key=lambda p: -p.influence)]
        result[acc_id] = AccountCoverage(
            coverage_gaps(people.get(acc_id, []), today, neglect),
            classify(acc_weights),
            untied_people(acc_weights, names),
        )
    return result


def stakeholder_names(account_id: int) -> list[str]:
    return [n for (n,) in Stakeholder.select(Stakeholder.name).where(Stakeholder.account == account_id).tuples()]
