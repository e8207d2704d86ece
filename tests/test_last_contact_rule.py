"""One rule for "last contact" everywhere it is shown or judged: an entry
counts from its day on.  A meeting booked for next week and written in the
journal ahead does not make anyone "contacted today", in the people tables,
the account list, the People view or coverage alike."""

import datetime as dt

from PySide6.QtCore import Qt

from demo_day import TODAY
from relapp.domain.keep_in_touch import counts_as_contact, latest_contact_day
from relapp.services.account_pane import pane_people
from relapp.services.accounts import create_account, list_accounts
from relapp.services.coverage import people_knowledge
from relapp.services.journal import add_entry, last_contacts
from relapp.services.people import create_member, create_stakeholder
from relapp.services.people_directory import everyone

NEXT_WEEK = dt.timedelta(days=7)
TEN_DAYS = dt.timedelta(days=10)


def test_an_entry_dated_next_week_is_not_contact_yet():
    assert counts_as_contact(TODAY, TODAY) and counts_as_contact(TODAY - TEN_DAYS, TODAY)
    assert not counts_as_contact(TODAY + NEXT_WEEK, TODAY)
    assert latest_contact_day(TODAY) == TODAY
    # Once its day has come it is contact like any other.
    assert counts_as_contact(TODAY + NEXT_WEEK, TODAY + NEXT_WEEK)


def _account_with_a_meeting_booked_ahead(today):
    """Bea met ten days ago and booked for next week; Cy only booked."""
    account = create_account(name="Quayside Ltd")
    me = create_member(name="Mo Reyes", kind="me")
    bea = create_stakeholder(account=account.id, name="Bea Adler", influence=5)
    cy = create_stakeholder(account=account.id, name="Cy Dorn", influence=4)
    add_entry(account=account.id, day=today - TEN_DAYS, kind="meeting", value=1, title="Met Bea",
              stakeholders=[bea.id], members=[me.id])
    add_entry(account=account.id, day=today + NEXT_WEEK, kind="meeting", value=0, title="Review, booked",
              stakeholders=[bea.id, cy.id], members=[me.id])
    return account, me, bea, cy


def test_every_last_contact_leaves_out_the_meeting_booked_for_next_week(db):
    account, me, bea, cy = _account_with_a_meeting_booked_ahead(TODAY)
    met = TODAY - TEN_DAYS
    pane = {p.id: p.last_contact for p in pane_people(account.id, TODAY)}
    coverage = {sid: p.last_contact for sid, p in people_knowledge([account.id], TODAY)[account.id].items()}
    directory = {row.id: row.last_contact for row in everyone(today=TODAY) if row.kind == "stakeholder"}
    ours = {row.id: row.last_contact for row in everyone(today=TODAY) if row.kind == "member"}
    assert pane == coverage == directory == {bea.id: met, cy.id: None}
    assert last_contacts(account.id, TODAY) == {bea.id: met}
    assert ours == {me.id: met}
    assert [row.last_contact for row in list_accounts(TODAY) if row.id == account.id] == [met]
    # On the day of the meeting it counts everywhere.
    day = TODAY + NEXT_WEEK
    assert {p.id: p.last_contact for p in pane_people(account.id, day)} == {bea.id: day, cy.id: day}
    assert {sid: p.last_contact for sid, p in people_knowledge([account.id], day)[account.id].items()} \
        == {bea.id: day, cy.id: day}
    assert [row.last_contact for row in list_accounts(day) if row.id == account.id] == [day]


def test_the_account_people_table_shows_the_real_last_contact(qtbot, db):
    from relapp.gui.models.stakeholder_table import StakeholderTableModel

    today = dt.date.today()  # the table reads the clock, as the window does
    account, _me, _bea, _cy = _account_with_a_meeting_booked_ahead(today)
    model = StakeholderTableModel()
    model.set_account(account.id)
    column = StakeholderTableModel.COLUMNS.index("Last contact")
    shown = {model.index(r, 0).data(): model.index(r, column).data() for r in range(model.rowCount())}
    assert shown == {"Bea Adler": (today - TEN_DAYS).isoformat(), "Cy Dorn": "never"}
    assert all(model.index(r, column).data(Qt.UserRole) <= today.isoformat() for r in range(model.rowCount()))
