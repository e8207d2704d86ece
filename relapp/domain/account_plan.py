"""The account plan: how far a relationship has developed, how much each
side wants to put into it, what both pursue together and what else it could
bring.  Pure reasoning: every day it judges by is passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

# The ladder, lowest first: key -> (label, one-sentence meaning).  The keys
# are stored and printed by `relapp plan --json`; they never change.
STAGES: dict[str, tuple[str, str]] = {
    "trading": ("Trading",
                "Each piece of work is bought on price and specification and stands on its own."),
    "repeat": ("Repeat business",
               "They come back to us by choice, but the terms and the agenda are still theirs."),
    "trusted": ("Trusted adviser",
                "They ask our view before they decide and tell us what worries them."),
    "partner": ("Partner",
                "Several people on each side work together and plan the next steps jointly."),
    "mutual": ("Mutual",
               "Both sides own joint objectives, measure them together and share what they bring."),
}
STAGE_ORDER = {key: index for index, key in enumerate(STAGES)}

SIDES = {"ours": "Our intent", "theirs": "Their intent"}
# How much one side wants to invest in the relationship.
INTENT_LEVELS: dict[int, str] = {
    1: "Keep it as it is",
    2: "Look after it",
    3: "Invest where it pays",
    4: "Invest steadily",
    5: "Make it a priority",
}
MIN_INTENT, MAX_INTENT = 1, 5
# Ours running this far ahead of theirs means we push harder than the
# client wants to be pushed: the plan then needs their intent first.
MISMATCH_GAP = 2

OBJECTIVE_STATUSES: dict[str, str] = {
    "on-track": "On track",
    "at-risk": "At risk",
    "off-track": "Off track",
    "achieved": "Achieved",
    "dropped": "Dropped",
}
OBJECTIVE_CLOSED = ("achieved", "dropped")
OBJECTIVE_TROUBLE = ("at-risk", "off-track")
DROPPED_BY = {"them": "At their request", "us": "Our decision"}

OPPORTUNITY_STATUSES: dict[str, str] = {
    "idea": "Idea",
    "explored": "Explored",
    "proposed": "Proposed",
    "agreed": "Agreed",
    "dropped": "Dropped",
}
OPPORTUNITY_CLOSED = ("agreed", "dropped")


@dataclass(frozen=True)
class StageChange:
    stage: str
    since: date
    note: str = ""


@dataclass(frozen=True)
class IntentChange:
    side: str  # ours / theirs
    level: int
    since: date
    text: str = ""


def stage_label(key: str | None) -> str:
    return STAGES[key][0] if key in STAGES else "Not set"


def stage_level(key: str) -> int:
    """1 for the lowest rung of the ladder, up to len(STAGES)."""
    return STAGE_ORDER[key] + 1


def ordered(changes: Iterable[StageChange]) -> list[StageChange]:
    """Oldest first; two changes on one day keep the order they were given
    (the later one recorded is the one that holds)."""
    return sorted(changes, key=lambda c: c.since)


def stage_on(changes: Iterable[StageChange], day: date) -> StageChange | None:
    """The change in force on ``day``: the latest one dated on or before it."""
    current = None
    for change in ordered(changes):
        if change.since <= day:
            current = change
    return current


def stage_moves(changes: Iterable[StageChange], since: date, until: date) -> list[tuple[str | None, StageChange]]:
    """Each change dated after ``since`` up to ``until``, with the stage it
    left (None when it was the first one)."""
    history = ordered(changes)
    moves = []
    previous: str | None = None
    for change in history:
        if since < change.since <= until:
            moves.append((previous, change))
        previous = change.stage
    return moves


def stage_steps(changes: Iterable[StageChange], until: date) -> list[tuple[date, int]]:
    """Points of a step line: (day, level) at each change up to ``until``,
    closed with the level in force on ``until``.  Of several changes on one
    day only the one that holds is drawn."""
    steps: list[tuple[date, int]] = []
    for change in ordered(changes):
        if change.since > until:
            break
        if steps and steps[-1][0] == change.since:
            steps.pop()
        steps.append((change.since, stage_level(change.stage)))
    if steps and steps[-1][0] < until:
        steps.append((until, steps[-1][1]))
    return steps


def direction(before: str | None, after: str) -> str:
    """'up', 'down', 'same' or 'first' for a move on the ladder."""
    if before is None:
        return "first"
    if before not in STAGE_ORDER:
        return "first"
    gap = STAGE_ORDER[after] - STAGE_ORDER[before]
    return "up" if gap > 0 else "down" if gap < 0 else "same"


def intent_on(changes: Iterable[IntentChange], side: str, day: date) -> IntentChange | None:
    current = None
    for change in sorted((c for c in changes if c.side == side), key=lambda c: c.since):
        if change.since <= day:
            current = change
    return current


def intent_gap(ours: int | None, theirs: int | None) -> int | None:
    """How far our level runs ahead of theirs (negative: they want more)."""
    if ours is None or theirs is None:
        return None
    return ours - theirs


def intent_mismatch(ours: int | None, theirs: int | None) -> bool:
    gap = intent_gap(ours, theirs)
    return gap is not None and gap >= MISMATCH_GAP


def objective_days_late(status: str, target: date | None, today: date) -> int:
    """Days past the target of an objective not yet achieved or dropped
    (0 when on time, without a target, or closed)."""
    if status in OBJECTIVE_CLOSED or target is None or target >= today:
        return 0
    return (today - target).days


def objective_in_trouble(status: str) -> bool:
    return status in OBJECTIVE_TROUBLE


def opportunity_open(status: str) -> bool:
    return status not in OPPORTUNITY_CLOSED


def next_step_days_late(status: str, due: date | None, today: date) -> int:
    """Days the next step of an open opportunity is past its date."""
    if not opportunity_open(status) or due is None or due >= today:
        return 0
    return (today - due).days


def latest(notes: Sequence[tuple[date, str]]) -> tuple[date, str] | None:
    """The most recent dated note (the last given wins on a tie)."""
    best = None
    for note in notes:
        if best is None or note[0] >= best[0]:
            best = note
    return best
