"""A key date as people read it: "3 May 1968", or "3 May" when the year is
unknown (stored as ``--05-03``, the vCard way, which means nothing to a reader)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from relapp.domain.key_dates import parse_key_day


def key_date_text(stored: str) -> str:
    try:
        day = parse_key_day(stored)
    except ValueError:
        return stored  # shown as it was given rather than hidden
    # A leap year stands in for an unknown one, so 29 February stays a date.
    date = QDate(day.year or 2000, day.month, day.day)
    return QLocale().toString(date, "d MMM yyyy" if day.year else "d MMM")
