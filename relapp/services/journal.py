"""Journal entries: write them, filter them, search them, page through them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from relapp.domain.keep_in_touch import latest_contact_day
from relapp.domain.vocabulary import ENTRY_KINDS, MAX_VALUE, MIN_VALUE, TRUST_TAGS, trust_mask, trust_tags
from relapp.services import validation as v
from relapp.services.accounts import get_account
from relapp.services.edit_conflicts import save_unless_changed
from relapp.services.records import EntryRecord, StakeholderRecord, record, stored_row
from relapp.store import fts
from relapp.store.dates import stored_day
from relapp.store.binding import bound_database
from relapp.store.models import Entry, EntryMember, EntryStakeholder, Stakeholder, TeamMember

ENTRY_FIELDS = {"account", "day", "kind", "value", "title", "notes", "trust", "stakeholders", "members"}


@dataclass
class JournalFilter:
    account_id: int | None = None
    stakeholder_id: int | None = None
    member_id: int | None = None
    kind: str | None = None
    sign: str | None = None  # "deposit", "withdrawal" or None
    trust: str | None = None  # one TRUST tag key
    since: dt.date | None = None
    until: dt.date | None = None
    text: str = ""
    tag_id: int | None = None  # entries of accounts with the tag, or with a person who has it


# Slots: the journal keeps thousands of these in memory while scrolling, and
# without a __dict__ each is one object for the garbage collector, not two.
@dataclass(frozen=True, slots=True)
class EntryRow:
    id: int
    day: dt.date
    account_id: int
    account: str
    kind: str
    value: int
    title: str
    trust: int
    participants: str = ""
    author: str = ""  # who wrote it, on a team database ("" in a local file: the user)


@dataclass
class EntryDetail:
    id: int
    account_id: int
    day: dt.date
    kind: str
    value: int
    title: str
    notes: str
    trust: list[str]
    stakeholders: list[int] = field(default_factory=list)
    members: list[int] = field(default_factory=list)

    def as_fields(self) -> dict:
        """The fields ``add_entry`` takes, to re-create the entry (undo)."""
        return {"account": self.account_id, "day": self.day, "kind": self.kind, "value": self.value,
                "title": self.title, "notes": self.notes, "trust": list(self.trust),
                "stakeholders": list(self.stakeholders), "members": list(self.members)}


def clean_entry_fields(fields: dict, *, creating: bool) -> dict:
    v.unknown_fields(fields, ENTRY_FIELDS)
    out: dict = {}
    if creating or "account" in fields:
        account = fields.get("account")
        if account is None:
            raise v.ValidationError("account", "choose the account this entry belongs to")
        out["account"] = get_account(v.reference("account", account)).id
    if creating or "day" in fields:
        out["day"] = v.day("day", fields.get("day", dt.date.today()))
    if creating or "title" in fields:
        out["title"] = v.text("title", fields.get("title"), required=True, max_len=v.MAX_NAME)
    if "notes" in fields:
        out["notes"] = v.text("notes", fields["notes"])
    if creating or "kind" in fields:
        out["kind"] = v.choice("kind", fields.get("kind", "meeting"), ENTRY_KINDS)
    if creating or "value" in fields:
        out["value"] = v.integer("value", fields.get("value", 0), MIN_VALUE, MAX_VALUE)
    if "trust" in fields:
        tags = fields["trust"] or []
        if isinstance(tags, int):
            out["trust"] = v.integer("trust", tags, 0, sum(bit for _, _, bit in TRUST_TAGS.values()))
        else:
            try:
                out["trust"] = trust_mask(tags)
            except ValueError as exc:
                raise v.ValidationError.refusing("trust", exc) from None
            except TypeError:  # not a list of tags at all
                raise v.ValidationError("trust", "must be a list of TRUST tags") from None
    return out


def _set_participants(entry_id: int, account_id: int, stakeholders, members) -> None:
    if stakeholders is not None:
        ids = v.references("stakeholders", stakeholders)
        found = {sid for (sid, acc) in Stakeholder.select(Stakeholder.id, Stakeholder.account)
                 .where(Stakeholder.id.in_(ids)).tuples() if acc == account_id}
        if set(ids) - found:
            raise v.ValidationError("stakeholders", "every participant must be one of this account's people")
        EntryStakeholder.delete().where(EntryStakeholder.entry == entry_id).execute()
        if ids:
            EntryStakeholder.insert_many([(entry_id, s) for s in ids],
                                         fields=[EntryStakeholder.entry, EntryStakeholder.stakeholder]).execute()
    if members is not None:
        ids = v.references("members", members)
        if ids and TeamMember.select().where(TeamMember.id.in_(ids)).count() != len(ids):
            raise v.ValidationError("members", "a team member in this entry no longer exists")
        EntryMember.delete().where(EntryMember.entry == entry_id).execute()
        if ids:
            EntryMember.insert_many([(entry_id, m) for m in ids],
                                    fields=[EntryMember.entry, EntryMember.member]).execute()


def add_entry(**fields) -> EntryRecord:
    with v.transaction():
        data = clean_entry_fields(fields, creating=True)
        entry = Entry.create(**data)
        _set_participants(entry.id, entry.account_id, fields.get("stakeholders") or [], fields.get("members") or [])
        return record(EntryRecord, entry)


def update_entry(entry_id: int, expected_version: int | None = None, **fields) -> EntryRecord:
    """Change ``fields`` (participants too); with ``expected_version`` only if
    nobody saved the entry since the form was filled (else ``EditConflict``)."""
    with v.transaction():
        entry = _entry_row(entry_id)
        data = clean_entry_fields(fields, creating=False)
        for key, value in data.items():
            setattr(entry, key if key != "account" else "account_id", value)
        save_unless_changed(entry, expected_version,
                            parts_changed=fields.get("stakeholders") is not None or fields.get("members") is not None)
        _set_participants(entry.id, entry.account_id, fields.get("stakeholders"), fields.get("members"))
        return record(EntryRecord, entry)


def delete_entry(entry_id: int) -> EntryDetail:
    """Delete and return what was deleted, so the caller can offer undo."""
    with v.transaction():
        detail = entry_detail(entry_id)
        Entry.delete().where(Entry.id == entry_id).execute()
        return detail


def restore_entry(detail: EntryDetail) -> EntryRecord:
    """Put back a deleted entry under its old id (undo of a deletion)."""
    with v.transaction():
        data = clean_entry_fields({k: x for k, x in detail.as_fields().items() if k not in ("stakeholders", "members")},
                      creating=True)
        entry = Entry.create(id=detail.id, **data)
        _set_participants(entry.id, entry.account_id, detail.stakeholders, detail.members)
        return record(EntryRecord, entry)


def get_entry(entry_id: int) -> EntryRecord:
    return record(EntryRecord, _entry_row(entry_id))


def _entry_row(entry_id: int) -> Entry:
    return stored_row(Entry, entry_id, "journal entry")


def entry_detail(entry_id: int) -> EntryDetail:
    e = get_entry(entry_id)
    return EntryDetail(
        e.id, e.account_id, e.day, e.kind, e.value, e.title, e.notes, trust_tags(e.trust),
        [s for (s,) in EntryStakeholder.select(EntryStakeholder.stakeholder)
         .where(EntryStakeholder.entry == e.id).tuples()],
        [m for (m,) in EntryMember.select(EntryMember.member).where(EntryMember.entry == e.id).tuples()],
    )


# Queries --------------------------------------------------------------------


def _where(f: JournalFilter, matches: int | None = None) -> tuple[list[str], list]:
    """SQL conditions for a filter.  Raw SQL here because the journal is the
    hot path on 500,000 rows: each condition maps onto an index.  ``matches``
    is the filter's ``text_matches`` when the caller already knows it."""
    clauses, params = [], []
    if f.account_id is not None:
        clauses.append("e.account_id = ?")
        params.append(f.account_id)
    if f.stakeholder_id is not None:
        clauses.append("e.id IN (SELECT entry_id FROM entry_stakeholder WHERE stakeholder_id = ?)")
        params.append(f.stakeholder_id)
    if f.member_id is not None:
        clauses.append("e.id IN (SELECT entry_id FROM entry_member WHERE member_id = ?)")
        params.append(f.member_id)
    if f.tag_id is not None:
        clauses.append("(e.account_id IN (SELECT account_id FROM account_tag WHERE tag_id = ?) "
                       "OR e.id IN (SELECT es.entry_id FROM entry_stakeholder es JOIN stakeholder_tag st "
                       "ON st.stakeholder_id = es.stakeholder_id WHERE st.tag_id = ?))")
        params += [f.tag_id, f.tag_id]
    if f.kind:
        clauses.append("e.kind = ?")
        params.append(f.kind)
    if f.sign == "deposit":
        clauses.append("e.value > 0")
    elif f.sign == "withdrawal":
        clauses.append("e.value < 0")
    if f.trust:
        clauses.append("(e.trust & ?) != 0")
        params.append(TRUST_TAGS[f.trust][2])
    if f.since:
        clauses.append("e.day >= ?")
        params.append(f.since.isoformat())
    if f.until:
        clauses.append("e.day <= ?")
        params.append(f.until.isoformat())
    match = _search_match(f.text) if f.text else None
    if match:
        # With many matches, walking the (day, id) index newest first and
        # probing the matches finds a page in a few ms, where looking every
        # match up and sorting them all takes tens; with few matches it is
        # the other way round.  The unary + keeps SQLite off the primary key.
        many = (matches if matches is not None else _text_matches(match)) > MANY_MATCHES
        condition, param = fts.match("entry", match)
        clauses.append(f"{'+' if many else ''}e.id IN (SELECT rowid FROM entry_fts WHERE {condition})")
        params.append(param)
    return clauses, params


