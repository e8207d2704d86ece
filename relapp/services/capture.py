"""Capture from outside the window: an entry or a promise named in words
(account, people, team members by name), as a script or a desktop
shortcut writes them.  Names that match nobody are refused with a hint."""

from __future__ import annotations

import datetime as dt

from relapp.domain.vocabulary import parse_trust
from relapp.services import commitments, internal_customers, journal, people
from relapp.services import validation as v
from relapp.services.accounts import find_account


def split_names(text: str | None) -> list[str]:
    """``"Ana Ruiz; Bo Lind"`` → the names, blanks dropped."""
    return [n.strip() for n in (text or "").split(";") if n.strip()]


def capture_entry(account: str | None, title: str, value: int, *, kind: str = "meeting", with_names: str = "",
                  by_names: str = "", day: dt.date | str | None = None, trust: str = "", notes: str = "",
                  today: dt.date | None = None, internal: str | None = None) -> int:
    """Add a journal entry; returns its id.  ``with_names`` are their people,
    ``by_names`` ours, each separated by semicolons.  ``internal`` names an
    internal customer instead of an account: the entry goes to their ledger,
    with them."""
    if internal:
        ledger = internal_customers.ledger_of(internal)
        account_id, stakeholders = ledger.account_id, [ledger.stakeholder_id]
    else:
        if not account:
            raise v.ValidationError("account", "name the account (or an internal customer with --internal)")
        account_id = find_account(account).id
        stakeholders = []
    stakeholders += [people.find_stakeholder(account_id, n).id for n in split_names(with_names)
                     if not internal or n.casefold() != internal.casefold()]
    members = [people.find_member(n).id for n in split_names(by_names)]
    try:
        tags = parse_trust(trust or "")
    except ValueError as exc:
        raise v.ValidationError.refusing("trust", exc) from None
    entry = journal.add_entry(account=account_id, title=title, value=value, kind=kind,
                              day=day if day is not None else (today or dt.date.today()), trust=tags,
                              notes=notes or "", stakeholders=stakeholders, members=members)
    return entry.id


def capture_promise(account: str | None, to: str, due: dt.date | str, title: str, owner: str | None = None,
                    internal: bool = False) -> int:
    """Add an open promise to ``to`` (one of the account's people, or with
    ``internal`` the internal customer called ``to``); returns its id."""
    if internal:
        person_id = internal_customers.ledger_of(to).stakeholder_id
    else:
        person_id = people.find_stakeholder(find_account(account).id, to).id
    fields = {"stakeholder": person_id, "due": due, "description": title}
    if owner:
        fields["owner"] = people.find_member(owner).id
    return commitments.add_commitment(**fields).id
