"""The demo's account plans: every account gets a stage history, both
intents rated, a potential, joint objectives with progress and a few
opportunities.  Laid out relative to ``today`` so something is always true:
the second account's intent runs ahead of the client's, the first has an
objective past its target, stages differ from account to account.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from relapp.domain.account_plan import STAGES

STAGE_KEYS = list(STAGES)
# The rung each account has reached, by position (the large demo repeats it).
REACHED = (3, 1, 2, 4, 0, 2, 1, 3)
STAGE_NOTES = ("First order placed", "They asked for a second project without a tender",
               "Their director asked our view before deciding", "Joint steering group set up",
               "Objectives agreed and owned on both sides")
POTENTIAL = (
    "Their operations across three countries run on our methods; for them steadier costs, "
    "for us a reference customer and work that renews itself.",
    "Help them turn the pilot into a programme: fewer surprises in their quarter, "
    "a long-term anchor client for us.",
    "Become the people they call first about supply problems, which would shorten their "
    "decisions and give us a seat at their planning round.",
)
OBJECTIVES = (
    ("Halve the order backlog", "Orders waiting more than five days"),
    ("Cut the cost of returns", "Returns cost per order, monthly"),
    ("Launch the shared planning calendar", "Both teams plan from one calendar"),
    ("Train their team leads", "Team leads certified"),
    ("Open the second depot on time", "Depot live by the target date"),
    ("Agree service levels for all sites", "Sites with signed service levels"),
)
PROGRESS = ("Kick-off held with both teams", "First figures in: moving the right way",
            "Their sponsor changed; re-agreed the scope", "Half of the way there",
            "Slipped by a month: waiting for their data", "Pilot site finished")
OPPORTUNITIES = (
    ("Warehouse audit", "Fewer stock-outs", "A second line of work", 40_000, "EUR"),
    ("Procurement training", "Buyers who negotiate better", "A yearly programme", 18_000, "GBP"),
    ("Supplier day", "Closer ties with their suppliers", "Visibility across their group", None, ""),
    ("Returns redesign", "Lower cost of returns", "A larger project next year", 120_000, "EUR"),
)
NEXT_STEPS = ("Send the outline", "Meet their finance director", "Price the first phase", "Share a case study")


@dataclass
class PlanRows:
    stages: list[tuple] = field(default_factory=list)
    intents: list[tuple] = field(default_factory=list)
    objectives: list[tuple] = field(default_factory=list)
    progress: list[tuple] = field(default_factory=list)
    opportunities: list[tuple] = field(default_factory=list)

    def tables(self) -> list[tuple[str, tuple, list]]:
        return [
            ("account_stage", ("id", "account_id", "day", "stage", "note"), self.stages),
            ("account_intent", ("id", "account_id", "side", "day", "level", "text"), self.intents),
            ("objective", ("id", "account_id", "title", "their_owner_id", "our_owner_id", "measure", "target",
                           "status", "reason", "dropped_by", "closed_on", "created_at"), self.objectives),
            ("objective_progress", ("id", "objective_id", "day", "note"), self.progress),
            ("opportunity", ("id", "account_id", "title", "for_them", "for_us", "value", "currency", "sponsor_id",
                             "owner_id", "status", "next_step", "next_step_due", "created_at"), self.opportunities),
        ]


def potential(index: int) -> str:
    return POTENTIAL[index % len(POTENTIAL)]


def add_plan(rows: PlanRows, index: int, account_id: int, people: list[int], member: int,
             intents: tuple[str, str], start: dt.date, today: dt.date, rng: random.Random) -> None:
    """The plan of the account at position ``index``; ``people`` are its
    stakeholders (the first ones the most senior), ``member`` our lead."""
    reached = REACHED[index % len(REACHED)]
    span = max(1, (today - start).days - 60)
    for rung in range(reached + 1):
        day = start + dt.timedelta(days=span * rung // (reached + 1) + rng.randint(0, 20))
        rows.stages.append((len(rows.stages) + 1, account_id, day.isoformat(), STAGE_KEYS[rung],
                            STAGE_NOTES[rung]))
    ours, theirs = (5, 2) if index % len(REACHED) == 1 else (min(5, reached + 2), min(5, reached + 1 + index % 2))
    for side, level, text, age in (("ours", max(1, ours - 1), intents[0], 400), ("ours", ours, intents[0], 90),
                                   ("theirs", theirs, intents[1], 120)):
        rows.intents.append((len(rows.intents) + 1, account_id, side, (today - dt.timedelta(days=age)).isoformat(),
                             level, text))
    # Objectives: one running, one in trouble or achieved; the first account's
    # first objective is past its target.
    plans = [("on-track", -20 if index == 0 else 60 + index % 50), (("at-risk", "off-track", "achieved")[index % 3], 120)]
    if index % 4 == 2:
        plans.append(("dropped", 30))
    for k, (status, offset) in enumerate(plans):
        title, measure = OBJECTIVES[(index + k) % len(OBJECTIVES)]
        target = today + dt.timedelta(days=offset)
        created = today - dt.timedelta(days=200 + rng.randint(0, 60))
        closed = (today - dt.timedelta(days=15)).isoformat() if status in ("achieved", "dropped") else None
        reason, dropped_by = ("Their budget moved to the new site", "them") if status == "dropped" else ("", None)
        objective_id = len(rows.objectives) + 1
        rows.objectives.append((objective_id, account_id, title, people[k % min(3, len(people))], member, measure,
                                target.isoformat(), status, reason, dropped_by, closed, f"{created} 09:00:00"))
        for n in range(1 + (index + k) % 3):
            day = created + dt.timedelta(days=30 + 50 * n)
            rows.progress.append((len(rows.progress) + 1, objective_id, min(day, today).isoformat(),
                                  PROGRESS[(index + k + n) % len(PROGRESS)]))
    # Opportunities: a late next step in every third account.
    for k in range(2 + index % 2):
        title, for_them, for_us, value, currency = OPPORTUNITIES[(index + k) % len(OPPORTUNITIES)]
        status = ("idea", "explored", "proposed", "agreed")[(index + k) % 4]
        due = today + dt.timedelta(days=(-9 if index % 3 == 0 and k == 0 else 14 + 7 * k))
        rows.opportunities.append((
            len(rows.opportunities) + 1, account_id, title, for_them, for_us, value, currency,
            people[(k + 1) % len(people)], member, status,
            "" if status == "agreed" else NEXT_STEPS[(index + k) % len(NEXT_STEPS)],
            None if status == "agreed" else due.isoformat(),
            f"{today - dt.timedelta(days=100 + 10 * k)} 09:00:00"))
