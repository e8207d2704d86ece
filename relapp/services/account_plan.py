"""The account plan: stage and its history, both sides' intent, potential,
joint objectives with their progress, and further opportunities.

Every edit is one transaction and hands back what its undo needs: a
creation returns the new record (undo removes it), an update returns the
values it replaced (undo writes them back), a removal returns a snapshot
(undo restores it).  Reads return plain records, never database rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from relapp.domain.account_plan import (
    DROPPED_BY, MAX_INTENT, MIN_INTENT, OBJECTIVE_STATUSES, OPPORTUNITY_STATUSES, SIDES, STAGES,
    IntentChange, StageChange, intent_mismatch, intent_on, stage_on,
)
from relapp.services import validation as v
from relapp.services.accounts import get_account
from relapp.services.snapshots import Snapshot, delete_with_snapshot, restore
from relapp.store.binding import bound_database
from relapp.store.dates import stored_day
from relapp.store.models import (
    Account, AccountIntent, AccountStage, Objective, ObjectiveProgress, Opportunity, Stakeholder, TeamMember,
)

if TYPE_CHECKING:  # the journal is imported where it is used
    from relapp.services.journal import EntryDetail

MAX_SIZE = 10**15  # a rough size, in whole units of its currency


@dataclass(frozen=True)
class StageRecord:
    id: int
    stage: str
    since: dt.date
    note: str


@dataclass(frozen=True)
class IntentRecord:
    id: int
    side: str
    level: int
    since: dt.date
    text: str


@dataclass(frozen=True)
class Intent:
    """One side's intent now: the level in force (None: never rated) and the text."""

    level: int | None
    text: str


@dataclass(frozen=True)
class ProgressNote:
    id: int
    day: dt.date
    note: str


@dataclass(frozen=True)
class ObjectiveRecord:
    id: int
    account_id: int
    title: str
    status: str
    their_owner_id: int | None
    their_owner: str
    our_owner_id: int | None
    our_owner: str
    measure: str
    target: dt.date | None
    reason: str
    dropped_by: str | None
    closed_on: dt.date | None
    progress: tuple[ProgressNote, ...]  # newest first


@dataclass(frozen=True)
class OpportunityRecord:
    id: int
    account_id: int
    title: str
    for_them: str
    for_us: str
    value: int | None
    currency: str
    sponsor_id: int | None
    sponsor: str
    owner_id: int | None
    owner: str
    status: str
    next_step: str
    next_step_due: dt.date | None


@dataclass(frozen=True)
class AccountPlan:
    account_id: int
    account: str
    stage: str | None
    stage_since: dt.date | None
    stage_history: tuple[StageRecord, ...]  # oldest first
    our_intent: Intent
    their_intent: Intent
    intent_history: tuple[IntentRecord, ...]  # oldest first
    potential: str
    objectives: tuple[ObjectiveRecord, ...]
    opportunities: tuple[OpportunityRecord, ...]

    @property
    def intent_mismatch(self) -> bool:
        return intent_mismatch(self.our_intent.level, self.their_intent.level)


# Reading ---------------------------------------------------------------------


def stage_history(account_id: int) -> list[StageRecord]:
    # A plain statement: the stage strip reads it on every account switch,
    # and peewee's building of the statement and of a model per row cost
    # more than running it.
    rows = bound_database().execute_sql(
        "SELECT id, stage, day, note FROM account_stage WHERE account_id = ? ORDER BY day, id", [account_id])
    return [StageRecord(ident, stage, stored_day(day), note) for ident, stage, day, note in rows]


def intent_history(account_id: int) -> list[IntentRecord]:
    rows = (AccountIntent.select().where(AccountIntent.account == account_id)
            .order_by(AccountIntent.day, AccountIntent.id))
    return [IntentRecord(r.id, r.side, r.level, stored_day(r.day), r.text) for r in rows]


def _names(model, ids) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(model.select(model.id, model.name).where(model.id.in_(wanted)).tuples())


