"""Writing contacts as vCard 4.0 (RFC 6350) with the vobject library."""

from __future__ import annotations

import vobject

from relapp.domain.interchange.records import ANNIVERSARY, BIRTHDAY, ContactRecord

PRODUCT_ID = "-//Relapp//Relapp contacts//EN"


def _split_name(name: str) -> tuple[str, str]:
    """(given, family) for the N property, which many address books need:
    the last word is taken as the family name."""
    words = name.split()
    if len(words) < 2:
        return name, ""
    return " ".join(words[:-1]), words[-1]


def vcard(record: ContactRecord) -> str:
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("prodid").value = PRODUCT_ID
    card.add("fn").value = record.name
    given, family = _split_name(record.name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if record.organisation or record.department:
        card.add("org").value = [record.organisation] + ([record.department] if record.department else [])
    if record.title:
        card.add("title").value = record.title
    for label, address in record.emails:
        line = card.add("email")
        line.value = address
        if label:
            line.type_param = label
    for label, number in record.phones:
        line = card.add("tel")
        line.value = number
        line.value_param = "text"
        if label:
            line.type_param = "cell" if label == "mobile" else label
    if record.notes:
        card.add("note").value = record.notes
    if record.tags:
        card.add("categories").value = list(record.tags)
    # vCard 4.0 has one BDAY and one ANNIVERSARY; a date without a year is
    # written --MMDD as RFC 6350 does.  Other key dates stay in Relapp.
    for label, prop in ((BIRTHDAY, "bday"), (ANNIVERSARY, "anniversary")):
        day = next((d for name, d in record.key_dates if name == label), None)
        if day is not None:
            card.add(prop).value = "--" + day[2:].replace("-", "") if day.startswith("--") else day
    return card.serialize()


def vcards(records: list[ContactRecord]) -> str:
    return "".join(vcard(record) for record in records)
