"""Reading vCard 2.1, 3.0 and 4.0 files with the vobject library.

vobject parses each card; this module first lays the file out the way
vobject expects: lines unfolded, quoted-printable soft line breaks of
vCard 2.1 joined (Outlook writes them, vobject does not read them) and
photos, logos, sounds and keys dropped (their base64 is often broken and
the product has no use for it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import vobject

from relapp.domain.interchange.problems import ImportCancelled, RefusedFile, check_field
from relapp.domain.interchange.records import (
    ANNIVERSARY, BIRTHDAY, ContactRecord, ParsedContacts, Refusal, full_name, one_style_of_newlines)
from relapp.domain.key_dates import parse_key_day
from relapp.domain.tag_colours import split_tags

SKIPPED_PROPERTIES = {"PHOTO", "LOGO", "SOUND", "KEY"}
_PROPERTY = re.compile(r"^(?:[A-Za-z0-9\-]+\.)?([A-Za-z0-9\-]+)")
# Type values that say nothing a user would call a label.
_NOT_LABELS = {"internet", "pref", "voice", "x400", "msg", "text", "uri", "x-internet"}
_LABEL_NAMES = {"cell": "mobile", "iphone": "mobile", "work": "work", "home": "home", "fax": "fax",
                "main": "main", "other": "other", "pager": "pager"}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")


def looks_like_vcard(text: str) -> bool:
    return text.lstrip()[:11].upper() == "BEGIN:VCARD"


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(first physical line number, unfolded line), without blank lines."""
    out: list[tuple[int, str]] = []
    soft_break = False
    for number, line in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if out and (soft_break or (line[:1] in (" ", "\t"))):
            start, previous = out[-1]
            if soft_break:
                out[-1] = (start, previous[:-1] + line)
            else:
                out[-1] = (start, previous + line[1:])
        elif line.strip():
            out.append((number, line))
        else:
            soft_break = False
            continue
        current = out[-1][1]
        head = current.split(":", 1)[0].upper()
        soft_break = current.endswith("=") and "QUOTED-PRINTABLE" in head
    return out