def objectives_of(account_id: int) -> list[ObjectiveRecord]:
    rows = list(Objective.select().where(Objective.account == account_id).order_by(Objective.id))
    notes: dict[int, list[ProgressNote]] = {}
    if rows:
        for p in (ObjectiveProgress.select().where(ObjectiveProgress.objective.in_([r.id for r in rows]))
                  .order_by(ObjectiveProgress.day.desc(), ObjectiveProgress.id.desc())):
            notes.setdefault(p.objective_id, []).append(ProgressNote(p.id, stored_day(p.day), p.note))
    theirs = _names(Stakeholder, [r.their_owner_id for r in rows])
    ours = _names(TeamMember, [r.our_owner_id for r in rows])
    return [ObjectiveRecord(r.id, r.account_id, r.title, r.status, r.their_owner_id,
                            theirs.get(r.their_owner_id, ""), r.our_owner_id, ours.get(r.our_owner_id, ""),
                            r.measure, stored_day(r.target), r.reason, r.dropped_by, stored_day(r.closed_on),
                            tuple(notes.get(r.id, ())))
            for r in rows]


def opportunities_of(account_id: int) -> list[OpportunityRecord]:
    rows = list(Opportunity.select().where(Opportunity.account == account_id).order_by(Opportunity.id))
    sponsors = _names(Stakeholder, [r.sponsor_id for r in rows])
    owners = _names(TeamMember, [r.owner_id for r in rows])
    return [OpportunityRecord(r.id, r.account_id, r.title, r.for_them, r.for_us, r.value, r.currency,
                              r.sponsor_id, sponsors.get(r.sponsor_id, ""), r.owner_id, owners.get(r.owner_id, ""),
                              r.status, r.next_step, stored_day(r.next_step_due))
            for r in rows]


def account_plan(account_id: int, today: dt.date | None = None) -> AccountPlan:
    """The whole plan of one account as it stands on ``today``."""
    today = today or dt.date.today()
    account = get_account(account_id)
    stages = stage_history(account.id)
    current = stage_on([StageChange(s.stage, s.since, s.note) for s in stages], today)
    intents = intent_history(account.id)
    changes = [IntentChange(i.side, i.level, i.since, i.text) for i in intents]
    ours, theirs = intent_on(changes, "ours", today), intent_on(changes, "theirs", today)
    return AccountPlan(
        account.id, account.name, current.stage if current else None, current.since if current else None,
        tuple(stages), Intent(ours.level if ours else None, account.our_intent),
        Intent(theirs.level if theirs else None, account.their_intent), tuple(intents), account.potential,
        tuple(objectives_of(account.id)), tuple(opportunities_of(account.id)))


# Stage -------------------------------------------------------------------------


def set_stage(account_id: int, stage: str, day: dt.date, note: str = "") -> StageRecord:
    """Record that the relationship reached ``stage`` on ``day``."""
    stage = v.choice("stage", stage, STAGES)
    day = v.day("day", day)
    note = v.text("note", note)
    with v.transaction():
        account = get_account(account_id)
        row = AccountStage.create(account=account.id, stage=stage, day=day, note=note)
    return StageRecord(row.id, stage, day, note)


def update_stage_change(change_id: int, **fields) -> dict:
    """Correct a recorded stage change; returns the values it replaced."""
    v.unknown_fields(fields, {"stage", "day", "note"})
    clean = {}
    if "stage" in fields:
        clean["stage"] = v.choice("stage", fields["stage"], STAGES)
    if "day" in fields:
        clean["day"] = v.day("day", fields["day"])
    if "note" in fields:
        clean["note"] = v.text("note", fields["note"])
    return _update(AccountStage, "stage change", change_id, clean)


def remove_stage_change(change_id: int) -> Snapshot:
    return delete_with_snapshot(AccountStage, change_id)


# Intent ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IntentEdit:
    """A recorded intent and the text it replaced on the account (for undo)."""

    record: IntentRecord
    account_id: int
    previous_text: str


