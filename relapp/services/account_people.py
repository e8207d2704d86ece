"""Their people as coverage sees them: who of ours knows them and how,
their last contact, whether they are still there, and for a gap the way
in.  Plain records; ``relapp people --json`` adds their keys to the
directory's (``people_directory.person_record``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relapp.services.coverage import all_coverage
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


def _records(coverage, moved: set[int]) -> list[PersonRecord]:
    gaps = {g.stakeholder_id: g.kind for g in coverage.gaps}
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
    return records


def _moved() -> set[int]:
    return {sid for (sid,) in StakeholderChange.select(StakeholderChange.stakeholder)
            .where(StakeholderChange.kind == "moved").tuples()}


def coverage_keys(account_ids: list[int] | None, today: dt.date | None = None) -> dict[int, dict]:
    """Per stakeholder (of these accounts, or all), the coverage keys
    ``relapp people --json`` adds to each of their people (status,
    known_by, path, gap, left_on, …); all accounts in one coverage pass."""
    moved = _moved()
    return {record.id: person_json(record) for coverage in all_coverage(account_ids, today).values()
            for record in _records(coverage, moved)}


def person_json(record: PersonRecord) -> dict:
    """One person's coverage keys as ``relapp people --json`` prints them."""
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
