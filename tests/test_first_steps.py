"""The first minutes with an empty folder: what a new user sees and presses."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from gui_helpers import map_lists_filled, open_dialog, open_window
from relapp.gui.chart.balance_chart import BalanceChart
from relapp.gui.map.map_view import MapView
from relapp.gui.operations import Changes
from relapp.services import accounts, journal, people


@pytest.fixture
def window(qtbot, db, data_dir, tmp_path):
    return open_window(qtbot, data_dir, tmp_path)


def test_the_welcome_text_is_shown_whole(qtbot, window):
    home = window.view("home")
    label = next(w for w in home.welcome.findChildren(type(home.summary)) if w.text().startswith("Keep a ledger"))
    # A clipped word-wrapped label is shorter than the height its text needs at its width.
    assert label.height() >= label.heightForWidth(label.width())
    assert label.height() >= 2 * label.fontMetrics().height() or \
        label.fontMetrics().horizontalAdvance(label.text()) <= label.width()


def test_enter_on_the_welcome_presses_create_your_first_account(qtbot, window):
    home = window.view("home")
    home.welcome.setFocus()
    pressed = []
    window.new_account = lambda: pressed.append(True)  # the dialog itself is tested elsewhere
    home.create_account.disconnect()
    home.create_account.connect(lambda: window.new_account())
    qtbot.keyClick(home.welcome.focusWidget() or home.welcome, Qt.Key_Return)
    assert pressed == [True]
    assert open_dialog() is None


def test_the_empty_accounts_view_offers_only_what_can_be_done(qtbot, window):
    window.show_view("accounts")
    view = window.view("accounts")
    assert not any(b.isEnabled() for b in view.person_buttons.values())
    assert "Ctrl+Shift+A" in view.chart.empty_label.text()
    assert "Ctrl+N" not in view.chart.empty_label.text()
    account = accounts.create_account(name="Wrenfold Water")
    window.operations.announce(Changes.everything())
    assert view.person_buttons["new"].isEnabled()
    assert not any(view.person_buttons[k].isEnabled() for k in ("edit", "card", "delete"))
    assert "Ctrl+N" in view.chart.empty_label.text()
    people.create_stakeholder(account=account.id, name="Ines Quist")
    window.operations.announce(Changes.everything())  # as after an import: every view reads afresh
    view.people_table.selectRow(0)
    assert all(b.isEnabled() for b in view.person_buttons.values())


def test_the_first_map_suggests_adding_ourselves_and_does_not_claim_no_gaps(qtbot, db):
    account = accounts.create_account(name="Wrenfold Water")
    people.create_stakeholder(account=account.id, name="Ines Quist", influence=2)
    view = MapView(today=dt.date.today() + dt.timedelta(days=400))  # long known, not new: no gap
    qtbot.addWidget(view)
    view.set_account(account.id)
    view.set_layout("teams")
    map_lists_filled(qtbot, view)
    assert "Ctrl+Shift+T" in view.hint_label.text()
    assert "Shift-drag" not in view.hint_label.text()
    gaps = [view.gap_list.item(i).text() for i in range(view.gap_list.count())]
    assert not any(g.startswith("No gaps") for g in gaps)
    assert any("1 of their people have no tie" in g for g in gaps), gaps


def test_a_chart_with_one_entry_shows_it_centred_with_zero_in_sight(qtbot, db):
    today = dt.date(2026, 6, 15)
    account = accounts.create_account(name="Wrenfold Water")
    journal.add_entry(account=account.id, day=today, kind="meeting", value=2, title="Kick-off")
    chart = BalanceChart(today=today)
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    chart.set_account(account.id)
    (x_low, x_high), (y_low, y_high) = chart.plot.getPlotItem().getViewBox().viewRange()
    first, last = chart.visible_days()
    assert (today - first).days == pytest.approx((last - today).days, abs=2)  # centred, not at the edge
    assert y_low <= 0 and y_high >= 2
    assert y_high - y_low >= 4