def set_intent(account_id: int, side: str, level: int, text: str, day: dt.date) -> IntentEdit:
    """Rate one side's intent on ``day`` (1-5) with its text; the text
    becomes the account's current intent text, the level joins the history."""
    side = v.choice("side", side, SIDES)
    level = v.integer("level", level, MIN_INTENT, MAX_INTENT)
    text = v.text("text", text)
    day = v.day("day", day)
    column = "our_intent" if side == "ours" else "their_intent"
    with v.transaction():
        account = get_account(account_id)
        previous = getattr(account, column)
        row = AccountIntent.create(account=account.id, side=side, level=level, text=text, day=day)
        Account.update({column: text}).where(Account.id == account.id).execute()
    return IntentEdit(IntentRecord(row.id, side, level, day, text), account.id, previous)


def undo_intent(edit: IntentEdit) -> Snapshot:
    """Take an intent rating back: remove it and give the account its old text."""
    column = "our_intent" if edit.record.side == "ours" else "their_intent"
    with v.transaction():
        snapshot = delete_with_snapshot(AccountIntent, edit.record.id)
        Account.update({column: edit.previous_text}).where(Account.id == edit.account_id).execute()
    return snapshot


def redo_intent(edit: IntentEdit, snapshot: Snapshot) -> None:
    column = "our_intent" if edit.record.side == "ours" else "their_intent"
    with v.transaction():
        restore(snapshot)
        Account.update({column: edit.record.text}).where(Account.id == edit.account_id).execute()


def set_potential(account_id: int, text: str) -> dict:
    """The relationship's potential in a few sentences; returns the old text."""
    text = v.text("potential", text)
    return _update(Account, "account", account_id, {"potential": text})


# Objectives --------------------------------------------------------------------------

OBJECTIVE_FIELDS = {"title", "status", "their_owner", "our_owner", "measure", "target", "reason", "dropped_by",
                    "closed_on"}


def _person(model, field: str, value, account_id: int | None = None) -> int | None:
    if value is None or value == "":
        return None
    ident = v.reference(field, value)
    row = model.get_or_none(model.id == ident)
    if row is None or (account_id is not None and row.account_id != account_id):
        raise v.ValidationError(field, "must be one of the people offered")
    return ident


def _optional_day(field: str, value) -> dt.date | None:
    return None if value is None or value == "" else v.day(field, value)


def _title_and_status(fields: dict, allowed: set[str], statuses: dict, first_status: str, *,
                      creating: bool) -> dict:
    """The checks objectives and opportunities share: known fields, a title, a status."""
    v.unknown_fields(fields, allowed)
    out: dict = {}
    if creating or "title" in fields:
        out["title"] = v.text("title", fields.get("title"), required=True, max_len=v.MAX_NAME)
    if "status" in fields or creating:
        out["status"] = v.choice("status", fields.get("status", first_status), statuses)
    return out


def _clean_objective(fields: dict, account_id: int, *, creating: bool) -> dict:
    out = _title_and_status(fields, OBJECTIVE_FIELDS, OBJECTIVE_STATUSES, "on-track", creating=creating)
    if "their_owner" in fields:
        out["their_owner"] = _person(Stakeholder, "their_owner", fields["their_owner"], account_id)
    if "our_owner" in fields:
        out["our_owner"] = _person(TeamMember, "our_owner", fields["our_owner"])
    for key in ("measure", "reason"):
        if key in fields:
            out[key] = v.text(key, fields[key])
    if "target" in fields:
        out["target"] = _optional_day("target", fields["target"])
    if "closed_on" in fields:
        out["closed_on"] = _optional_day("closed_on", fields["closed_on"])
    if "dropped_by" in fields:
        out["dropped_by"] = v.choice("dropped_by", fields["dropped_by"], DROPPED_BY, optional=True)
    return out


def add_objective(account_id: int, **fields) -> ObjectiveRecord:
    return objective(_add(Objective, _clean_objective, account_id, fields))


def update_objective(objective_id: int, **fields) -> dict:
    """Change an objective; returns the values it replaced."""
    return _edit(Objective, "objective", _clean_objective, objective_id, fields)


def achieve_objective(objective_id: int, day: dt.date) -> dict:
    return update_objective(objective_id, status="achieved", closed_on=day, reason="", dropped_by=None)


