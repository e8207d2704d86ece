"""The coverage rule: who of ours knows one of theirs, from ties recorded by
hand and from the journal, and what that makes of the gaps."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from relapp.domain.coverage import (
    JOURNAL_WINDOW_DAYS, MemberContact, PersonCoverage, coverage_gaps, journal_strength, known_by,
    shapes_contact_model, strongest, suggested_ties, suggestion_text,
)

TODAY = dt.date(2026, 6, 1)


def ago(*days: int) -> tuple[dt.date, ...]:
    return tuple(TODAY - dt.timedelta(days=d) for d in days)


def test_a_recorded_tie_is_how_well_they_know_each_other():
    [a] = known_by([MemberContact(1, "Maya", 4)], TODAY)
    assert (a.member, a.strength, a.source, a.last_contact) == ("Maya", 4, "tie", None)


def test_journal_contact_without_a_tie_counts_as_knowing_them():
    [a] = known_by([MemberContact(1, "Alex", 0, ago(2))], TODAY)
    assert (a.strength, a.source, a.last_contact, a.recent_contacts) == (2, "journal", TODAY - dt.timedelta(2), 1)


def test_repeated_recent_contact_is_stronger_than_one_contact():
    once = journal_strength(ago(5), TODAY)
    often = journal_strength(ago(3, 10, 20, 30), TODAY)
    regular = journal_strength(ago(*range(1, 120, 10)), TODAY)
    assert (once, often, regular) == (2, 3, 4)


def test_journal_alone_never_makes_someone_close():
    assert journal_strength(ago(*range(0, 365, 2)), TODAY) == 4


def test_contact_decays_with_time_and_ends_after_a_year():
    assert journal_strength(ago(10, 12, 14), TODAY) > journal_strength(ago(200, 202, 204), TODAY) >= 1
    assert journal_strength(ago(JOURNAL_WINDOW_DAYS), TODAY) == 1
    assert journal_strength(ago(JOURNAL_WINDOW_DAYS + 1), TODAY) == 0
    assert known_by([MemberContact(1, "Alex", 0, ago(400, 500))], TODAY) == []


def test_entries_after_today_do_not_count_yet():
    assert known_by([MemberContact(1, "Alex", 0, (TODAY + dt.timedelta(days=3),))], TODAY) == []


def test_a_tie_overrides_the_journal_both_ways():
    many = ago(*range(1, 60, 3))
    [weak_tie] = known_by([MemberContact(1, "Alex", 1, many)], TODAY)
    assert (weak_tie.strength, weak_tie.source, weak_tie.recent_contacts) == (1, "tie", 20)
    [strong_tie] = known_by([MemberContact(1, "Alex", 5, ago(300))], TODAY)
    assert (strong_tie.strength, strong_tie.source) == (5, "tie")


def test_strongest_first_and_the_person_counts_at_the_strongest():
    known = known_by([MemberContact(1, "Alex", 0, ago(5)), MemberContact(2, "Maya", 3),
                      MemberContact(3, "Sam", 0, ())], TODAY)
    assert [(a.member, a.strength) for a in known] == [("Maya", 3), ("Alex", 2)]
    assert strongest(known) == 3 and strongest([]) == 0


def test_only_journal_contact_of_the_last_60_days_is_suggested_as_a_tie():
    known = known_by([MemberContact(1, "Alex Morgan", 0, ago(3, 20, 50)), MemberContact(2, "Maya", 0, ago(90)),
                      MemberContact(3, "Sam", 4, ago(1))], TODAY)
    [suggestion] = suggested_ties(known)
    assert suggestion.member == "Alex Morgan"
    assert suggestion_text(suggestion, "Carmen Juhasz") == (
        "Alex Morgan met Carmen Juhasz 3 times in the last 60 days: record a tie?")


def test_a_single_old_contact_does_not_shape_the_contact_model_but_a_tie_does():
    [old] = known_by([MemberContact(1, "Alex", 0, ago(200))], TODAY)
    [tie] = known_by([MemberContact(2, "Maya", 1)], TODAY)
    [recent] = known_by([MemberContact(3, "Sam", 0, ago(4))], TODAY)
    assert (shapes_contact_model(old), shapes_contact_model(tie), shapes_contact_model(recent)) == (False, True, True)


def person(i, influence, strength, last=None, left=None, source="tie"):
    return PersonCoverage(i, f"P{i}", influence, strength, last, TODAY - dt.timedelta(days=1000), left, source)


def test_someone_met_through_the_journal_is_never_an_unknown_gap():
    known = known_by([MemberContact(1, "Alex", 0, ago(2))], TODAY)
    gaps = coverage_gaps([person(1, 5, strongest(known), TODAY - dt.timedelta(2), source="journal")], TODAY)
    assert [(g.kind, "journal" in g.reason) for g in gaps] == [("weak", True)]


def test_people_who_left_are_out_of_coverage():
    people = [person(1, 5, 0, left=TODAY - dt.timedelta(days=10)), person(2, 5, 0)]
    assert [g.stakeholder_id for g in coverage_gaps(people, TODAY)] == [2]
    # Leaving on a later day: still in coverage until then.
    assert len(coverage_gaps([person(1, 5, 0, left=TODAY + dt.timedelta(days=5))], TODAY)) == 1


@given(st.lists(st.integers(-30, 800), max_size=40), st.integers(0, 5))
def test_a_tie_always_wins_and_strength_stays_on_the_scale(days, tie):
    known = known_by([MemberContact(1, "Alex", tie, ago(*days))], TODAY)
    if tie:
        assert [(a.strength, a.source) for a in known] == [(tie, "tie")]
    else:
        assert all(a.source == "journal" and 1 <= a.strength <= 4 for a in known)
        assert bool(known) == any(0 <= d <= JOURNAL_WINDOW_DAYS for d in days)
