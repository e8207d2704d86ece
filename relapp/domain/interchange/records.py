"""The plain shape every contact format is read into and written from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ContactRecord:
    """One person as a file describes them.  ``source`` says where in the
    file (``card 3``, ``row 12``) so refusals can point at it."""

    source: str
    name: str = ""
    organisation: str = ""
    title: str = ""
    department: str = ""
    emails: list[tuple[str, str]] = field(default_factory=list)  # (label, address)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (label, number)
    notes: str = ""
    tags: list[str] = field(default_factory=list)  # vCard CATEGORIES, CSV groups and labels
    # (label, date as YYYY-MM-DD or --MM-DD): birthday, anniversary, …
    key_dates: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Refusal:
    source: str
    name: str
    reason: str


@dataclass
class ParsedContacts:
    """What a contact file holds: the records and the rows already refused
    while reading."""

    kind: str  # a short description of the format, e.g. "vCard", "LinkedIn CSV"
    records: list[ContactRecord] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


def one_style_of_newlines(text: str) -> str:
    """Notes keep their line breaks, written the same way whatever wrote them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def full_name(given: str, middle: str, family: str) -> str:
    return " ".join(part.strip() for part in (given, middle, family) if part and part.strip())


BIRTHDAY = "Birthday"
ANNIVERSARY = "Anniversary"
