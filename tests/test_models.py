"""Item models checked with Qt's own model tester, without widgets."""

import datetime as dt
import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from relapp.gui.models.account_table import AccountTableModel
from relapp.gui.models.journal_table import PAGE, JournalTableModel
from relapp.gui.models.stakeholder_table import StakeholderTableModel
from relapp.services import journal
from relapp.services.journal import JournalFilter
from relapp.store.binding import bound_database
from relapp.store.models import Account

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_account_model(qtbot, demo_db):
    model = AccountTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.reload()
    assert model.rowCount() == 8
    names = [model.index(r, 0).data() for r in range(8)]
    assert names == sorted(names, key=str.lower)
    # The sort role gives numbers for the balance column, not text.
    assert isinstance(model.index(0, 4).data(Qt.UserRole), int)
    # Shown, not edited in place: a double click opens no editor in the list.
    assert model.flags(model.index(0, 0)) == Qt.ItemIsSelectable | Qt.ItemIsEnabled
    # Read again after an edit: the row says what the account holds now.
    account = model.account(0)
    journal.add_entry(account=account.id, day=dt.date.today(), kind="call", value=3, title="Call")
    assert model.refresh_accounts([account.id])
    assert model.index(0, 3).data() == account.entries + 1
    assert model.index(0, 4).data(Qt.UserRole) == account.balance + 3


def test_the_account_list_leaves_no_python_wrapper_on_its_cells(qtbot, demo_db):
    """Qt deletes the list's cells whenever it is read again, and is not
    bound to tell Python: a cell made or fetched as a QStandardItem in Python
    kept a wrapper on freed memory, and the window crashed when Qt later made
    another object at that address.  The cells are filled through indexes, so
    the model's only wrapped item is the prototype Qt copies them from."""
    from PySide6.QtGui import QStandardItem
    from shiboken6 import Shiboken

    def wrapped_items() -> int:
        return sum(isinstance(w, QStandardItem) for w in Shiboken.getAllValidWrappers())

    before = wrapped_items()
    model = AccountTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.reload()
    model.refresh_accounts([model.account(0).id, model.account(3).id])
    model.restyle()
    model.reload()
    assert model.rowCount() == 8 and model.index(7, 0).data()
    assert wrapped_items() - before == 1


def test_journal_model_pages_lazily_and_agrees_with_the_service(qtbot, demo_db):
    model = JournalTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_filter(JournalFilter())
    total = journal.count_entries()
    assert model.rowCount() == total > PAGE * 3
    # Reading a row deep in the journal loads only its page, and the rows
    # match the service's own order (newest first).
    deep = total - 5
    expected = journal.query_entries(offset=deep, limit=1)[0]
    assert model.index(deep, 4).data() == expected.title
    assert len(model._pages) == 1
    for row in range(0, 3 * PAGE):  # sequential reading continues page by page
        model.index(row, 0).data()
    days = [model.row(r).day for r in range(3 * PAGE)]
    assert days == sorted(days, reverse=True)


@pytest.mark.parametrize("f", [JournalFilter(), JournalFilter(sign="deposit"), JournalFilter(text="call")],
                         ids=["all", "deposits", "text"])
def test_journal_jumps_land_on_the_same_rows_as_reading_in_order(qtbot, demo_db, f):
    # A scrollbar jump goes through the per-day index; whatever row it
    # lands on must be the row plain reading in order would show there.
    model = JournalTableModel()
    model.set_filter(f)
    total = model.rowCount()
    assert total > 50
    in_order = [r.id for r in journal.query_entries(f, 0, total, with_participants=False)]
    rng = random.Random(4)
    rows = {total - 1, PAGE, PAGE * 2 - 1, *rng.sample(range(total), min(25, total))}
    for row in sorted((r for r in rows if r < total), reverse=True):
        model._pages.clear()
        assert model.row(row).id == in_order[row], row
    model._pages.clear()
    assert model.row(total) is None


def test_journal_forgets_the_cells_of_a_page_with_the_page(qtbot, demo_db, monkeypatch):
    # Past the memory cap the oldest page goes, and its rows' cells with it:
    # the rows still kept answer from their cells, the others are read again.
    from relapp.gui.models import journal_table

    monkeypatch.setattr(journal_table, "MAX_PAGES", 3)
    model = JournalTableModel()
    model.set_filter(JournalFilter())
    assert model.rowCount() > 5 * PAGE
    for row in range(5 * PAGE):
        model.index(row, 4).data()
    assert list(model._pages) == [2, 3, 4]
    assert sorted(model._cells) == list(range(2 * PAGE, 5 * PAGE))
    # A forgotten row is read again, and says what it said before.
    expected = journal.query_entries(offset=PAGE, limit=1)[0].title
    assert model.index(PAGE, 4).data() == expected
    assert list(model._pages)[-1] == 1 and PAGE in model._cells


