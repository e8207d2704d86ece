"""Working at the same time on a team database: who did what, edits that do
not overwrite each other, undo that leaves a colleague's change alone, and
changes told to the other open windows.  PostgreSQL only: each colleague is
a connection of their own, as their login."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from relapp.services import commitments, health, journal, people, team_users
from relapp.services.edit_conflicts import EditConflict, UndoRefused, guarded
from relapp.services.team_changes import ChangeFeed, TeamChange, summarise
from relapp.store.models import Commitment, Entry, Stakeholder
from relapp.store.team_notify import Notice
from team_helpers import DAY, connect_as, open_as, team, two_accounts  # noqa: F401  (the fixture)


@pytest.fixture
def ann_and_bob(team):
    """Ann and Bob both work on Alpha, each with a login of their own."""
    ann, bob, made = two_accounts()
    people.assign_member(made["Alpha"][0], bob.id)
    logins = {who: team.login(who) for who in ("ann", "bob")}
    team_users.add_user(team.db, logins["ann"], "Ann Adams", "a long secret")
    team_users.add_user(team.db, logins["bob"], "Bob Brown", "a long secret")
    return {who: team.url_as(login) for who, login in logins.items()}, made


def test_what_a_login_writes_carries_its_author_and_the_journal_shows_it(ann_and_bob):
    urls, made = ann_and_bob
    alpha, client = made["Alpha"]
    open_as(urls["ann"])
    entry = journal.add_entry(account=alpha, day=DAY, title="Lunch with the client", value=1)
    promise = commitments.add_commitment(stakeholder=client, description="Send the figures",
                                         due=DAY + dt.timedelta(days=3))
    people.update_stakeholder(client, title="Chief Buyer")
    assert Entry.get_by_id(entry.id).author.name == "Ann Adams"
    assert Commitment.get_by_id(promise.id).author.name == "Ann Adams"
    assert Stakeholder.get_by_id(client).edited_by.name == "Ann Adams"
    rows = {row.title: row.author for row in journal.query_entries(journal.JournalFilter(account_id=alpha))}
    # The entry made before any login (by the database's owner) has no author.
    assert rows == {"Lunch with the client": "Ann Adams", "Meeting at Alpha": ""}


def test_a_save_from_before_a_colleagues_change_is_refused_showing_theirs(ann_and_bob):
    urls, made = ann_and_bob
    alpha, client = made["Alpha"]
    open_as(urls["ann"])
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
    as_ann = open_as(urls["ann"])
    people.update_stakeholder(client, title="Chief Buyer")
    undo = lambda: people.update_stakeholder(client, title="")  # noqa: E731  (what the undo step does)
    with connect_as(urls["bob"]) as bob:
        bob.execute("UPDATE stakeholder SET notes = 'Bob was here' WHERE id = %s", (client,))
    with pytest.raises(UndoRefused, match="Bob Brown changed this person"):
        guarded(as_ann, [("Stakeholder", client)], undo)
    person = people.get_stakeholder(client)
    assert (person.title, person.notes) == ("Chief Buyer", "Bob was here")
    # Her own later change is hers to undo.
    people.update_stakeholder(client, notes="Ann again")
    guarded(as_ann, [("Stakeholder", client)], undo)
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
    assert heard == [TeamChange(frozenset({"entries"}))]


def test_notifications_tell_a_login_nothing_of_accounts_it_cannot_see(ann_and_bob, team):
    """Any login may listen; what it hears names the kind of data changed and whose connection wrote it."""
    import json

    urls, made = ann_and_bob
    gamma, gamma_client = made["Gamma"]  # nobody's team: Ann cannot see it
    with connect_as(urls["ann"]) as ann, connect_as(team.url + "&application_name=owner") as owner:
        ann.execute("LISTEN relapp_changes")
        owner.execute("INSERT INTO entry (account_id, day, kind, value, title, notes, trust, created_at) "
                      "VALUES (%s, %s, 'call', 1, 'Gamma called', '', 0, now())", (gamma, DAY))
        owner.execute("UPDATE stakeholder SET title = 'Buyer' WHERE id = %s", (gamma_client,))
        owner.execute("UPDATE account SET notes = 'Busy' WHERE id = %s", (gamma,))
        heard = [json.loads(n.payload) for n in ann.notifies(timeout=2, stop_after=3)]
    assert sorted(heard, key=lambda n: n["t"]) == [{"t": "account", "w": "owner"}, {"t": "entry", "w": "owner"},
                                                   {"t": "stakeholder", "w": "owner"}]


def test_notices_become_kinds_leaving_out_ones_own():
    notices = [Notice("entry", "bob"), Notice("entry_stakeholder", "bob"), Notice("tie", "me"),
               Notice("schema_version", "bob")]
    assert summarise(notices, own_name="me") == TeamChange(frozenset({"entries"}))
    assert summarise([Notice("stakeholder", "bob"), Notice("commitment", "me")], "me").kinds == {"people"}
    assert summarise([Notice("tie", "me")], "me") is None


def test_entries_promises_and_checkups_saved_over_a_colleagues_change_are_refused(ann_and_bob):
    urls, made = ann_and_bob
    alpha, client = made["Alpha"]
    open_as(urls["ann"])
    entry = journal.query_entries(journal.JournalFilter(account_id=alpha))[0]
    seen_entry = journal.get_entry(entry.id).version
    promise = commitments.list_commitments(account_id=alpha)[0]
    seen_promise = commitments.get_commitment(promise.id).version
    question = health.list_questions()[0].id
    checkup = health.record_checkup(alpha, {question: 3}, day=DAY, notes="Fine")
    with connect_as(urls["bob"]) as bob:
        bob.execute("UPDATE entry SET notes = 'Bob: they want a discount' WHERE id = %s", (entry.id,))
        bob.execute("UPDATE commitment SET description = 'Send the revised figures' WHERE id = %s", (promise.id,))
        bob.execute("UPDATE checkup SET notes = 'Bob: worse than it looks' WHERE id = %s", (checkup.id,))
    for what, save in (("entry", lambda: journal.update_entry(entry.id, expected_version=seen_entry, title="Mine")),
                       ("promise", lambda: commitments.update_commitment(promise.id, expected_version=seen_promise,
                                                                         description="Mine")),
                       ("check-up", lambda: health.update_checkup(checkup.id, expected_version=checkup.version,
                                                                  notes="Mine"))):
        with pytest.raises(EditConflict, match=f"changed this {what}") as refused:
            save()
        assert refused.value.editor == "Bob Brown"
    # Nothing of Ann's was written; Bob's changes stand.
    assert (journal.get_entry(entry.id).title, journal.get_entry(entry.id).notes) == \
        ("Meeting at Alpha", "Bob: they want a discount")
    assert commitments.get_commitment(promise.id).description == "Send the revised figures"
    assert [c.notes for c in health.checkups_of(alpha)] == ["Bob: worse than it looks"]
    # Only the participants changed is still a change of the entry, checked the same way.
    with pytest.raises(EditConflict):
        journal.update_entry(entry.id, expected_version=seen_entry, stakeholders=[])
    assert journal.entry_detail(entry.id).stakeholders == [client]
    # Answers too: a check-up's answers changed by Bob refuse Ann's stale ones.
    now = health.checkups_of(alpha)[0].version
    with connect_as(urls["bob"]) as bob:
        bob.execute("UPDATE checkup SET day = %s WHERE id = %s", (DAY - dt.timedelta(days=1), checkup.id))
    with pytest.raises(EditConflict):
        health.update_checkup(checkup.id, expected_version=now, answers={question: 5})
    assert health.answers_of(checkup.id) == {question: (3, "")}
    # On top of Bob's version Ann's change goes through.
    saved = health.update_checkup(checkup.id, expected_version=now + 1, answers={question: 5})
    assert health.answers_of(checkup.id) == {question: (5, "")} and saved.version == now + 2


def test_new_promises_and_ties_from_two_people_at_once_never_conflict(ann_and_bob):
    urls, made = ann_and_bob
    client = made["Alpha"][1]
    members = {m.name: m.id for m in people.list_members()}
    with connect_as(urls["ann"]) as ann, connect_as(urls["bob"]) as bob:
        ann.execute("BEGIN")
        bob.execute("BEGIN")
        for con, who in ((ann, "Ann"), (bob, "Bob")):
            con.execute("INSERT INTO commitment (stakeholder_id, description, due, status, created_at) "
                        "VALUES (%s, %s, %s, 'open', now())", (client, f"Promise by {who}", DAY))
        bob.execute("INSERT INTO tie (member_id, stakeholder_id, strength) VALUES (%s, %s, 2)",
                    (members["Bob Brown"], client))
        ann.execute("COMMIT")
        bob.execute("COMMIT")
    assert {c.description for c in Commitment.select().where(Commitment.description.startswith("Promise by"))} \
        == {"Promise by Ann", "Promise by Bob"}
    assert people.tie_strength(members["Bob Brown"], client) == 2


def test_undoing_a_map_step_leaves_a_colleagues_later_change_alone(qtbot, ann_and_bob, tmp_path):
    from gui_helpers import context_now, isolate_settings
    from relapp.gui.map.map_view import MapView
    from relapp.store.models import StakeholderLink, Tie

    urls, made = ann_and_bob
    alpha, client = made["Alpha"]
    other = people.create_stakeholder(account=alpha, name="Second at Alpha").id
    ann_id = next(m.id for m in people.list_members() if m.name == "Ann Adams")
    open_as(urls["ann"])
    isolate_settings(tmp_path)
    view = MapView(today=DAY, context=context_now())  # Ann's
    qtbot.addWidget(view)
    view.set_account(alpha)
    refused: list[str] = []
    view.operations.failed.connect(lambda _step, message: refused.append(message))

    def choose(*path: str) -> None:
        """The person's context menu, as a click through it: each item named by how its text starts."""
        menu = view.context_menu_for(f"s:{client}")
        for text in path[:-1]:
            menu = next(a.menu() for a in menu.actions() if a.text().startswith(text))
        next(a for a in menu.actions() if a.text().startswith(path[-1])).trigger()

    def bob(sql: str, *params) -> None:
        with connect_as(urls["bob"]) as con:
            assert con.execute(sql, params).rowcount == 1

    def undo_is_refused(what: str) -> None:
        view.operations.stack.undo()
        assert refused and refused.pop().startswith(f"{what} since; undoing or redoing your step would overwrite")

    choose("Stance", "Champion")
    bob("UPDATE stakeholder SET notes = 'Bob was here' WHERE id = %s", client)
    undo_is_refused("Bob Brown changed this person")
    choose("Role in decisions", "Decision maker")
    bob("UPDATE stakeholder SET notes = 'Bob again' WHERE id = %s", client)
    undo_is_refused("Bob Brown changed this person")
    person = Stakeholder.get_by_id(client)
    assert (person.stance, person.decision_role, person.notes) == ("champion", "decision-maker", "Bob again")

    choose("Ties with our team", "Ann Adams", "5")
    bob("UPDATE tie SET strength = 1 WHERE member_id = %s AND stakeholder_id = %s", ann_id, client)
    undo_is_refused("Someone else changed this tie")
    assert people.tie_strength(ann_id, client) == 1

    choose("Influences", "Second at Alpha")
    bob("DELETE FROM stakeholder_link WHERE source_id = %s AND target_id = %s", client, other)
    undo_is_refused("Someone else changed this link")
    assert not StakeholderLink.select().where(StakeholderLink.source == client).exists()

    # Influence and interest, set by dropping the person in another cell of the grid.
    view.set_layout("grid")
    item = view.built.nodes[f"s:{client}"]
    cell = view.built.grid.cell_rect(1, 5)
    view._nodes_moved({item.key: (cell.x + cell.w / 2 - item.w / 2, cell.y + cell.h / 2 - item.h / 2)})
    assert (Stakeholder.get_by_id(client).influence, Stakeholder.get_by_id(client).interest) == (1, 5)
    bob("UPDATE stakeholder SET title = 'Head of Buying' WHERE id = %s", client)
    undo_is_refused("Bob Brown changed this person")
    assert (Stakeholder.get_by_id(client).influence, Stakeholder.get_by_id(client).interest) == (1, 5)

    # Her own steps, with nobody in between, undo as always.
    choose("Stance", "Blocker")
    choose("Ties with our team", "Ann Adams", "No tie")
    view.operations.stack.undo()
    view.operations.stack.undo()
    assert not refused
    assert (Stakeholder.get_by_id(client).stance, people.tie_strength(ann_id, client)) == ("champion", 1)
    assert Tie.select().where(Tie.stakeholder == client).count() == 1
