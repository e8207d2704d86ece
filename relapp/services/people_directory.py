"""Everyone in one list: their people in every account and ours, with
what the People view and ``relapp people`` show of each (title, tags, key
dates, influence, stance, last contact), read in a handful of grouped
queries whatever the number of accounts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relapp.domain.keep_in_touch import latest_contact_day
from relapp.domain.vocabulary import MEMBER_KINDS
from relapp.services.key_dates import KeyDateRow, key_dates_by_person
from relapp.services.tags import TagRow, tags_by_owner
from relapp.store.dates import stored_day
from relapp.store.binding import bound_database

THEIRS, OURS = "stakeholder", "member"


@dataclass(frozen=True)
class PersonRow:
    kind: str  # THEIRS or OURS
    id: int
    name: str
    account_id: int | None  # None for our team
    account: str  # "" for our team
    title: str  # their title, or our member's role
    email: str
    influence: int | None  # theirs only
    stance: str | None  # theirs only
    last_contact: dt.date | None
    tags: tuple[TagRow, ...]
    key_dates: tuple[KeyDateRow, ...]
    archived: bool = False  # their account is archived

    @property
    def tag_names(self) -> list[str]:
        return [t.name for t in self.tags]


def everyone(account_id: int | None = None, include_ours: bool = True,
             today: dt.date | None = None) -> list[PersonRow]:
    """Their people (of one account, or all) then ours, each by name, with
    their last contact on ``today`` (entries dated after it are plans)."""
    their_tags, our_tags = tags_by_owner(THEIRS), tags_by_owner(OURS)
    their_dates, our_dates = key_dates_by_person()
    until = latest_contact_day(today or dt.date.today()).isoformat()
    where, params = ("WHERE s.account_id = ?", [account_id]) if account_id is not None else ("", [])
    last_seen = {sid: stored_day(day) for sid, day in bound_database().execute_sql(
        "SELECT es.stakeholder_id, MAX(e.day) FROM entry_stakeholder es JOIN entry e ON e.id = es.entry_id "
        "WHERE e.day <= ? " + ("AND e.account_id = ? " if account_id is not None else "")
        + "GROUP BY es.stakeholder_id", [until, *params])}
    rows = [PersonRow(THEIRS, sid, name, acc, acc_name, title, email, influence, stance, last_seen.get(sid),
                      tuple(their_tags.get(sid, ())), tuple(their_dates.get(sid, ())), bool(archived))
            for sid, name, acc, acc_name, title, email, influence, stance, archived in bound_database().execute_sql(
                "SELECT s.id, s.name, s.account_id, a.name, s.title, s.email, s.influence, s.stance, a.archived "
                f"FROM stakeholder s JOIN account a ON a.id = s.account_id {where} "
                "ORDER BY s.name COLLATE NOCASE, a.name COLLATE NOCASE, s.id", params)]
    if include_ours and account_id is None:
        met = {mid: stored_day(day) for mid, day in bound_database().execute_sql(
            "SELECT em.member_id, MAX(e.day) FROM entry_member em JOIN entry e ON e.id = em.entry_id "
            "WHERE e.day <= ? GROUP BY em.member_id", [until])}
        rows += [PersonRow(OURS, mid, name, None, "", role or _kind_word(kind), email, None, None, met.get(mid),
                           tuple(our_tags.get(mid, ())), tuple(our_dates.get(mid, ())))
                 for mid, name, role, email, kind in bound_database().execute_sql(
                     "SELECT id, name, role, email, kind FROM team_member "
                     # An internal customer is listed once: as the person in their own ledger.
                     "WHERE id NOT IN (SELECT internal_member_id FROM account WHERE internal_member_id IS NOT NULL) "
                     "ORDER BY name COLLATE NOCASE, id")]
    return rows


def _kind_word(kind: str) -> str:
    return MEMBER_KINDS.get(kind, "")


def person_record(row: PersonRow) -> dict:
    """A person as ``relapp people --json`` prints them (contract keys
    first: name, account, title, tags, key_dates)."""
    return {
        "name": row.name,
        "account": row.account or None,
        "title": row.title,
        "tags": row.tag_names,
        "key_dates": [{"label": d.label, "date": d.date, "yearly": d.yearly} for d in row.key_dates],
        "side": "theirs" if row.kind == THEIRS else "ours",
        "id": row.id,
        "email": row.email,
        "influence": row.influence,
        "stance": row.stance,
        "last_contact": row.last_contact.isoformat() if row.last_contact else None,
    }
