"""The balance chart as a user sees it, and `relapp export chart`."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QImage

from demo_day import TODAY
from cli_helpers import run_command as cli
from relapp.gui.chart.balance_chart import MAX_SERIES, BalanceChart
from relapp.services import journal
from relapp.services.accounts import create_account
from relapp.store.models import Account, Entry, EntryStakeholder, Stakeholder
from cli_helpers import data_option


@pytest.fixture
def chart(qtbot):
    widget = BalanceChart(today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    widget.show()
    return widget


def ledger_sum(account_id: int) -> int:
    """The balance as plain arithmetic over the stored entries."""
    return sum(e.value for e in Entry.select().where(Entry.account == account_id, Entry.day <= TODAY))


def test_line_ends_at_the_ledger_balance(demo_db, chart):
    for account in Account.select().limit(3):
        chart.set_account(account.id)
        assert chart.last_value() == pytest.approx(ledger_sum(account.id))


def test_all_shows_the_whole_history_after_a_shorter_range(demo_db, chart):
    """Left to pyqtgraph's automatic range, "All" after "1 year" showed
    little more than that year: the line, cut to the year in view, gave
    the automatic range its bounds."""
    chart.set_account(max(Account.select(), key=lambda a: Entry.select().where(Entry.account == a.id).count()).id)
    first_day = min(chart._days)
    for preset in ("1y", "all", "3m", "all"):
        chart.set_range(preset)
        chart.plot.grab()  # painted, as on screen
        start, end = chart.visible_days()
        if preset == "all":
            assert start <= first_day and end >= TODAY, (start, end)
        else:
            assert (TODAY - start).days <= 370


def test_a_new_account_says_how_to_start(db, chart):
    account = create_account(name="Quiet Ltd")
    chart.set_account(account.id)
    chart.set_range("all")  # nothing to show yet: no range to set either
    assert chart.plot.isHidden()
    assert "Ctrl+N" in chart.empty_label.text()
    journal.add_entry(account=account.id, day=TODAY, kind="call", value=2, title="First call")
    chart.refresh()
    assert chart.plot.isVisible() and chart.last_value() == 2


def test_range_presets_set_the_visible_period(demo_db, chart):
    chart.set_account(Account.select().first().id)
    chart.set_range("3m")
    start, end = chart.visible_days()
    assert 88 <= (TODAY - start).days <= 93 and 0 <= (end - TODAY).days <= 4
    chart.set_range("1y")
    start, _ = chart.visible_days()
    assert 360 <= (TODAY - start).days <= 370
    with pytest.raises(ValueError):
        chart.set_range("decade")


def test_the_balance_is_in_view_before_the_first_paint(demo_db, chart):
    """The vertical range follows the account at once: worked out only when
    the chart is painted, it asked for a second paint of the whole chart."""
    view = chart.plot.getPlotItem().getViewBox()
    chart.set_range("1y")
    for account in Account.select().limit(4):
        chart.set_account(account.id)  # no event handled in between: nothing painted yet
        (left, right), (low, high) = view.viewRange()
        xs, ys = chart.plot.getPlotItem().listDataItems()[0].getData()  # the account's line
        shown = [y for x, y in zip(xs, ys) if left <= x <= right]
        assert shown and low <= min(shown) and max(shown) <= high
        # Fitted to this account's balance, not left over from the last one.
        assert high - low <= 1.2 * max(max(shown) - min(shown), 4) + 1


def test_hover_names_the_entries_of_that_day(db, chart):
    account = create_account(name="Hover Co")
    day = TODAY - dt.timedelta(days=10)
    journal.add_entry(account=account.id, day=day, kind="delivery", value=-2, title="Report sent late")
    journal.add_entry(account=account.id, day=day, kind="call", value=3, title="Fixed it the same day")
    chart.set_account(account.id)
    text = chart.hover_text(day)
    assert text.startswith(day.isoformat())
    assert "Report sent late  (-2)" in text and "Fixed it the same day  (+3)" in text


def test_decay_makes_old_credit_fade(db, chart):
    account = create_account(name="Old Friends")
    journal.add_entry(account=account.id, day=TODAY - dt.timedelta(days=720), kind="meeting", value=5,
                      title="Great workshop, long ago")
    chart.set_account(account.id)
    assert chart.last_value() == 5
    chart.decay_box.setChecked(True)
    assert 0 < chart.last_value() < 1.5  # four half-lives of 180 days
    chart.decay_box.setChecked(False)
    assert chart.last_value() == 5


def test_compare_a_person_and_another_account(demo_db, chart):
    first, second = Account.select().order_by(Account.id).limit(2)
    chart.set_account(first.id)
    person = (Stakeholder.select().join(EntryStakeholder, on=EntryStakeholder.stakeholder == Stakeholder.id)
              .where(Stakeholder.account == first.id).first())
    chart.compare_menu.aboutToShow.emit()
    names = [a.text() for a in chart.compare_menu.actions()]
    assert person.name in names
    next(a for a in chart.compare_menu.actions() if a.text() == person.name).trigger()
    chart.add_series("account", second.id)
    assert len(chart.series()) == MAX_SERIES
    assert chart.legend.isVisible()
    assert chart.last_value(2) == pytest.approx(ledger_sum(second.id))
    with pytest.raises(ValueError):
        chart.add_series("account", Account.select().order_by(Account.id.desc()).first().id)
    chart.compare_menu.aboutToShow.emit()
    another = next(a for a in chart.compare_menu.actions() if a.text().startswith("Another account"))
    assert not another.isEnabled()  # three lines already
    chart.stop_comparing()
    assert chart.series() == [("account", first.id)] and not chart.legend.isVisible()


def test_export_chart_writes_png_and_svg(demo_db, data_dir, tmp_path, capsys):
    account = Account.select().first()
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    assert cli([*data_option(data_dir), "export", "chart", account.name, "--format", "png", "-o", str(png)]) == 0
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 600 and image.height() >= 250
    assert cli([*data_option(data_dir), "export", "chart", account.name, "--format", "svg", "-o", str(svg)]) == 0
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert len(list(root.iter("{http://www.w3.org/2000/svg}path"))) + len(list(root.iter("path"))) > 0
    # The day dots stay vectors (on screen they are stamped from a small
    # picture); the one picture is the axis title, kept as one.
    assert len(list(root.iter("{http://www.w3.org/2000/svg}image"))) + len(list(root.iter("image"))) <= 1
    person = Stakeholder.select().where(Stakeholder.account == account.id).first()
    out = tmp_path / "person.png"
    assert cli([*data_option(data_dir), "export", "chart", account.name, "--stakeholder", person.name,
                "--since", "2026-01-01", "--format", "png", "-o", str(out)]) == 0
    assert out.read_bytes() != png.read_bytes()
    assert cli([*data_option(data_dir), "export", "chart", "No Such Co", "--format", "png",
                "-o", str(tmp_path / "x.png")]) != 0
    assert "no account called 'No Such Co'" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_day_positions_are_utc_midnight_seconds(day):
    import calendar

    from relapp.gui.chart.balance_chart import to_seconds

    assert to_seconds(day) == float(calendar.timegm(day.timetuple()))


def test_dots_mark_each_day_with_entries_in_the_colour_of_its_change(db, chart):
    """Green where the day's entries added up to a deposit, red to a
    withdrawal, grey to nothing; the line's last point on today, where no
    entry was written, has no dot."""
    from relapp.gui.chart.balance_chart import DEPOSIT, NEUTRAL, WITHDRAWAL
    from relapp.gui.chart.date_ticks import seconds_of

    account = create_account(name="Dotted Ltd")
    days = {TODAY - dt.timedelta(days=40): (2,), TODAY - dt.timedelta(days=30): (-3,),
            TODAY - dt.timedelta(days=20): (1, -1), TODAY - dt.timedelta(days=10): (3, -1)}
    for day, values in days.items():
        for value in values:
            journal.add_entry(account=account.id, day=day, kind="call", value=value, title="Call")
    chart.set_account(account.id)
    dotted = {colour: [(dt.datetime.fromtimestamp(x, dt.timezone.utc).date(), y)
                       for x, y in zip(*chart._marks[colour].getData())]
              for colour in (DEPOSIT, WITHDRAWAL, NEUTRAL)}
    day = sorted(days)
    assert dotted == {DEPOSIT: [(day[0], 2), (day[3], 1)], WITHDRAWAL: [(day[1], -1)], NEUTRAL: [(day[2], -1)]}
    assert chart._xs[-1] == seconds_of(TODAY)  # the line reaches today, undotted


def test_a_persons_only_entry_worth_nothing_today_has_its_dot(db, chart):
    """A first meeting with someone new, written today and worth 0: their
    chart showed an empty plot, the day taken for the line's last point."""
    from relapp.gui.chart.balance_chart import NEUTRAL
    from relapp.gui.chart.date_ticks import seconds_of
    from relapp.services import people

    account = create_account(name="Newcomers Ltd")
    person = people.create_stakeholder(name="Nadia Newcomer", account=account.id)
    journal.add_entry(account=account.id, day=TODAY, kind="meeting", value=0, title="First hello",
                      stakeholders=[person.id])
    chart.set_stakeholder(person.id)
    xs, ys = chart._marks[NEUTRAL].getData()
    assert [(x, y) for x, y in zip(xs, ys)] == [(seconds_of(TODAY), 0)]
    chart.set_account(account.id)  # the account's chart, the same
    assert len(chart._marks[NEUTRAL].getData()[0]) == 1
