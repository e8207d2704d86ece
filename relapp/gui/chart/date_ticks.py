"""Where the ticks of a date axis go and what they say, by plain calendar
arithmetic on whole UTC days.

The charts put each day at its UTC midnight (``to_seconds``), so the ticks
are worked out on the same days: years, months and days of the month, never
hours.  pyqtgraph's own date axis works in local time and asks Qt about
every candidate tick one ``QDateTime`` at a time, on every range change;
that was two fifths of a chart's range change under the profiler.  Here a
range is a few dozen date sums, and a range seen before (the presets go
back and forth) is remembered.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

DAY = 86400
_EPOCH = dt.date(1970, 1, 1).toordinal()
_FIRST, _LAST = dt.date.min.toordinal(), dt.date.max.toordinal()
YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000, 2500)
MONTH_STEPS = (1, 2, 3, 6)
DAY_STEPS = (1, 2, 5, 10)
# Below this many days between labels the axis shows months and days of the
# month; above it, years and months (pyqtgraph switches at the same point).
MONTHS_AND_DAYS_BELOW = 5
# Locale-independent short month names, as the charts have always shown them.
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# One level of ticks: its typical spacing in seconds, then (position, label)
# pairs, position in seconds since 1970 (UTC midnight of the day); the label
# None for a mark without text (month names that would not fit).
Level = tuple[float, tuple[tuple[float, str | None], ...]]


def seconds_of(day: dt.date) -> float:
    """Where ``day`` sits on a date axis: seconds since 1970, UTC midnight."""
    return float((day.toordinal() - _EPOCH) * DAY)


def day_at(seconds: float) -> dt.date:
    """The day whose UTC midnight is at or before ``seconds`` (kept within
    the days a date can hold)."""
    ordinal = int(seconds // DAY) + _EPOCH
    return dt.date.fromordinal(min(max(ordinal, _FIRST), _LAST))


def _first_step(steps: tuple[int, ...], unit_days: float, min_gap_days: float) -> int | None:
    """The smallest step whose ticks stand further apart than ``min_gap_days``."""
    return next((step for step in steps if step * unit_days > min_gap_days), None)


def _years(first: dt.date, last: dt.date, step: int) -> list[tuple[float, str]]:
    start = (first.year + step - 1) // step * step
    if start == first.year and first != dt.date(first.year, 1, 1):
        start += step
    return [(seconds_of(dt.date(year, 1, 1)), str(year))
            for year in range(max(start, 1), last.year + 1, step)]


def _months(first: dt.date, last: dt.date, step: int, years_shown: bool) -> list[tuple[float, str]]:
    """First days of months in [first, last] whose month is a multiple of
    ``step``; January says its year (it starts one), unless a level of
    years above already says it."""
    ticks = []
    year, month = first.year, first.month
    if first.day != 1:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    while (year, month) <= (last.year, last.month):
        if (month - 1) % step == 0 and not (years_shown and month == 1):
            label = str(year) if month == 1 else MONTH_NAMES[month - 1]
            ticks.append((seconds_of(dt.date(year, month, 1)), label))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ticks


def _days(first: dt.date, last: dt.date, step: int) -> list[tuple[float, str]]:
    """Days 1 + k·step of each month (the 1st itself belongs to the months'
    level), leaving out one that would crowd the next month's first day."""
    ticks = []
    day = first
    while day <= last:
        length = calendar.monthrange(day.year, day.month)[1]
        if day.day != 1 and (day.day - 1) % step == 0 and length + 1 - day.day >= step / 2:
            ticks.append((seconds_of(day), f"{day.day:02d}"))
        if day.toordinal() >= _LAST:
            break
        day = dt.date.fromordinal(day.toordinal() + 1)
    return ticks


@lru_cache(maxsize=64)
def date_ticks(low: float, high: float, min_gap_days: float, min_mark_gap_days: float = 0.0) -> tuple[Level, ...]:
    """Tick levels, coarsest first, for an axis from ``low`` to ``high``
    seconds whose labels need ``min_gap_days`` between them to stay apart
    and whose marks without a label ``min_mark_gap_days``."""
    if not high > low:
        return ()
    first, last = day_at(low), day_at(high)
    if seconds_of(first) < low:
        first = day_at(low + DAY)
    if first > last:
        return ()
    levels: list[Level] = []
    if min_gap_days > MONTHS_AND_DAYS_BELOW:
        year_step = _first_step(YEAR_STEPS, 365, min_gap_days) or YEAR_STEPS[-1]
        levels.append((year_step * 365.0 * DAY, tuple(_years(first, last, year_step))))
        month_step = _first_step(MONTH_STEPS, 28, min_gap_days)
        if year_step == 1:
            # Month ticks even where their names do not fit: the axis then
            # shows the marks without the text, as pyqtgraph's does.  Their
            # labels are None then: pyqtgraph measured every one of them
            # (a hundred and twenty on ten years) only to leave them out.
            if month_step is not None:
                levels.append((month_step * 30.0 * DAY, tuple(_months(first, last, month_step, True))))
            else:
                # Marks closer than ``min_mark_gap_days`` made a comb of a
                # narrow chart's axis (three years on a health chart 180
                # pixels wide): every second, third or sixth month then,
                # or none.
                mark_step = _first_step(MONTH_STEPS, 28, min_mark_gap_days)
                if mark_step is not None:
                    levels.append((mark_step * 30.0 * DAY,
                                   tuple((x, None) for x, _label in _months(first, last, mark_step, True))))
    else:
        levels.append((30.0 * DAY, tuple(_months(first, last, 1, False))))
        day_step = _first_step(DAY_STEPS, 1, min_gap_days) or DAY_STEPS[-1]
        levels.append((day_step * 1.0 * DAY, tuple(_days(first, last, day_step))))
    return tuple(levels)