def split_cards(text: str) -> list[tuple[int, list[str]]]:
    """Each card as (line it starts on, its logical lines), binary
    properties removed; refuses text that is not a sequence of cards."""
    cards: list[tuple[int, list[str]]] = []
    current: list[str] | None = None
    start = depth = 0
    for number, line in _logical_lines(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            depth += 1
            if depth == 1:
                current, start = [], number
        elif current is None:
            raise RefusedFile(f"line {number} is outside any card: {line[:40]!r}")
        elif upper == "END:VCARD":
            depth -= 1
            if depth == 0:
                current.append(line.strip())
                cards.append((start, current))
                current = None
                continue
        if current is not None:
            name = _PROPERTY.match(line)
            if name and name.group(1).upper() in SKIPPED_PROPERTIES:
                continue
            current.append(line)
    if current is not None:
        raise RefusedFile(f"the file ends inside the card that starts on line {start}: it looks truncated")
    return cards


def _text(value) -> str:
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            value = value.decode("cp1252", errors="replace")
    if isinstance(value, (list, tuple)):
        value = " ".join(_text(v) for v in value if v)
    return str(value or "").strip()


def _label(line, group_labels: dict[str, str]) -> str:
    if line.group and line.group.lower() in group_labels:
        return group_labels[line.group.lower()]
    types: list[str] = []
    for value in line.params.get("TYPE", []):
        types.extend(value.split(","))
    types.extend(line.singletonparams)
    for raw in types:
        kind = raw.strip().strip('"').lower()
        if kind and kind not in _NOT_LABELS:
            return _LABEL_NAMES.get(kind, kind)
    return ""


def _record(card, source: str) -> ContactRecord:
    contents = card.contents
    group_labels = {}
    for line in contents.get("x-ablabel", []):
        if line.group:
            label = _text(line.value)
            apple = _APPLE_LABEL.match(label)
            group_labels[line.group.lower()] = (apple.group(1) if apple else label).lower()
    record = ContactRecord(source=source)
    if "fn" in contents:
        record.name = _text(contents["fn"][0].value)
    if not record.name and "n" in contents:
        n = contents["n"][0].value
        if isinstance(n, vobject.vcard.Name):
            record.name = full_name(_text(n.given), _text(n.additional), _text(n.family))
        else:
            record.name = _text(n)
    if "org" in contents:
        org = contents["org"][0].value
        # vCard 3.0 readers split units at commas too; a comma belongs to the name.
        parts = [", ".join(q.strip() for q in p if q.strip()) if isinstance(p, (list, tuple)) else _text(p)
                 for p in (org if isinstance(org, (list, tuple)) else str(org).split(";"))]
        record.organisation = parts[0] if parts else ""
        record.department = " / ".join(p for p in parts[1:] if p)
    if "title" in contents:
        record.title = _text(contents["title"][0].value)
    elif "role" in contents:
        record.title = _text(contents["role"][0].value)
    for line in contents.get("email", []):
        address = _text(line.value)
        if address:
            record.emails.append((_label(line, group_labels), address))
    for line in contents.get("tel", []):
        number = _text(line.value)
        if number.lower().startswith("tel:"):
            number = number[4:]
        if number:
            record.phones.append((_label(line, group_labels), number))
    record.notes = one_style_of_newlines(
        "\n".join(_text(line.value) for line in contents.get("note", []) if _text(line.value)))
    for line in contents.get("categories", []):
        values = line.value if isinstance(line.value, (list, tuple)) else [line.value]
        record.tags.extend(t for t in split_tags(",".join(_text(v) for v in values)) if t not in record.tags)
    record.key_dates = _key_dates(contents, group_labels)
    return record


# Where address books keep a date that matters, and what it is called here.
_DATE_PROPERTIES = (("bday", BIRTHDAY), ("anniversary", ANNIVERSARY), ("x-anniversary", ANNIVERSARY),
                    ("x-ms-anniversary", ANNIVERSARY), ("x-abdate", ""))


def _key_dates(contents, group_labels: dict[str, str]) -> list[tuple[str, str]]:
    """BDAY and ANNIVERSARY in every version's spelling (19800612,
    1980-06-12, --0612, a time after the day), Outlook's and Apple's own
    anniversary properties.  A date that cannot be read (vCard 4.0 allows
    text such as "circa 1800") is left out rather than refusing the card."""
    found: list[tuple[str, str]] = []
    for prop, label in _DATE_PROPERTIES:
        for line in contents.get(prop, []):
            if not label:  # Apple: itemN.X-ABDATE with its label beside it
                own = group_labels.get((line.group or "").lower(), "")
                label = own.title() if own else "Key date"
            try:
                day = parse_key_day(_text(line.value)).text()
            except ValueError:
                continue
            if (label, day) not in found:
                found.append((label, day))
    return found


def _is_organisation_card(card) -> bool:
    """Apple marks company cards with X-ABShowAs, vCard 4.0 with KIND."""
    show_as = card.contents.get("x-abshowas", [])
    kind = card.contents.get("kind", [])
    return (bool(show_as) and _text(show_as[0].value).upper() == "COMPANY") or \
        (bool(kind) and _text(kind[0].value).lower() == "org")


def read_vcards(text: str, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ParsedContacts:
    cards = split_cards(text)
    if not cards:
        raise RefusedFile("the file holds no vCard")
    parsed = ParsedContacts(kind="vCard")
    for index, (start, lines) in enumerate(cards, start=1):
        if cancelled is not None and index % 200 == 0 and cancelled():
            raise ImportCancelled()
        where = f"card {index} (line {start})"
        for line in lines:
            check_field(where, line.split(":", 1)[-1])
        try:
            card = vobject.readOne("\r\n".join(lines) + "\r\n")
        except Exception as exc:  # noqa: BLE001 - vobject raises many kinds; all mean "malformed"
            detail = next((text for text in str(exc).splitlines() if text.strip()), type(exc).__name__)
            # vobject quotes the whole line, which may be 100 KB long.
            if len(detail) > 120:
                detail = detail[:117] + "..."
            raise RefusedFile(f"{where} cannot be read: {detail}") from None
        if card.name.upper() != "VCARD":
            raise RefusedFile(f"{where} is not a vCard")
        record = _record(card, f"card {index}")
        if _is_organisation_card(card):
            parsed.refused.append(Refusal(record.source, record.name, "describes an organisation, not a person"))
        elif not record.name:
            parsed.refused.append(Refusal(record.source, record.emails[0][1] if record.emails else "",
                                          "has no name"))
        else:
            parsed.records.append(record)
        if progress is not None and index % 200 == 0:
            progress(index, len(cards))
    if progress is not None:
        progress(len(cards), len(cards))
    return parsed
