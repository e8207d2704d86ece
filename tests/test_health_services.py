"""Check-ups, promises and the attention list against a real SQLite file."""

import datetime as dt

import pytest


from relapp.services import accounts, attention, commitments, health, journal, people
from relapp.services.validation import ValidationError
from relapp.store.dates import stored_day
from relapp.store.binding import bound_database
from relapp.store.models import Checkup, CheckupAnswer, Commitment, Entry

TODAY = dt.date(2026, 6, 15)  # the day the demo_db fixture builds the demo for


def days(n):
    return dt.timedelta(days=n)


@pytest.fixture
def acme(db):
    account = accounts.create_account(name="Acme", checkup_interval_days=30)
    pat = people.create_stakeholder(account=account.id, name="Pat Doe", influence=5)
    me = people.create_member(name="Me Myself", kind="me")
    return account, pat, me


def scalar(sql, *params):
    return bound_database().execute_sql(sql, params).fetchone()[0]


# Check-ups -------------------------------------------------------------------------


def test_default_questions_are_there_and_editable(db):
    questions = health.list_questions()
    assert len(questions) == 12
    assert any("trust" in q.text.lower() for q in questions)
    added = health.add_question("Do they invite us to their strategy days?")
    health.update_question(questions[0].id, text="Reworded first question")
    health.update_question(questions[1].id, active=False)
    health.move_question(added.id, -20)
    now = health.list_questions()
    assert now[0].id == added.id
    assert questions[1].id not in [q.id for q in now]
    assert any(q.text == "Reworded first question" for q in now)
    assert len(health.list_questions(include_inactive=True)) == 13
    with pytest.raises(ValidationError):
        health.add_question("   ")


def test_a_checkup_is_all_or_nothing(acme):
    account, _, _ = acme
    q = [x.id for x in health.list_questions()]
    with pytest.raises(ValidationError):
        health.record_checkup(account.id, {q[0]: 4, q[1]: 9}, day=TODAY)
    with pytest.raises(ValidationError):
        health.record_checkup(account.id, {q[0]: None}, day=TODAY)
    assert Checkup.select().count() == 0 and CheckupAnswer.select().count() == 0
    health.record_checkup(account.id, {q[0]: (2, "they doubt us"), q[1]: 2}, day=TODAY - days(40))
    health.record_checkup(account.id, {q[0]: (5, "much better"), q[1]: 1}, day=TODAY)
    trend = health.health_trend(account.id)
    # mean 2 of 5 maps to 25, then mean 3 of 5 to 50
    assert [(p.day, round(p.health)) for p in trend] == [(TODAY - days(40), 25), (TODAY, 50)]
    moves = {m.question_id: m for m in health.question_movement(account.id)}
    assert moves[q[0]].change == 3 and moves[q[1]].change == -1 and moves[q[2]].change is None
    assert moves[q[0]].comment == "much better" and moves[q[1]].comment == ""
    latest = health.checkups_of(account.id)[-1]
    assert health.answers_of(latest.id)[q[0]] == (5, "much better")


def test_checkup_falls_due_after_the_accounts_interval(acme):
    account, _, _ = acme
    assert health.checkup_status(account.id, TODAY).is_due(TODAY)  # never done
    health.record_checkup(account.id, {health.list_questions()[0].id: 3}, day=TODAY - days(29))
    assert not health.checkup_status(account.id, TODAY).is_due(TODAY)
    assert health.checkup_status(account.id, TODAY).due == TODAY + days(1)
    assert [a.id for a, _ in health.due_checkups(TODAY + days(1))] == [account.id]
    accounts.update_account(account.id, checkup_interval_days=0)  # switched off
    assert health.due_checkups(TODAY + days(400)) == []


def test_due_checkups_on_the_demo_match_the_data(demo_db):
    by_hand = {acc for acc, last, interval in bound_database().execute_sql(
        "SELECT a.id, MAX(c.day), a.checkup_interval_days FROM account a LEFT JOIN checkup c ON c.account_id = a.id "
        "GROUP BY a.id")
        if last is None or stored_day(last) + days(interval) <= TODAY}
    assert by_hand and {a.id for a, _ in health.due_checkups(TODAY)} == by_hand


# Promises -------------------------------------------------------------------------------


def test_keeping_a_promise_writes_a_linked_deposit(acme):
    account, pat, me = acme
    promise = commitments.add_commitment(stakeholder=pat.id, description="Send the plan", due=TODAY, owner=me.id)
    commitments.resolve_commitment(promise.id, kept=True, day=TODAY)
    promise = commitments.get_commitment(promise.id)
    entry = journal.entry_detail(promise.entry_id)
    assert promise.status == "kept" and promise.resolved_on == TODAY
    assert entry.value > 0 and "Send the plan" in entry.title
    assert entry.stakeholders == [pat.id] and entry.members == [me.id]
    assert commitments.commitment_of_entry(entry.id).id == promise.id
    with pytest.raises(ValidationError):
        commitments.resolve_commitment(promise.id, kept=False)


