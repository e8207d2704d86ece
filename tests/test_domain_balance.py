import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from relapp.domain.balance import balance_on, balance_series, daily_sums, trend

D = dt.date(2025, 1, 1)

days = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 1, 1))
values = st.integers(min_value=-5, max_value=5)
entries = st.lists(st.tuples(days, values), max_size=60)


def test_running_sum_of_a_few_entries():
    series = balance_series([(D, 3), (D + dt.timedelta(days=2), -1), (D + dt.timedelta(days=5), 4)])
    assert [p.balance for p in series] == [3, 2, 6]


def test_until_extends_the_line_to_today_without_changing_it():
    series = balance_series([(D, 3)], until=D + dt.timedelta(days=100))
    assert series[-1].day == D + dt.timedelta(days=100)
    assert series[-1].balance == 3


def test_only_the_point_carrying_the_line_to_today_is_a_day_without_entries():
    carried = balance_series([(D, 3)], until=D + dt.timedelta(days=100))
    assert [p.has_entries for p in carried] == [True, False]
    # Entries today that add up to 0 are a day with entries (a dot on the
    # chart), not the line carried on to today.
    today = balance_series([(D, 3), (D + dt.timedelta(days=4), 0)], until=D + dt.timedelta(days=4))
    assert [p.has_entries for p in today] == [True, True]


@given(entries, days)
def test_every_day_with_entries_has_its_point_and_nothing_else_is_marked_so(pairs, until):
    series = balance_series(daily_sums(pairs), until=until)
    assert [p.day for p in series if p.has_entries] == sorted({day for day, _ in pairs if day <= until})
    assert all(p.day == until for p in series if not p.has_entries)


def test_half_life_halves_the_balance_after_one_half_life():
    series = balance_series([(D, 4)], half_life_days=30, until=D + dt.timedelta(days=30))
    assert series[-1].balance == 2


def test_trend_is_the_change_over_the_window():
    series = balance_series([(D, 5), (D + dt.timedelta(days=50), -2), (D + dt.timedelta(days=55), -1)])
    assert trend(series, D + dt.timedelta(days=60), days=30) == -3


@given(entries)
def test_final_balance_equals_sum_of_values(pairs):
    series = balance_series(daily_sums(pairs))
    assert (series[-1].balance if series else 0) == sum(v for _, v in pairs)


@given(entries)
def test_series_is_ordered_with_one_point_per_day(pairs):
    series = balance_series(daily_sums(pairs))
    assert [p.day for p in series] == sorted({d for d, _ in pairs})


@given(entries, st.floats(min_value=1, max_value=1000))
def test_decay_never_amplifies(pairs, half_life):
    # With decay the size of the balance is never larger than the sum of the
    # sizes of all values entered (it only ever shrinks between entries).
    series = balance_series(daily_sums(pairs), half_life_days=half_life)
    bound = sum(abs(v) for _, v in pairs)
    assert all(abs(p.balance) <= bound + 1e-9 for p in series)


@given(entries, days)
def test_balance_on_matches_sum_up_to_that_day(pairs, day):
    series = balance_series(daily_sums(pairs))
    assert balance_on(series, day) == sum(v for d, v in pairs if d <= day)
