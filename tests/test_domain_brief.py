"""The brief's rules: what we know of a person, questions worth asking, risks."""

from __future__ import annotations

import copy
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from relapp.domain.brief import (
    HEALTH_DROP, MAX_QUESTIONS, HealthPoint, Interaction, PersonFacts, RiskFacts, knowledge, person_brief, promise,
    questions, risks, short, tie_line,
)
from relapp.domain.coverage import CoverageGap

TODAY = dt.date(2026, 3, 2)


def facts(**changes) -> PersonFacts:
    base = dict(id=7, name="Ada Brookfield", title="CFO", department="Finance", reports_to="Cy Dunmore",
                decision_role="decision-maker", influence=5, interest=4, stance="supporter", career_goals="",
                measured_by="", worries="", how_we_help="", family="", interests="", notes="")
    base.update(changes)
    return PersonFacts(**base)


def risk_facts(**changes) -> RiskFacts:
    base = dict(gaps=[], open_promises=[], has_entries=True, trend_30=0, trend_90=0, health=[], next_checkup=None,
                current_model="", target_model="")
    base.update(changes)
    return RiskFacts(**base)


def test_a_promise_is_overdue_only_while_open_and_after_its_day():
    due = TODAY - dt.timedelta(days=6)
    assert promise("Plan", due, "Robin", "Ada", "open", TODAY).overdue_days == 6
    assert promise("Plan", due, "Robin", "Ada", "kept", TODAY).overdue_days == 0
    assert not promise("Plan", TODAY, "Robin", "Ada", "open", TODAY).overdue


def test_knowledge_names_the_strongest_tie_and_the_last_contact():
    assert knowledge([], None, TODAY) == "Nobody on our side knows them"
    ties = [tie_line("Robin Vale", 4), tie_line("Sam Ortiz", 2)]
    assert knowledge(ties, None, TODAY) == f"{ties[0].label} with Robin Vale; no recorded contact"
    assert knowledge(ties, TODAY - dt.timedelta(days=12), TODAY).endswith("last contact 2026-02-18 (12 days ago)")


def test_short_keeps_the_first_sentence_and_cuts_at_a_word():
    assert short("Audit findings.  And more!") == "Audit findings"
    long = "word " * 40
    cut = short(long, limit=20)
    assert cut.endswith("…") and len(cut) <= 21 and not cut[:-1].endswith(" ")


def test_questions_follow_what_we_know_and_do_not_know():
    late = promise("Send the plan", TODAY - dt.timedelta(days=3), "", "Ada", "open", TODAY)
    strong = [tie_line("Robin Vale", 4)]
    # Known, recently met, no worries: nothing to ask.
    assert questions(facts(influence=3), strong, [], 10, "") == []
    asks = questions(facts(worries="Audit findings. More.", influence=3), strong, [late], 10, "")
    assert asks == ["We are late with “Send the plan”: which new date would work for you?",
                    "Where do things stand with “Audit findings”, and what would help most now?"]
    # A sceptic we barely know, not met for a long time.
    asks = questions(facts(stance="sceptic", influence=3), [tie_line("Sam", 2)], [], 91, "")
    assert [a.split()[0] for a in asks] == ["What", "How", "What"]
    assert questions(facts(influence=3), strong, [], 90, "") == []  # 90 days is not yet a long silence
    # Their intent goes to influential people only.
    assert questions(facts(influence=4), strong, [], 10, "Halve closing time") == [
        "Is “Halve closing time” still the priority, and how will you judge progress?"]
    assert questions(facts(influence=3), strong, [], 10, "Halve closing time") == []


def test_questions_are_capped_most_pressing_first():
    late = promise("Send the plan", TODAY - dt.timedelta(days=3), "", "Ada", "open", TODAY)
    asks = questions(facts(worries="w", measured_by="m", stance="blocker"), [], [late], None, "intent")
    assert len(asks) == MAX_QUESTIONS and asks[0].startswith("We are late")


def test_person_brief_leaves_the_personal_side_out_unless_asked():
    person = facts(family="Twins", interests="Sailing", notes="Calls before nine", career_goals="Group CFO")
    seen = [Interaction(TODAY - dt.timedelta(days=5), "Issue", -2, "Report late"),
            Interaction(TODAY - dt.timedelta(days=20), "Meeting", 3, "Workshop")]
    shared = person_brief(person, [], seen, [], their_intent="", include_personal=False, today=TODAY)
    assert shared.personal == [] and shared.professional == [("Career goals", "Group CFO")]
    assert shared.last_contact == TODAY - dt.timedelta(days=5) and shared.days_since_contact == 5
    assert (shared.decision_role, shared.stance, shared.reports_to) == ("Decision maker", "Supporter", "Cy Dunmore")
    private = person_brief(person, [], seen, [], their_intent="", include_personal=True, today=TODAY)
    assert private.personal == [("Family", "Twins"), ("Interests", "Sailing"), ("Private notes", "Calls before nine")]
    unknown = person_brief(facts(stance=""), [], [], [], their_intent="", include_personal=False, today=TODAY)
    assert unknown.stance_key == "neutral" and unknown.last_contact is None and unknown.days_since_contact is None


