"""The relationship balance: a running sum of entry values over time.

With a half-life the balance decays towards zero between entries, so a
relationship nobody invests in visibly loses its credit.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Iterable, NamedTuple


class BalancePoint(NamedTuple):
    # A named tuple, not a frozen dataclass: a chart makes one per day of an
    # account's history on every account switch, and a frozen dataclass
    # takes twice as long to make (0.9 µs against 0.4); its columns also
    # come apart in one zip().
    day: date
    balance: float
    change: int  # sum of the values entered on that day
    # False only for the point that carries the line on to today: a day
    # whose entries add up to 0 has entries all the same (and a dot).
    has_entries: bool = True


def daily_sums(entries: Iterable[tuple[date, int]]) -> list[tuple[date, int]]:
    """Collapse (day, value) pairs into one sum per day, oldest first."""
    sums: dict[date, int] = {}
    for day, value in entries:
        sums[day] = sums.get(day, 0) + value
    return sorted(sums.items())


def balance_series(
    daily: Iterable[tuple[date, int]],
    half_life_days: float | None = None,
    until: date | None = None,
) -> list[BalancePoint]:
    """Running balance after each day that has entries.

    ``daily`` holds one (day, summed value) pair per day in any order (the
    store computes these sums in SQL).  With ``until`` a final point is added
    on that day so the line reaches today even after a long silence — which
    is where decay shows.
    """
    points: list[BalancePoint] = []
    balance = 0.0
    previous: date | None = None
    for day, change in sorted(daily):
        if until is not None and day > until:
            break
        balance = _decayed(balance, previous, day, half_life_days) + change
        points.append(BalancePoint(day, balance, change))
        previous = day
    if until is not None and (previous is None or previous < until) and points:
        points.append(BalancePoint(until, _decayed(balance, previous, until, half_life_days), 0, False))
    return points


def _decayed(balance: float, since: date | None, day: date, half_life_days: float | None) -> float:
    if not half_life_days or since is None:
        return balance
    elapsed = (day - since).days
    return balance * math.pow(0.5, elapsed / half_life_days)


def balance_on(series: list[BalancePoint], day: date) -> float:
    """Balance as it stood at the end of ``day`` (0 before the first entry).

    Without decay this is exact; with decay the value at the last point
    before ``day`` is returned, which is what the chart shows at that day.
    """
    value = 0.0
    for point in series:
        if point.day > day:
            break
        value = point.balance
    return value


def trend(series: list[BalancePoint], today: date, days: int = 30) -> float:
    """How much the balance moved over the last ``days`` days up to today."""
    from datetime import timedelta

    return balance_on(series, today) - balance_on(series, today - timedelta(days=days))
