"""Accounts: create, edit, archive, delete, list with their figures."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from typing import NamedTuple

from peewee import fn

from relapp.domain.keep_in_touch import latest_contact_day
from relapp.domain.vocabulary import CONTACT_MODELS, PURPOSES
from relapp.services import validation as v
from relapp.services.edit_conflicts import save_unless_changed
from relapp.services.records import AccountRecord, record, stored_row
from relapp.store.models import Account, Entry, Stakeholder

ACCOUNT_FIELDS = {
    "name", "industry", "notes", "purpose", "our_intent", "their_intent", "target_model",
    "archived", "checkup_interval_days", "neglect_days", "valued_contact_only",
}


class AccountRef(NamedTuple):
    """An account found by name."""
    id: int
    name: str


@dataclass(frozen=True)
class AccountRow:
    id: int
    name: str
    industry: str
    archived: bool
    stakeholders: int
    entries: int
    balance: int
    trend: int  # change over the last 30 days
    last_contact: dt.date | None
    target_model: str | None = None  # the contact model aimed at, as stored


def clean_account_fields(fields: dict, *, creating: bool) -> dict:
    v.unknown_fields(fields, ACCOUNT_FIELDS)
    out = {}
    if "name" in fields or creating:
        out["name"] = v.name("name", fields.get("name"))
    for key in ("industry",):
        if key in fields:
            out[key] = v.text(key, fields[key], max_len=v.MAX_NAME)
    for key in ("notes", "our_intent", "their_intent"):
        if key in fields:
            out[key] = v.text(key, fields[key])
    if "purpose" in fields:
        out["purpose"] = v.choice("purpose", fields["purpose"], PURPOSES, optional=True)
    if "target_model" in fields:
        out["target_model"] = v.choice("target_model", fields["target_model"], CONTACT_MODELS, optional=True)
    for key in ("archived", "valued_contact_only"):
        if key in fields:
            out[key] = bool(fields[key])
    if "checkup_interval_days" in fields:
        out["checkup_interval_days"] = v.integer("checkup_interval_days", fields["checkup_interval_days"], 0, 3650)
    if "neglect_days" in fields:
        out["neglect_days"] = v.integer("neglect_days", fields["neglect_days"], 1, 3650)
    return out


def _check_unique(name: str, except_id: int | None = None) -> None:
    # The column's NOCASE collation is what the unique index enforces (it
    # folds ASCII only); LOWER() alone missed "À" == "À" and let the insert fail.
    query = Account.select().where((Account.name == name) | (fn.LOWER(Account.name) == name.lower()))
    if except_id is not None:
        query = query.where(Account.id != except_id)
    if query.exists():
        raise v.ValidationError("name", "an account called {name} already exists", name=repr(name))


def create_account(**fields) -> AccountRecord:
    data = clean_account_fields(fields, creating=True)
    with v.transaction():
        _check_unique(data["name"])
        return record(AccountRecord, Account.create(**data))


def update_account(account_id: int, expected_version: int | None = None, **fields) -> AccountRecord:
    """Change ``fields``; with ``expected_version`` only if nobody saved the
    account since the form was filled (else ``EditConflict``, nothing written)."""
    data = clean_account_fields(fields, creating=False)
    with v.transaction():
        account = account_row(account_id)
        if "name" in data:
            _check_unique(data["name"], account_id)
        for key, value in data.items():
            setattr(account, key, value)
        save_unless_changed(account, expected_version)
        return record(AccountRecord, account)


def archive_account(account_id: int, archived: bool = True) -> AccountRecord:
    return update_account(account_id, archived=archived)


def delete_account(account_id: int) -> None:
    """Delete the account and everything recorded under it."""
    with v.transaction():
        account_row(account_id).delete_instance(recursive=False)


def get_account(account_id: int) -> AccountRecord:
    return record(AccountRecord, account_row(account_id))


def account_row(account_id: int) -> Account:
    """The stored row, for the services' own use (the window and the command line get ``get_account``)."""
    return stored_row(Account, account_id, "account")


def find_account(name: str) -> AccountRef:
    """The account called ``name`` (any case); the error lists close names."""
    wanted = v.lookup_name(name).strip()
    found = (Account.select(Account.id, Account.name)
             .where((Account.name == wanted) | (fn.LOWER(Account.name) == wanted.lower())).tuples().first())
    if found is not None:
        return AccountRef(*found)
    names = [a.name for a in Account.select(Account.name)]
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
    hint = f" — did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise v.NotFoundError(f"no account called {name!r}{hint}")


def list_accounts(today: dt.date | None = None, include_archived: bool = True,
                  text_filter: str = "", account_ids: list[int] | None = None) -> list[AccountRow]:
    """Every account (or those of ``account_ids``) with its counts and
    balance, in two grouped queries (cheap even with hundreds of thousands of
    entries)."""
    today = today or dt.date.today()
    since = today - dt.timedelta(days=30)
    entries = Entry.select(
        Entry.account,
        fn.COUNT(Entry.id),
        fn.COALESCE(fn.SUM(Entry.value), 0),
        fn.COALESCE(fn.SUM(Entry.value).filter(Entry.day > since), 0),
        # The last contact: an entry dated after today is a plan, not contact.
        fn.MAX(Entry.day).filter(Entry.day <= latest_contact_day(today)),
    )
    people_query = Stakeholder.select(Stakeholder.account, fn.COUNT(Stakeholder.id))
    query = Account.select(Account.id, Account.name, Account.industry, Account.archived,
                           Account.target_model).order_by(
        fn.LOWER(Account.name))
    if account_ids is not None:
        entries = entries.where(Entry.account.in_(account_ids))
        people_query = people_query.where(Stakeholder.account.in_(account_ids))
        query = query.where(Account.id.in_(account_ids))
    entry_stats = {row[0]: row[1:] for row in entries.group_by(Entry.account).tuples()}
    people = dict(people_query.group_by(Stakeholder.account).tuples())
    if not include_archived:
        query = query.where(Account.archived == False)  # noqa: E712 (peewee expression)
    if text_filter:
        query = query.where(Account.name.contains(text_filter))
    rows = []
    for acc_id, name, industry, archived, target in query.tuples():
        count, balance, trend, last = entry_stats.get(acc_id, (0, 0, 0, None))
        if isinstance(last, str):
            last = dt.date.fromisoformat(last)
        rows.append(AccountRow(acc_id, name, industry, bool(archived), people.get(acc_id, 0),
                               count, int(balance), int(trend), last, target))
    return rows


def account_choices() -> list[tuple[int, str]]:
    """(id, name) of every account by name: for pickers, without the figures."""
    return list(Account.select(Account.id, Account.name).order_by(fn.LOWER(Account.name)).tuples())


def account_names() -> list[str]:
    return [name for (name,) in Account.select(Account.name).order_by(fn.LOWER(Account.name)).tuples()]

