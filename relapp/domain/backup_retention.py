"""Which backups to keep: the newest of each of the last 7 days, 4 weeks and
12 months that have a backup (the periods overlap, so one backup can count
for a day, its week and its month).

Periods are counted among the days, weeks and months that *have* a backup,
not back from today: after a month away from the computer the user still
finds seven daily backups, not none.  The newest backup is always kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


def _day(t: dt.datetime) -> Hashable:
    return t.date()


def _week(t: dt.datetime) -> Hashable:
    year, week, _ = t.isocalendar()
    return (year, week)


def _month(t: dt.datetime) -> Hashable:
    return (t.year, t.month)


def _newest_per_period(stamps: list[dt.datetime], period: Callable[[dt.datetime], Hashable],
                       count: int) -> set[dt.datetime]:
    """The newest stamp of each of the ``count`` most recent periods."""
    kept: set[dt.datetime] = set()
    seen: set[Hashable] = set()
    for stamp in stamps:  # newest first
        key = period(stamp)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(stamp)
    return kept


def backups_to_keep(stamps: Iterable[dt.datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
                    monthly: int = KEEP_MONTHLY) -> set[dt.datetime]:
    """The subset of ``stamps`` (backup times) to keep; the rest may go."""
    ordered = sorted(set(stamps), reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0]}
    keep |= _newest_per_period(ordered, _day, daily)
    keep |= _newest_per_period(ordered, _week, weekly)
    keep |= _newest_per_period(ordered, _month, monthly)
    return keep


def backup_is_due(last: dt.datetime | None, now: dt.datetime, every: dt.timedelta = dt.timedelta(days=1)) -> bool:
    """An automatic backup is due when there is none, or the last is older
    than ``every`` (or lies in the future: a clock that jumped back)."""
    return last is None or now - last >= every or last > now
