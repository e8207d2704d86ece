"""People who leave the client and move inside it: a dated step each, the
old and new role kept, their entries, ties and promises left in place."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relapp.domain.phrases import Phrase, phrase
from relapp.services import validation as v
from relapp.services.people import _would_cycle, get_stakeholder, stakeholder_row
from relapp.store.dates import stored_day
from relapp.store.binding import bound_database
from relapp.store.models import Stakeholder, StakeholderChange

CHANGE_KINDS = {"left": "Left the company", "moved": "Moved to another role", "returned": "Back at the company"}


@dataclass(frozen=True)
class PersonChange:
    id: int
    stakeholder_id: int
    name: str
    day: dt.date
    kind: str  # left / moved / returned
    old_title: str
    old_department: str
    old_reports_to: int | None
    new_title: str
    new_department: str
    new_reports_to: int | None

    def describe(self) -> str:
        """One line for the brief, the attention list and the card."""
        return str(self.described())

    def described(self) -> Phrase:
        """``describe()`` as a phrase the window translates (relapp/gui/phrase_texts.py)."""
        day = self.day.isoformat()
        if self.kind == "left":
            return (phrase("{name} ({title}) left on {day}", name=self.name, title=self.old_title, day=day)
                    if self.old_title else phrase("{name} (no title) left on {day}", name=self.name, day=day))
        if self.kind == "returned":
            return phrase("{name} is back since {day}", name=self.name, day=day)
        role = self.new_title or phrase("no title")
        if self.new_department and self.new_department != self.old_department:
            role = phrase("{title}, {department}", title=role, department=self.new_department)
        if self.old_title and self.old_title != self.new_title:
            return phrase("{name} moved to {role} (was {old_title}) on {day}", name=self.name, role=role,
                          old_title=self.old_title, day=day)
        return phrase("{name} moved to {role} on {day}", name=self.name, role=role, day=day)


def _record(row: StakeholderChange, name: str) -> PersonChange:
    return PersonChange(row.id, row.stakeholder_id, name, stored_day(row.day), row.kind, row.old_title,
                        row.old_department, row.old_reports_to_id, row.new_title, row.new_department,
                        row.new_reports_to_id)


def _step(person: Stakeholder, day: dt.date, kind: str, **new) -> PersonChange:
    row = StakeholderChange.create(
        stakeholder=person.id, day=day, kind=kind, old_title=person.title or "",
        old_department=person.department or "", old_reports_to=person.reports_to_id,
        new_title=new.get("title", person.title or ""), new_department=new.get("department", person.department or ""),
        new_reports_to=new.get("reports_to", person.reports_to_id))
    return _record(row, person.name)


def mark_left(stakeholder_id: int, day: dt.date) -> PersonChange:
    """They left the client on ``day``: off the map and out of coverage,
    their history kept."""
    day = v.day("day", day)
    with v.transaction():
        person = stakeholder_row(stakeholder_id)
        if person.left_on is not None:
            raise v.ValidationError("day", "{person} already left on {day}", person=person.name,
                                        day=stored_day(person.left_on).isoformat())
        change = _step(person, day, "left")
        person.left_on = day
        person.save()
        return change


def mark_returned(stakeholder_id: int, day: dt.date) -> PersonChange:
    """The way back for someone marked as left (they came back, or it was a mistake)."""
    day = v.day("day", day)
    with v.transaction():
        person = stakeholder_row(stakeholder_id)
        if person.left_on is None:
            raise v.ValidationError("day", "{person} has not left", person=person.name)
        change = _step(person, day, "returned")
        person.left_on = None
        person.save()
        return change


def mark_moved(stakeholder_id: int, day: dt.date, *, title: str, department: str = "",
               reports_to: int | None = None) -> PersonChange:
    """They moved to another role inside the client on ``day``."""
    day = v.day("day", day)
    title = v.text("title", title, max_len=v.MAX_NAME)
    department = v.text("department", department, max_len=v.MAX_NAME)
    with v.transaction():
        person = stakeholder_row(stakeholder_id)
        if person.left_on is not None:
            raise v.ValidationError("day", "{person} left the company; bring them back first", person=person.name)
        boss = None if reports_to in (None, "") else v.reference("reports_to", reports_to)
        if boss is not None:
            boss_row = Stakeholder.get_or_none(Stakeholder.id == boss)
            if boss_row is None or boss_row.account_id != person.account_id:
                raise v.ValidationError("reports_to", "must be someone in the same account")
            if boss == person.id:
                raise v.ValidationError("reports_to", "a person cannot report to themselves")
        if (title, department, boss) == (person.title or "", person.department or "", person.reports_to_id):
            raise v.ValidationError("title", "the new role is the same as the old one")
        if boss is not None and _would_cycle(person.id, boss):
            raise v.ValidationError("reports_to", "would make a reporting loop")
        change = _step(person, day, "moved", title=title, department=department, reports_to=boss)
        person.title, person.department, person.reports_to_id = title, department, boss
        person.save()
        return change


def undo_change(change_id: int) -> None:
    """Take a step back: the person's role and presence as they were before
    it, the step forgotten (the window's undo)."""
    with v.transaction():
        row = StakeholderChange.get_or_none(StakeholderChange.id == change_id)
        if row is None:
            raise v.NotFoundError(f"no change with id {change_id}")
        person = row.stakeholder
        if row.kind == "left":
            person.left_on = None
        elif row.kind == "returned":
            person.left_on = row.day
        else:
            person.title, person.department, person.reports_to_id = (row.old_title, row.old_department,
                                                                      row.old_reports_to_id)
        person.save()
        row.delete_instance()


def redo_change(change: PersonChange) -> PersonChange:
    """Do a step again after it was undone (the window's redo)."""
    if change.kind == "left":
        return mark_left(change.stakeholder_id, change.day)
    if change.kind == "returned":
        return mark_returned(change.stakeholder_id, change.day)
    return mark_moved(change.stakeholder_id, change.day, title=change.new_title, department=change.new_department,
                      reports_to=change.new_reports_to)


def changes_of(stakeholder_id: int) -> list[PersonChange]:
    """A person's steps, oldest first."""
    person = get_stakeholder(stakeholder_id)
    return [_record(r, person.name) for r in StakeholderChange.select()
            .where(StakeholderChange.stakeholder == stakeholder_id)
            .order_by(StakeholderChange.day, StakeholderChange.id)]


def account_changes(account_ids: list[int] | None, since: dt.date, until: dt.date) -> list[PersonChange]:
    """Every step in the accounts between ``since`` (exclusive) and ``until``, oldest first."""
    acc_filter, params = "", []
    if account_ids is not None:
        acc_filter = f"AND s.account_id IN ({','.join('?' * len(account_ids))})"
        params = list(account_ids)
    rows = bound_database().execute_sql(
        f"SELECT c.id, c.stakeholder_id, s.name, c.day, c.kind, c.old_title, c.old_department, "
        f"c.old_reports_to_id, c.new_title, c.new_department, c.new_reports_to_id "
        f"FROM stakeholder_change c JOIN stakeholder s ON s.id = c.stakeholder_id "
        f"WHERE c.day > ? AND c.day <= ? {acc_filter} ORDER BY c.day, c.id",
        [since.isoformat(), until.isoformat(), *params])
    return [PersonChange(cid, sid, name, stored_day(day), *rest) for cid, sid, name, day, *rest in rows]


@dataclass(frozen=True)
class FormerPerson:
    id: int
    name: str
    title: str
    left_on: dt.date


def former_people(account_id: int) -> list[FormerPerson]:
    """Who left the account, most recent first: listed apart, with a way back."""
    return [FormerPerson(sid, name, title or "", stored_day(left)) for sid, name, title, left in
            Stakeholder.select(Stakeholder.id, Stakeholder.name, Stakeholder.title, Stakeholder.left_on)
            .where((Stakeholder.account == account_id) & Stakeholder.left_on.is_null(False))
            .order_by(Stakeholder.left_on.desc(), Stakeholder.name).tuples()]
