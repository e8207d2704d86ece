"""Capture from outside the window: an entry or a promise named in words
(account, people, team members by name), as a script or a desktop
shortcut writes them.  Names that match nobody are refused with a hint."""

from __future__ import annotations

import datetime as dt

from relapp.domain.vocabulary import parse_trust
from relapp.services import commitments, journal, people
from relapp.services import validation as v
from relapp.services.accounts import find_account


def split_names(text: str | None) -> list[str]:
    """``"Ana Ruiz; Bo Lind"`` → the names, blanks dropped."""
    return [n.strip() for n in (text or "").split(";") if n.strip()]


def capture_entry(account: str, title: str, value: int, *, kind: str = "meeting", with_names: str = "",
                  by_names: str = "", day: dt.date | str | None = None, trust: str = "", notes: str = "",
                  today: dt.date | None = None) -> int:
    """Add a journal entry; returns its id.  ``with_names`` are their people,
    ``by_names`` ours, each separated by semicolons."""
    account_id = find_account(account).id
    stakeholders = [people.find_stakeholder(account_id, n).id for n in split_names(with_names)]
    members = [people.find_member(n).id for n in split_names(by_names)]
    try:
        tags = parse_trust(trust or "")
    except ValueError as exc:
        raise v.ValidationError("trust", str(exc)) from None
    entry = journal.add_entry(account=account_id, title=title, value=value, kind=kind,
                              day=day if day is not None else (today or dt.date.today()), trust=tags,
                              notes=notes or "", stakeholders=stakeholders, members=members)
    return entry.id


def capture_promise(account: str, to: str, due: dt.date | str, title: str, owner: str | None = None) -> int:
    """Add an open promise to ``to`` (one of the account's people); returns its id."""
    account_id = find_account(account).id
    person = people.find_stakeholder(account_id, to)
    fields = {"stakeholder": person.id, "due": due, "description": title}
    if owner:
        fields["owner"] = people.find_member(owner).id
    return commitments.add_commitment(**fields).id
