"""Home's list of what needs attention today: facts gathered in a handful
of grouped queries, judged by ``relapp.domain.attention``, minus what the
user snoozed or dismissed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from peewee import JOIN, fn

from relapp.domain.account_plan import OBJECTIVE_CLOSED, OPPORTUNITY_CLOSED
from relapp.domain.attention import (
    BALANCE_WINDOW_DAYS, CHANGE_WINDOW_DAYS, MEETING_HORIZON_DAYS, NEW_PERSON_GRACE_DAYS, AccountFacts,
    AttentionItem, ChangeFacts, IntentFacts, KeyDateFacts, MeetingFacts, ObjectiveFacts, OpportunityFacts,
    PersonFacts, PlanFacts, PromiseFacts, attention_items, visible,
)
from relapp.services import validation as v
from relapp.services.people_changes import account_changes
from relapp.services.key_dates import coming_key_dates
from relapp.store.dates import stored_day
# Stopped: raised by home_snapshots when told to stop; the window catches it from here.
from relapp.store.interrupt import Stopped, stoppable  # noqa: F401
from relapp.store.binding import bound_database
from relapp.store.driver_rows import driver_rows
from relapp.store.models import (
    Account, AccountIntent, AttentionState, Checkup, Commitment, Entry, Meeting, Objective, Opportunity, Setting,
    Stakeholder, TeamMember,
)

GRACE_SETTING = "attention.new_person_grace_days"
MAX_GRACE_DAYS = 365


def new_person_grace_days() -> int:
    """How many days someone new may go unmet before Home mentions it (default 14)."""
    row = Setting.get_or_none(Setting.key == GRACE_SETTING)
    try:
        return min(max(int(row.value), 0), MAX_GRACE_DAYS) if row else NEW_PERSON_GRACE_DAYS
    except ValueError:
        return NEW_PERSON_GRACE_DAYS


def set_new_person_grace_days(days) -> int:
    with v.transaction():
        days = v.integer("grace period", days, 0, MAX_GRACE_DAYS)
        (Setting.insert(key=GRACE_SETTING, value=str(days))
         .on_conflict(conflict_target=[Setting.key], preserve=[Setting.value]).execute())
    return days


def _people(today: dt.date) -> list[PersonFacts]:
    """Everyone still at an open account, known and met by the coverage rule."""
    # Imported here, by Home's second part: the coverage rule's modules are
    # a fifth of what Home imports before its first content, which needs none of them.
    from relapp.services.coverage import people_knowledge

    accounts = {acc: (name, neglect) for acc, name, neglect in
                Account.select(Account.id, Account.name, Account.neglect_days)
                .where(Account.archived == False).tuples()}  # noqa: E712
    knowledge = people_knowledge(list(accounts), today)
    cadences = dict(Stakeholder.select(Stakeholder.id, Stakeholder.cadence_days)
                    .where(Stakeholder.cadence_days.is_null(False)).tuples())
    return [PersonFacts(p.stakeholder_id, acc, accounts[acc][0], p.name, p.influence,
                        cadences.get(p.stakeholder_id), accounts[acc][1], p.clock_contact, p.added or today,
                        p.strength, p.last_contact)
            for acc, people in knowledge.items() for p in people.values() if p.active]


def _changes(today: dt.date) -> list[ChangeFacts]:
    """Departures and moves at open accounts within the window Home looks at."""
    open_accounts = dict(Account.select(Account.id, Account.name).where(Account.archived == False)  # noqa: E712
                         .tuples())
    steps = account_changes(list(open_accounts), today - dt.timedelta(days=CHANGE_WINDOW_DAYS + 1), today)
    weights = {sid: (influence, stance) for sid, influence, stance in
               Stakeholder.select(Stakeholder.id, Stakeholder.influence, Stakeholder.stance)
               .where(Stakeholder.id.in_([c.stakeholder_id for c in steps])).tuples()}
    accounts_of = dict(Stakeholder.select(Stakeholder.id, Stakeholder.account)
                       .where(Stakeholder.id.in_([c.stakeholder_id for c in steps])).tuples())
    return [ChangeFacts(c.id, accounts_of[c.stakeholder_id], open_accounts[accounts_of[c.stakeholder_id]],
                        c.stakeholder_id, c.name, c.kind, c.day, *weights[c.stakeholder_id], c.described())
            for c in steps if c.kind in ("left", "moved")]


def _promises() -> list[PromiseFacts]:
    query = (Commitment.select(Commitment.id, Account.id, Account.name, Stakeholder.id, Stakeholder.name,
                               Commitment.description, Commitment.due, TeamMember.name)
             .join(Stakeholder).join(Account)
             .switch(Commitment).join(TeamMember, on=(Commitment.owner == TeamMember.id), join_type=JOIN.LEFT_OUTER)
             .where((Commitment.status == "open") & (Account.archived == False)))  # noqa: E712
    return [PromiseFacts(cid, acc, acc_name, sid, person, desc, stored_day(due), owner or "")
            for cid, acc, acc_name, sid, person, desc, due, owner in driver_rows(query)]


def _accounts(today: dt.date) -> list[AccountFacts]:
    """Each open account's change over the balance window, its latest
    withdrawal in it and its latest check-up, in one statement.  Asked per
    account, the entries come from the index of (account, day, value)
    alone; asked by day across all accounts they came from the table, a
    row each (the last month's 4,000 entries of the large demo: the
    statement took twice as long)."""
    since = today - dt.timedelta(days=BALANCE_WINDOW_DAYS)
    in_window = (Entry.account == Account.id) & (Entry.day > since) & (Entry.day <= today)
    total = Entry.select(fn.SUM(Entry.value)).where(in_window)
    last_out = Entry.select(fn.MAX(Entry.day)).where(in_window & (Entry.value < 0))
    last_checkup = Checkup.select(fn.MAX(Checkup.day)).where(Checkup.account == Account.id)
    query = (Account.select(Account.id, Account.name, Account.checkup_interval_days, total, last_out, last_checkup)
             .where(Account.archived == False))  # noqa: E712
    return [AccountFacts(acc, name, int(total or 0), stored_day(last_out), stored_day(checkup), interval)
            for acc, name, interval, total, last_out, checkup in driver_rows(query)]


def _meetings(today: dt.date) -> list[MeetingFacts]:
    horizon = today + dt.timedelta(days=MEETING_HORIZON_DAYS)
    query = (Meeting.select(Meeting.id, Account.id, Account.name, Meeting.day, Meeting.title).join(Account)
             .where((Meeting.day >= today) & (Meeting.day <= horizon) & (Account.archived == False)))  # noqa: E712
    return [MeetingFacts(mid, acc, name, stored_day(day), title) for mid, acc, name, day, title in driver_rows(query)]


def _key_dates(today: dt.date) -> list[KeyDateFacts]:
    """Their people's key dates within the chosen days ahead, in accounts in use."""
    archived = {acc for (acc,) in Account.select(Account.id).where(Account.archived == True).tuples()}  # noqa: E712
    return [KeyDateFacts(c.row.id, c.row.account_id, c.row.account, c.row.stakeholder_id, c.row.person,
                         c.row.label, c.on, c.years)
            for c in coming_key_dates(today)
            if c.row.stakeholder_id is not None and c.row.account_id not in archived]