def test_breaking_a_promise_writes_a_withdrawal_of_the_chosen_value(acme):
    account, pat, _ = acme
    promise = commitments.add_commitment(stakeholder=pat.id, description="Fix the invoice", due=TODAY - days(3))
    with pytest.raises(ValidationError):
        commitments.resolve_commitment(promise.id, kept=False, value=2)  # a broken promise is no deposit
    assert Entry.select().count() == 0
    commitments.resolve_commitment(promise.id, kept=False, value=-4, day=TODAY)
    assert scalar("SELECT SUM(value) FROM entry WHERE account_id = ?", account.id) == -4
    commitments.reopen_commitment(promise.id)
    assert Entry.select().count() == 0
    assert commitments.get_commitment(promise.id).status == "open"


def test_promise_validation_and_listing(acme):
    account, pat, me = acme
    with pytest.raises(ValidationError) as error:
        commitments.add_commitment(stakeholder=pat.id, description="", due=TODAY)
    assert error.value.field == "description"
    with pytest.raises(ValidationError):
        commitments.add_commitment(stakeholder=pat.id, description="x", due="next week")
    commitments.add_commitment(stakeholder=pat.id, description="Late", due=TODAY - days(1), owner=me.id)
    commitments.add_commitment(stakeholder=pat.id, description="Soon", due=TODAY + days(3))
    commitments.add_commitment(stakeholder=pat.id, description="Later", due=TODAY + days(60))
    rows = commitments.list_commitments(account_id=account.id, today=TODAY)
    assert [(r.description, r.state, r.owner) for r in rows] == [
        ("Late", "overdue", "Me Myself"), ("Soon", "due-soon", ""), ("Later", "open", "")]
    per_person, per_account = commitments.overdue_counts(TODAY)
    assert per_person == {pat.id: 1} and per_account == {account.id: 1}


# Attention --------------------------------------------------------------------------------


def test_demo_attention_list_is_true_to_the_data(demo_db):
    items = attention.attention_list(TODAY)
    kinds = {i.kind for i in items}
    assert len(kinds) >= 4
    overdue = {cid for (cid,) in bound_database().execute_sql(
        "SELECT id FROM commitment WHERE status = 'open' AND due < ?", [TODAY.isoformat()])}
    assert overdue and {i.target_id for i in items if i.kind == "overdue-commitment"} == overdue
    soon = {mid for (mid,) in bound_database().execute_sql(
        "SELECT id FROM meeting WHERE day BETWEEN ? AND ?", [TODAY.isoformat(), (TODAY + days(14)).isoformat()])}
    assert soon and {i.target_id for i in items if i.kind == "meeting-soon"} == soon
    falling = {acc for acc, total in bound_database().execute_sql(
        "SELECT account_id, SUM(value) FROM entry WHERE day > ? AND day <= ? GROUP BY account_id",
        [(TODAY - days(30)).isoformat(), TODAY.isoformat()]) if total < 0}
    assert falling and {i.account_id for i in items if i.kind == "falling-balance"} == falling
    for item in (i for i in items if i.kind == "neglected"):
        person = people.get_stakeholder(item.stakeholder_id)
        # The out-of-touch clock: the demo's accounts count only entries worth something.
        last = stored_day(bound_database().execute_sql(
            "SELECT MAX(e.day) FROM entry e JOIN entry_stakeholder es ON es.entry_id = e.id "
            "WHERE es.stakeholder_id = ? AND e.value != 0 AND e.day <= ?", [person.id, TODAY.isoformat()]
        ).fetchone()[0])
        limit = min([person.cadence_days or 10_000] + ([90] if person.influence >= 4 else []))
        assert last is None or (TODAY - last).days > limit, item.message
    for item in (i for i in items if i.kind == "unmet-stakeholder"):
        person = people.get_stakeholder(item.stakeholder_id)
        assert not people.ties_of_stakeholder(person.id) and person.id not in journal.last_contacts()
        assert (TODAY - person.created_at.date()).days <= 60
    assert any(i.kind == "unmet-stakeholder" for i in items)
    assert items == sorted(items, key=lambda i: -i.urgency)


