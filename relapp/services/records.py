"""Plain records of stored rows: what the services hand to the window and the
command line instead of Peewee rows.

One frozen dataclass per kind of row the callers ask for by id, with the
row's columns under their stored names (a reference to another row is its
id, ``account_id`` and the like).  A record is a copy: it never reaches
back into the database, so it is safe to keep, compare, pass to another
thread or use after the data it came from was closed.

``tests/test_service_records.py`` checks that each record of a whole row
keeps every column of it (``PersonRecord`` is the working side only, as the
lists show it), and that no service used by the window or the command line
returns a row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from relapp.services import validation as v

R = TypeVar("R")


def record(kind: type[R], row) -> R:
    """The record of ``row`` (its columns, copied)."""
    return kind(**{f.name: getattr(row, f.name) for f in dataclasses.fields(kind)})


def stored_row(model, ident, what: str):
    """The row of ``model`` with id ``ident`` (a record or its id), for the
    services' own use; NotFoundError naming ``what`` when there is none."""
    number = v.record_id(ident)
    row = None if number is None else model.get_or_none(model.id == number)
    if row is None:
        raise v.NotFoundError(f"no {what} with id {ident}")
    return row


@dataclass(frozen=True)
class AccountRecord:
    id: int
    name: str
    industry: str
    notes: str
    purpose: str | None
    our_intent: str
    their_intent: str
    target_model: str | None
    archived: bool
    checkup_interval_days: int
    neglect_days: int
    created_at: dt.datetime
    valued_contact_only: bool
    potential: str
    internal_member_id: int | None
    author_id: int | None  # who wrote it (a team database; None locally)
    version: int  # raised by every change (optimistic concurrency on a team database)
    edited_by_id: int | None  # who changed it last (a team database; None locally)


@dataclass(frozen=True)
class PersonRecord:
    """One of their people as the window lists them: the working side of a
    stakeholder (same names as the stored columns), not the personal one."""
    id: int
    account_id: int
    name: str
    title: str
    department: str
    email: str
    phone: str
    reports_to_id: int | None
    decision_role: str | None
    influence: int
    interest: int
    stance: str
    cadence_days: int | None
    left_on: dt.date | None


@dataclass(frozen=True)
class StakeholderRecord(PersonRecord):
    """All of a stakeholder: the working side and the personal one."""
    family: str
    interests: str
    career_goals: str
    measured_by: str
    worries: str
    how_we_help: str
    notes: str
    created_at: dt.datetime
    version: int  # raised by every change (optimistic concurrency on a team database)
    edited_by_id: int | None  # who changed it last (a team database; None locally)


@dataclass(frozen=True)
class MemberRecord:
    """One of our people (the columns of a team member)."""
    id: int
    name: str
    role: str
    email: str
    kind: str  # me / colleague / internal-customer
    notes: str
    created_at: dt.datetime
    version: int  # raised by every change (optimistic concurrency on a team database)
    edited_by_id: int | None  # who changed it last (a team database; None locally)


@dataclass(frozen=True)
class TieRecord:
    id: int
    member_id: int
    stakeholder_id: int
    strength: int


@dataclass(frozen=True)
class EntryRecord:
    id: int
    account_id: int
    day: dt.date
    kind: str
    value: int
    title: str
    notes: str
    trust: int  # bit mask, see vocabulary.TRUST_TAGS
    created_at: dt.datetime
    author_id: int | None  # who wrote it (a team database; None locally)
    version: int  # raised by every change (optimistic concurrency on a team database)
    edited_by_id: int | None  # who changed it last (a team database; None locally)


@dataclass(frozen=True)
class CommitmentRecord:
    id: int
    stakeholder_id: int
    owner_id: int | None
    description: str
    due: dt.date
    status: str  # open / kept / broken
    entry_id: int | None
    created_at: dt.datetime
    resolved_on: dt.date | None
    author_id: int | None  # who wrote it (a team database; None locally)
    version: int  # raised by every change (optimistic concurrency on a team database)
    edited_by_id: int | None  # who changed it last (a team database; None locally)


@dataclass(frozen=True)
class QuestionRecord:
    """A check-up question."""
    id: int
    key: str
    text: str
    position: int
    active: bool
    audience: str  # client / internal


@dataclass(frozen=True)
class CheckupRecord:
    id: int
    account_id: int
    day: dt.date
    notes: str
    author_id: int | None  # who wrote it (a team database; None locally)
    version: int  # raised by every change (optimistic concurrency on a team database)
    edited_by_id: int | None  # who changed it last (a team database; None locally)


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    account_id: int
    day: dt.date
    title: str
    goals: str
