import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from relapp.domain.coverage import PersonCoverage, coverage_gaps
from relapp.domain.health import checkup_due, health_score, health_series

TODAY = dt.date(2026, 6, 1)


def person(i, influence, tie, last_days_ago=None, added_days_ago=1000):
    return PersonCoverage(i, f"P{i}", influence, tie,
                          None if last_days_ago is None else TODAY - dt.timedelta(days=last_days_ago),
                          TODAY - dt.timedelta(days=added_days_ago))


def test_powerful_person_nobody_knows_is_a_gap():
    gaps = coverage_gaps([person(1, 5, 0)], TODAY)
    assert [(g.stakeholder_id, g.kind) for g in gaps] == [(1, "unknown")]


def test_weak_tie_and_neglect_are_gaps_but_a_recent_strong_tie_is_not():
    gaps = coverage_gaps([person(1, 4, 2, 5), person(2, 4, 4, 200), person(3, 5, 4, 10)], TODAY, neglect_days=90)
    assert {(g.stakeholder_id, g.kind) for g in gaps} == {(1, "weak"), (2, "neglected")}


def test_low_influence_people_are_not_gaps_unless_new_and_unmet():
    gaps = coverage_gaps([person(1, 2, 0), person(2, 1, 0, None, added_days_ago=10)], TODAY)
    assert [(g.stakeholder_id, g.kind) for g in gaps] == [(2, "new")]


def test_neglect_window_is_respected_at_its_edge():
    assert coverage_gaps([person(1, 5, 3, 90)], TODAY, neglect_days=90) == []
    assert len(coverage_gaps([person(1, 5, 3, 91)], TODAY, neglect_days=90)) == 1


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(0, 5), st.one_of(st.none(), st.integers(0, 2000))),
                max_size=30))
def test_gaps_are_only_about_known_people_and_never_duplicated(rows):
    people = [person(i, inf, tie, last) for i, (inf, tie, last) in enumerate(rows)]
    gaps = coverage_gaps(people, TODAY)
    ids = [g.stakeholder_id for g in gaps]
    assert len(ids) == len(set(ids))
    for g in gaps:
        assert people[g.stakeholder_id].influence >= 4 or g.kind == "new"


def test_health_maps_scores_to_0_100():
    assert health_score([1, 1]) == 0
    assert health_score([3]) == 50
    assert health_score([5, 5, 5]) == 100
    assert health_score([]) is None


def test_health_series_is_sorted_and_skips_empty_checkups():
    series = health_series([(TODAY, [5]), (TODAY - dt.timedelta(days=90), [1]), (TODAY, [])])
    assert [s.health for s in series] == [0, 100]


def test_checkup_due_dates():
    assert checkup_due(None, 90, TODAY) == TODAY
    assert checkup_due(TODAY, 90, TODAY) == TODAY + dt.timedelta(days=90)
    assert checkup_due(TODAY, 0, TODAY) is None
