"""The account plan's reasoning: stage history, intent mismatch, lateness
(the day is always passed in)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from relapp.domain.account_plan import (
    INTENT_LEVELS, MISMATCH_GAP, OBJECTIVE_STATUSES, OPPORTUNITY_STATUSES, STAGES, IntentChange, StageChange,
    direction, intent_mismatch, intent_on, latest, next_step_days_late, objective_days_late, stage_level,
    stage_moves, stage_on, stage_steps,
)
from relapp.domain.attention import (
    IntentFacts, ObjectiveFacts, OpportunityFacts, PlanFacts, attention_items, plan_items,
)

TODAY = dt.date(2026, 6, 15)


def days(n):
    return dt.timedelta(days=n)


HISTORY = [
    StageChange("repeat", dt.date(2025, 3, 1), "second project signed"),
    StageChange("trading", dt.date(2024, 1, 10), "first order"),
    StageChange("trusted", dt.date(2026, 2, 1), "asked us before the tender"),
]


def test_the_ladder_has_four_or_five_rungs_with_short_keys_and_one_sentence_each():
    assert 4 <= len(STAGES) <= 5
    for key, (label, meaning) in STAGES.items():
        assert key.replace("-", "").isalpha() and key == key.lower()
        assert label and meaning.endswith(".") and meaning.count(".") == 1
    assert [stage_level(k) for k in STAGES] == list(range(1, len(STAGES) + 1))


def test_the_stage_in_force_is_the_latest_dated_on_or_before_the_day():
    assert stage_on(HISTORY, dt.date(2024, 1, 9)) is None
    assert stage_on(HISTORY, dt.date(2024, 1, 10)).stage == "trading"
    assert stage_on(HISTORY, dt.date(2025, 12, 31)).stage == "repeat"
    assert stage_on(HISTORY, TODAY).stage == "trusted"
    # A change dated in the future is not in force yet.
    assert stage_on(HISTORY + [StageChange("partner", TODAY + days(1))], TODAY).stage == "trusted"


def test_two_changes_on_one_day_the_later_recorded_holds():
    same_day = [StageChange("trading", TODAY), StageChange("partner", TODAY)]
    assert stage_on(same_day, TODAY).stage == "partner"


def test_moves_in_a_period_name_the_stage_left():
    moves = stage_moves(HISTORY, dt.date(2025, 1, 1), TODAY)
    assert [(before, change.stage) for before, change in moves] == [("trading", "repeat"), ("repeat", "trusted")]
    assert stage_moves(HISTORY, dt.date(2026, 2, 1), TODAY) == []  # "since" itself is before the period
    assert direction("trading", "repeat") == "up"
    assert direction("partner", "repeat") == "down"
    assert direction(None, "repeat") == "first"


def test_steps_end_on_the_day_with_the_level_in_force():
    steps = stage_steps(HISTORY, TODAY)
    assert steps == [(dt.date(2024, 1, 10), 1), (dt.date(2025, 3, 1), 2), (dt.date(2026, 2, 1), 3), (TODAY, 3)]
    assert stage_steps([], TODAY) == []


@given(st.lists(st.tuples(st.sampled_from(list(STAGES)), st.integers(0, 2000)), max_size=12),
       st.integers(0, 2100))
def test_the_step_line_agrees_with_the_stage_in_force_on_every_change(pairs, offset):
    start = dt.date(2020, 1, 1)
    history = [StageChange(stage, start + days(n)) for stage, n in pairs]
    until = start + days(offset)
    steps = stage_steps(history, until)
    days_seen = [day for day, _ in steps]
    assert days_seen == sorted(days_seen)
    for day, level in steps:
        assert stage_level(stage_on(history, day).stage) == level
    if steps:
        assert steps[-1][0] == until


def test_intent_mismatch_only_when_ours_runs_ahead_by_two_or_more():
    assert intent_mismatch(5, 3) and intent_mismatch(4, 1)
    assert not intent_mismatch(4, 3)
    assert not intent_mismatch(2, 5)  # they want more than we do: not this warning
    assert not intent_mismatch(None, 1) and not intent_mismatch(5, None)


@given(st.sampled_from(list(INTENT_LEVELS)), st.sampled_from(list(INTENT_LEVELS)))
def test_mismatch_is_exactly_the_gap_rule(ours, theirs):
    assert intent_mismatch(ours, theirs) == (ours - theirs >= MISMATCH_GAP)


def test_intent_in_force_per_side():
    changes = [IntentChange("ours", 3, TODAY - days(100)), IntentChange("theirs", 2, TODAY - days(50)),
               IntentChange("ours", 5, TODAY - days(10))]
    assert intent_on(changes, "ours", TODAY).level == 5
    assert intent_on(changes, "ours", TODAY - days(20)).level == 3
    assert intent_on(changes, "theirs", TODAY - days(60)) is None


def test_objective_lateness_counts_from_the_target_unless_closed():
    assert objective_days_late("on-track", TODAY - days(3), TODAY) == 3
    assert objective_days_late("at-risk", TODAY, TODAY) == 0
    assert objective_days_late("on-track", None, TODAY) == 0
    assert objective_days_late("achieved", TODAY - days(30), TODAY) == 0
    assert objective_days_late("dropped", TODAY - days(30), TODAY) == 0


@given(st.sampled_from(list(OBJECTIVE_STATUSES)), st.integers(-400, 400))
def test_lateness_is_never_negative_and_only_for_open_objectives(status, offset):
    late = objective_days_late(status, TODAY + days(offset), TODAY)
    assert late >= 0
    assert (late > 0) == (offset < 0 and status not in ("achieved", "dropped"))


@given(st.sampled_from(list(OPPORTUNITY_STATUSES)), st.integers(-400, 400))
def test_next_step_lateness_only_for_open_opportunities(status, offset):
    late = next_step_days_late(status, TODAY + days(offset), TODAY)
    assert (late > 0) == (offset < 0 and status in ("idea", "explored", "proposed"))


def test_latest_note_is_the_most_recent_day():
    assert latest([]) is None
    assert latest([(TODAY - days(2), "b"), (TODAY - days(9), "a")]) == (TODAY - days(2), "b")


def test_attention_says_what_the_plan_needs():
    plan = PlanFacts(
        objectives=(ObjectiveFacts(1, 1, "Acme", "Halve the backlog", "on-track", TODAY - days(12)),
                    ObjectiveFacts(2, 1, "Acme", "New depot", "off-track", TODAY + days(40)),
                    ObjectiveFacts(3, 1, "Acme", "Old goal", "achieved", TODAY - days(100)),
                    ObjectiveFacts(4, 1, "Acme", "Fine", "on-track", TODAY + days(5))),
        opportunities=(OpportunityFacts(1, 1, "Acme", "Audit", "proposed", "send the draft", TODAY - days(4)),
                       OpportunityFacts(2, 1, "Acme", "Agreed one", "agreed", "", TODAY - days(40))),
        intents=(IntentFacts(1, "Acme", 5, 2), IntentFacts(2, "Beta", 3, 2), IntentFacts(3, "Gamma", 4, None)),
    )
    items = plan_items(plan, TODAY)
    assert sorted((i.kind, i.target_id or i.account_id) for i in items) == [
        ("intent-mismatch", 1), ("objective-at-risk", 2), ("objective-overdue", 1), ("opportunity-next-step", 1)]
    overdue = next(i for i in items if i.kind == "objective-overdue")
    assert "12 days" in overdue.message and "Halve the backlog" in overdue.message
    assert "off track" in next(i for i in items if i.kind == "objective-at-risk").message
    # The plan joins the rest of the list, ranked.
    assert len(attention_items([], [], [], [], TODAY, plan)) == 4


def test_trust_profile_counts_each_tag_now_and_before():
    from relapp.domain.trust_profile import trust_profile
    from relapp.domain.vocabulary import trust_mask

    now = [trust_mask(["time", "understanding"]), trust_mask(["time"]), 0]
    before = [trust_mask(["specialists"])]
    profile = {line.key: (line.now, line.before, line.change) for line in trust_profile(now, before)}
    assert profile == {"time": (2, 0, 2), "risk-free": (0, 0, 0), "understanding": (1, 0, 1),
                       "specialists": (0, 1, -1), "trust": (0, 0, 0)}


@given(st.lists(st.integers(0, 31), max_size=30))
def test_trust_counts_add_up_to_the_tags_set(masks):
    from relapp.domain.trust_profile import trust_counts

    assert sum(trust_counts(masks).values()) == sum(bin(m).count("1") for m in masks)