# Above this many text matches a journal page is read through the day index.
MANY_MATCHES = 2000


def _search_match(text: str) -> str | None:
    """The full-text query for ``text``, with the search tables brought up
    to date first (None when there is nothing to search for)."""
    match = fts.match_query(text)
    if match:
        fts.search_ready(bound_database())
    return match


def _text_matches(match: str) -> int:
    condition, param = fts.match("entry", match)
    return bound_database().execute_sql(f"SELECT COUNT(*) FROM entry_fts WHERE {condition}", [param]).fetchone()[0]


def text_matches(f: JournalFilter) -> int | None:
    """How many entries the filter's text matches (None without text).  A
    view that reads many pages of one filter counts once and passes it on as
    ``matches``: each page would otherwise count again."""
    match = _search_match(f.text) if f.text else None
    return _text_matches(match) if match else None


def count_entries(f: JournalFilter | None = None, matches: int | None = None) -> int:
    f = f or JournalFilter()
    if f.text and f == JournalFilter(text=f.text):
        # Text alone: the full-text index counts without touching entries.
        match = _search_match(f.text)
        if not match:
            return count_entries(JournalFilter())
        return matches if matches is not None else _text_matches(match)
    clauses, params = _where(f, matches)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return bound_database().execute_sql(f"SELECT COUNT(*) FROM entry e {where}", params).fetchone()[0]