def drop_objective(objective_id: int, day: dt.date, reason: str, dropped_by: str) -> dict:
    """Drop an objective, at their request ("them") or ours ("us"), saying why."""
    if not v.text("reason", reason):
        raise v.ValidationError("reason", "say why the objective is dropped")
    return update_objective(objective_id, status="dropped", closed_on=day, reason=reason, dropped_by=dropped_by)


@dataclass(frozen=True)
class Achievement:
    """An objective marked achieved, the values that replaced, and the
    deposit written with it (None when the user wrote none)."""

    objective_id: int
    day: dt.date
    before: dict
    entry_id: int | None


def achieve_with_deposit(objective_id: int, day: dt.date, value: int | None = None,
                         title: str = "") -> Achievement:
    """Mark the objective achieved and, with a ``value``, write the deposit
    it earned in the journal (its owners as participants): one edit."""
    from relapp.services import journal

    with v.transaction():
        goal = objective(objective_id)
        before = achieve_objective(goal.id, day)
        entry_id = None
        if value:
            entry = journal.add_entry(
                account=goal.account_id, day=day, kind="delivery", value=value,
                title=title or f"Joint objective achieved: {goal.title}",
                stakeholders=[goal.their_owner_id] if goal.their_owner_id else [],
                members=[goal.our_owner_id] if goal.our_owner_id else [])
            entry_id = entry.id
    return Achievement(goal.id, v.day("day", day), before, entry_id)


def undo_achievement(done: Achievement) -> EntryDetail | None:
    """Give the objective its old status back and take the deposit out;
    returns what ``redo_achievement`` needs."""
    from relapp.services import journal

    with v.transaction():
        update_objective(done.objective_id, **done.before)
        return journal.delete_entry(done.entry_id) if done.entry_id else None


def redo_achievement(done: Achievement, deposit: EntryDetail | None) -> None:
    from relapp.services import journal

    with v.transaction():
        achieve_objective(done.objective_id, done.day)
        if deposit is not None:
            journal.restore_entry(deposit)


def remove_objective(objective_id: int) -> Snapshot:
    return delete_with_snapshot(Objective, objective_id)


def objective(objective_id: int) -> ObjectiveRecord:
    row = _get(Objective, "objective", objective_id)
    return next(o for o in objectives_of(row.account_id) if o.id == row.id)


def add_progress(objective_id: int, day: dt.date, note: str) -> ProgressNote:
    day = v.day("day", day)
    note = v.text("note", note, required=True)
    with v.transaction():
        row = ObjectiveProgress.create(objective=_get(Objective, "objective", objective_id).id, day=day, note=note)
    return ProgressNote(row.id, day, note)


def update_progress(progress_id: int, **fields) -> dict:
    v.unknown_fields(fields, {"day", "note"})
    clean = {}
    if "day" in fields:
        clean["day"] = v.day("day", fields["day"])
    if "note" in fields:
        clean["note"] = v.text("note", fields["note"], required=True)
    return _update(ObjectiveProgress, "progress note", progress_id, clean)


def remove_progress(progress_id: int) -> Snapshot:
    return delete_with_snapshot(ObjectiveProgress, progress_id)


# Opportunities ---------------------------------------------------------------------------

OPPORTUNITY_FIELDS = {"title", "for_them", "for_us", "value", "currency", "sponsor", "owner", "status",
                      "next_step", "next_step_due"}


def _clean_opportunity(fields: dict, account_id: int, *, creating: bool) -> dict:
    out = _title_and_status(fields, OPPORTUNITY_FIELDS, OPPORTUNITY_STATUSES, "idea", creating=creating)
    for key in ("for_them", "for_us", "next_step"):
        if key in fields:
            out[key] = v.text(key, fields[key])
    if "value" in fields:
        out["value"] = v.optional_integer("value", fields["value"], 0, MAX_SIZE)
    if "currency" in fields:
        currency = v.text("currency", fields["currency"], max_len=3).upper()
        if currency and not (len(currency) == 3 and currency.isalpha() and currency.isascii()):
            raise v.ValidationError("currency", "must be a three-letter code such as EUR, GBP or USD")
        out["currency"] = currency
    if "sponsor" in fields:
        out["sponsor"] = _person(Stakeholder, "sponsor", fields["sponsor"], account_id)
    if "owner" in fields:
        out["owner"] = _person(TeamMember, "owner", fields["owner"])
    if "next_step_due" in fields:
        out["next_step_due"] = _optional_day("next_step_due", fields["next_step_due"])
    return out


