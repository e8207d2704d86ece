"""Key dates as a calendar: one all-day event per date, repeating every
year when the date does (RRULE FREQ=YEARLY), built with the icalendar
library."""

from __future__ import annotations

import datetime as dt

from relapp.domain.key_dates import next_occurrence, occurrence_in
from relapp.services.key_dates import KeyDateRow


def key_dates_calendar(rows: list[KeyDateRow], today: dt.date, stamp: dt.datetime) -> bytes:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Relapp//Key dates//EN")
    calendar.add("version", "2.0")
    for row in rows:
        key = row.key_day
        # With a year the series starts on the day itself (a birthday's
        # first year); without one, this year's occurrence starts it.
        start = key.as_date() or occurrence_in(key, today.year)
        if not row.yearly:
            start = key.as_date() or next_occurrence(key, True, today)
        event = Event()
        event.add("uid", f"relapp-key-date-{row.id}@relapp")
        event.add("dtstamp", stamp)
        where = f" ({row.account})" if row.account else ""
        event.add("summary", f"{row.label} — {row.person}{where}")
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a birthday does not make anyone busy
        if row.yearly:
            rule = {"freq": "yearly"}
            if (key.month, key.day) == (2, 29):
                # Every year on the last day of February, not only in leap years.
                rule.update(bymonth=2, bymonthday=-1)
            event.add("rrule", rule)
        event.add("categories", ["Relapp", row.label])
        calendar.add_component(event)
    return calendar.to_ical()