def test_journal_model_filter_resets(qtbot, demo_db):
    model = JournalTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_filter(JournalFilter(sign="withdrawal"))
    assert all(model.row(r).value < 0 for r in range(model.rowCount()))
    model.set_filter(JournalFilter(text="zzzz-nothing"))
    assert model.rowCount() == 0


def test_stakeholder_model(qtbot, demo_db):
    model = StakeholderTableModel()
    QAbstractItemModelTester(model, FATAL)
    account = Account.select().first()
    model.set_account(account.id)
    assert model.rowCount() == 15
    influences = [model.index(r, 3).data(Qt.UserRole) for r in range(15)]
    assert influences == sorted(influences, reverse=True)
    model.set_account(None)
    assert model.rowCount() == 0


def test_journal_marks_accounts_with_overdue_promises_in_red(qtbot, demo_db):
    import datetime as dt

    from relapp.services.commitments import add_commitment
    from relapp.store.models import Commitment, Stakeholder

    Commitment.delete().execute()  # only the promises made here
    late, on_time = Account.select().order_by(Account.id)[:2]
    add_commitment(stakeholder=Stakeholder.get(Stakeholder.account == late).id, description="Send the pricing",
                   due=dt.date(2001, 1, 1))
    add_commitment(stakeholder=Stakeholder.get(Stakeholder.account == on_time).id, description="Call back",
                   due=dt.date(2100, 1, 1))
    model = JournalTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_filter(JournalFilter())
    column = model.columns().index("Account")
    seen = {}
    for r in range(300):
        index = model.index(r, column)
        seen[index.data(JournalTableModel.AccountIdRole)] = (index.data(Qt.ForegroundRole), index.data(Qt.ToolTipRole))
    assert seen[late.id][0].color().name() == "#c62828"
    assert "1 overdue promise(s)" in seen[late.id][1]
    assert seen[on_time.id] == (None, None)
    # Keeping the promise takes the mark away once the journal reloads.
    from relapp.services.commitments import resolve_commitment

    resolve_commitment(Commitment.get(Commitment.due == dt.date(2001, 1, 1)).id, kept=True)
    model.reload()
    first_late = next(r for r in range(300) if model.row(r).account_id == late.id)
    assert model.index(first_late, column).data(Qt.ForegroundRole) is None


def test_a_text_filter_counts_its_matches_once_however_many_pages_are_read(qtbot, demo_db):
    statements = []
    bound_database().connection().set_trace_callback(statements.append)
    try:
        model = JournalTableModel()
        model.set_filter(JournalFilter(text="the"))
        assert model.rowCount() > 3 * PAGE, "enough matches to read several pages"
        titles = [model.index(r, 4).data() for r in range(3 * PAGE)]
        far = model.index(model.rowCount() - 1, 4).data()  # a jump to the end
    finally:
        bound_database().connection().set_trace_callback(None)
    assert far, "the last row was read"
    counts = [s for s in statements if "COUNT(*) FROM entry_fts" in s]
    assert len(counts) == 1, counts
    # ...and the pages are the service's own, in order.
    assert [r.title for r in journal.query_entries(JournalFilter(text="the"), 0, 3 * PAGE)] == titles


def test_headers_explain_the_trust_codes_and_the_red_names(qtbot, demo_db):
    journal_model = JournalTableModel()
    tips = {journal_model.headerData(c, Qt.Horizontal, Qt.DisplayRole):
            journal_model.headerData(c, Qt.Horizontal, Qt.ToolTipRole) for c in range(journal_model.columnCount())}
    trust = next(tip for header, tip in tips.items() if "TRUST" in header.upper())
    assert all(words in trust for words in ("T time together", "R risk-free", "U understanding",
                                            "S specialists", "T trust earned", "dot"))
    assert "red" in next(tip for header, tip in tips.items() if header == "Account")
    accounts_model = AccountTableModel()
    assert "overdue promise" in accounts_model.headerData(0, Qt.Horizontal, Qt.ToolTipRole)


