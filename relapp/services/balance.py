"""Balance series for accounts and stakeholders: per-day sums in SQL, the
running sum and decay in the domain."""

from __future__ import annotations

import datetime as dt

from relapp.domain.balance import BalancePoint, balance_series
from relapp.store.dates import stored_day
from relapp.store.binding import bound_database

DEFAULT_HALF_LIFE_DAYS = 180


def _daily(sql: str, params: list) -> list[tuple[dt.date, int]]:
    return [(stored_day(day), int(total))
            for day, total in bound_database().execute_sql(sql, params)]


def account_daily(account_id: int) -> list[tuple[dt.date, int]]:
    sql = "SELECT day, SUM(value) FROM entry WHERE account_id = ? GROUP BY day ORDER BY day"
    return _daily(sql, [account_id])


def stakeholder_daily(stakeholder_id: int) -> list[tuple[dt.date, int]]:
    sql = ("SELECT e.day, SUM(e.value) FROM entry_stakeholder es JOIN entry e ON e.id = es.entry_id "
           "WHERE es.stakeholder_id = ? GROUP BY e.day ORDER BY e.day")
    return _daily(sql, [stakeholder_id])


def account_series(account_id: int, today: dt.date | None = None,
                   half_life_days: float | None = None) -> list[BalancePoint]:
    return balance_series(account_daily(account_id), half_life_days, until=today or dt.date.today())


def stakeholder_series(stakeholder_id: int, today: dt.date | None = None,
                       half_life_days: float | None = None) -> list[BalancePoint]:
    return balance_series(stakeholder_daily(stakeholder_id), half_life_days, until=today or dt.date.today())


def entries_on(day: dt.date, account_id: int | None = None, stakeholder_id: int | None = None,
               limit: int = 8) -> list[tuple[str, int, str]]:
    """(title, value, kind) of the entries on one day — the chart's hover."""
    if stakeholder_id is not None:
        sql = ("SELECT e.title, e.value, e.kind FROM entry_stakeholder es JOIN entry e ON e.id = es.entry_id "
               "WHERE es.stakeholder_id = ? AND e.day = ? ORDER BY e.id LIMIT ?")
        params = [stakeholder_id, day.isoformat(), limit]
    else:
        sql = "SELECT title, value, kind FROM entry WHERE account_id = ? AND day = ? ORDER BY id LIMIT ?"
        params = [account_id, day.isoformat(), limit]
    return [(t, int(v), k) for t, v, k in bound_database().execute_sql(sql, params)]
