"""Working at the same time on a team database: who did what, edits that do
not overwrite each other, undo that leaves a colleague's change alone, and
changes told to the other open windows.  PostgreSQL only: each colleague is
a connection of their own, as their login."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from relapp.services import commitments, journal, people, team_users
from relapp.services.edit_conflicts import EditConflict, UndoRefused, guarded
from relapp.services.session import open_team_database
from relapp.services.team_changes import ChangeFeed, summarise
from relapp.store.models import Commitment, Entry, Stakeholder
from relapp.store.team_notify import Notice
from team_helpers import DAY, connect_as, team, two_accounts  # noqa: F401  (the fixture)


@pytest.fixture
def ann_and_bob(team):
    """Ann and Bob both work on Alpha, each with a login of their own."""
    ann, bob, made = two_accounts()
    people.assign_member(made["Alpha"][0], bob.id)
    logins = {who: team.login(who) for who in ("ann", "bob")}
    team_users.add_user(logins["ann"], "Ann Adams", "a long secret")
    team_users.add_user(logins["bob"], "Bob Brown", "a long secret")
    return {who: team.url_as(login) for who, login in logins.items()}, made


def test_what_a_login_writes_carries_its_author_and_the_journal_shows_it(ann_and_bob):
    urls, made = ann_and_bob
    alpha, client = made["Alpha"]
    open_team_database(urls["ann"])
    entry = journal.add_entry(account=alpha, day=DAY, title="Lunch with the client", value=1)
    promise = commitments.add_commitment(stakeholder=client, description="Send the figures",
                                         due=DAY + dt.timedelta(days=3))
    people.update_stakeholder(client, title="Chief Buyer")
    assert Entry.get_by_id(entry.id).author.name == "Ann Adams"
    assert Commitment.get_by_id(promise.id).author.name == "Ann Adams"
    assert Stakeholder.get_by_id(client).edited_by.name == "Ann Adams"
    assert journal.authors_recorded()
    rows = {row.title: row.author for row in journal.query_entries(journal.JournalFilter(account_id=alpha))}
    # The entry made before any login (by the database's owner) has no author.
    assert rows == {"Lunch with the client": "Ann Adams", "Meeting at Alpha": ""}


def test_a_save_from_before_a_colleagues_change_is_refused_showing_theirs(ann_and_bob):
    urls, made = ann_and_bob
    alpha, client = made["Alpha"]
    open_team_database(urls["ann"])
    seen = people.get_stakeholder(client).version
    with connect_as(urls["bob"]) as bob:
        assert bob.execute("UPDATE stakeholder SET title = 'Head of Buying' WHERE id = %s", (client,)).rowcount == 1
    with pytest.raises(EditConflict) as refused:
        people.update_stakeholder(client, expected_version=seen, title="Chief Buyer", notes="mine")
    assert refused.value.editor == "Bob Brown"
    assert refused.value.current["title"] == "Head of Buying"
    person = people.get_stakeholder(client)
    assert (person.title, person.notes) == ("Head of Buying", "")
    # Applied again on top of Bob's version, it goes through.
    saved = people.update_stakeholder(client, expected_version=refused.value.version, title="Chief Buyer")
    assert people.get_stakeholder(client).title == "Chief Buyer" and saved.version == refused.value.version + 1


def test_new_entries_from_two_people_at_once_never_conflict(ann_and_bob):
    urls, made = ann_and_bob
    alpha = made["Alpha"][0]
    with connect_as(urls["ann"]) as ann, connect_as(urls["bob"]) as bob:
        ann.execute("BEGIN")
        bob.execute("BEGIN")
        for con, who in ((ann, "Ann"), (bob, "Bob")):
            con.execute("INSERT INTO entry (account_id, day, kind, value, title, notes, trust, created_at) "
                        "VALUES (%s, %s, 'call', 1, %s, '', 0, now())", (alpha, DAY, f"Call by {who}"))
        ann.execute("COMMIT")
        bob.execute("COMMIT")
    assert {e.title for e in Entry.select().where(Entry.title.startswith("Call by"))} == {"Call by Ann", "Call by Bob"}


def test_undo_leaves_a_colleagues_later_change_alone(ann_and_bob):
    urls, made = ann_and_bob
    client = made["Alpha"][1]
    open_team_database(urls["ann"])
    people.update_stakeholder(client, title="Chief Buyer")
    undo = lambda: people.update_stakeholder(client, title="")  # noqa: E731  (what the undo step does)
    with connect_as(urls["bob"]) as bob:
        bob.execute("UPDATE stakeholder SET notes = 'Bob was here' WHERE id = %s", (client,))
    with pytest.raises(UndoRefused, match="Bob Brown changed this person"):
        guarded("Stakeholder", client, undo)
    person = people.get_stakeholder(client)
    assert (person.title, person.notes) == ("Chief Buyer", "Bob was here")
    # Her own later change is hers to undo.
    people.update_stakeholder(client, notes="Ann again")
    guarded("Stakeholder", client, undo)
    assert people.get_stakeholder(client).title == ""


def test_a_colleagues_change_is_heard_without_polling_and_ones_own_is_not(ann_and_bob):
    urls, made = ann_and_bob
    alpha = made["Alpha"][0]
    heard, arrived = [], threading.Event()

    def on_change(change):
        heard.append(change)
        arrived.set()

    feed = ChangeFeed(urls["ann"], on_change, own_name="ann's window")
    feed.start()
    try:
        assert feed.listening.wait(10)
        with connect_as(urls["bob"] + "&application_name=bob") as bob:
            bob.execute("INSERT INTO entry (account_id, day, kind, value, title, notes, trust, created_at) "
                        "VALUES (%s, %s, 'call', 1, 'Bob called', '', 0, now())", (alpha, DAY))
        assert arrived.wait(10), "no notification within 10 s"
    finally:
        feed.stop()
    assert heard[0].kinds == {"entries"} and heard[0].accounts == {alpha}


def test_notices_become_kinds_and_accounts_leaving_out_ones_own():
    notices = [Notice("entry", 3, "bob"), Notice("entry_stakeholder", None, "bob"), Notice("tie", None, "me"),
               Notice("schema_version", None, "bob")]
    change = summarise(notices, own_name="me")
    assert change.kinds == {"entries"} and change.accounts == frozenset()  # one row says no account: any
    assert summarise([Notice("stakeholder", 4, "bob"), Notice("commitment", None, "me")], "me").accounts == {4}
    assert summarise([Notice("tie", None, "me")], "me") is None