def test_stakeholder_table_believes_the_journal_like_the_map(qtbot, db):
    """"Our best tie" follows the coverage rule: someone one of ours met last
    week is not "nobody"; a tie recorded by hand wins; people who left say so."""
    import datetime as dt

    from relapp.services.accounts import create_account
    from relapp.services.journal import add_entry
    from relapp.services.people import create_member, create_stakeholder, set_tie
    from relapp.services.people_changes import mark_left

    today = dt.date.today()
    account = create_account(name="Acme Rail")
    lee = create_member(name="Lee Brannigan", kind="colleague")
    met = create_stakeholder(account=account.id, name="Saskia Holloway", influence=4)
    tied = create_stakeholder(account=account.id, name="Nikhil Novak", influence=3)
    stranger = create_stakeholder(account=account.id, name="Teodor Coutinho", influence=2)
    gone = create_stakeholder(account=account.id, name="Ivo Pellegrini", influence=1)
    for days_ago in (3, 20):
        add_entry(account=account.id, day=today - dt.timedelta(days=days_ago), kind="call", value=1,
                  title="Call", stakeholders=[met.id], members=[lee.id])
    set_tie(lee.id, tied.id, 4)
    mark_left(gone.id, today - dt.timedelta(days=5))
    model = StakeholderTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_account(account.id)
    column = StakeholderTableModel.COLUMNS.index("Our best tie")
    rows = {model.index(r, 0).data(StakeholderTableModel.IdRole): r for r in range(model.rowCount())}

    def cell(person, role=Qt.DisplayRole, col=column):
        return model.index(rows[person.id], col).data(role)

    assert cell(met) != "nobody" and cell(met).endswith("/5")
    assert "Lee Brannigan" in cell(met, Qt.ToolTipRole) and "journal" in cell(met, Qt.ToolTipRole)
    assert cell(tied) == "4/5" and "recorded by hand" in cell(tied, Qt.ToolTipRole)
    assert cell(stranger) == "nobody"
    assert cell(gone, col=0) == "Ivo Pellegrini (left)"


def test_the_account_list_paints_through_its_filter_what_the_model_says(qtbot, demo_db):
    """What the item delegate paints through the list's sorting filter is
    what the model's cells hold: red names, italic archived accounts and
    right-aligned figures included."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from relapp.gui.views.accounts_view import AccountFilterProxy
    from relapp.services.accounts import archive_account

    archive_account(Account.select().first().id)
    model = AccountTableModel()
    model.reload()
    proxy = AccountFilterProxy()
    proxy.show_archived = True
    proxy.setSourceModel(model)
    proxy.sort(4, Qt.DescendingOrder)  # rows in another order than the model's
    QAbstractItemModelTester(proxy, FATAL)
    delegate = QStyledItemDelegate()
    red = italic = right = 0
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            index = proxy.index(row, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)  # what painting the cell asks for
            assert option.text == delegate.displayText(index.data(), QLocale())
            alignment = index.data(Qt.TextAlignmentRole)
            if alignment is not None:
                assert int(option.displayAlignment) == int(alignment)
                right += 1
            brush = index.data(Qt.ForegroundRole)
            if brush is not None:
                assert option.palette.brush(QPalette.Text).color() == brush.color()
                red += 1
            assert option.font.italic() == (index.data(Qt.FontRole) is not None)
            italic += option.font.italic()
    assert red and italic and right


def test_journal_cells_say_what_their_entry_holds_in_the_theme_shown(qtbot, demo_db):
    """The journal works out a row's cells once (what painting asks for
    on every frame); what each role says is the entry's, across pages, and
    a colour follows a change of theme made after the row was read."""
    from PySide6.QtGui import QFont

    from relapp.gui.text_colours import SHADES, use_dark

    model = JournalTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_filter(JournalFilter())
    entries = journal.query_entries(JournalFilter(), 0, 2 * PAGE + 5)
    column = {name: i for i, name in enumerate(model.columns())}
    for row, entry in enumerate(entries):
        def cell(name, role=Qt.DisplayRole):
            return model.index(row, column[name]).data(role)

        assert (cell("Date"), cell("Title"), cell("With")) == (entry.day.isoformat(), entry.title,
                                                               entry.participants)
        assert cell("Value") == (f"{entry.value:+d}" if entry.value else "0")
        colour = cell("Value", Qt.ForegroundRole)
        if entry.value:
            assert colour.color().name() == SHADES["positive" if entry.value > 0 else "negative"][0]
        else:
            assert colour is None
        assert int(cell("Value", Qt.TextAlignmentRole)) & int(Qt.AlignRight)
        assert cell("Title", Qt.TextAlignmentRole) is None and cell("Title", Qt.ForegroundRole) is None
        assert cell("TRUST", Qt.FontRole).styleHint() == QFont.TypeWriter
        assert cell("Date", Qt.FontRole) is None
        assert cell("Title", JournalTableModel.IdRole) == entry.id
        assert cell("Date", JournalTableModel.AccountIdRole) == entry.account_id
        assert cell("Date", Qt.CheckStateRole) is None
    signed = next(row for row, entry in enumerate(entries) if entry.value)
    light = model.index(signed, column["Value"]).data(Qt.ForegroundRole).color().name()
    use_dark(True)
    try:
        dark = model.index(signed, column["Value"]).data(Qt.ForegroundRole).color().name()
    finally:
        use_dark(False)
    assert light != dark and dark in {SHADES["positive"][1], SHADES["negative"][1]}