def query_entries(f: JournalFilter | None = None, offset: int = 0, limit: int = 200,
                  with_participants: bool = True,
                  after: tuple[dt.date, int] | None = None, matches: int | None = None) -> list[EntryRow]:
    """A page of entries, newest first.

    ``after`` is the (day, id) of the last row already shown: the page then
    continues from there through the (day, id) index, which stays fast at
    any depth, where a large ``offset`` makes SQLite walk every row before it.
    """
    clauses, params = _where(f or JournalFilter(), matches)
    if after is not None:
        clauses.append("(e.day, e.id) < (?, ?)")  # a row value: SQLite seeks the index
        params += [after[0].isoformat(), after[1]]
    return _page(clauses, params, offset, limit, with_participants)


def position_of(f: JournalFilter | None, entry_id: int, matches: int | None = None) -> int | None:
    """How many entries the filter shows above this one (newest first): its
    row.  None when the filter does not show it."""
    clauses, params = _where(f or JournalFilter(), matches)
    where = " AND ".join(clauses) or "1"
    found = bound_database().execute_sql(f"SELECT e.day FROM entry e WHERE e.id = ? AND {where}",
                                       [entry_id, *params]).fetchone()
    if found is None:
        return None
    return bound_database().execute_sql(
        f"SELECT COUNT(*) FROM entry e WHERE {where} AND (e.day, e.id) > (?, ?)",
        [*params, found[0], entry_id]).fetchone()[0]


