"""Planning an import, then writing it in one transaction.

``plan_import`` works out, without writing anything, which accounts are
matched or created, which people are added, merged into someone already
present or skipped, and which rows are refused and why.  ``apply_plan``
writes exactly that plan, all of it or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields

from peewee import fn

from relapp.domain.interchange.organisations import near_matches, organisation_key
from relapp.domain.interchange.problems import ImportCancelled
from relapp.domain.interchange.records import ContactRecord, ParsedContacts, Refusal
from relapp.domain.key_dates import KeyDay, parse_key_day
from relapp.domain.tag_colours import colour_for
from relapp.services import validation as v
from relapp.services.interchange.full_dump import restore_dump
from relapp.services.interchange.import_receipt import ImportReceipt, ImportWatch
from relapp.services.people_changes import mark_left
from relapp.store.rows import execute_many
from relapp.store.binding import bound_database
from relapp.store.models import Account, ContactDetail, KeyDate, Stakeholder, StakeholderTag, Tag

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
FILLED_FIELDS = ("title", "department", "email", "phone", "notes")


@dataclass
class AccountTarget:
    """Where the people of one organisation in the file go."""

    name: str  # as the file (or --account) spells it
    key: str
    existing_id: int | None = None
    existing_name: str = ""
    near: list[str] = field(default_factory=list)  # close names of existing accounts, not merged
    people: int = 0

    @property
    def is_new(self) -> bool:
        return self.existing_id is None


@dataclass
class PersonState:
    """A person as they will be after the import."""

    id: int | None
    account: AccountTarget | None
    account_id: int | None
    name: str
    title: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    known: set[tuple[str, str]] = field(default_factory=set)  # (kind, folded value) already stored
    new_details: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, label, value)
    changed: set[str] = field(default_factory=set)
    known_tags: set[str] = field(default_factory=set)  # folded names
    new_tags: list[str] = field(default_factory=list)
    known_dates: set[tuple[str, str]] = field(default_factory=set)  # (folded label, date)
    new_dates: list[tuple[str, str]] = field(default_factory=list)  # (label, date)

    def absorb(self, record: ContactRecord) -> bool:
        """Take what the record adds; whether anything changed."""
        before = (len(self.changed), len(self.new_details), len(self.new_tags), len(self.new_dates))
        for key in ("title", "department", "notes"):
            value = getattr(record, key)
            if value and not getattr(self, key):
                setattr(self, key, value)
                self.changed.add(key)
        for kind, items in (("email", record.emails), ("phone", record.phones)):
            for label, value in items:
                folded = _fold(kind, value)
                if (kind, folded) in self.known:
                    continue
                self.known.add((kind, folded))
                if not getattr(self, kind):
                    setattr(self, kind, value)
                    self.changed.add(kind)
                else:
                    self.new_details.append((kind, label, value))
        for tag in record.tags:
            if tag.casefold() not in self.known_tags:
                self.known_tags.add(tag.casefold())
                self.new_tags.append(tag)
        for label, day in record.key_dates:
            if (label.casefold(), day) not in self.known_dates:
                self.known_dates.add((label.casefold(), day))
                self.new_dates.append((label, day))
        return (len(self.changed), len(self.new_details), len(self.new_tags), len(self.new_dates)) != before


@dataclass
class MoveOffer:
    """A person we know at one account whom the file shows at another
    organisation: offered as a move (they left the old account and join the
    new one, their history kept), not a duplicate.  ``choice`` is "move"
    (record it), "separate" (add them as a new person anyway) or "skip"
    (leave them out of this import: the default until someone chooses)."""

    stakeholder_id: int
    name: str
    from_account_id: int
    to: AccountTarget
    person: PersonState  # who they would be at the new account
    choice: str = "skip"
    from_account: str = ""


@dataclass
class ImportPlan:
    kind: str
    encoding: str = ""
    accounts: list[AccountTarget] = field(default_factory=list)
    added: list[PersonState] = field(default_factory=list)
    updated: list[PersonState] = field(default_factory=list)  # people already present who gain something
    merged: int = 0
    skipped: int = 0
    refused: list[Refusal] = field(default_factory=list)
    dump: dict | None = None  # a full dump to restore into an empty data directory
    moves: list[MoveOffer] = field(default_factory=list)  # known people at a new organisation
    # What the plan was made from, to make it again under the write lock.
    inputs: tuple | None = field(default=None, repr=False, compare=False)

    def record_moves(self, choice: str = "move") -> None:
        for offer in self.moves:
            offer.choice = choice

    @property
    def new_accounts(self) -> list[AccountTarget]:
        return [a for a in self.accounts if a.is_new and a.people]

    @property
    def near_matches(self) -> list[AccountTarget]:
        return [a for a in self.accounts if a.is_new and a.near and a.people]

    def summary(self) -> str:
        return (f"added {len(self.added)}, merged {self.merged}, skipped {self.skipped}, "
                f"refused {len(self.refused)}")


def _fold(kind: str, value: str) -> str:
    if kind == "phone":
        return "".join(ch for ch in value if ch.isdigit() or ch == "+")
    return value.strip().casefold()


def _account_key(name: str) -> str:
    """How an organisation is matched to an account.  A name made only of
    punctuation ("{", "...") has an empty organisation key; it is then
    matched by itself, and the same way for the file and for the accounts
    already stored — otherwise a second import of the file would try to
    create the account again and fail on its unique name."""
    return organisation_key(name) or name.strip().casefold()


class _Existing:
    """What the data directory already holds, loaded once."""

    def __init__(self) -> None:
        self.accounts = {_account_key(name): (acc_id, name)
                         for acc_id, name in Account.select(Account.id, Account.name).tuples()}
        self.people: dict[int, PersonState] = {}
        # People still at the client first: an address matches them before anyone who left.
        for row in (Stakeholder.select(Stakeholder.id, Stakeholder.account, Stakeholder.name, Stakeholder.title,
                                       Stakeholder.department, Stakeholder.email, Stakeholder.phone,
                                       Stakeholder.notes)
                    .order_by(Stakeholder.left_on.is_null(False), Stakeholder.id).tuples()):
            sid, acc, name, title, dept, email, phone, notes = row
            person = PersonState(sid, None, acc, name, title, dept, email, phone, notes)
            for kind, value in (("email", email), ("phone", phone)):
                if value:
                    person.known.add((kind, _fold(kind, value)))
            self.people[sid] = person
        for sid, kind, value in ContactDetail.select(ContactDetail.stakeholder, ContactDetail.kind,
                                                     ContactDetail.value).tuples():
            if sid in self.people:
                self.people[sid].known.add((kind, _fold(kind, value)))
        for sid, tag in StakeholderTag.select(StakeholderTag.stakeholder, Tag.name).join(Tag).tuples():
            self.people[sid].known_tags.add(tag.casefold())
        for sid, label, month, day, year in KeyDate.select(KeyDate.stakeholder, KeyDate.label, KeyDate.month,
                                                           KeyDate.day, KeyDate.year).where(
                                                               KeyDate.stakeholder.is_null(False)).tuples():
            self.people[sid].known_dates.add((label.casefold(), KeyDay(month, day, year).text()))


def _refusal_reason(record: ContactRecord) -> str | None:
    try:
        v.name("name", record.name)
        if record.organisation:
            v.name("organisation", record.organisation)
        for key in ("title", "department"):
            v.text(key, getattr(record, key), max_len=v.MAX_NAME)
        v.text("notes", record.notes)
        for _label, address in record.emails:
            v.email("email", address)
        for _label, number in record.phones:
            v.text("phone", number, max_len=v.MAX_NAME)
        for tag in record.tags:
            v.name("tag", tag)
        for label, _day in record.key_dates:
            v.name("key date", label)
    except v.ValidationError as exc:
        return str(exc)
    return None


def plan_import(parsed: ParsedContacts, account: str | None = None, merge_near: dict[str, str] | None = None,
                encoding: str = "", cancelled: Cancelled | None = None) -> ImportPlan:
    """The plan for importing ``parsed``.  ``account`` puts everyone in that
    account (matched like an organisation, created if missing);
    ``merge_near`` maps an organisation key of the file to the name of an
    existing account the user agreed it is the same as."""
    merge_near = merge_near or {}
    existing = _Existing()
    plan = ImportPlan(kind=parsed.kind, encoding=encoding, refused=list(parsed.refused))
    targets: dict[str, AccountTarget] = {}
    by_email: dict[str, PersonState] = {}
    by_name: dict[tuple[object, str], PersonState] = {}
    for person in existing.people.values():
        for kind, folded in person.known:
            if kind == "email":
                by_email.setdefault(folded, person)
        by_name.setdefault((person.account_id, person.name.casefold()), person)
    existing_names = {key: name for key, (_id, name) in existing.accounts.items()}
    account_names = {acc_id: name for acc_id, name in existing.accounts.values()}
    existing_by_name = {name.casefold(): (acc_id, name) for _key, (acc_id, name) in existing.accounts.items()}

    def target_for(org: str) -> AccountTarget:
        key = _account_key(org)
        if key not in targets:
            target = AccountTarget(name=org, key=key)
            if key in existing.accounts:
                target.existing_id, target.existing_name = existing.accounts[key]
            elif key in merge_near and merge_near[key].casefold() in existing_by_name:
                target.existing_id, target.existing_name = existing_by_name[merge_near[key].casefold()]
            else:
                target.near = near_matches(org, existing_names)
            targets[key] = target
        return targets[key]

    updated_ids: set[int] = set()
    offered: set[int] = set()
    forced = target_for(v.name("account", account)) if account else None
    for index, record in enumerate(parsed.records):
        if cancelled is not None and index % 500 == 0 and cancelled():
            raise ImportCancelled()
        # "-" or "n/a" in a phone column is a placeholder, not a number.
        record.phones = [(label, number) for label, number in record.phones if any(ch.isdigit() for ch in number)]
        reason = _refusal_reason(record)
        if reason is None and forced is None and not record.organisation:
            reason = "has no organisation; choose an account to put such people in"
        if reason is not None:
            plan.refused.append(Refusal(record.source, record.name, reason))
            continue
        target = forced or target_for(record.organisation)
        account_ref: object = target.existing_id if target.existing_id is not None else f"new:{target.key}"
        person = None
        for _label, address in record.emails:
            person = by_email.get(_fold("email", address))
            if person is not None:
                break
        if person is None:
            person = by_name.get((account_ref, record.name.casefold()))
        if (person is not None and person.id is not None and person.account_id != target.existing_id
                and person.id not in offered):
            # Known, but the file puts them at another organisation: offer a move, not a merge or a duplicate.
            offered.add(person.id)
            newcomer = PersonState(None, target, target.existing_id, person.name)
            newcomer.absorb(record)
            newcomer.changed.clear()
            plan.moves.append(MoveOffer(person.id, person.name, person.account_id, target, newcomer,
                                        from_account=account_names.get(person.account_id, "")))
            continue
        if person is not None and person.id in offered:
            plan.skipped += 1
            continue
        if person is None:
            person = PersonState(None, target, target.existing_id, record.name)
            person.absorb(record)
            person.changed.clear()
            plan.added.append(person)
            target.people += 1
        elif person.absorb(record):
            plan.merged += 1
            if person.id is not None and person.id not in updated_ids:
                updated_ids.add(person.id)
                plan.updated.append(person)
        else:
            plan.skipped += 1
        for kind, folded in person.known:
            if kind == "email":
                by_email.setdefault(folded, person)
        by_name.setdefault((account_ref if person.id is None else person.account_id, person.name.casefold()),
                           person)
    plan.accounts = list(targets.values())
    plan.inputs = (parsed, account, merge_near, encoding)
    return plan


def _write_tags_and_dates(people: list[PersonState]) -> None:
    """Tags (made when new, with their palette colour) and key dates the
    file gave people, inside the import's transaction."""
    tag_ids = {name.casefold(): ident for ident, name in Tag.select(Tag.id, Tag.name).tuples()}
    links, dates = set(), []
    for person in people:
        for tag in person.new_tags:
            if tag.casefold() not in tag_ids:
                tag_ids[tag.casefold()] = Tag.create(name=v.name("tag", tag), colour=colour_for(tag)).id
            links.add((person.id, tag_ids[tag.casefold()]))
        for label, day in person.new_dates:
            key = parse_key_day(day)
            dates.append((person.id, v.name("label", label), key.month, key.day, key.year, True))
    if links:
        StakeholderTag.insert_many(sorted(links), fields=[StakeholderTag.stakeholder, StakeholderTag.tag]) \
            .on_conflict_ignore().execute()
    if dates:
        KeyDate.insert_many(dates, fields=[KeyDate.stakeholder, KeyDate.label, KeyDate.month, KeyDate.day,
                                           KeyDate.year, KeyDate.yearly]).execute()
