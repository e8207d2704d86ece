"""What the board brief and the account summary say about the account plan
and about the period since the last board meeting: stage and how it moved,
both intents, joint objectives, open opportunities, the check-up questions
that moved, and the TRUST profile of the period against the one before."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from relapp.domain.account_plan import (
    OBJECTIVE_CLOSED, OBJECTIVE_STATUSES, STAGES, StageChange, direction, stage_label, stage_moves,
)
from relapp.domain.health import QuestionMovement
from relapp.domain.phrases import Phrase
from relapp.domain.trust_profile import TrustCount, trust_profile
from relapp.services.account_plan import account_plan
from relapp.services.health import question_movement
from relapp.services.plan_documents import ObjectiveLine, OpportunityLine, closing_words, plan_document
from relapp.store.dates import stored_day
from relapp.store.models import Entry, Meeting

DEFAULT_PERIOD_DAYS = 91


@dataclass(frozen=True)
class StageMove:
    day: dt.date
    before: str  # label, "" for the first stage recorded
    after: str
    move: str  # up / down / same / first
    note: str


@dataclass(frozen=True)
class ObjectiveMove:
    title: str
    status: str  # label now
    day: dt.date
    what: str  # the progress note, or how it closed
    what_words: Phrase | None = field(default=None, compare=False)  # how it closed, as the window translates it


@dataclass
class PlanPart:
    since: dt.date
    since_meeting: dt.date | None  # the board meeting the period starts from, if any
    stage: str
    stage_meaning: str
    stage_since: dt.date | None
    stage_moves: list[StageMove]
    our_intent: str
    their_intent: str
    mismatch: bool
    objectives: list[ObjectiveLine]
    objective_moves: list[ObjectiveMove]
    open_opportunities: list[OpportunityLine]
    question_moves: list[QuestionMovement]
    trust: list[TrustCount]
    # ``our_intent`` and ``their_intent`` as the window translates them
    our_intent_words: Phrase | None = field(default=None, compare=False)
    their_intent_words: Phrase | None = field(default=None, compare=False)

    @property
    def trust_entries(self) -> bool:
        return any(line.now or line.before for line in self.trust)


def last_board_meeting(account_id: int, today: dt.date) -> dt.date | None:
    """The day of the latest board meeting before ``today``."""
    day = (Meeting.select(Meeting.day).where((Meeting.account == account_id) & (Meeting.day < today))
           .order_by(Meeting.day.desc()).limit(1).scalar())
    return stored_day(day)


def period_start(account_id: int, today: dt.date, since: dt.date | None = None) -> tuple[dt.date, dt.date | None]:
    """Where "since" starts: the day given, else the last board meeting,
    else 91 days back; with the meeting's day when it is the start."""
    if since is not None:
        return since, None
    meeting = last_board_meeting(account_id, today)
    if meeting is not None:
        return meeting, meeting
    return today - dt.timedelta(days=DEFAULT_PERIOD_DAYS), None


def _trust(account_id: int, since: dt.date, today: dt.date) -> list[TrustCount]:
    length = max(1, (today - since).days)
    before = since - dt.timedelta(days=length)

    def masks(first: dt.date, last: dt.date) -> list[int]:
        return [m for (m,) in Entry.select(Entry.trust).where(
            (Entry.account == account_id) & (Entry.day > first) & (Entry.day <= last)).tuples()]

    return trust_profile(masks(since, today), masks(before, since))


def _objective_moves(plan, since: dt.date, today: dt.date) -> list[ObjectiveMove]:
    moves = []
    for o in plan.objectives:
        status = OBJECTIVE_STATUSES[o.status]
        for note in o.progress:
            if since < note.day <= today:
                moves.append(ObjectiveMove(o.title, status, note.day, note.note))
        if o.status in OBJECTIVE_CLOSED and o.closed_on and since < o.closed_on <= today:
            what = closing_words(o.status, o.reason or "")
            moves.append(ObjectiveMove(o.title, status, o.closed_on, str(what), what))
    return sorted(moves, key=lambda m: (m.day, m.title))


def plan_part(account_id: int, today: dt.date, since: dt.date | None = None) -> PlanPart:
    start, meeting = period_start(account_id, today, since)
    plan = account_plan(account_id, today)
    document = plan_document(plan, today)
    history = [StageChange(s.stage, s.since, s.note) for s in plan.stage_history]
    moves = [StageMove(change.since, stage_label(before) if before else "", stage_label(change.stage),
                       direction(before, change.stage), change.note)
             for before, change in stage_moves(history, start, today)]
    questions = [q for q in question_movement(account_id) if q.change or q.comment]
    return PlanPart(
        start, meeting, stage_label(plan.stage) if plan.stage else "", STAGES[plan.stage][1] if plan.stage else "",
        plan.stage_since, moves, document.our_intent, document.their_intent, document.mismatch,
        document.objectives, _objective_moves(plan, start, today), document.open_opportunities, questions,
        _trust(account_id, start, today), document.our_intent_words, document.their_intent_words)
