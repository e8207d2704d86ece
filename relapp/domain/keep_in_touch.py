"""Keeping in touch: when a person counts as neglected.

A person is expected again ``cadence_days`` after the last entry with them
(the user's own rhythm for that person); an influential person is also
expected within the account's neglect window.  Whichever comes first
counts, and any new entry with them starts the clock again.

What counts as contact is the same everywhere a last contact is shown or
judged (the people tables, the account list, coverage, Home): an entry from
its day on.  One dated after today is a plan, a meeting booked for next week,
not contact yet: it makes nobody "contacted today" and resets no clock until
its day comes.
"""

from __future__ import annotations

from datetime import date, timedelta

# Influence 4 or 5 on the 1–5 scale: the people an account is won or lost with.
INFLUENTIAL = 4


def latest_contact_day(today: date) -> date:
    """The last day whose entries count as contact (queries read entries up
    to it): today, never a day still to come."""
    return today


def counts_as_contact(day: date, today: date) -> bool:
    """Whether an entry dated ``day`` is contact on ``today``."""
    return day <= latest_contact_day(today)


def contact_expected_by(last_contact: date | None, known_since: date, influence: int,
                        cadence_days: int | None, neglect_days: int) -> date | None:
    """The day by which the next contact is expected; None when nothing is
    expected of this person (no cadence and not influential).  A person
    never contacted is measured from the day they were added."""
    start = last_contact or known_since
    limits = []
    if cadence_days:
        limits.append(start + timedelta(days=cadence_days))
    if influence >= INFLUENTIAL and neglect_days > 0:
        limits.append(start + timedelta(days=neglect_days))
    return min(limits) if limits else None


def days_overdue(expected_by: date | None, today: date) -> int:
    """How many days past the expected contact; 0 when not (yet) late."""
    if expected_by is None or expected_by >= today:
        return 0
    return (today - expected_by).days
