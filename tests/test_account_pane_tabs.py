"""What an account switch reads and lays out: the tabs out of sight are
read when opened (and then follow the account), and the people table's
columns fit the people on screen without shrinking back on every switch."""

import pytest
from PySide6.QtCore import Qt

from gui_helpers import open_window
from relapp.gui.models.stakeholder_table import COLUMNS, TITLE_COLUMN
from relapp.gui.views.accounts_view import LATEST_ENTRIES
from relapp.gui.views.tables import fit_columns
from relapp.services import journal, people
from relapp.services.journal import JournalFilter
from relapp.store.models import Account, Stakeholder


@pytest.fixture
def pane(qtbot, demo_db, data_dir, tmp_path):
    window = open_window(qtbot, data_dir, tmp_path)
    window.show_view("accounts")
    return window.view("accounts")


def open_tab(qtbot, pane, widget) -> None:
    bar = pane.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(pane.tabs.indexOf(widget)).center())
    assert pane.tabs.currentWidget() is widget


def team_names(pane) -> list[str]:
    return [pane.team_list.item(i).text().split(" — ")[0] for i in range(pane.team_list.count())]


def latest_titles(account_id: int) -> list[str]:
    return [e.title for e in journal.query_entries(JournalFilter(account_id=account_id), 0, LATEST_ENTRIES)]


def test_team_and_latest_entries_are_read_when_their_tab_is_opened(qtbot, pane):
    first, second = [a.id for a in Account.select().order_by(Account.id) if people.account_team(a.id)][:2]
    pane.select_account(first)
    assert pane.team_list.count() == 0, "a tab out of sight is not read on a switch"
    assert pane.entries_model.rowCount() == 0

    open_tab(qtbot, pane, pane.team_list)
    assert team_names(pane) == [m.name for m in people.account_team(first)]
    pane.select_account(second)  # the tab stays open: it follows the account
    assert team_names(pane) == [m.name for m in people.account_team(second)]

    open_tab(qtbot, pane, pane.entries_table)
    shown = [pane.entries_model.row(r).title for r in range(pane.entries_model.rowCount())]
    assert shown == latest_titles(second) and shown
    pane.select_account(first)
    assert [pane.entries_model.row(r).title for r in range(pane.entries_model.rowCount())] == latest_titles(first)


def texts_on_screen(table) -> list[tuple[int, str]]:
    model, viewport = table.model(), table.viewport().rect()
    return [(column, model.index(row, column).data())
            for row in range(model.rowCount()) if table.visualRect(model.index(row, 0)).intersects(viewport)
            for column in FITTED]


FITTED = [column for column in range(len(COLUMNS)) if column != TITLE_COLUMN]  # the title takes what is left


def test_people_columns_fit_the_people_on_screen_and_keep_their_width(pane):
    by_size = sorted(Account.select(), key=lambda a: -Stakeholder.select().where(Stakeholder.account == a).count())
    pane.select_account(by_size[0].id)
    table, header = pane.people_table, pane.people_table.horizontalHeader()
    metrics = table.fontMetrics()
    on_screen = texts_on_screen(table)
    assert on_screen
    for column, text in on_screen:
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text), (column, text)
    widths = [header.sectionSize(c) for c in FITTED]
    pane.select_account(by_size[-1].id)
    assert all(header.sectionSize(c) >= w for c, w in zip(FITTED, widths)), "columns do not jump back and forth"


def test_people_columns_fit_the_texts_again_in_a_larger_font(pane):
    """Widths are remembered per font: texts measured in the old font do
    not stand for the new one."""
    first = Account.select().first().id
    pane.select_account(first)
    table, header = pane.people_table, pane.people_table.horizontalHeader()
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    table.setFont(font)
    fit_columns(table, pane.people_model.texts)
    metrics = table.fontMetrics()
    for column, text in texts_on_screen(table):
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text), (column, text)


def test_a_first_run_on_a_small_laptop_shows_every_column_of_the_people(qtbot, demo_db, data_dir, tmp_path):
    """1366 × 768, no saved layout: the list took a fixed 480 pixels and every
    people column at least Qt's default 100, and who on our side knows each
    person, and when we last met them, were behind a sideways scroll bar.
    The list is now as wide as its names and figures need (up to two fifths),
    and the people's titles take what the other columns leave."""
    from relapp.gui.views.accounts_view import LIST_SHARE_AT_MOST

    window = open_window(qtbot, data_dir, tmp_path)
    window.resize(1366, 768)
    window.show_view("accounts")
    pane = window.view("accounts")
    table, header = pane.people_table, pane.people_table.horizontalHeader()
    by_size = max(Account.select(), key=lambda a: Stakeholder.select().where(Stakeholder.account == a).count())
    pane.select_account(by_size.id)
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width() + 1, timeout=2000)
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=2000)
    list_width, pane_width = pane.splitter.sizes()
    assert list_width <= LIST_SHARE_AT_MOST * (list_width + pane_width) + 1
    names = pane.table.horizontalHeader()
    assert names.sectionSize(0) >= max(pane.table.fontMetrics().horizontalAdvance(a.name) for a in Account.select())
    # Every title reads whole at this size, and in its tooltip where cut.
    metrics = table.fontMetrics()
    for row in range(pane.people_model.rowCount()):
        title = pane.people_model.index(row, TITLE_COLUMN)
        assert title.data(Qt.ToolTipRole) == title.data()
        if table.visualRect(title).intersects(table.viewport().rect()):
            assert metrics.horizontalAdvance(title.data()) <= header.sectionSize(TITLE_COLUMN)
