"""The account plan as a document a consultant keeps on the client's file:
one or two pages in PDF, HTML or Markdown.

The facts are laid out here, ready to print (labels, dates, who owns what);
the templates in ``resources/templates`` only place them.  Escaping is the
templates' environments' job (see ``brief_documents``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from relapp.domain.account_plan import (
    INTENT_LEVELS, OBJECTIVE_CLOSED, OBJECTIVE_STATUSES, OPPORTUNITY_STATUSES, STAGES, direction,
    next_step_days_late, objective_days_late, opportunity_open, stage_label,
)
from relapp.domain.phrases import Phrase, label, phrase
from relapp.services.account_plan import AccountPlan, Intent, account_plan
from relapp.services.brief_documents import plan_html, plan_markdown
from relapp.services.coverage import account_coverage
from relapp.services.plan_text import money
from relapp.store.models import Account


@dataclass(frozen=True)
class StageLine:
    label: str
    since: dt.date
    note: str
    move: str  # up / down / same / first


@dataclass(frozen=True)
class ObjectiveLine:
    title: str
    status: str
    status_label: str
    owners: str
    measure: str
    target: dt.date | None
    days_late: int
    latest_day: dt.date | None
    latest_note: str
    closed_note: str
    closed_words: Phrase | None = field(default=None, compare=False)  # ``closed_note`` as the window translates it


@dataclass(frozen=True)
class OpportunityLine:
    title: str
    status_label: str
    size: str
    for_them: str
    for_us: str
    people: str
    next_step: str
    next_step_due: dt.date | None
    days_late: int


@dataclass(frozen=True)
class PlanDocument:
    title: str
    account: str
    today: dt.date
    stage: str
    stage_meaning: str
    stage_since: dt.date | None
    stages: list[StageLine]  # newest first
    ladder: list[tuple[str, str, bool]]  # label, meaning, reached now
    our_intent: str
    their_intent: str
    mismatch: bool
    potential: str
    contact_model: str
    target_model: str
    objectives: list[ObjectiveLine]
    open_opportunities: list[OpportunityLine]
    closed_opportunities: list[OpportunityLine]
    # ``our_intent`` and ``their_intent`` as the window translates them
    our_intent_words: Phrase | None = field(default=None, compare=False)
    their_intent_words: Phrase | None = field(default=None, compare=False)


def intent_words(intent: Intent) -> Phrase:
    """An intent in words: its text and level ("5/5, make it a priority")."""
    if intent.level is None:
        return Phrase(intent.text or "")  # the user's own words
    level = phrase("{level}/5, {label:lower}", level=intent.level, label=label(INTENT_LEVELS[intent.level]))
    return phrase("{text} ({level})", text=intent.text, level=level) if intent.text else level


def closing_words(status: str, reason: str = "", dropped_by: str = "", day: dt.date | None = None) -> Phrase:
    """How an objective closed: "achieved 2026-05-01", "dropped at their
    request 2026-05-01: budget cut" (the day and who dropped it when given)."""
    if status == "achieved":
        return phrase("achieved {day}", day=day.isoformat()) if day else phrase("achieved")
    words = (phrase("dropped at their request") if dropped_by == "them" else phrase("dropped by us")
             if dropped_by == "us" else phrase("dropped"))
    if day:
        words = phrase("{dropped} {day}", dropped=words, day=day.isoformat())
    return phrase("{closed}: {reason}", closed=words, reason=reason) if reason else words


def _joined(*names: str) -> str:
    return " / ".join(n for n in names if n)


def _objective(o, today: dt.date) -> ObjectiveLine:
    latest = o.progress[0] if o.progress else None
    closed = None
    if (o.status == "achieved" and o.closed_on) or o.status == "dropped":
        closed = closing_words(o.status, o.reason or "", o.dropped_by or "", o.closed_on)
    return ObjectiveLine(o.title, o.status, OBJECTIVE_STATUSES[o.status], _joined(o.their_owner, o.our_owner),
                         o.measure, o.target, objective_days_late(o.status, o.target, today),
                         latest.day if latest else None, latest.note if latest else "",
                         str(closed) if closed else "", closed)


def _opportunity(p, today: dt.date) -> OpportunityLine:
    return OpportunityLine(p.title, OPPORTUNITY_STATUSES[p.status], money(p.value, p.currency), p.for_them,
                           p.for_us, _joined(p.sponsor, p.owner), p.next_step, p.next_step_due,
                           next_step_days_late(p.status, p.next_step_due, today))


def plan_document(plan: AccountPlan, today: dt.date, contact_model: str = "", target_model: str = "") -> PlanDocument:
    stages, previous = [], None
    for change in plan.stage_history:
        stages.append(StageLine(stage_label(change.stage), change.since, change.note,
                                direction(previous, change.stage)))
        previous = change.stage
    reached = list(STAGES).index(plan.stage) if plan.stage else -1
    ladder = [(label, meaning, i <= reached) for i, (label, meaning) in enumerate(STAGES.values())]
    objectives = sorted((_objective(o, today) for o in plan.objectives),
                        key=lambda line: (line.status in OBJECTIVE_CLOSED, line.target or dt.date.max))
    chances = [_opportunity(p, today) for p in plan.opportunities]
    return PlanDocument(
        f"Account plan: {plan.account}", plan.account, today, stage_label(plan.stage),
        STAGES[plan.stage][1] if plan.stage else "", plan.stage_since, stages[::-1], ladder,
        str(ours := intent_words(plan.our_intent)), str(theirs := intent_words(plan.their_intent)),
        plan.intent_mismatch, plan.potential, contact_model, target_model, objectives,
        [line for line, p in zip(chances, plan.opportunities) if opportunity_open(p.status)],
        [line for line, p in zip(chances, plan.opportunities) if not opportunity_open(p.status)], ours, theirs)


def build_plan_document(account_id: int, today: dt.date | None = None) -> PlanDocument:
    today = today or dt.date.today()
    plan = account_plan(account_id, today)
    coverage = account_coverage(account_id, today)
    model = coverage.model.model if coverage.model else ""
    target = Account.get_by_id(account_id).target_model or ""
    return plan_document(plan, today, model, target)


def render_plan(document: PlanDocument, fmt: str) -> str:
    """HTML (``for_print`` is the PDF's) or Markdown text of the plan."""
    if fmt == "md":
        return plan_markdown(document)
    return plan_html(document, for_print=fmt == "pdf")
