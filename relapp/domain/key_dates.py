"""Key dates: a birthday, an anniversary, a company's year end.

A key date is a day of the year with an optional year (contact files often
give a birthday without one: ``--06-12``) and a yearly flag.  Written as
``YYYY-MM-DD`` with a year and ``--MM-DD`` without, as vCard 4.0 does.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from relapp.domain.bad_input import BadInput

_FULL = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")


@dataclass(frozen=True)
class KeyDay:
    month: int
    day: int
    year: int | None = None

    def text(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}" if self.year else f"--{self.month:02d}-{self.day:02d}"

    def as_date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.year else None


def parse_key_day(text: str) -> KeyDay:
    """Read ``YYYY-MM-DD``, ``YYYYMMDD`` (vCard 3.0 and 2.1 may add a time),
    ``--MM-DD`` or ``--MMDD``; ValueError says what is wrong.  A year of
    1604 or earlier is Apple's way of saying "no year": it is dropped."""
    value = (text or "").strip()
    full = _FULL.match(value)
    if full:
        year, month, day = (int(g) for g in full.groups())
    else:
        short = _NO_YEAR.match(value)
        if not short:
            raise BadInput("{value} is not a date (YYYY-MM-DD, or --MM-DD without a year)", value=repr(value))
        year, (month, day) = None, (int(g) for g in short.groups())
    if year is not None and year <= 1604:
        year = None
    if not 1 <= month <= 12:
        raise BadInput("{value}: there is no month {month}", value=repr(value), month=month)
    # Without a year, 29 February is a real birthday (leap years).
    last = calendar.monthrange(year or 2000, month)[1]
    if not 1 <= day <= last:
        raise BadInput("{value}: {month} has no day {day}", value=repr(value), month=calendar.month_name[month],
                       month_number=month, day=day)
    return KeyDay(month, day, year)


def occurrence_in(key: KeyDay, year: int) -> dt.date:
    """The day it falls on in ``year`` (29 February on the 28th in other years)."""
    last = calendar.monthrange(year, key.month)[1]
    return dt.date(year, key.month, min(key.day, last))


def next_occurrence(key: KeyDay, yearly: bool, today: dt.date) -> dt.date | None:
    """The next time the date comes round, today included; a one-off date
    only if it has a year and is still ahead."""
    if not yearly:
        day = key.as_date()
        return day if day is not None and day >= today else None
    this_year = occurrence_in(key, today.year)
    if key.year is not None and today.year < key.year:
        return key.as_date()
    return this_year if this_year >= today else occurrence_in(key, today.year + 1)


def years_on(key: KeyDay, day: dt.date) -> int | None:
    """How many years the date marks on ``day`` (an age, an anniversary)."""
    return day.year - key.year if key.year is not None and day.year > key.year else None


_SLASHED = re.compile(r"^(\d{1,2})([/.])(\d{1,2})[/.](\d{2,4})$")


def parse_spreadsheet_day(text: str) -> KeyDay | None:
    """A day as contact spreadsheets write it: ISO (Google, ``--MM-DD``
    without a year) or Outlook's ``6/12/1980`` (month first, unless the
    first number cannot be a month) and ``12.06.1980`` (day first).  Empty
    and Outlook's ``0/0/00`` give None; anything else raises ValueError."""
    value = (text or "").strip()
    if not value or value in ("0/0/00", "0/0/0000", "00.00.0000"):
        return None
    slashed = _SLASHED.match(value)
    if not slashed:
        return parse_key_day(value)
    first, mark, second, year = slashed.groups()
    month, day = (int(first), int(second)) if mark == "/" and int(first) <= 12 else (int(second), int(first))
    year_number = int(year) if len(year) == 4 else None  # a two-digit year says too little
    return parse_key_day(f"{year_number:04d}-{month:02d}-{day:02d}" if year_number else f"--{month:02d}-{day:02d}")
