"""Keeping in touch with one person: their rhythm, the last contact and
when the next one is expected (an entry with them resets the clock; where
the account counts only contact that gave or cost something, an entry
worth 0 does not)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relapp.domain.keep_in_touch import contact_expected_by, days_overdue
from relapp.services.coverage import person_knowledge
from relapp.services.people import get_stakeholder
from relapp.store.models import Account


@dataclass(frozen=True)
class ContactStatus:
    cadence_days: int | None
    neglect_days: int
    last_contact: dt.date | None  # the last contact that resets the clock
    expected_by: dt.date | None  # None: nothing is expected of this person
    days_late: int
    last_entry: dt.date | None = None  # the last entry with them, even one worth 0 that leaves the clock alone


def contact_status(stakeholder_id: int, today: dt.date | None = None) -> ContactStatus:
    today = today or dt.date.today()
    person = get_stakeholder(stakeholder_id)
    neglect = Account.select(Account.neglect_days).where(Account.id == person.account_id).scalar()
    knowledge = person_knowledge(person.id, today)
    last_day = knowledge.clock_contact
    added = person.created_at.date() if person.created_at else today
    expected = contact_expected_by(last_day, added, person.influence, person.cadence_days, neglect)
    return ContactStatus(person.cadence_days, neglect, last_day, expected, days_overdue(expected, today),
                         knowledge.last_contact)