def day_counts(f: JournalFilter | None = None, matches: int | None = None) -> list[tuple[dt.date, int]]:
    """How many entries each day holds, newest day first.  With it a view
    turns a row number into a day and a short skip (see ``entries_at``)."""
    clauses, params = _where(f or JournalFilter(), matches)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return [(stored_day(day), count) for day, count in bound_database().execute_sql(
        f"SELECT e.day, COUNT(*) FROM entry e {where} GROUP BY e.day ORDER BY e.day DESC", params)]


def entries_at(f: JournalFilter | None, offset: int, limit: int,
               start_day: dt.date | None = None, matches: int | None = None) -> list[EntryRow]:
    """A page far from any page already loaded (a scrollbar jump).  With
    ``start_day`` the skip counts from that day's newest entry: the index is
    entered there directly and only a few rows are skipped."""
    clauses, params = _where(f or JournalFilter(), matches)
    if start_day is not None:
        clauses.append("e.day <= ?")
        params.append(start_day.isoformat())
    return _page(clauses, params, offset, limit)


def _page(clauses: list[str], params: list, offset: int, limit: int,
          with_participants: bool = True) -> list[EntryRow]:
    """The page's ids are found through the (day, id) index alone, then only
    the page's rows are read: several times faster than walking full rows
    (joined to their account) while the conditions are tested."""
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    ids = [r[0] for r in bound_database().execute_sql(
        f"SELECT e.id FROM entry e {where} ORDER BY e.day DESC, e.id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset])]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = bound_database().execute_sql(
        f"SELECT e.id, e.day, e.account_id, a.name, e.kind, e.value, e.title, e.trust, w.name "
        f"FROM entry e JOIN account a ON a.id = e.account_id LEFT JOIN team_member w ON w.id = e.author_id "
        f"WHERE e.id IN ({marks}) ORDER BY e.day DESC, e.id DESC", ids).fetchall()
    names = _participant_names(ids) if with_participants else {}
    return [EntryRow(r[0], stored_day(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], names.get(r[0], ""), r[8] or "")
            for r in rows]


def _participant_names(entry_ids: list[int]) -> dict[int, str]:
    marks = ",".join("?" * len(entry_ids))
    names: dict[int, list[str]] = {}
    for entry_id, name in bound_database().execute_sql(
            f"SELECT es.entry_id, s.name FROM entry_stakeholder es JOIN stakeholder s ON s.id = es.stakeholder_id "
            f"WHERE es.entry_id IN ({marks}) "
            f"UNION ALL SELECT em.entry_id, m.name FROM entry_member em JOIN team_member m ON m.id = em.member_id "
            f"WHERE em.entry_id IN ({marks})", entry_ids + entry_ids):
        names.setdefault(entry_id, []).append(name)
    return {k: ", ".join(v_) for k, v_ in names.items()}


def latest_entries(account_id: int, limit: int = 10) -> list[EntryRow]:
    return query_entries(JournalFilter(account_id=account_id), limit=limit)


def last_contacts(account_id: int | None = None, today: dt.date | None = None) -> dict[int, dt.date]:
    """Day of the latest entry with each stakeholder (of one account) that
    counts as contact on ``today`` (none dated after it)."""
    today = today or dt.date.today()
    sql = ("SELECT es.stakeholder_id, MAX(e.day) FROM entry_stakeholder es JOIN entry e ON e.id = es.entry_id "
           "WHERE e.day <= ? ")
    params: list = [latest_contact_day(today).isoformat()]
    if account_id is not None:
        sql += "AND e.account_id = ? "
        params.append(account_id)
    sql += "GROUP BY es.stakeholder_id"
    return {sid: stored_day(day) for sid, day in bound_database().execute_sql(sql, params)}


def search_people(text: str, limit: int = 50) -> list[StakeholderRecord]:
    match = _search_match(text)
    if not match:
        return []
    condition, param = fts.match("stakeholder", match)
    ids = [r[0] for r in bound_database().execute_sql(
        f"SELECT rowid FROM stakeholder_fts WHERE {condition} LIMIT ?", (param, limit))]
    return [record(StakeholderRecord, row)
            for row in Stakeholder.select().where(Stakeholder.id.in_(ids)).order_by(fn.LOWER(Stakeholder.name))]
