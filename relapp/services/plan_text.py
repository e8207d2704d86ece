"""The account plan as plain text lines (what `relapp plan ACCOUNT` prints)."""

from __future__ import annotations

import datetime as dt

from relapp.domain.account_plan import (
    INTENT_LEVELS, OBJECTIVE_STATUSES, OPPORTUNITY_STATUSES, objective_days_late, stage_label,
)
from relapp.services.account_plan import AccountPlan, Intent


def _intent(intent: Intent) -> str:
    level = f"{intent.level}/5 ({INTENT_LEVELS[intent.level].lower()})" if intent.level else "not rated"
    return f"{level}{': ' + intent.text if intent.text else ''}"


def money(value: int | None, currency: str) -> str:
    if value is None:
        return ""
    return f"{value:,} {currency}".strip().replace(",", "\u202f")


def plan_lines(plan: AccountPlan, today: dt.date) -> list[str]:
    lines = [f"Account plan: {plan.account}", ""]
    if plan.stage:
        lines.append(f"Stage:         {stage_label(plan.stage)} since {plan.stage_since.isoformat()}")
    else:
        lines.append("Stage:         not set")
    for change in plan.stage_history[:-1][::-1][:3]:
        lines.append(f"               before: {stage_label(change.stage)} from {change.since.isoformat()}")
    lines.append(f"Our intent:    {_intent(plan.our_intent)}")
    lines.append(f"Their intent:  {_intent(plan.their_intent)}")
    if plan.intent_mismatch:
        lines.append("               ! our intent runs two or more levels ahead of theirs")
    lines.append(f"Potential:     {plan.potential or 'not written yet'}")
    lines += ["", "Joint objectives:"]
    for o in plan.objectives:
        late = objective_days_late(o.status, o.target, today)
        target = f", target {o.target.isoformat()}" if o.target else ""
        lines.append(f"  [{OBJECTIVE_STATUSES[o.status]}] {o.title}{target}{f' ({late} days late)' if late else ''}")
        owners = " / ".join(x for x in (o.their_owner, o.our_owner) if x)
        if owners:
            lines.append(f"      owners: {owners}")
        if o.measure:
            lines.append(f"      measured by: {o.measure}")
        if o.progress:
            lines.append(f"      latest: {o.progress[0].day.isoformat()} {o.progress[0].note}")
        if o.status == "dropped" and o.reason:
            lines.append(f"      dropped: {o.reason}")
    if not plan.objectives:
        lines.append("  none yet")
    lines += ["", "Opportunities:"]
    for p in plan.opportunities:
        size = money(p.value, p.currency)
        lines.append(f"  [{OPPORTUNITY_STATUSES[p.status]}] {p.title}{f' ({size})' if size else ''}")
        if p.next_step:
            due = f" by {p.next_step_due.isoformat()}" if p.next_step_due else ""
            lines.append(f"      next step: {p.next_step}{due}")
    if not plan.opportunities:
        lines.append("  none yet")
    return lines
