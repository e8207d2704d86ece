"""Key dates of people (theirs and ours): record them, list them, and say
which come round soon (for Home, ``attention`` and the calendar export)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from relapp.domain.key_dates import KeyDay, next_occurrence, parse_key_day, years_on
from relapp.services import validation as v
from relapp.store.driver_rows import driver_rows
from relapp.store.models import Account, KeyDate, Setting, Stakeholder, TeamMember

# How far ahead Home and ``attention`` look for key dates (a setting of the data).
AHEAD_SETTING = "attention/key_date_days"
DEFAULT_AHEAD_DAYS = 14


@dataclass(frozen=True)
class KeyDateRow:
    id: int
    label: str
    date: str  # YYYY-MM-DD, or --MM-DD without a year
    yearly: bool
    stakeholder_id: int | None
    member_id: int | None
    person: str
    account_id: int | None
    account: str  # "" for our team

    @property
    def key_day(self) -> KeyDay:
        return parse_key_day(self.date)


@dataclass(frozen=True)
class ComingKeyDate:
    row: KeyDateRow
    on: dt.date
    years: int | None  # an age or a number of years, when the year is known


def _owner_fields(stakeholder, member) -> dict:
    if (stakeholder is None) == (member is None):
        raise v.ValidationError("person", "a key date belongs to one person, theirs or ours")
    if stakeholder is not None:
        ident = v.reference("stakeholder", stakeholder)
        if not Stakeholder.select().where(Stakeholder.id == ident).exists():
            raise v.NotFoundError(f"no stakeholder with id {ident}")
        return {"stakeholder": ident, "member": None}
    ident = v.reference("member", member)
    if not TeamMember.select().where(TeamMember.id == ident).exists():
        raise v.NotFoundError(f"no team member with id {ident}")
    return {"stakeholder": None, "member": ident}


def _day(value) -> KeyDay:
    if isinstance(value, KeyDay):
        return value
    if isinstance(value, dt.date):
        return KeyDay(value.month, value.day, value.year)
    try:
        return parse_key_day(str(value or ""))
    except ValueError as exc:
        raise v.ValidationError.refusing("date", exc) from None


def add_key_date(*, label: str, date, yearly: bool = True, stakeholder=None, member=None) -> int:
    key = _day(date)
    fields = {"label": v.name("label", label), "month": key.month, "day": key.day, "year": key.year,
              "yearly": bool(yearly), **_owner_fields(stakeholder, member)}
    with v.transaction():
        return KeyDate.create(**fields).id


def update_key_date(key_date_id: int, *, label: str | None = None, date=None, yearly: bool | None = None) -> None:
    with v.transaction():
        row = KeyDate.get_or_none(KeyDate.id == v.record_id(key_date_id))
        if row is None:
            raise v.NotFoundError(f"no key date with id {key_date_id}")
        if label is not None:
            row.label = v.name("label", label)
        if date is not None:
            key = _day(date)
            row.month, row.day, row.year = key.month, key.day, key.year
        if yearly is not None:
            row.yearly = bool(yearly)
        row.save()


def delete_key_date(key_date_id: int) -> None:
    with v.transaction():
        KeyDate.delete().where(KeyDate.id == key_date_id).execute()


def _query():
    person = fn.COALESCE(Stakeholder.name, TeamMember.name)
    return (KeyDate.select(KeyDate.id, KeyDate.label, KeyDate.month, KeyDate.day, KeyDate.year, KeyDate.yearly,
                           KeyDate.stakeholder, KeyDate.member, person, Stakeholder.account, Account.name)
            .join(Stakeholder, JOIN.LEFT_OUTER, on=(KeyDate.stakeholder == Stakeholder.id))
            .join(Account, JOIN.LEFT_OUTER, on=(Stakeholder.account == Account.id))
            .switch(KeyDate).join(TeamMember, JOIN.LEFT_OUTER, on=(KeyDate.member == TeamMember.id))
            .order_by(KeyDate.month, KeyDate.day, KeyDate.id))


def _rows(query) -> list[KeyDateRow]:
    return [KeyDateRow(ident, label, KeyDay(month, day, year).text(), bool(yearly), sid, mid, person or "",
                       account_id, account or "")
            for ident, label, month, day, year, yearly, sid, mid, person, account_id, account in driver_rows(query)]


def key_dates_of(stakeholder_id: int | None = None, member_id: int | None = None) -> list[KeyDateRow]:
    query = _query()
    if stakeholder_id is not None:
        query = query.where(KeyDate.stakeholder == stakeholder_id)
    if member_id is not None:
        query = query.where(KeyDate.member == member_id)
    return _rows(query)


def all_key_dates() -> list[KeyDateRow]:
    return _rows(_query())


def key_dates_by_person() -> tuple[dict[int, list[KeyDateRow]], dict[int, list[KeyDateRow]]]:
    """Every key date, by stakeholder id and by team member id (one query)."""
    theirs: dict[int, list[KeyDateRow]] = {}
    ours: dict[int, list[KeyDateRow]] = {}
    for row in all_key_dates():
        if row.stakeholder_id is not None:
            theirs.setdefault(row.stakeholder_id, []).append(row)
        else:
            ours.setdefault(row.member_id, []).append(row)
    return theirs, ours


def ahead_days() -> int:
    value = Setting.select(Setting.value).where(Setting.key == AHEAD_SETTING).scalar()
    try:
        return max(0, min(int(value), 366)) if value is not None else DEFAULT_AHEAD_DAYS
    except ValueError:
        return DEFAULT_AHEAD_DAYS


def set_ahead_days(days: int) -> None:
    days = v.integer("days", days, 0, 366)
    with v.transaction():
        (Setting.insert(key=AHEAD_SETTING, value=str(days))
         .on_conflict(conflict_target=[Setting.key], preserve=[Setting.value]).execute())


def coming_key_dates(today: dt.date, days: int | None = None) -> list[ComingKeyDate]:
    """Key dates from today to ``days`` ahead (the setting by default), soonest first."""
    days = ahead_days() if days is None else days
    until = today + dt.timedelta(days=days)
    # Only the months the window touches are read (a date falls in its own
    # month every year): Home's first part read every key date of every
    # person to keep the fortnight's few.
    months = {(today + dt.timedelta(days=n)).month for n in range(min(days, 366) + 1)}
    query = _query() if len(months) == 12 else _query().where(KeyDate.month.in_(sorted(months)))
    coming = []
    for row in _rows(query):
        key = row.key_day
        on = next_occurrence(key, row.yearly, today)
        if on is not None and on <= until:
            coming.append(ComingKeyDate(row, on, years_on(key, on)))
    return sorted(coming, key=lambda c: (c.on, c.row.person.casefold()))


def replace_key_dates(kind: str, owner_id: int, dates: list[tuple[str, str, bool]]) -> list[KeyDateRow]:
    """Give one person exactly these (label, date, yearly) key dates, in one
    transaction: what the window's key dates form saves, and undoes."""
    owner = {"stakeholder": owner_id} if kind == "stakeholder" else {"member": owner_id}
    fields = _owner_fields(owner.get("stakeholder"), owner.get("member"))
    cleaned = []
    for label, date, yearly in dates:
        key = _day(date)
        cleaned.append({"label": v.name("label", label), "month": key.month, "day": key.day, "year": key.year,
                        "yearly": bool(yearly), **fields})
    with v.transaction():
        column = KeyDate.stakeholder if kind == "stakeholder" else KeyDate.member
        KeyDate.delete().where(column == owner_id).execute()
        for row in cleaned:
            KeyDate.create(**row)
    return key_dates_of(**({"stakeholder_id": owner_id} if kind == "stakeholder" else {"member_id": owner_id}))


def key_date_triples(kind: str, owner_id: int) -> list[tuple[str, str, bool]]:
    rows = key_dates_of(**({"stakeholder_id": owner_id} if kind == "stakeholder" else {"member_id": owner_id}))
    return [(r.label, r.date, r.yearly) for r in rows]