def _plans(today: dt.date) -> PlanFacts:
    """Open objectives and opportunities, and both intent levels in force today."""
    active = Account.archived == False  # noqa: E712
    objectives = (Objective.select(Objective.id, Account.id, Account.name, Objective.title, Objective.status,
                                   Objective.target).join(Account)
                  .where(active & Objective.status.not_in(OBJECTIVE_CLOSED)))
    opportunities = (Opportunity.select(Opportunity.id, Account.id, Account.name, Opportunity.title,
                                        Opportunity.status, Opportunity.next_step, Opportunity.next_step_due)
                     .join(Account).where(active & Opportunity.status.not_in(OPPORTUNITY_CLOSED)
                                          & Opportunity.next_step_due.is_null(False)))
    levels: dict[int, dict[str, int]] = {}
    names: dict[int, str] = {}
    # Oldest first, so the latest rating on or before today is the one kept.
    for acc, name, side, level in driver_rows(AccountIntent.select(Account.id, Account.name, AccountIntent.side,
                                                                   AccountIntent.level).join(Account)
                                              .where(active & (AccountIntent.day <= today))
                                              .order_by(AccountIntent.day, AccountIntent.id)):
        levels.setdefault(acc, {})[side] = level
        names[acc] = name
    return PlanFacts(
        tuple(ObjectiveFacts(oid, acc, name, title, status, stored_day(target))
              for oid, acc, name, title, status, target in driver_rows(objectives)),
        tuple(OpportunityFacts(pid, acc, name, title, status, step, stored_day(due))
              for pid, acc, name, title, status, step, due in driver_rows(opportunities)),
        tuple(IntentFacts(acc, names[acc], sides.get("ours"), sides.get("theirs")) for acc, sides in levels.items()))


