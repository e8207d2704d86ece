"""Days as raw SQL returns them.

Peewee turns a DateField into a ``date`` when it reads a model, but raw
queries (``MAX(day)``, ``GROUP BY day``, joins written as SQL for speed)
hand back SQLite's stored text, sometimes with a time after the date.
"""

from __future__ import annotations

import datetime as dt


def stored_day(value) -> dt.date | None:
    """The day ``value`` holds: a ``date`` as it is, stored text read by its
    first ten characters, None for no value."""
    if type(value) is str and len(value) == 10:
        # SQLite's own 'YYYY-MM-DD', the common case, read straight away:
        # a chart reads one per day of an account's history on every switch.
        return dt.date.fromisoformat(value)
    if not value:
        return None
    if isinstance(value, dt.datetime):  # a team database's timestamps
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
