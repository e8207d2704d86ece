"""What needs attention today, and why, across every account.

The services gather plain facts; this module decides which of them need
the user and in what order.  ``today`` is always passed in, so what is
due on a given day can be tested for any day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from relapp.domain.account_plan import (
    INTENT_LEVELS, intent_gap, intent_mismatch, next_step_days_late, objective_days_late, objective_in_trouble,
)
from relapp.domain.commitments import DUE_SOON_DAYS, commitment_state
from relapp.domain.health import checkup_due
from relapp.domain.keep_in_touch import contact_expected_by, days_overdue

KINDS = {
    "overdue-commitment": "Overdue promise",
    "meeting-soon": "Board meeting soon",
    "due-commitment": "Promise due soon",
    "neglected": "Out of touch",
    "falling-balance": "Falling balance",
    "unmet-stakeholder": "New and unmet",
    "checkup-due": "Check-up due",
    "objective-overdue": "Objective overdue",
    "objective-at-risk": "Objective at risk",
    "opportunity-next-step": "Next step late",
    "intent-mismatch": "Intent mismatch",
    "key-date": "Key date",
    "stakeholder-left": "Influential person left",
    "role-changed": "Role changed",
}
# A departure or a move stays on Home this many days after its day.
CHANGE_WINDOW_DAYS = 60
MEETING_HORIZON_DAYS = 14
BALANCE_WINDOW_DAYS = 30
NEW_PERSON_DAYS = 60


@dataclass(frozen=True)
class PersonFacts:
    stakeholder_id: int
    account_id: int
    account: str
    name: str
    influence: int
    cadence_days: int | None
    neglect_days: int
    last_contact: date | None
    added: date
    strongest_tie: int = 0  # by the coverage rule: a recorded tie, else the journal
    last_any_contact: date | None = None  # any entry, even one worth 0 that leaves the clock alone


@dataclass(frozen=True)
class PromiseFacts:
    commitment_id: int
    account_id: int
    account: str
    stakeholder_id: int
    stakeholder: str
    description: str
    due: date
    owner: str = ""


@dataclass(frozen=True)
class AccountFacts:
    account_id: int
    account: str
    change_30d: int  # sum of entry values over the last 30 days
    last_withdrawal: date | None  # latest withdrawal inside that window
    last_checkup: date | None
    checkup_interval_days: int


@dataclass(frozen=True)
class MeetingFacts:
    meeting_id: int
    account_id: int
    account: str
    day: date
    title: str


@dataclass(frozen=True)
class KeyDateFacts:
    key_date_id: int
    account_id: int
    account: str
    stakeholder_id: int
    person: str
    label: str
    on: date  # the coming day it falls on
    years: int | None  # an age or an anniversary's count, when the year is known


@dataclass(frozen=True)
class ObjectiveFacts:
    objective_id: int
    account_id: int
    account: str
    title: str
    status: str
    target: date | None


@dataclass(frozen=True)
class OpportunityFacts:
    opportunity_id: int
    account_id: int
    account: str
    title: str
    status: str
    next_step: str
    next_step_due: date | None


@dataclass(frozen=True)
class IntentFacts:
    account_id: int
    account: str
    ours: int | None
    theirs: int | None


@dataclass(frozen=True)
class PlanFacts:
    """What the account plans say, for the attention list."""

    objectives: tuple[ObjectiveFacts, ...] = ()
    opportunities: tuple[OpportunityFacts, ...] = ()
    intents: tuple[IntentFacts, ...] = ()


@dataclass(frozen=True)
class AttentionItem:
    key: str  # stable while the situation is the same; new facts give a new key
    kind: str
    account_id: int
    account: str
    message: str
    urgency: float  # larger is more urgent
    stakeholder_id: int | None = None
    stakeholder: str | None = None
    due: date | None = None
    target_id: int | None = None  # the commitment or meeting concerned


def _in_days(days: int) -> str:
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    return f"in {days} days"


def _days_ago(days: int) -> str:
    return "today" if days == 0 else "yesterday" if days == 1 else f"{days} days ago"


def person_items(people: list[PersonFacts], today: date) -> list[AttentionItem]:
    items = []
    for p in people:
        never_met = p.last_contact is None and p.last_any_contact is None and p.strongest_tie == 0
        if never_met and p.added >= today - timedelta(days=NEW_PERSON_DAYS):
            items.append(AttentionItem(
                f"unmet-stakeholder:{p.stakeholder_id}", "unmet-stakeholder", p.account_id, p.account,
                f"{p.name} joined {_days_ago(max(0, (today - p.added).days))} and nobody on our side has met them",
                45 + 2 * p.influence, p.stakeholder_id, p.name))
            continue
        expected = contact_expected_by(p.last_contact, p.added, p.influence, p.cadence_days, p.neglect_days)
        late = days_overdue(expected, today)
        if not late:
            continue
        if p.last_contact is None:
            why = "no entry with them yet"
        else:
            why = f"last contact {(today - p.last_contact).days} days ago"
        by_cadence = contact_expected_by(p.last_contact, p.added, 0, p.cadence_days, 0)
        rhythm = f"every {p.cadence_days} days" if by_cadence == expected else f"within {p.neglect_days} days"
        items.append(AttentionItem(
            f"neglected:{p.stakeholder_id}:{p.last_contact or 'never'}", "neglected", p.account_id, p.account,
            f"{p.name} (influence {p.influence}/5): {why}, expected {rhythm}",
            50 + 2 * p.influence + min(late, 90) / 9, p.stakeholder_id, p.name, expected))
    return items


def promise_items(promises: list[PromiseFacts], today: date,
                  soon_days: int = DUE_SOON_DAYS) -> list[AttentionItem]:
    items = []
    for c in promises:
        state = commitment_state("open", c.due, today, soon_days)
        owner = f" ({c.owner})" if c.owner else ""
        if state == "overdue":
            late = (today - c.due).days
            items.append(AttentionItem(
                f"overdue-commitment:{c.commitment_id}", "overdue-commitment", c.account_id, c.account,
                f"Promise to {c.stakeholder}{owner} is {late} days overdue: {c.description}",
                100 + min(late, 90), c.stakeholder_id, c.stakeholder, c.due, c.commitment_id))
        elif state == "due-soon":
            left = (c.due - today).days
            items.append(AttentionItem(
                f"due-commitment:{c.commitment_id}", "due-commitment", c.account_id, c.account,
                f"Promise to {c.stakeholder}{owner} is due {_in_days(left)}: {c.description}",
                70 + (soon_days - left), c.stakeholder_id, c.stakeholder, c.due, c.commitment_id))
    return items


def account_items(accounts: list[AccountFacts], today: date) -> list[AttentionItem]:
    items = []
    for a in accounts:
        if a.change_30d < 0:
            items.append(AttentionItem(
                f"falling-balance:{a.account_id}:{a.last_withdrawal or today}", "falling-balance",
                a.account_id, a.account,
                f"Balance fell by {-a.change_30d} over the last {BALANCE_WINDOW_DAYS} days",
                50 + min(-a.change_30d, 20)))
        due = checkup_due(a.last_checkup, a.checkup_interval_days, today)
        if due is not None and due <= today:
            if a.last_checkup is None:
                why = "No check-up recorded yet"
            else:
                why = (f"Check-up due since {due.isoformat()} "
                       f"(last one {(today - a.last_checkup).days} days ago)")
            items.append(AttentionItem(
                f"checkup-due:{a.account_id}:{a.last_checkup or 'never'}", "checkup-due", a.account_id, a.account,
                why, 40 + min((today - due).days, 60) / 3, due=due))
    return items


def meeting_items(meetings: list[MeetingFacts], today: date,
                  horizon_days: int = MEETING_HORIZON_DAYS) -> list[AttentionItem]:
    items = []
    for m in meetings:
        left = (m.day - today).days
        if 0 <= left <= horizon_days:
            items.append(AttentionItem(
                f"meeting-soon:{m.meeting_id}", "meeting-soon", m.account_id, m.account,
                f"{m.title} {_in_days(left)} ({m.day.isoformat()}): prepare the brief",
                80 + (horizon_days - left), due=m.day, target_id=m.meeting_id))
    return items


def key_date_items(dates: list[KeyDateFacts], today: date) -> list[AttentionItem]:
    """Key dates coming round (the service passes those within the
    user's chosen number of days)."""
    items = []
    for k in dates:
        left = (k.on - today).days
        if left < 0:
            continue
        years = f", {k.years} years" if k.years else ""
        items.append(AttentionItem(
            f"key-date:{k.key_date_id}:{k.on.isoformat()}", "key-date", k.account_id, k.account,
            f"{k.label} of {k.person} {_in_days(left)} ({k.on.isoformat()}{years})",
            30 + max(0, 14 - left), k.stakeholder_id, k.person, k.on))
    return items


def plan_items(plan: PlanFacts, today: date) -> list[AttentionItem]:
    items = []
    for o in plan.objectives:
        late = objective_days_late(o.status, o.target, today)
        if late:
            items.append(AttentionItem(
                f"objective-overdue:{o.objective_id}:{o.target}", "objective-overdue", o.account_id, o.account,
                f"Joint objective {late} days past its target ({o.target.isoformat()}): {o.title}",
                60 + min(late, 90) / 9, due=o.target, target_id=o.objective_id))
        elif objective_in_trouble(o.status):
            words = "off track" if o.status == "off-track" else "at risk"
            items.append(AttentionItem(
                f"objective-at-risk:{o.objective_id}:{o.status}", "objective-at-risk", o.account_id, o.account,
                f"Joint objective {words}: {o.title}", 55 + (5 if o.status == "off-track" else 0),
                due=o.target, target_id=o.objective_id))
    for p in plan.opportunities:
        late = next_step_days_late(p.status, p.next_step_due, today)
        if late:
            step = f" ({p.next_step})" if p.next_step else ""
            items.append(AttentionItem(
                f"opportunity-next-step:{p.opportunity_id}:{p.next_step_due}", "opportunity-next-step",
                p.account_id, p.account,
                f"Next step on {p.title}{step} was due {late} days ago", 45 + min(late, 60) / 6,
                due=p.next_step_due, target_id=p.opportunity_id))
    for i in plan.intents:
        if intent_mismatch(i.ours, i.theirs):
            items.append(AttentionItem(
                f"intent-mismatch:{i.account_id}:{i.ours}:{i.theirs}", "intent-mismatch", i.account_id, i.account,
                f"Our intent ({i.ours}/5, {INTENT_LEVELS[i.ours].lower()}) runs {intent_gap(i.ours, i.theirs)} "
                f"levels ahead of theirs ({i.theirs}/5, {INTENT_LEVELS[i.theirs].lower()})", 48))
    return items


# Urgency bands, most urgent first: overdue promises (100+), board meetings
# in the next two weeks (80–94), promises due soon (70–84), people out of
# touch (58–70), joint objectives past their target (60–70), falling
# balances (50–70), objectives at risk or off track (55–60), new people
# nobody met (47–55), our intent running ahead of theirs (48), late next
# steps on opportunities (45–55), check-ups due (40–60), key dates (30–44).
# Within a band, nearer or later means higher.


def rank(items: list[AttentionItem]) -> list[AttentionItem]:
    """Most urgent first; ties broken by account, message and key, so the order never depends on the input."""
    return sorted(items, key=lambda i: (-i.urgency, i.account.lower(), i.message, i.key))


@dataclass(frozen=True)
class ChangeFacts:
    """A person who left the client or moved inside it."""

    change_id: int
    account_id: int
    account: str
    stakeholder_id: int
    name: str
    kind: str  # left / moved
    day: date
    influence: int
    stance: str
    description: str  # the step in words


def change_items(changes: list[ChangeFacts], today: date) -> list[AttentionItem]:
    """An influential person (influence 4-5) or a champion who left within
    the last 60 days: who takes over their part?  A move: their new role
    may change what they decide and who on our side should know them."""
    items = []
    for c in changes:
        age = (today - c.day).days
        if not 0 <= age <= CHANGE_WINDOW_DAYS:
            continue
        if c.kind == "left" and (c.influence >= 4 or c.stance == "champion"):
            why = "a champion" if c.stance == "champion" else f"influence {c.influence}/5"
            items.append(AttentionItem(
                f"stakeholder-left:{c.change_id}", "stakeholder-left", c.account_id, c.account,
                f"{c.description} ({why}): who takes over, and who on our side knows them?",
                75 + 2 * c.influence - age / 10, c.stakeholder_id, c.name, c.day))
        elif c.kind == "moved":
            items.append(AttentionItem(
                f"role-changed:{c.change_id}", "role-changed", c.account_id, c.account,
                f"{c.description}: check their influence and who on our side should know them",
                42 + 2 * c.influence - age / 10, c.stakeholder_id, c.name, c.day))
    return items


def attention_items(people: list[PersonFacts], promises: list[PromiseFacts], accounts: list[AccountFacts],
                    meetings: list[MeetingFacts], today: date,
                    plan: PlanFacts = PlanFacts(), changes: list[ChangeFacts] = (),
                    key_dates: list[KeyDateFacts] = ()) -> list[AttentionItem]:
    return rank(person_items(people, today) + promise_items(promises, today)
                + account_items(accounts, today) + meeting_items(meetings, today) + plan_items(plan, today)
                + change_items(list(changes), today) + key_date_items(list(key_dates), today))


def visible(items: list[AttentionItem], states: dict[str, tuple[date | None, bool]],
            today: date) -> list[AttentionItem]:
    """Drop what the user dismissed, or snoozed until a day after today.
    ``states`` maps an item key to (snoozed until, dismissed)."""
    shown = []
    for item in items:
        until, dismissed = states.get(item.key, (None, False))
        if dismissed or (until is not None and until > today):
            continue
        shown.append(item)
    return shown