def test_a_falling_balance_counts_the_last_thirty_days_and_names_the_latest_withdrawal(acme):
    account, pat, _ = acme
    other = accounts.create_account(name="Bravo", checkup_interval_days=30)
    for day, value in ((TODAY - days(30), -5), (TODAY - days(29), -2), (TODAY - days(10), -1),
                       (TODAY - days(3), 1), (TODAY + days(1), -4)):
        journal.add_entry(account=account.id, day=day, title="Step", value=value, stakeholders=[pat.id])
    journal.add_entry(account=other.id, day=TODAY - days(2), title="Gift", value=3)
    q = [question.id for question in health.list_questions()]
    health.record_checkup(account.id, {q[0]: 4}, day=TODAY - days(70))
    health.record_checkup(account.id, {q[0]: 3}, day=TODAY - days(45))
    items = attention.attention_list(TODAY)
    falling = [i for i in items if i.kind == "falling-balance"]
    # The day 30 days back and the day after today are outside the window: -2 - 1 + 1.
    assert [(i.account_id, i.message) for i in falling] == [(account.id, "Balance fell by 2 over the last 30 days")]
    assert falling[0].key == f"falling-balance:{account.id}:{TODAY - days(10)}"
    due = {i.account_id: i for i in items if i.kind == "checkup-due"}
    assert "last one 45 days ago" in due[account.id].message  # the latest of its two
    assert due[other.id].message == "No check-up recorded yet"


def test_an_entry_worth_something_resets_their_cadence(acme):
    account, pat, me = acme
    people.update_stakeholder(pat.id, cadence_days=30)
    journal.add_entry(account=account.id, day=TODAY - days(45), title="Lunch", value=1, stakeholders=[pat.id])
    neglected = [i for i in attention.attention_list(TODAY) if i.kind == "neglected"]
    assert [i.stakeholder_id for i in neglected] == [pat.id] and "every 30 days" in neglected[0].message
    journal.add_entry(account=account.id, day=TODAY - days(2), kind="call", title="Quick call", value=-1,
                      stakeholders=[pat.id])
    assert not [i for i in attention.attention_list(TODAY) if i.kind == "neglected"]


def test_just_checking_in_does_not_reset_the_clock_unless_the_account_counts_every_contact(acme):
    account, pat, me = acme
    people.update_stakeholder(pat.id, cadence_days=30)
    journal.add_entry(account=account.id, day=TODAY - days(45), title="Lunch", value=2, stakeholders=[pat.id],
                      members=[me.id])
    journal.add_entry(account=account.id, day=TODAY - days(2), kind="email", title="Just checking in", value=0,
                      stakeholders=[pat.id], members=[me.id])
    neglected = [i for i in attention.attention_list(TODAY) if i.kind == "neglected"]
    assert [i.stakeholder_id for i in neglected] == [pat.id] and "45 days ago" in neglected[0].message
    accounts.update_account(account.id, valued_contact_only=False)
    assert not [i for i in attention.attention_list(TODAY) if i.kind == "neglected"]


def test_snoozed_and_dismissed_items_are_remembered(acme, reopen):
    account, pat, _ = acme
    commitments.add_commitment(stakeholder=pat.id, description="A", due=TODAY - days(1))
    commitments.add_commitment(stakeholder=pat.id, description="B", due=TODAY - days(2))
    first, second = [i for i in attention.attention_list(TODAY) if i.kind == "overdue-commitment"]
    attention.snooze(first.key, TODAY + days(7))
    attention.dismiss(second.key)
    reopen()  # remembered in the data, not in memory
    keys = {i.key for i in attention.attention_list(TODAY)}
    assert first.key not in keys and second.key not in keys
    assert first.key in {i.key for i in attention.attention_list(TODAY + days(7))}
    assert attention.hidden_count(TODAY) == 2
    attention.restore(second.key)
    assert second.key in {i.key for i in attention.attention_list(TODAY)}
    attention.restore_all()
    assert attention.home_snapshot(TODAY).hidden == 0


def test_archived_accounts_leave_the_attention_list(acme):
    account, pat, _ = acme
    commitments.add_commitment(stakeholder=pat.id, description="A", due=TODAY - days(1))
    assert attention.attention_list(TODAY)
    accounts.update_account(account.id, archived=True)
    assert attention.attention_list(TODAY) == []
    assert Commitment.select().count() == 1


