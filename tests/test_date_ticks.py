"""Where a date axis puts its ticks and what they say (relapp/gui/chart/
date_ticks.py): whole UTC days, worked out by calendar arithmetic."""

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from relapp.gui.chart.date_ticks import DAY, MONTH_NAMES, date_ticks, day_at, seconds_of


def around(last: dt.date, days: int) -> tuple[float, float]:
    return seconds_of(last - dt.timedelta(days=days)), seconds_of(last)


def labelled(levels) -> list[list[tuple[dt.date, str]]]:
    return [[(day_at(x), label) for x, label in ticks] for _spacing, ticks in levels]


def test_three_months_show_month_starts_and_days_of_the_month():
    months, days = labelled(date_ticks(*around(dt.date(2026, 2, 20), 91), 4.4))
    assert months == [(dt.date(2025, 12, 1), "Dec"), (dt.date(2026, 1, 1), "2026"), (dt.date(2026, 2, 1), "Feb")]
    assert [d.day for d, _ in days] == sorted(d.day for d, _ in days if d.month == 11) + \
        [6, 11, 16, 21, 26] * 2 + [6, 11, 16]
    assert all(label == f"{day.day:02d}" for day, label in days)
    # Oct 31st / Dec 31st would crowd the next month's first: left out.
    assert not any(day.day == 31 for day, _ in days)


def test_a_year_shows_its_new_year_and_the_other_months_by_name():
    years, months = labelled(date_ticks(*around(dt.date(2026, 6, 15), 365), 19.0))
    assert years == [(dt.date(2026, 1, 1), "2026")]
    assert [label for _, label in months] == ["Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Feb", "Mar", "Apr",
                                              "May", "Jun"]
    assert all(day.day == 1 for day, _ in months)


def test_ten_years_show_each_new_year_and_half_years_between():
    years, halves = labelled(date_ticks(*around(dt.date(2026, 6, 15), 3650), 150.0))
    assert [label for _, label in years] == [str(y) for y in range(2017, 2027)]
    assert {day.month for day, _ in halves} == {7}


def test_ten_years_on_a_narrow_axis_mark_the_months_without_names():
    years, months = labelled(date_ticks(*around(dt.date(2026, 6, 15), 3650), 200.0))
    assert [label for _, label in years] == [str(y) for y in range(2017, 2027)]
    assert len(months) > 100 and {label for _, label in months} == {None}
    assert all(day.day == 1 and day.month != 1 for day, _ in months)


def test_years_stand_apart_by_their_shortest_length():
    (years,) = labelled(date_ticks(*around(dt.date(2026, 6, 15), 3650), 365.1))
    assert [label for _, label in years] == ["2018", "2020", "2022", "2024", "2026"]


def test_a_range_seen_before_is_remembered():
    low, high = around(dt.date(2026, 6, 15), 365)
    assert date_ticks(low, high, 19.0) is date_ticks(low, high, 19.0)


def test_an_empty_or_reversed_range_has_no_ticks():
    assert date_ticks(100.0, 100.0, 1.0) == ()
    assert date_ticks(200.0, 100.0, 1.0) == ()


@given(first=st.dates(dt.date(1900, 1, 1), dt.date(2200, 1, 1)), days=st.integers(1, 40_000),
       gap=st.floats(0.05, 5_000))
def test_ticks_fall_on_days_in_range_and_their_labels_stand_apart(first, days, gap):
    low, high = seconds_of(first), seconds_of(first) + days * DAY
    levels = date_ticks(low, high, gap)
    seen = set()
    for _spacing, ticks in levels:
        for x, label in ticks:
            assert low <= x <= high and x % DAY == 0
            assert x not in seen, "a tick of a coarser level is not repeated"
            seen.add(x)
            day = day_at(x)
            if label is None:  # a month's mark where the names do not fit
                assert day.day == 1
                continue
            assert label in (str(day.year), MONTH_NAMES[day.month - 1], f"{day.day:02d}")
            if label == str(day.year):
                assert (day.month, day.day) == (1, 1)
            if label in MONTH_NAMES:
                assert day.day == 1
            if len(label) == 2 and label.isdigit():
                assert calendar.monthrange(day.year, day.month)[1] + 1 - day.day >= 1
    if levels:
        top = [x for x, _ in levels[0][1]]
        assert all(b - a > gap * DAY for a, b in zip(top, top[1:])), "the top level's labels never crowd"


def test_marks_without_names_stand_apart_too():
    """Three years on a health chart 180 pixels wide: a mark on every month
    came every 4.5 pixels, a comb; marks closer than asked give way to every
    third month (quarters), and where even every sixth would crowd, to none."""
    low, high = around(dt.date(2026, 12, 1), 1200)
    years, marks = labelled(date_ticks(low, high, 300.0, 67.0))
    assert [label for _, label in years] == ["2024", "2025", "2026"]
    assert {label for _, label in marks} == {None}
    assert {day.month for day, _ in marks} == {4, 7, 10}
    assert all(day.day == 1 for day, _ in marks)
    (years_only,) = labelled(date_ticks(low, high, 300.0, 200.0))
    assert years_only == years
    # Room for every month's mark: September 2023 to December 2026 is 40
    # firsts of a month, less the three Januaries (their years say them).
    _years, every_month = labelled(date_ticks(low, high, 300.0, 20.0))
    assert len(every_month) == 40 - 3


def test_a_chart_axis_keeps_its_marks_apart_on_a_narrow_chart(qtbot):
    from relapp.gui.chart.direct_axes import MIN_MARK_GAP, DatePlotWidget

    plot = DatePlotWidget()
    qtbot.addWidget(plot)
    low, high = around(dt.date(2026, 12, 1), 1200)
    axis = plot.getPlotItem().getAxis("bottom")
    for width in (180, 1200):
        levels = axis.tickValues(low, high, width)
        spacing = min(b - a for _level, xs in levels for a, b in zip(sorted(xs), sorted(xs)[1:]))
        pixels = spacing / (high - low) * width
        assert pixels >= MIN_MARK_GAP * 0.9, (width, pixels)
        # Wide, the months' level has room for names again.
        assert any(label for label in axis.tickStrings(levels[-1][1], 1, levels[-1][0])) == (width == 1200)
