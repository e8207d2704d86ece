"""The accounts pane's own reads say what the general services say, in fewer statements."""

import datetime as dt

import pytest

from demo_day import TODAY
from relapp.services import validation as v
from relapp.services.account_pane import HEADER_MEETINGS, account_header, pane_people
from relapp.services.accounts import archive_account, create_account, get_account
from relapp.services.commitments import add_commitment, overdue_counts
from relapp.services.journal import add_entry, last_contacts
from relapp.services.meetings import create_meeting, upcoming_meetings
from relapp.services.people import create_stakeholder, stakeholders_of
from relapp.services.tags import set_tags, tags_of
from relapp.store.models import Account


def test_every_demo_account_reads_as_the_general_services_read_it(demo_db):
    seen = {"tags": 0, "meetings": 0, "overdue": 0, "contacts": 0}
    for account_id in [a.id for a in Account.select(Account.id)]:
        header = account_header(account_id, TODAY)
        account = get_account(account_id)
        assert (header.name, header.archived, header.industry, header.purpose, header.our_intent,
                header.their_intent) == (account.name, account.archived, account.industry, account.purpose,
                                         account.our_intent, account.their_intent)
        assert list(header.tags) == tags_of("account", account_id)
        coming = upcoming_meetings(TODAY, account_id=account_id)[:HEADER_MEETINGS]
        assert [(m.day, m.title) for m in header.meetings] == [(m.day, m.title) for m in coming]

        people = pane_people(account_id, TODAY)
        assert [p.id for p in people] == [p.id for p in stakeholders_of(account_id)]
        assert {p.id: p.overdue for p in people if p.overdue} == overdue_counts(TODAY, account_id=account_id)[0]
        last = last_contacts(account_id, TODAY)
        assert {p.id: p.last_contact for p in people if p.last_contact} == last
        seen["tags"] += bool(header.tags)
        seen["meetings"] += bool(header.meetings)
        seen["overdue"] += any(p.overdue for p in people)
        seen["contacts"] += bool(last)
    assert all(seen.values()), seen  # the demo has some of each, so the comparison compared something


def test_the_header_of_an_account_with_all_of_it(db):
    account = create_account(name="Harbour Pilots", industry="Shipping", our_intent="Grow the port work")
    set_tags("account", account.id, ["port", "Key"])
    for days, title in ((40, "Autumn board"), (-3, "Past board"), (10, "Budget board"), (70, "Winter board"),
                        (100, "Spring board")):
        create_meeting(account=account.id, day=TODAY + dt.timedelta(days=days), title=title)
    header = account_header(account.id, TODAY)
    assert header.name == "Harbour Pilots" and header.industry == "Shipping" and not header.archived
    assert [t.name for t in header.tags] == ["Key", "port"]  # as the tag list sorts them, case aside
    # The next three from today, soonest first; the past one is not upcoming.
    assert [m.title for m in header.meetings] == ["Budget board", "Autumn board", "Winter board"]
    archive_account(account.id)
    archived = account_header(account.id, TODAY)
    assert archived.archived and archived.meetings == ()  # as Home and the meetings list leave them out


def test_people_with_their_last_contact_and_overdue_promises(db):
    account = create_account(name="Quayside Ltd")
    other = create_account(name="Elsewhere plc")
    boss = create_stakeholder(account=account.id, name="Bea Adler", influence=5)
    aide = create_stakeholder(account=account.id, name="al Brook", influence=2)
    quiet = create_stakeholder(account=account.id, name="Cy Dorn", influence=2)
    add_entry(account=account.id, day=TODAY - dt.timedelta(days=9), kind="call", value=1, title="Call",
              stakeholders=[boss.id])
    add_entry(account=account.id, day=TODAY - dt.timedelta(days=2), kind="meeting", value=2, title="Lunch",
              stakeholders=[boss.id, aide.id])
    add_commitment(stakeholder=aide.id, description="Send the draft", due=TODAY - dt.timedelta(days=1))
    add_commitment(stakeholder=aide.id, description="Call back", due=TODAY - dt.timedelta(days=5))
    add_commitment(stakeholder=aide.id, description="Not yet due", due=TODAY + dt.timedelta(days=5))
    add_commitment(stakeholder=create_stakeholder(account=other.id, name="Dee Elm").id,
                   description="Someone else's", due=TODAY - dt.timedelta(days=1))
    people = pane_people(account.id, TODAY)
    # Most influential first, then by name whatever its case.
    assert [p.name for p in people] == ["Bea Adler", "al Brook", "Cy Dorn"]
    by_name = {p.name: p for p in people}
    assert by_name["Bea Adler"].last_contact == TODAY - dt.timedelta(days=2)
    assert by_name["al Brook"].last_contact == TODAY - dt.timedelta(days=2)
    assert by_name["Cy Dorn"].last_contact is None
    assert [by_name[n].overdue for n in ("Bea Adler", "al Brook", "Cy Dorn")] == [0, 2, 0]
    assert pane_people(create_account(name="Empty Co").id, TODAY) == []


def test_no_such_account(db):
    with pytest.raises(v.NotFoundError):
        account_header(424242, TODAY)