def _plan_again(plan: ImportPlan, cancelled: Cancelled | None) -> None:
    """Plan again from the same file and answers, in place, so the caller's
    plan says what is written.  Run inside the write transaction: another
    import (or an edit) may have added the same people since the preview,
    and they must be merged, not added twice."""
    parsed, account, merge_near, encoding = plan.inputs
    fresh = plan_import(parsed, account, merge_near, encoding, cancelled)
    chosen = {offer.stakeholder_id: offer.choice for offer in plan.moves}  # the user's answers stand
    for offer in fresh.moves:
        offer.choice = chosen.get(offer.stakeholder_id, offer.choice)
    for item in fields(ImportPlan):
        setattr(plan, item.name, getattr(fresh, item.name))


def plan_restore(dump: dict, stakeholders: int) -> ImportPlan:
    plan = ImportPlan(kind="Relapp dump", encoding="UTF-8", dump=dump)
    plan.added = [PersonState(None, None, None, "") for _ in range(stakeholders)]
    return plan


def apply_plan(plan: ImportPlan, progress: Progress | None = None, cancelled: Cancelled | None = None,
               recheck: bool = True) -> ImportReceipt | None:
    """Write the plan in one transaction: on any error or a cancel, nothing
    of it is kept.  The plan is made again inside that transaction first
    (``recheck``), unless the caller made it under the same lock.  What was
    written, to take it back (None for a Relapp dump: a restore is not undone)."""
    if plan.dump is not None:
        restore_dump(plan.dump, progress, cancelled)
        return None
    db = bound_database()
    total = len(plan.added) + len(plan.updated) + sum(1 for o in plan.moves if o.choice != "skip")
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)

    with v.transaction():
        if recheck and plan.inputs is not None:
            _plan_again(plan, cancelled)
            total = len(plan.added) + len(plan.updated) + sum(1 for o in plan.moves if o.choice != "skip")
        joining = [offer.person for offer in plan.moves if offer.choice in ("move", "separate")]
        watch = ImportWatch([p.id for p in plan.updated] + [o.stakeholder_id for o in plan.moves if o.choice == "move"])
        needed = {p.account.key for p in [*plan.added, *joining] if p.account is not None}
        account_ids: dict[str, int] = {}
        for target in plan.accounts:
            if target.existing_id is not None:
                account_ids[target.key] = target.existing_id
            elif target.key in needed:
                account_ids[target.key] = Account.create(name=v.name("account", target.name)).id
        gone = {sid for (sid,) in Stakeholder.select(Stakeholder.id).where(Stakeholder.left_on.is_null(False))
                .tuples()}
        for offer in plan.moves:
            if offer.choice == "move" and offer.stakeholder_id not in gone:
                mark_left(offer.stakeholder_id, dt.date.today())
        next_id = (Stakeholder.select(fn.MAX(Stakeholder.id)).scalar() or 0) + 1
        people_rows, details = [], []
        for person in [*plan.added, *joining]:
            person.id = next_id
            next_id += 1
            people_rows.append((person.id, account_ids[person.account.key], person.name, person.title,
                                person.department, person.email, person.phone, person.notes))
        for start in range(0, len(people_rows), 1000):
            chunk = people_rows[start:start + 1000]
            execute_many(
                db, "INSERT INTO stakeholder (id, account_id, name, title, department, email, phone, notes, "
                "influence, interest, stance, family, interests, career_goals, measured_by, worries, "
                "how_we_help, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 3, 3, 'neutral', '', '', '', '', '', "
                "'', datetime('now', 'localtime'))", chunk, ids_of="stakeholder")
            step(len(chunk))
        for person in plan.updated:
            if person.changed:
                Stakeholder.update({getattr(Stakeholder, key): getattr(person, key) for key in person.changed}) \
                    .where(Stakeholder.id == person.id).execute()
            step(1)
        for person in [*plan.added, *joining, *plan.updated]:
            details.extend((person.id, kind, label, value) for kind, label, value in person.new_details)
        if details:
            execute_many(db, "INSERT INTO contact_detail (stakeholder_id, kind, label, value) VALUES (?, ?, ?, ?)",
                         details)
        _write_tags_and_dates([*plan.added, *plan.updated])
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        return watch.receipt()