def test_risks_in_order_of_kind():
    gap = CoverageGap(9, "Ben Castellanos", "unknown", "influence 4/5 and nobody on our side knows them")
    late = promise("Send the plan", TODAY - dt.timedelta(days=6), "Robin Vale", "Ada", "open", TODAY)
    later = promise("Share the form", TODAY + dt.timedelta(days=6), "", "Ben", "open", TODAY)
    found = risks(risk_facts(
        gaps=[gap], open_promises=[late, later], trend_30=-3, trend_90=-5,
        health=[HealthPoint(TODAY - dt.timedelta(days=200), 70.0), HealthPoint(TODAY - dt.timedelta(days=100), 60.0)],
        next_checkup=TODAY - dt.timedelta(days=9), current_model="bow tie", target_model="diamond"), TODAY)
    assert [(r.kind, r.text) for r in found] == [
        ("coverage", "Ben Castellanos: influence 4/5 and nobody on our side knows them"),
        ("promise", "Promise to Ada overdue by 6 days (Robin Vale): Send the plan"),
        ("balance", "The balance fell by 3 over the last 30 days"),
        ("health", "Health fell from 70 to 60 at the last check-up"),
        ("checkup", "The check-up has been due since 2026-02-21"),
        ("model", "Contacts form a bow tie; the aim is a diamond"),
    ]


def test_risk_edges():
    assert risks(risk_facts(), TODAY) == []
    # The quarter speaks only when the last 30 days did not; no entries, no balance risk.
    assert [r.text for r in risks(risk_facts(trend_90=-5), TODAY)] == ["The balance fell by 5 over the last quarter"]
    assert risks(risk_facts(has_entries=False, trend_30=-5, trend_90=-5), TODAY) == []
    # A drop just short of the threshold is not a risk; exactly at it is.
    day = TODAY - dt.timedelta(days=10)
    small = [HealthPoint(day - dt.timedelta(days=90), 70.0), HealthPoint(day, 70.0 - HEALTH_DROP + 0.5)]
    assert risks(risk_facts(health=small), TODAY) == []
    drop = [small[0], HealthPoint(day, 70.0 - HEALTH_DROP)]
    assert [r.kind for r in risks(risk_facts(health=drop), TODAY)] == ["health"]
    # A check-up is only overdue once there has been one, and only after its day.
    assert risks(risk_facts(next_checkup=TODAY - dt.timedelta(days=1)), TODAY) == []
    assert risks(risk_facts(health=small[:1], next_checkup=TODAY), TODAY) == []
    assert risks(risk_facts(current_model="diamond", target_model="diamond"), TODAY) == []


days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
promises = st.builds(promise, st.text(max_size=20), days, st.text(max_size=8), st.text(max_size=8),
                     st.sampled_from(["open", "kept", "broken"]), st.just(TODAY))
all_facts = st.builds(
    RiskFacts,
    gaps=st.lists(st.builds(CoverageGap, st.integers(1, 99), st.text(max_size=8), st.just("unknown"),
                            st.text(max_size=20)), max_size=3),
    open_promises=st.lists(promises, max_size=4), has_entries=st.booleans(), trend_30=st.integers(-20, 20),
    trend_90=st.integers(-20, 20), health=st.lists(st.builds(HealthPoint, days, st.floats(0, 100)), max_size=3),
    next_checkup=st.none() | days, current_model=st.sampled_from(["", "bow tie", "diamond"]),
    target_model=st.sampled_from(["", "bow tie", "diamond"]))


@given(all_facts)
def test_risks_leave_their_facts_alone_and_list_every_gap_and_late_promise(risk_input):
    before = copy.deepcopy(risk_input)
    found = risks(risk_input, TODAY)
    assert risk_input == before
    assert risks(risk_input, TODAY) == found
    assert sum(r.kind == "coverage" for r in found) == len(risk_input.gaps)
    assert sum(r.kind == "promise" for r in found) == sum(p.overdue for p in risk_input.open_promises)
    assert sum(r.kind == "balance" for r in found) <= 1
