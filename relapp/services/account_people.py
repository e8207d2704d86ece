"""Everyone of an account's people as coverage sees them: who of ours knows
them and how, their last contact, whether they are still there, and for a
gap the way in.  Plain records, so the command line and the window can
extend them (tags, key dates) without touching the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from relapp.services.accounts import get_account
from relapp.services.coverage import account_coverage
from relapp.store.models import StakeholderChange

STATUSES = ("active", "moved", "left")


@dataclass(frozen=True)
class KnownBy:
    member: str
    strength: int
    source: str  # "tie" or "journal"


@dataclass(frozen=True)
class PersonRecord:
    id: int
    name: str
    title: str
    department: str
    status: str  # active / moved / left
    influence: int
    known_by: list[KnownBy]
    last_contact: dt.date | None
    path: list[str] | None  # for a coverage gap: from one of ours to them, else None
    gap: str | None = None  # the gap's kind, None when not a gap
    left_on: dt.date | None = None


@dataclass(frozen=True)
class AccountPeople:
    account_id: int
    account: str
    people: list[PersonRecord] = field(default_factory=list)


def account_people(account_id: int, today: dt.date | None = None) -> AccountPeople:
    """The account's people, most influential first, those who left last."""
    today = today or dt.date.today()
    account = get_account(account_id)
    coverage = account_coverage(account_id, today)
    gaps = {g.stakeholder_id: g.kind for g in coverage.gaps}
    moved = {sid for (sid,) in StakeholderChange.select(StakeholderChange.stakeholder)
             .where(StakeholderChange.kind == "moved").tuples()}
    records = []
    for p in (coverage.people or {}).values():
        status = "left" if not p.active else "moved" if p.stakeholder_id in moved else "active"
        intro = coverage.paths.get(p.stakeholder_id)
        records.append(PersonRecord(
            p.stakeholder_id, p.name, p.title, p.department, status, p.influence,
            [KnownBy(a.member, a.strength, a.source) for a in p.known], p.last_contact,
            intro.path if intro is not None and p.stakeholder_id in gaps else None,
            gaps.get(p.stakeholder_id), p.left_on))
    records.sort(key=lambda r: (r.status == "left", -r.influence, r.name.lower()))
    return AccountPeople(account.id, account.name, records)


def person_json(record: PersonRecord) -> dict:
    """One person as ``relapp people --json`` prints them."""
    return {
        "name": record.name,
        "title": record.title,
        "department": record.department,
        "status": record.status,
        "influence": record.influence,
        "known_by": [{"member": k.member, "strength": k.strength, "source": k.source} for k in record.known_by],
        "last_contact": record.last_contact.isoformat() if record.last_contact else None,
        "path": record.path,
        "gap": record.gap,
        "left_on": record.left_on.isoformat() if record.left_on else None,
    }
