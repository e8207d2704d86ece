"""What the accounts pane shows of one account, read in a few plain statements.

The pane is read again on every account switch.  Built from the general
services, its header and people table took eight statements, five of them
put together by peewee on each call (building a statement cost about as
much as running it); the two reads here take six plain statements, those
of the header no more than it shows (no attendees of the meetings), and
return plain records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relapp.services import validation as v
from relapp.services.journal import last_contacts
from relapp.services.tags import TagRow
from relapp.store.binding import bound_database
from relapp.store.dates import stored_day

HEADER_MEETINGS = 3  # the next board meetings the header lists


@dataclass(frozen=True)
class PaneMeeting:
    day: dt.date
    title: str


@dataclass(frozen=True)
class AccountHeader:
    """The top of the pane: the account, its tags and its next board meetings."""
    id: int
    name: str
    archived: bool
    industry: str
    purpose: str | None
    our_intent: str
    their_intent: str
    tags: tuple[TagRow, ...]
    meetings: tuple[PaneMeeting, ...]  # from today on, soonest first; none for an archived account


@dataclass(frozen=True)
class PanePerson:
    """One row of the pane's people table."""
    id: int
    name: str
    title: str
    decision_role: str | None
    influence: int
    stance: str
    left_on: dt.date | None
    last_contact: dt.date | None  # the latest of the account's entries with them that counts as contact
    overdue: int  # open promises to them past their due day


def account_header(account_id: int, today: dt.date, meetings: int = HEADER_MEETINGS) -> AccountHeader:
    """The account's header; NotFoundError when there is no such account."""
    db = bound_database()
    found = db.execute_sql(
        "SELECT id, name, archived, industry, purpose, our_intent, their_intent FROM account WHERE id = ?",
        [account_id]).fetchone()
    if found is None:
        raise v.NotFoundError(f"no account with id {account_id}")
    ident, name, archived, industry, purpose, ours, theirs = found
    tags = tuple(TagRow(*row) for row in db.execute_sql(
        "SELECT t.id, t.name, t.colour FROM tag t JOIN account_tag l ON l.tag_id = t.id "
        "WHERE l.account_id = ? ORDER BY LOWER(t.name)", [account_id]))
    coming: tuple[PaneMeeting, ...] = ()
    if not archived:  # an archived account's meetings are not upcoming for anyone
        coming = tuple(PaneMeeting(stored_day(day), title) for day, title in db.execute_sql(
            "SELECT day, title FROM meeting WHERE account_id = ? AND day >= ? ORDER BY day, id LIMIT ?",
            [account_id, today.isoformat(), meetings]))
    return AccountHeader(ident, name, bool(archived), industry or "", purpose, ours or "", theirs or "", tags,
                         coming)


def pane_people(account_id: int, today: dt.date) -> list[PanePerson]:
    """The account's people, most influential first, each with the last
    contact and the overdue promises.  Three plain statements: folded into
    one, SQLite's plan for the promises walked every overdue promise of the
    database once per person (four times slower than the three)."""
    db = bound_database()
    last = last_contacts(account_id, today)
    overdue = dict(db.execute_sql(
        "SELECT c.stakeholder_id, COUNT(*) FROM stakeholder s JOIN commitment c ON c.stakeholder_id = s.id "
        "WHERE s.account_id = ? AND c.status = 'open' AND c.due < ? GROUP BY c.stakeholder_id",
        [account_id, today.isoformat()]))
    return [PanePerson(ident, name, title, role, influence, stance, stored_day(left_on), last.get(ident),
                       int(overdue.get(ident, 0)))
            for ident, name, title, role, influence, stance, left_on in db.execute_sql(
                "SELECT id, name, title, decision_role, influence, stance, left_on FROM stakeholder "
                "WHERE account_id = ? ORDER BY influence DESC, LOWER(name)", [account_id])]
