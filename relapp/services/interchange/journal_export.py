"""The journal as CSV, oldest entry first."""

from __future__ import annotations

from relapp.domain.interchange.csv_writer import csv_text
from relapp.domain.vocabulary import trust_tags
from relapp.store.models import Account, Entry, EntryMember, EntryStakeholder, Stakeholder, TeamMember

HEADER = ["Date", "Account", "Kind", "Value", "Title", "Their people", "Our people", "Trust", "Notes"]


def journal_csv(account_id: int | None = None) -> str:
    query = (Entry.select(Entry, Account.name.alias("account_name")).join(Account)
             .order_by(Entry.day, Entry.id))
    if account_id is not None:
        query = query.where(Entry.account == account_id)
    entries = list(query.objects())
    theirs: dict[int, list[str]] = {}
    ours: dict[int, list[str]] = {}
    links = EntryStakeholder.select(EntryStakeholder.entry, Stakeholder.name).join(Stakeholder)
    members = EntryMember.select(EntryMember.entry, TeamMember.name).join(TeamMember)
    if account_id is not None:
        links = links.where(Stakeholder.account == account_id)
        members = members.join_from(EntryMember, Entry).where(Entry.account == account_id)
    for entry_id, name in links.order_by(Stakeholder.name).tuples():
        theirs.setdefault(entry_id, []).append(name)
    for entry_id, name in members.order_by(TeamMember.name).tuples():
        ours.setdefault(entry_id, []).append(name)
    rows = ([e.day, e.account_name, e.kind, e.value, e.title, "; ".join(theirs.get(e.id, [])),
             "; ".join(ours.get(e.id, [])), " ".join(trust_tags(e.trust)), e.notes] for e in entries)
    return csv_text(HEADER, rows)
