"""Paths to the one who decides, on small hand-made organisations."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from relapp.domain.coverage import Acquaintance
from relapp.domain.introductions import OrgPerson, best_introduction

TODAY = dt.date(2026, 6, 1)


def knows(member, strength, days_ago=None, source="tie"):
    last = None if days_ago is None else TODAY - dt.timedelta(days=days_ago)
    return Acquaintance(0, member, strength, source, last, 0)


# Chiara (CEO) ← Kofi (CFO) ← Lea (buyer); Omar (COO) reports to Chiara too.
ORG = {1: OrgPerson(1, "Chiara Dufresne"), 2: OrgPerson(2, "Kofi Mensah", 1), 3: OrgPerson(3, "Lea Brandt", 2),
       4: OrgPerson(4, "Omar Haddad", 1)}


def test_through_the_boss_we_know_well():
    intro = best_introduction(ORG[2], ORG, [], {1: [knows("Maya", 4, 10)]})
    assert intro.path == ["Maya", "Chiara Dufresne", "Kofi Mensah"] and intro.relation == "boss"
    assert intro.advice() == ("ask Chiara Dufresne (Kofi Mensah's boss), whom Maya knows well, "
                              "for an introduction")


def test_through_a_direct_report_or_a_working_link():
    assert best_introduction(ORG[2], ORG, [], {3: [knows("Sam", 3, 5)]}).path == ["Sam", "Lea Brandt", "Kofi Mensah"]
    intro = best_introduction(ORG[2], ORG, [(4, 2)], {4: [knows("Alex", 3, 5)]})
    assert (intro.via, intro.relation) == ("Omar Haddad", "colleague")
    assert "who works with Kofi Mensah" in intro.advice()


def test_stronger_then_more_recent_wins():
    known = {1: [knows("Maya", 3, 2)], 3: [knows("Sam", 4, 100)], 4: [knows("Alex", 4, 30)]}
    intro = best_introduction(ORG[2], ORG, [(4, 2)], known)
    assert (intro.member, intro.via) == ("Alex", "Omar Haddad")  # 4 beats 3; 30 days ago beats 100


def test_nobody_we_know_well_next_to_them_gives_no_path():
    # Omar is known only weakly, and Lea (two steps away from Chiara) does not count.
    assert best_introduction(ORG[1], ORG, [], {4: [knows("Alex", 2, 1)], 3: [knows("Sam", 5, 1)]}) is None
    assert best_introduction(OrgPerson(9, "Alone"), {9: OrgPerson(9, "Alone")}, [], {}) is None


def test_people_who_left_are_no_way_in():
    still_there = {k: p for k, p in ORG.items() if k != 1}
    assert best_introduction(ORG[2], still_there, [], {1: [knows("Maya", 5, 1)]}) is None


def test_a_journal_acquaintance_counts_when_strong_enough():
    intro = best_introduction(ORG[3], ORG, [], {2: [knows("Alex", 3, 4, source="journal")]})
    assert intro.path == ["Alex", "Kofi Mensah", "Lea Brandt"]


@given(st.dictionaries(st.integers(1, 4), st.lists(st.tuples(st.sampled_from(["A", "B", "C"]), st.integers(1, 5),
                                                              st.integers(0, 400)), max_size=3)),
       st.sampled_from([1, 2, 3, 4]))
def test_the_path_always_goes_through_a_colleague_we_know_well(raw, target_id):
    known = {pid: [knows(m, s, d) for m, s, d in rows] for pid, rows in raw.items()}
    intro = best_introduction(ORG[target_id], ORG, [(3, 4)], known)
    if intro is None:
        return
    assert intro.via_id != target_id and intro.strength >= 3
    assert intro.strength == max(a.strength for pid in known if pid != target_id for a in known[pid]
                                 if (ORG[pid].reports_to == target_id or ORG[target_id].reports_to == pid
                                     or {pid, target_id} == {3, 4}))