def _states() -> dict[str, tuple[dt.date | None, bool]]:
    return {key: (stored_day(until), bool(dismissed)) for key, until, dismissed in
            AttentionState.select(AttentionState.key, AttentionState.snoozed_until,
                                  AttentionState.dismissed).tuples()}


def attention_list(today: dt.date | None = None, include_hidden: bool = False) -> list[AttentionItem]:
    """Everything that needs the user today, most urgent first."""
    today = today or dt.date.today()
    items = attention_items(_people(today), _promises(), _accounts(today), _meetings(today), today, _plans(today),
                            _changes(today), key_dates=_key_dates(today), grace_days=new_person_grace_days())
    return items if include_hidden else visible(items, _states(), today)


@dataclass(frozen=True)
class HomeSnapshot:
    """All Home shows, read in one go (in a worker thread on large data)."""

    items: list[AttentionItem]  # what is not snoozed or dismissed
    hidden: int  # how many are snoozed or dismissed
    intents: dict[int, tuple[str | None, str, str]]


def home_snapshot(today: dt.date | None = None) -> HomeSnapshot:
    *_first, whole = home_snapshots(today)
    return whole


def home_snapshots(today: dt.date | None = None,
                   stopped: Callable[[], bool] | None = None) -> Iterator[HomeSnapshot]:
    """Home's list in two steps, its facts read once: first without the
    people out of touch or never met (they take most of the time on large
    data: every person's last contact), then the whole list.  Once
    ``stopped()`` says yes (the window is closing) the reading ends early,
    raising ``Stopped``."""
    today = today or dt.date.today()
    with stoppable(bound_database(), stopped):
        promises, accounts, meetings, plans = _promises(), _accounts(today), _meetings(today), _plans(today)
        key_dates = _key_dates(today)
        states, intents, changes = _states(), account_intents(), _changes(today)
        grace = new_person_grace_days()

    def snapshot(people: list[PersonFacts]) -> HomeSnapshot:
        every = attention_items(people, promises, accounts, meetings, today, plans, changes, key_dates,
                                grace_days=grace)
        shown = visible(every, states, today)
        return HomeSnapshot(shown, len(every) - len(shown), intents)

    yield snapshot([])
    with stoppable(bound_database(), stopped):
        people = _people(today)
    yield snapshot(people)


def has_active_accounts() -> bool:
    """Cheap check for the welcome page: is there any account not archived?"""
    return Account.select().where(Account.archived == False).exists()  # noqa: E712


def snooze(key: str, until: dt.date) -> None:
    """Hide the item until ``until`` (it shows again on that day)."""
    clean = v.text("key", key, required=True, max_len=500)
    day = v.day("until", until)
    with v.transaction():
        _keep_state(AttentionState.insert(key=clean, snoozed_until=day, dismissed=False))


def _keep_state(insert) -> None:
    """The item's state, replacing any it had (an upsert: both engines take it)."""
    insert.on_conflict(conflict_target=[AttentionState.key],
                       preserve=[AttentionState.snoozed_until, AttentionState.dismissed]).execute()


def dismiss(key: str) -> None:
    """Hide the item for good (a change in the facts gives a new item)."""
    clean = v.text("key", key, required=True, max_len=500)
    with v.transaction():
        _keep_state(AttentionState.insert(key=clean, snoozed_until=None, dismissed=True))


def restore(key: str) -> None:
    """Show a snoozed or dismissed item again (undo)."""
    with v.transaction():
        AttentionState.delete().where(AttentionState.key == key).execute()


def hidden_states() -> dict[str, tuple[dt.date | None, bool]]:
    """Every hidden item: key → (snoozed until, dismissed); what ``restore_all`` forgets."""
    return _states()


def hide_again(states: dict[str, tuple[dt.date | None, bool]]) -> None:
    """Put back what ``hidden_states`` returned (undo of ``restore_all``)."""
    with v.transaction():
        for key, (until, dismissed) in states.items():
            AttentionState.insert(key=key, snoozed_until=until, dismissed=dismissed).on_conflict_replace().execute()


def restore_all() -> None:
    """Show every snoozed and dismissed item again."""
    with v.transaction():
        AttentionState.delete().execute()


def hidden_count(today: dt.date | None = None) -> int:
    return home_snapshot(today).hidden


def account_intents() -> dict[int, tuple[str | None, str, str]]:
    """Purpose, our intent and their intent of every account, so the list
    can say what each relationship is for next to what needs doing."""
    return {acc: (purpose, ours, theirs) for acc, purpose, ours, theirs in
            driver_rows(Account.select(Account.id, Account.purpose, Account.our_intent, Account.their_intent))}
