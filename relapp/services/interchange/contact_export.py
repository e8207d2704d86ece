"""Contacts out of Relapp: vCard 4.0 or CSV, for all accounts or one."""

from __future__ import annotations

from peewee import fn

from relapp.domain.interchange.csv_reader import RELAPP_CSV_HEADER as CSV_HEADER
from relapp.domain.interchange.csv_writer import csv_text
from relapp.domain.interchange.records import ANNIVERSARY, BIRTHDAY, ContactRecord
from relapp.domain.interchange.vcard_writer import vcards
from relapp.services.key_dates import key_dates_by_person
from relapp.services.tags import tags_by_owner
from relapp.store.models import Account, ContactDetail, Stakeholder


def contact_records(account_id: int | None = None) -> list[ContactRecord]:
    """Everyone (or one account's people), by account then name."""
    query = (Stakeholder.select(Stakeholder, Account.name.alias("account_name")).join(Account)
             .order_by(fn.LOWER(Account.name), fn.LOWER(Stakeholder.name), Stakeholder.id))
    if account_id is not None:
        query = query.where(Stakeholder.account == account_id)
    people = list(query.objects())
    details: dict[int, list[tuple[str, str, str]]] = {}
    detail_query = ContactDetail.select().order_by(ContactDetail.id)
    if account_id is not None:
        detail_query = detail_query.join(Stakeholder).where(Stakeholder.account == account_id)
    for d in detail_query:
        details.setdefault(d.stakeholder_id, []).append((d.kind, d.label, d.value))
    tags = tags_by_owner("stakeholder")
    dates = key_dates_by_person()[0]
    records = []
    for person in people:
        record = ContactRecord(source=f"stakeholder {person.id}", name=person.name,
                               organisation=person.account_name, title=person.title,
                               department=person.department, notes=person.notes)
        if person.email:
            record.emails.append(("", person.email))
        if person.phone:
            record.phones.append(("", person.phone))
        for kind, label, value in details.get(person.id, []):
            (record.emails if kind == "email" else record.phones).append((label, value))
        record.tags = [t.name for t in tags.get(person.id, [])]
        record.key_dates = [(d.label, d.date) for d in dates.get(person.id, [])]
        records.append(record)
    return records


def contacts_vcard(account_id: int | None = None) -> str:
    return vcards(contact_records(account_id))


def _listed(items: list[tuple[str, str]]) -> str:
    return "; ".join(f"{value} ({label})" if label else value for label, value in items)


def contacts_csv(account_id: int | None = None) -> str:
    rows = []
    for r in contact_records(account_id):
        main_email, *other_emails = r.emails or [("", "")]
        main_phone, *other_phones = r.phones or [("", "")]
        dates = dict(r.key_dates)
        rows.append([r.name, r.organisation, r.title, r.department, main_email[1], main_phone[1],
                     _listed(other_emails), _listed(other_phones), r.notes, ", ".join(r.tags),
                     dates.get(BIRTHDAY, ""), dates.get(ANNIVERSARY, "")])
    return csv_text(list(CSV_HEADER), rows)
