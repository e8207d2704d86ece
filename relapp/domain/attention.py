"""What needs attention today, and why, across every account.

The services gather plain facts; this module decides which of them need
the user and in what order.  ``today`` is always passed in, so what is
due on a given day can be tested for any day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from relapp.domain.account_plan import (
    INTENT_LEVELS, intent_gap, intent_mismatch, next_step_days_late, objective_days_late, objective_in_trouble,
)
from relapp.domain.commitments import DUE_SOON_DAYS, commitment_state
from relapp.domain.health import checkup_due
from relapp.domain.keep_in_touch import contact_expected_by, days_overdue
from relapp.domain.day_words import days_ago_phrase, in_days_phrase
from relapp.domain.phrases import Phrase, label, phrase

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
# Someone new is "not met yet" only after this many days: an import of eighty
# contacts is not eighty things to do today.  A setting (Preferences).
NEW_PERSON_GRACE_DAYS = 14


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
    # ``message`` as a template and its values, which the window translates
    # (relapp/gui/phrase_texts.py); ``message`` stays English (command line, order).
    words: Phrase | None = field(default=None, compare=False)


def _item(key: str, kind: str, account_id: int, account: str, words: Phrase, urgency: float,
          *rest, **named) -> AttentionItem:
    return AttentionItem(key, kind, account_id, account, str(words), urgency, *rest, words=words, **named)


def person_items(people: list[PersonFacts], today: date,
                 grace_days: int = NEW_PERSON_GRACE_DAYS) -> list[AttentionItem]:
    items = []
    unmet: dict[int, list[PersonFacts]] = {}
    for p in people:
        never_met = p.last_contact is None and p.last_any_contact is None and p.strongest_tie == 0
        if never_met and p.added >= today - timedelta(days=NEW_PERSON_DAYS):
            if min(p.added, today) <= today - timedelta(days=grace_days):  # a future day counts as today
                unmet.setdefault(p.account_id, []).append(p)
            continue
        expected = contact_expected_by(p.last_contact, p.added, p.influence, p.cadence_days, p.neglect_days)
        late = days_overdue(expected, today)
        if not late:
            continue
        if p.last_contact is None:
            # Entries worth 0 that leave the clock alone are still entries: saying
            # "none yet" beside a journal that lists them read as a mistake.
            why = (phrase("no entry with them yet") if p.last_any_contact is None
                   else phrase("no contact that counts yet"))
        else:
            why = phrase("last contact {ago}", ago=days_ago_phrase((today - p.last_contact).days))
        by_cadence = contact_expected_by(p.last_contact, p.added, 0, p.cadence_days, 0)
        rhythm = (phrase("every {days} days", days=p.cadence_days) if by_cadence == expected
                  else phrase("within {days} days", days=p.neglect_days))
        items.append(_item(
            f"neglected:{p.stakeholder_id}:{p.last_contact or 'never'}", "neglected", p.account_id, p.account,
            phrase("{name} (influence {influence}/5): {why}, expected {rhythm}",
                   name=p.name, influence=p.influence, why=why, rhythm=rhythm),
            # Never met: no "1005 days late" (counted from the day they were added); Home says why instead.
            50 + 2 * p.influence + min(late, 90) / 9, p.stakeholder_id, p.name,
            expected if p.last_contact is not None else None))
    return items + [unmet_item(group, today) for group in unmet.values()]


def unmet_item(people: list[PersonFacts], today: date) -> AttentionItem:
    """New people nobody has met: one item per account, however many an import brought."""
    if len(people) == 1:
        p = people[0]
        return _item(
            f"unmet-stakeholder:{p.stakeholder_id}", "unmet-stakeholder", p.account_id, p.account,
            phrase("{name} joined {ago} and nobody on our side has met them",
                   name=p.name, ago=days_ago_phrase((today - p.added).days)),
            45 + 2 * p.influence, p.stakeholder_id, p.name)
    first = people[0]
    ids = ",".join(str(p.stakeholder_id) for p in sorted(people, key=lambda p: p.stakeholder_id))
    return _item(
        # The same people give the same key: dismissed stays dismissed until someone joins or is met.
        f"unmet-stakeholders:{first.account_id}:{ids}", "unmet-stakeholder", first.account_id, first.account,
        phrase("{count} new people in {account}, nobody on our side has met them yet",
               count=len(people), account=first.account),
        45 + 2 * max(p.influence for p in people))


def promise_items(promises: list[PromiseFacts], today: date,
                  soon_days: int = DUE_SOON_DAYS) -> list[AttentionItem]:
    items = []
    for c in promises:
        state = commitment_state("open", c.due, today, soon_days)
        named = {"person": c.stakeholder, "owner": c.owner, "promise": c.description}
        if state == "overdue":
            late = (today - c.due).days
            items.append(_item(
                f"overdue-commitment:{c.commitment_id}", "overdue-commitment", c.account_id, c.account,
                phrase("Promise to {person} ({owner}) is {late} days overdue: {promise}", late=late, **named)
                if c.owner else phrase("Promise to {person} is {late} days overdue: {promise}", late=late, **named),
                100 + min(late, 90), c.stakeholder_id, c.stakeholder, c.due, c.commitment_id))
        elif state == "due-soon":
            left = (c.due - today).days
            when = in_days_phrase(left)
            items.append(_item(
                f"due-commitment:{c.commitment_id}", "due-commitment", c.account_id, c.account,
                phrase("Promise to {person} ({owner}) is due {when}: {promise}", when=when, **named)
                if c.owner else phrase("Promise to {person} is due {when}: {promise}", when=when, **named),
                70 + (soon_days - left), c.stakeholder_id, c.stakeholder, c.due, c.commitment_id))
    return items


def account_items(accounts: list[AccountFacts], today: date) -> list[AttentionItem]:
    items = []
    for a in accounts:
        if a.change_30d < 0:
            items.append(_item(
                f"falling-balance:{a.account_id}:{a.last_withdrawal or today}", "falling-balance",
                a.account_id, a.account,
                phrase("Balance fell by {fall} over the last {days} days", fall=-a.change_30d,
                       days=BALANCE_WINDOW_DAYS),
                50 + min(-a.change_30d, 20)))
        due = checkup_due(a.last_checkup, a.checkup_interval_days, today)
        if due is not None and due <= today:
            if a.last_checkup is None:
                why = phrase("No check-up recorded yet")
            else:
                why = phrase("Check-up due since {due} (last one {ago})", due=due.isoformat(),
                             ago=days_ago_phrase((today - a.last_checkup).days))
            items.append(_item(
                f"checkup-due:{a.account_id}:{a.last_checkup or 'never'}", "checkup-due", a.account_id, a.account,
                why, 40 + min((today - due).days, 60) / 3, due=due))
    return items


def meeting_items(meetings: list[MeetingFacts], today: date,
                  horizon_days: int = MEETING_HORIZON_DAYS) -> list[AttentionItem]:
    items = []
    for m in meetings:
        left = (m.day - today).days
        if 0 <= left <= horizon_days:
            items.append(_item(
                f"meeting-soon:{m.meeting_id}", "meeting-soon", m.account_id, m.account,
                phrase("{title} {when} ({day}): prepare the brief", title=m.title, when=in_days_phrase(left),
                       day=m.day.isoformat()),
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
        named = {"label": k.label, "person": k.person, "when": in_days_phrase(left), "day": k.on.isoformat()}
        items.append(_item(
            f"key-date:{k.key_date_id}:{k.on.isoformat()}", "key-date", k.account_id, k.account,
            phrase("{label} of {person} {when} ({day}, {years} years)", years=k.years, **named) if k.years
            else phrase("{label} of {person} {when} ({day})", **named),
            30 + max(0, 14 - left), k.stakeholder_id, k.person, k.on))
    return items


def plan_items(plan: PlanFacts, today: date) -> list[AttentionItem]:
    items = []
    for o in plan.objectives:
        late = objective_days_late(o.status, o.target, today)
        if late:
            items.append(_item(
                f"objective-overdue:{o.objective_id}:{o.target}", "objective-overdue", o.account_id, o.account,
                phrase("Joint objective {late} days past its target ({target}): {title}", late=late,
                       target=o.target.isoformat(), title=o.title),
                60 + min(late, 90) / 9, due=o.target, target_id=o.objective_id))
        elif objective_in_trouble(o.status):
            items.append(_item(
                f"objective-at-risk:{o.objective_id}:{o.status}", "objective-at-risk", o.account_id, o.account,
                phrase("Joint objective off track: {title}", title=o.title) if o.status == "off-track"
                else phrase("Joint objective at risk: {title}", title=o.title),
                55 + (5 if o.status == "off-track" else 0),
                due=o.target, target_id=o.objective_id))
    for p in plan.opportunities:
        late = next_step_days_late(p.status, p.next_step_due, today)
        if late:
            items.append(_item(
                f"opportunity-next-step:{p.opportunity_id}:{p.next_step_due}", "opportunity-next-step",
                p.account_id, p.account,
                phrase("Next step on {title} ({step}) was due {late} days ago", title=p.title, step=p.next_step,
                       late=late) if p.next_step
                else phrase("Next step on {title} was due {late} days ago", title=p.title, late=late),
                45 + min(late, 60) / 6,
                due=p.next_step_due, target_id=p.opportunity_id))
    for i in plan.intents:
        if intent_mismatch(i.ours, i.theirs):
            items.append(_item(
                f"intent-mismatch:{i.account_id}:{i.ours}:{i.theirs}", "intent-mismatch", i.account_id, i.account,
                phrase("Our intent ({ours}/5, {our_level:lower}) runs {gap} levels ahead of theirs "
                       "({theirs}/5, {their_level:lower})", ours=i.ours, our_level=label(INTENT_LEVELS[i.ours]),
                       gap=intent_gap(i.ours, i.theirs), theirs=i.theirs,
                       their_level=label(INTENT_LEVELS[i.theirs])), 48))
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
    description: str | Phrase  # the step in words


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
            why = phrase("a champion") if c.stance == "champion" else phrase("influence {influence}/5",
                                                                              influence=c.influence)
            items.append(_item(
                f"stakeholder-left:{c.change_id}", "stakeholder-left", c.account_id, c.account,
                phrase("{change} ({why}): who takes over, and who on our side knows them?",
                       change=c.description, why=why),
                75 + 2 * c.influence - age / 10, c.stakeholder_id, c.name, c.day))
        elif c.kind == "moved":
            items.append(_item(
                f"role-changed:{c.change_id}", "role-changed", c.account_id, c.account,
                phrase("{change}: check their influence and who on our side should know them",
                       change=c.description),
                42 + 2 * c.influence - age / 10, c.stakeholder_id, c.name, c.day))
    return items


def attention_items(people: list[PersonFacts], promises: list[PromiseFacts], accounts: list[AccountFacts],
                    meetings: list[MeetingFacts], today: date,
                    plan: PlanFacts = PlanFacts(), changes: list[ChangeFacts] = (),
                    key_dates: list[KeyDateFacts] = (),
                    grace_days: int = NEW_PERSON_GRACE_DAYS) -> list[AttentionItem]:
    return rank(person_items(people, today, grace_days) + promise_items(promises, today)
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
