"""What is due, overdue or neglected on a given day (the day is always passed in)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from relapp.domain.attention import (
    AccountFacts, AttentionItem, MeetingFacts, PersonFacts, PromiseFacts, attention_items, rank, visible,
)
from relapp.domain.commitments import commitment_state
from relapp.domain.health import question_movements
from relapp.domain.keep_in_touch import contact_expected_by, days_overdue

TODAY = dt.date(2026, 6, 15)
LONG_AGO = dt.date(2024, 1, 1)


def days(n):
    return dt.timedelta(days=n)


def person(pid=1, influence=3, cadence=None, last=None, added=LONG_AGO, tie=3, neglect=90):
    return PersonFacts(pid, 1, "Acme", f"P{pid}", influence, cadence, neglect, last, added, tie)


def promise(cid, due):
    return PromiseFacts(cid, 1, "Acme", 7, "Pat", "Send the plan", due, "Me")


def kinds(items):
    return [i.kind for i in items]


def test_cadence_is_reset_by_the_latest_contact():
    assert contact_expected_by(TODAY - days(20), LONG_AGO, 2, 30, 90) == TODAY + days(10)
    assert contact_expected_by(TODAY - days(40), LONG_AGO, 2, 30, 90) == TODAY - days(10)
    assert days_overdue(TODAY - days(10), TODAY) == 10
    assert days_overdue(TODAY, TODAY) == 0


def test_only_cadence_or_influence_creates_an_expectation():
    assert contact_expected_by(TODAY - days(400), LONG_AGO, 3, None, 90) is None
    assert contact_expected_by(TODAY - days(100), LONG_AGO, 5, None, 90) == TODAY - days(10)
    # the stricter of cadence and neglect window wins
    assert contact_expected_by(TODAY - days(100), LONG_AGO, 5, 30, 90) == TODAY - days(70)


def test_neglected_people_on_a_given_day():
    people = [
        person(1, influence=5, last=TODAY - days(91)),   # past the 90-day window
        person(2, influence=5, last=TODAY - days(89)),   # still inside it
        person(3, influence=2, last=TODAY - days(31), cadence=30),  # missed their cadence
        person(4, influence=2, last=TODAY - days(300)),  # nobody expects anything
    ]
    items = attention_items(people, [], [], [], TODAY)
    assert {(i.kind, i.stakeholder_id) for i in items} == {("neglected", 1), ("neglected", 3)}
    by_person = {i.stakeholder_id: i.message for i in items}
    assert "91 days ago" in by_person[1] and "within 90 days" in by_person[1]
    assert "every 30 days" in by_person[3]
    # a day later, person 2 falls out of the window too
    later = attention_items(people, [], [], [], TODAY + days(2))
    assert {i.stakeholder_id for i in later} == {1, 2, 3}


def test_new_people_nobody_met_are_listed_once():
    people = [person(1, influence=5, added=TODAY - days(20), tie=0),
              person(2, influence=5, added=TODAY - days(200), tie=0, last=TODAY - days(5)),
              person(3, added=TODAY - days(20), tie=2)]
    items = attention_items(people, [], [], [], TODAY)
    assert [(i.kind, i.stakeholder_id) for i in items] == [("unmet-stakeholder", 1)]
    assert "20 days ago" in items[0].message


def test_commitment_states():
    assert commitment_state("open", TODAY - days(1), TODAY) == "overdue"
    assert commitment_state("open", TODAY, TODAY) == "due-soon"
    assert commitment_state("open", TODAY + days(14), TODAY) == "due-soon"
    assert commitment_state("open", TODAY + days(15), TODAY) == "open"
    assert commitment_state("kept", TODAY - days(100), TODAY) == "kept"


def test_promises_meetings_balances_and_checkups():
    promises = [promise(1, TODAY - days(3)), promise(2, TODAY + days(2)), promise(3, TODAY + days(40))]
    accounts = [AccountFacts(1, "Acme", -4, TODAY - days(2), TODAY - days(100), 90),
                AccountFacts(2, "Beta", 3, None, TODAY - days(10), 90),
                AccountFacts(3, "Gamma", 0, None, None, 0)]  # check-ups switched off
    meetings = [MeetingFacts(1, 1, "Acme", TODAY + days(5), "Board"),
                MeetingFacts(2, 2, "Beta", TODAY + days(15), "Later board"),
                MeetingFacts(3, 2, "Beta", TODAY - days(1), "Past board")]
    items = attention_items([], promises, accounts, meetings, TODAY)
    found = {(i.kind, i.target_id or i.account_id) for i in items}
    assert found == {("overdue-commitment", 1), ("due-commitment", 2), ("falling-balance", 1),
                     ("checkup-due", 1), ("meeting-soon", 1)}
    overdue = next(i for i in items if i.kind == "overdue-commitment")
    assert "3 days overdue" in overdue.message and overdue.due == TODAY - days(3)
    assert "in 2 days" in next(i for i in items if i.kind == "due-commitment").message
    assert "fell by 4" in next(i for i in items if i.kind == "falling-balance").message
    assert items[0].kind == "overdue-commitment"


def test_account_never_checked_up_is_due_today():
    items = attention_items([], [], [AccountFacts(1, "Acme", 0, None, None, 90)], [], TODAY)
    assert kinds(items) == ["checkup-due"] and items[0].due == TODAY


def test_snoozed_item_returns_on_its_day_and_dismissed_stays_away():
    items = attention_items([], [promise(1, TODAY - days(1)), promise(2, TODAY - days(2))], [], [], TODAY)
    states = {"overdue-commitment:1": (TODAY + days(3), False), "overdue-commitment:2": (None, True)}
    assert visible(items, states, TODAY) == []
    assert [i.target_id for i in visible(items, states, TODAY + days(3))] == [1]


def test_a_new_contact_gives_a_neglect_item_a_new_key():
    before = attention_items([person(1, influence=5, last=TODAY - days(120))], [], [], [], TODAY)
    after = attention_items([person(1, influence=5, last=TODAY - days(100))], [], [], [], TODAY)
    assert before[0].key != after[0].key


def test_question_movement_compares_latest_with_previous():
    moves = question_movements([(1, "A"), (2, "B"), (3, "C")], {1: 4, 2: 2}, {1: 2, 2: 2, 3: 5})
    assert [(m.question_id, m.change) for m in moves] == [(1, 2), (2, 0), (3, None)]


item_strategy = st.builds(
    AttentionItem, key=st.text(min_size=1, max_size=5), kind=st.sampled_from(["neglected", "checkup-due"]),
    account_id=st.integers(1, 3), account=st.sampled_from(["A", "b", "C"]), message=st.text(max_size=5),
    urgency=st.floats(0, 200, allow_nan=False))


@given(st.lists(item_strategy, max_size=20, unique_by=lambda i: i.key))  # keys are unique in a list
def test_rank_puts_the_most_urgent_first_whatever_the_input_order(items):
    ranked = rank(items)
    assert sorted(ranked, key=id) == sorted(items, key=id)
    assert all(a.urgency >= b.urgency for a, b in zip(ranked, ranked[1:]))
    assert rank(list(reversed(items))) == ranked


@given(late=st.integers(1, 400), soon=st.integers(0, 14))
def test_an_overdue_promise_always_outranks_one_still_due(late, soon):
    items = attention_items([], [promise(1, TODAY + days(soon)), promise(2, TODAY - days(late))], [], [], TODAY)
    assert [i.target_id for i in items] == [2, 1]


@given(last_ago=st.integers(0, 1000), cadence=st.one_of(st.none(), st.integers(1, 365)),
       influence=st.integers(1, 5), neglect=st.integers(1, 365))
def test_neglected_exactly_when_a_limit_has_passed(last_ago, cadence, influence, neglect):
    p = person(1, influence=influence, cadence=cadence, last=TODAY - days(last_ago), neglect=neglect)
    listed = bool(attention_items([p], [], [], [], TODAY))
    limits = ([cadence] if cadence else []) + ([neglect] if influence >= 4 else [])
    assert listed == any(last_ago > limit for limit in limits)


def test_someone_added_today_or_later_is_unmet_since_today():
    items = attention_items([person(1, added=TODAY + days(3), tie=0)], [], [], [], TODAY, grace_days=0)
    assert [i.kind for i in items] == ["unmet-stakeholder"] and "joined today" in items[0].message
    assert attention_items([person(1, added=TODAY + days(3), tie=0)], [], [], [], TODAY) == []


def test_new_people_are_unmet_only_after_the_grace_period():
    new = [person(1, added=TODAY - days(13), tie=0), person(2, added=TODAY - days(14), tie=0)]
    assert [i.stakeholder_id for i in attention_items(new, [], [], [], TODAY)] == [2]  # default: 14 days
    assert attention_items(new, [], [], [], TODAY, grace_days=30) == []
    assert "yesterday" in attention_items([person(1, added=TODAY - days(1), tie=0)], [], [], [], TODAY,
                                          grace_days=0)[0].message


def test_many_new_people_in_one_account_are_one_item():
    imported = [PersonFacts(100 + n, 7, "Kestrel", f"Imported {n}", 3, None, 90, None, TODAY - days(20), 0)
                for n in range(38)]
    alone = PersonFacts(9, 8, "Wrenfold", "Ines Quist", 4, None, 90, None, TODAY - days(20), 0)
    items = attention_items(imported + [alone], [], [], [], TODAY)
    assert [(i.account, i.stakeholder_id) for i in items] == [("Wrenfold", 9), ("Kestrel", None)]
    assert items[1].message == "38 new people in Kestrel, nobody on our side has met them yet"
    # The same people keep the same key (a dismissal holds); one more gives a new one.
    again = attention_items(list(reversed(imported)), [], [], [], TODAY)
    assert again[0].key == items[1].key
    more = attention_items(imported + [PersonFacts(200, 7, "Kestrel", "Late", 3, None, 90, None,
                                                   TODAY - days(15), 0)], [], [], [], TODAY)
    assert more[0].key != items[1].key and more[0].message.startswith("39 new people")


def test_days_are_said_in_words_and_a_person_never_met_is_not_days_late():
    from relapp.domain.day_words import days_ago

    assert [days_ago(n) for n in (0, 1, 2)] == ["today", "yesterday", "2 days ago"]
    never = attention_items([person(1, influence=5, added=TODAY - days(1000), tie=3)], [], [], [], TODAY)
    assert [(i.kind, i.due) for i in never] == [("neglected", None)]
    assert "no entry with them yet" in never[0].message
    # Met, but only in entries worth 0 that the account does not count: not "no entry".
    idle = attention_items([PersonFacts(1, 1, "Acme", "P1", 5, None, 90, None, TODAY - days(1000), 3,
                                        TODAY - days(5))], [], [], [], TODAY)
    assert [(i.kind, i.due) for i in idle] == [("neglected", None)]
    assert "no contact that counts yet" in idle[0].message and "no entry" not in idle[0].message
    met = attention_items([person(1, influence=5, last=TODAY - days(200), tie=3)], [], [], [], TODAY)
    assert met[0].due == TODAY - days(110) and "200 days ago" in met[0].message