def test_contact_status_follows_the_latest_entry(acme):
    from relapp.services.keep_in_touch import contact_status

    account, pat, _ = acme
    people.update_stakeholder(pat.id, cadence_days=30)
    journal.add_entry(account=account.id, day=TODAY - days(40), title="Workshop", value=2, stakeholders=[pat.id])
    status = contact_status(pat.id, TODAY)
    assert (status.last_contact, status.expected_by, status.days_late) == (TODAY - days(40), TODAY - days(10), 10)
    journal.add_entry(account=account.id, day=TODAY - days(3), title="Checking in", stakeholders=[pat.id])
    status = contact_status(pat.id, TODAY)
    assert status.last_contact == TODAY - days(40)  # worth 0: the clock runs on
    assert status.last_entry == TODAY - days(3)  # and the card says which contact counted
    journal.add_entry(account=account.id, day=TODAY - days(1), title="Call", value=1, stakeholders=[pat.id])
    status = contact_status(pat.id, TODAY)
    assert (status.expected_by, status.days_late) == (TODAY + days(29), 0)
    people.update_stakeholder(pat.id, cadence_days=None, influence=2)
    assert contact_status(pat.id, TODAY).expected_by is None  # nothing expected of them


def test_home_first_part_is_the_whole_list_without_the_people(demo_db):
    # Home shows the quick part at once on large data, then the whole list:
    # the first part must hold exactly the whole list's other items.
    quick, full = attention.home_snapshots(TODAY)
    assert full == attention.home_snapshot(TODAY)
    people_kinds = {"neglected", "unmet-stakeholder"}
    assert {i.kind for i in full.items} & people_kinds  # the demo has some
    assert not {i.kind for i in quick.items} & people_kinds
    assert [i.key for i in quick.items] == [i.key for i in full.items if i.kind not in people_kinds]


@pytest.mark.sqlite_only  # SQLite's progress handler; elsewhere the read stops after the query
def test_home_list_stops_reading_the_people_when_told_mid_query(demo_db, monkeypatch):
    # Quitting must not wait for the people out of touch: the reading asks
    # whether it is still wanted while SQLite works, not only between queries
    # (asked more often here: the small demo is read in few steps).
    monkeypatch.setattr("relapp.store.interrupt.STEPS_BETWEEN_ASKS", 200)
    asked, armed = [], []

    def stopped() -> bool:
        if armed:
            asked.append(1)
        return len(asked) > 3

    parts = attention.home_snapshots(TODAY, stopped=stopped)
    next(parts)  # the quick part, read while the window still wants it
    armed.append(True)
    with pytest.raises(attention.Stopped) as stop:
        next(parts)
    assert stop.value.__cause__ is not None, "SQLite was interrupted in the middle of a query"
    # Not told to stop: the same list as ever, and the connection is left as it was.
    assert attention.home_snapshot(TODAY) == list(attention.home_snapshots(TODAY, stopped=lambda: False))[-1]


def test_an_import_of_many_people_is_one_item_after_the_grace_period_which_is_a_setting(db):
    from relapp.services.attention import attention_list, new_person_grace_days, set_new_person_grace_days

    account = accounts.create_account(name="Kestrel")
    for n in range(38):
        people.create_stakeholder(account=account.id, name=f"Imported Person {n}")
    today = dt.date.today()
    assert new_person_grace_days() == 14
    assert [i for i in attention_list(today) if i.kind == "unmet-stakeholder"] == []
    later = [i for i in attention_list(today + dt.timedelta(days=20)) if i.kind == "unmet-stakeholder"]
    assert [i.message for i in later] == ["38 new people in Kestrel, nobody on our side has met them yet"]
    assert set_new_person_grace_days(30) == 30 and new_person_grace_days() == 30
    assert [i for i in attention_list(today + dt.timedelta(days=20)) if i.kind == "unmet-stakeholder"] == []
    with pytest.raises(ValidationError, match="grace period"):
        set_new_person_grace_days(-1)
    assert new_person_grace_days() == 30


def test_the_card_line_tells_an_entry_worth_0_from_no_entry(qtbot, acme):
    """Where only contact that counts resets the clock, a person seen only in
    entries worth 0 read "no entry with them yet" beside a timeline listing them."""
    from relapp.gui.health.touch_line import touch_line
    from relapp.services.keep_in_touch import contact_status

    account, pat, _ = acme
    assert "no entry with them yet" in touch_line(None, contact_status(pat.id, TODAY))
    journal.add_entry(account=account.id, day=TODAY - days(3), title="Checking in", stakeholders=[pat.id])
    line = touch_line(None, contact_status(pat.id, TODAY))
    assert "no contact that counts yet" in line and "no entry" not in line
    journal.add_entry(account=account.id, day=TODAY - days(20), title="Workshop", value=2, stakeholders=[pat.id])
    line = touch_line(None, contact_status(pat.id, TODAY))
    assert f"last contact that counts {(TODAY - days(20)).isoformat()}" in line
    accounts.update_account(account.id, valued_contact_only=False)  # every entry counts now
    line = touch_line(None, contact_status(pat.id, TODAY))
    assert f"last contact {(TODAY - days(3)).isoformat()}" in line and "counts" not in line
