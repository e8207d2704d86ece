"""Promises made to stakeholders.

Keeping or breaking one writes the matching journal entry (a deposit or a
withdrawal, value editable) and links the two: the commitment points at
its entry, and ``commitment_of_entry`` finds the promise behind an entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from relapp.domain.commitments import commitment_state, default_value, resolution_title
from relapp.domain.vocabulary import COMMITMENT_STATUSES, MAX_VALUE, MIN_VALUE
from relapp.services import journal
from relapp.services import validation as v
from relapp.services.edit_conflicts import save_unless_changed
from relapp.services.records import CommitmentRecord, record, stored_row
from relapp.store.dates import stored_day
from relapp.store.models import Account, Commitment, Stakeholder, TeamMember

COMMITMENT_FIELDS = {"stakeholder", "description", "due", "owner"}


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    account_id: int
    account: str
    stakeholder_id: int
    stakeholder: str
    owner_id: int | None
    owner: str
    description: str
    due: dt.date
    status: str
    state: str  # open / due-soon / overdue / kept / broken, on the day asked
    entry_id: int | None
    resolved_on: dt.date | None


def clean_commitment_fields(fields: dict, *, creating: bool) -> dict:
    v.unknown_fields(fields, COMMITMENT_FIELDS)
    out: dict = {}
    if creating or "stakeholder" in fields:
        person = fields.get("stakeholder")
        if person is None:
            raise v.ValidationError("stakeholder", "choose the person the promise is made to")
        person_id = int(getattr(person, "id", person))
        if not Stakeholder.select().where(Stakeholder.id == person_id).exists():
            raise v.ValidationError("stakeholder", "that person no longer exists")
        out["stakeholder"] = person_id
    if creating or "description" in fields:
        out["description"] = v.text("description", fields.get("description"), required=True, max_len=v.MAX_NAME)
    if creating or "due" in fields:
        if fields.get("due") in (None, ""):
            raise v.ValidationError("due", "say by when the promise is due")
        out["due"] = v.day("due", fields["due"])
    if "owner" in fields:
        owner = fields["owner"]
        owner_id = None if owner in (None, "") else int(getattr(owner, "id", owner))
        if owner_id is not None and not TeamMember.select().where(TeamMember.id == owner_id).exists():
            raise v.ValidationError("owner", "that team member no longer exists")
        out["owner"] = owner_id
    return out


def add_commitment(**fields) -> CommitmentRecord:
    data = clean_commitment_fields(fields, creating=True)
    with v.transaction():
        return record(CommitmentRecord, Commitment.create(**data))


def update_commitment(commitment_id: int, expected_version: int | None = None, **fields) -> CommitmentRecord:
    """Change ``fields``; with ``expected_version`` only if nobody saved the
    promise since the form was filled (else ``EditConflict``, nothing written)."""
    data = clean_commitment_fields(fields, creating=False)
    with v.transaction():
        commitment = _commitment_row(commitment_id)
        for key, value in data.items():
            setattr(commitment, f"{key}_id" if key in ("stakeholder", "owner") else key, value)
        save_unless_changed(commitment, expected_version)
        return record(CommitmentRecord, commitment)


def get_commitment(commitment_id: int) -> CommitmentRecord:
    return record(CommitmentRecord, _commitment_row(commitment_id))


def _commitment_row(commitment_id: int) -> Commitment:
    return stored_row(Commitment, commitment_id, "promise")


def delete_commitment(commitment_id: int) -> None:
    with v.transaction():
        _commitment_row(commitment_id).delete_instance()


def resolve_commitment(commitment_id: int, kept: bool, value: int | None = None, day: dt.date | None = None,
                       title: str | None = None, notes: str = "") -> CommitmentRecord:
    """Mark a promise kept or broken and write its journal entry with the
    person (and the owner on our side), all in one transaction."""
    with v.transaction():
        commitment = _commitment_row(commitment_id)
        if commitment.status != "open":
            raise v.ValidationError("status", "this promise is already marked {status}", status=commitment.status)
        amount = default_value(kept) if value is None else v.integer("value", value, MIN_VALUE, MAX_VALUE)
        if kept and amount < 0 or not kept and amount > 0:
            raise v.ValidationError("value", "a kept promise is a deposit (0 or more), a broken one a "
                                             "withdrawal (0 or less)")
        when = v.day("day", day or dt.date.today())
        person = commitment.stakeholder
        entry = journal.add_entry(
            account=person.account_id, day=when, kind="delivery" if kept else "issue", value=amount,
            title=title or resolution_title(kept, commitment.description), notes=notes,
            stakeholders=[person.id], members=[commitment.owner_id] if commitment.owner_id else [])
        commitment.status = "kept" if kept else "broken"
        commitment.entry = entry.id
        commitment.resolved_on = when
        commitment.save()
        return record(CommitmentRecord, commitment)


def reopen_commitment(commitment_id: int) -> None:
    """Undo a resolution: the promise is open again and its entry is gone."""
    with v.transaction():
        commitment = _commitment_row(commitment_id)
        if commitment.entry_id is not None:
            journal.delete_entry(commitment.entry_id)
        commitment.status, commitment.entry, commitment.resolved_on = "open", None, None
        commitment.save()


def commitment_of_entry(entry_id: int) -> CommitmentRecord | None:
    """The promise whose keeping or breaking this journal entry records."""
    row = Commitment.get_or_none(Commitment.entry == entry_id)
    return None if row is None else record(CommitmentRecord, row)


def list_commitments(account_id: int | None = None, stakeholder_id: int | None = None,
                     status: str | None = "open", today: dt.date | None = None) -> list[CommitmentRow]:
    """Promises, soonest due first; ``status`` None lists every status."""
    today = today or dt.date.today()
    query = (Commitment.select(Commitment.id, Stakeholder.account, Account.name, Commitment.stakeholder,
                               Stakeholder.name, Commitment.owner, TeamMember.name, Commitment.description,
                               Commitment.due, Commitment.status, Commitment.entry, Commitment.resolved_on)
             .join(Stakeholder).join(Account)
             .switch(Commitment).join(TeamMember, on=(Commitment.owner == TeamMember.id), join_type=JOIN.LEFT_OUTER)
             .order_by(Commitment.due, Commitment.id))
    if status is not None:
        query = query.where(Commitment.status == v.choice("status", status, COMMITMENT_STATUSES))
    if account_id is not None:
        query = query.where(Stakeholder.account == account_id)
    if stakeholder_id is not None:
        query = query.where(Commitment.stakeholder == stakeholder_id)
    rows = []
    for (cid, acc, acc_name, sid, person, owner_id, owner, description, due, status_, entry_id,
         resolved) in query.tuples():
        due = stored_day(due)
        rows.append(CommitmentRow(cid, acc, acc_name, sid, person, owner_id, owner or "", description, due,
                                  status_, commitment_state(status_, due, today), entry_id,
                                  stored_day(resolved) if resolved else None))
    return rows


def overdue_counts(today: dt.date | None = None,
                   account_id: int | None = None) -> tuple[dict[int, int], dict[int, int]]:
    """Overdue open promises per stakeholder and per account (of one account
    only when ``account_id`` is given: cheap enough for every account switch)."""
    today = today or dt.date.today()
    per_person: dict[int, int] = {}
    per_account: dict[int, int] = {}
    where = (Commitment.status == "open") & (Commitment.due < today)
    if account_id is not None:
        where &= Stakeholder.account == account_id
    for person, account, count in (Commitment.select(Commitment.stakeholder, Stakeholder.account,
                                                     fn.COUNT(Commitment.id))
                                   .join(Stakeholder)
                                   .where(where)
                                   .group_by(Commitment.stakeholder, Stakeholder.account).tuples()):
        per_person[person] = count
        per_account[account] = per_account.get(account, 0) + count
    return per_person, per_account
