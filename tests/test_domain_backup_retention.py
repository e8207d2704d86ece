"""The thinning rule: 7 daily, 4 weekly, 12 monthly."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from relapp.domain.backup_retention import backup_is_due, backups_to_keep
from relapp.domain.file_sizes import human_size

stamps = st.lists(st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2026, 12, 31)),
                  max_size=120)


@given(stamps)
@settings(max_examples=300)
def test_keeps_a_subset_including_the_newest_and_at_most_23(times):
    kept = backups_to_keep(times)
    assert kept <= set(times)
    if times:
        assert max(times) in kept
    assert len(kept) <= 7 + 4 + 12


@given(stamps)
def test_thinning_again_removes_nothing_more(times):
    kept = backups_to_keep(times)
    assert backups_to_keep(kept) == kept


@given(stamps)
def test_each_of_the_seven_latest_days_keeps_its_newest_backup(times):
    kept = backups_to_keep(times)
    days = sorted({t.date() for t in times}, reverse=True)[:7]
    for day in days:
        assert max(t for t in times if t.date() == day) in kept


@given(stamps)
def test_each_of_the_twelve_latest_months_keeps_a_backup(times):
    kept = backups_to_keep(times)
    months = sorted({(t.year, t.month) for t in times}, reverse=True)[:12]
    for month in months:
        assert any((t.year, t.month) == month for t in kept)
    weeks = sorted({t.isocalendar()[:2] for t in times}, reverse=True)[:4]
    for week in weeks:
        assert any(t.isocalendar()[:2] == week for t in kept)


@given(stamps, st.datetimes(min_value=dt.datetime(2027, 1, 1), max_value=dt.datetime(2027, 12, 31)))
def test_a_new_backup_never_removes_an_older_keeper_of_another_day_in_the_last_week(times, new):
    """Adding today's backup may only push out what falls outside the
    periods; a backup kept as one of the seven days stays unless there are
    now seven newer days."""
    before = backups_to_keep(times)
    after = backups_to_keep(times + [new])
    days = sorted({t.date() for t in times}, reverse=True)[:6]
    for t in before:
        if t.date() in days and t == max(x for x in times if x.date() == t.date()):
            assert t in after


def test_a_year_of_daily_backups_thins_to_the_rule():
    start = dt.datetime(2025, 1, 1, 9, 0)
    times = [start + dt.timedelta(days=i) for i in range(365)]
    kept = sorted(backups_to_keep(times))
    # the last 7 days, plus the newest of older weeks and months
    assert kept[-7:] == times[-7:]
    assert len({(t.year, t.month) for t in kept}) == 12
    assert 7 + 12 - 1 <= len(kept) <= 7 + 4 + 12
    assert kept[0] == dt.datetime(2025, 1, 31, 9, 0), "the oldest kept is the newest of the oldest month kept"


def test_several_backups_on_one_day_keep_only_the_newest():
    times = [dt.datetime(2026, 6, 15, h) for h in (8, 12, 17)]
    assert backups_to_keep(times) == {dt.datetime(2026, 6, 15, 17)}


def test_backup_is_due_after_a_day_or_when_the_clock_went_back():
    now = dt.datetime(2026, 6, 15, 12)
    assert backup_is_due(None, now)
    assert not backup_is_due(now - dt.timedelta(hours=23), now)
    assert backup_is_due(now - dt.timedelta(days=1, seconds=1), now)
    assert backup_is_due(now + dt.timedelta(days=3), now)


def test_human_sizes():
    assert human_size(0) == "0 B"
    assert human_size(1023) == "1023 B"
    assert human_size(1536) == "1.5 KB"
    assert human_size(5 * 1024 * 1024) == "5.0 MB"