def add_opportunity(account_id: int, **fields) -> OpportunityRecord:
    return opportunity(_add(Opportunity, _clean_opportunity, account_id, fields))


def update_opportunity(opportunity_id: int, **fields) -> dict:
    """Change an opportunity; returns the values it replaced."""
    return _edit(Opportunity, "opportunity", _clean_opportunity, opportunity_id, fields)


def remove_opportunity(opportunity_id: int) -> Snapshot:
    return delete_with_snapshot(Opportunity, opportunity_id)


def opportunity(opportunity_id: int) -> OpportunityRecord:
    row = _get(Opportunity, "opportunity", opportunity_id)
    return next(o for o in opportunities_of(row.account_id) if o.id == row.id)


# Undo of a removal ---------------------------------------------------------------------------


def put_back(snapshot: Snapshot) -> None:
    """Undo a removal: the record and everything that went with it return."""
    restore(snapshot)


# Helpers ---------------------------------------------------------------------------------------


def _get(model, what: str, ident):
    number = v.record_id(ident)
    row = None if number is None else model.get_or_none(model.id == number)
    if row is None:
        raise v.NotFoundError(f"no {what} with id {ident}")
    return row


def _add(model, clean_fields, account_id: int, fields: dict) -> int:
    """Create a record of ``model`` on the account from checked fields; its id."""
    account = get_account(account_id)
    clean = clean_fields(fields, account.id, creating=True)
    with v.transaction():
        return model.create(account=account.id, **clean).id


def _edit(model, what: str, clean_fields, ident, fields: dict) -> dict:
    row = _get(model, what, ident)
    return _update(model, what, row.id, clean_fields(fields, row.account_id, creating=False))


def _update(model, what: str, ident, clean: dict) -> dict:
    """Write ``clean`` to the row; return the replaced values under the
    names the update functions take (foreign keys by their field name)."""
    with v.transaction():
        row = _get(model, what, ident)
        before = {}
        for name, value in clean.items():
            field = model._meta.fields[name]
            old = getattr(row, field.column_name if hasattr(field, "rel_model") else name)
            before[name] = stored_day(old) if field.field_type == "DATE" else old
            setattr(row, field.column_name if hasattr(field, "rel_model") else name, value)
        if clean:
            row.save()
    return before


# The plan as plain data (the `relapp plan --json` contract) ------------------------------


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def plan_record(plan: AccountPlan) -> dict:
    return {
        "account": plan.account,
        "stage": plan.stage,
        "stage_since": _iso(plan.stage_since),
        "stage_history": [{"stage": s.stage, "since": s.since.isoformat(), "note": s.note}
                          for s in plan.stage_history],
        "our_intent": {"level": plan.our_intent.level, "text": plan.our_intent.text},
        "their_intent": {"level": plan.their_intent.level, "text": plan.their_intent.text},
        "intent_mismatch": plan.intent_mismatch,
        "intent_history": [{"side": i.side, "level": i.level, "since": i.since.isoformat(), "text": i.text}
                           for i in plan.intent_history],
        "potential": plan.potential,
        "objectives": [{
            "title": o.title, "status": o.status, "their_owner": o.their_owner or None,
            "our_owner": o.our_owner or None, "measure": o.measure, "target": _iso(o.target),
            "progress": [{"day": p.day.isoformat(), "note": p.note} for p in o.progress],
            "closed_on": _iso(o.closed_on), "reason": o.reason, "dropped_by": o.dropped_by,
        } for o in plan.objectives],
        "opportunities": [{
            "title": p.title, "status": p.status, "value": p.value, "currency": p.currency or None,
            "sponsor": p.sponsor or None, "owner": p.owner or None, "next_step": p.next_step,
            "next_step_due": _iso(p.next_step_due), "for_them": p.for_them, "for_us": p.for_us,
        } for p in plan.opportunities],
    }
