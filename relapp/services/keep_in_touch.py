"""Keeping in touch with one person: their rhythm, the last contact and
when the next one is expected (any entry with them resets the clock)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relapp.domain.keep_in_touch import contact_expected_by, days_overdue
from relapp.services.people import get_stakeholder
from relapp.store.dates import stored_day
from relapp.store.models import Account, database_proxy


@dataclass(frozen=True)
class ContactStatus:
    cadence_days: int | None
    neglect_days: int
    last_contact: dt.date | None
    expected_by: dt.date | None  # None: nothing is expected of this person
    days_late: int


def contact_status(stakeholder_id: int, today: dt.date | None = None) -> ContactStatus:
    today = today or dt.date.today()
    person = get_stakeholder(stakeholder_id)
    neglect = Account.select(Account.neglect_days).where(Account.id == person.account_id).scalar()
    last = database_proxy.execute_sql(
        "SELECT MAX(e.day) FROM entry_stakeholder es JOIN entry e ON e.id = es.entry_id "
        "WHERE es.stakeholder_id = ? AND e.day <= ?", [stakeholder_id, today.isoformat()]).fetchone()[0]
    last_day = stored_day(last)
    added = person.created_at.date() if person.created_at else today
    expected = contact_expected_by(last_day, added, person.influence, person.cadence_days, neglect)
    return ContactStatus(person.cadence_days, neglect, last_day, expected, days_overdue(expected, today))
