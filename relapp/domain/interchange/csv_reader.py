"""Reading contact lists saved as CSV by LinkedIn, Google, Outlook and
Relapp itself.

Columns are recognised by their header, whatever their order; the header
need not be the first line (LinkedIn puts notes above it).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from relapp.domain.interchange.problems import MAX_FILE_BYTES, ImportCancelled, RefusedFile, check_field
from relapp.domain.interchange.records import (
    ANNIVERSARY, BIRTHDAY, ContactRecord, ParsedContacts, Refusal, full_name, one_style_of_newlines)
from relapp.domain.key_dates import parse_spreadsheet_day
from relapp.domain.interchange.spreadsheet_safety import looks_like_formula, restore

HEADER_SEARCH_ROWS = 30
_NAME = {"name", "fullname", "displayname"}
_GIVEN = {"firstname", "givenname"}
_MIDDLE = {"middlename", "additionalname"}
_FAMILY = {"lastname", "familyname", "surname"}
_ORG = {"company", "companyname", "organization", "organisation", "organizationname", "organization1name",
        "account"}
_TITLE = {"position", "jobtitle", "organizationtitle", "organization1title", "role"}
_DEPT = {"department", "organizationdepartment", "organization1department"}
_NOTES = {"notes", "note"}
# Fields read from one column each, in the order their headers are tried.
_SINGLE_FIELDS = (("name", _NAME), ("given", _GIVEN), ("middle", _MIDDLE), ("family", _FAMILY), ("org", _ORG),
                  ("title", _TITLE), ("dept", _DEPT), ("notes", _NOTES))
_EMAIL = re.compile(r"^e?mail(\d*)(address|value)?$")
_EMAIL_LABEL = re.compile(r"^e?mail(\d*)(label|type)$")
_PHONE = re.compile(r"^([a-z]*?)phone(\d*)(value)?$")
_PHONE_LABEL = re.compile(r"^phone(\d*)(label|type)$")
_LIST_ITEM = re.compile(r"^(.*?)\s*\(([^()]*)\)$")
_PHONE_PREFIX_LABELS = {"business": "work", "companymain": "work", "primary": "main", "home": "home",
                        "mobile": "mobile", "other": "other", "car": "car", "assistants": "assistant",
                        "radio": "radio", "": ""}
_NOT_LABELS = {"smtp", "ex", "internet"}
_DATES = {"birthday": BIRTHDAY, "anniversary": ANNIVERSARY}
_EVENT = re.compile(r"^event(\d+)(value|label|type)$")  # Google: Event 1 - Label / Value
_TAGS = {"groupmembership", "labels", "categories", "tags"}  # Google's groups and labels, Outlook's categories
RELAPP_CSV_HEADER = ("Name", "Account", "Title", "Department", "Email", "Phone", "Other emails", "Other phones",
                     "Notes", "Tags", "Birthday", "Anniversary")
# What Relapp wrote before tags and key dates (schema 7): still read as Relapp's own.
RELAPP_CSV_HEADER_BEFORE_TAGS = RELAPP_CSV_HEADER[:9]


def _norm(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.casefold())


@dataclass
class _Columns:
    kind: str
    name: int | None = None
    given: int | None = None
    middle: int | None = None
    family: int | None = None
    org: int | None = None
    title: int | None = None
    dept: int | None = None
    notes: int | None = None
    emails: list[tuple[int, int | None, str]] = field(default_factory=list)  # value, label column, label
    phones: list[tuple[int, int | None, str]] = field(default_factory=list)
    lists: list[tuple[int, str]] = field(default_factory=list)  # Relapp's "Other emails/phones"
    dates: list[tuple[int, int | None, str]] = field(default_factory=list)  # value, label column, label
    tags: list[int] = field(default_factory=list)


def _columns(header: list[str]) -> _Columns | None:
    names = [_norm(h) for h in header]
    if not (set(names) & (_NAME | _GIVEN | _FAMILY)):
        return None
    if "connectedon" in names:
        kind = "LinkedIn CSV"
    elif "email1value" in names or "organizationname" in names or "organization1name" in names:
        kind = "Google CSV"
    elif "jobtitle" in names and "emailaddress" in names:
        kind = "Outlook CSV"
    elif tuple(h.strip() for h in header) in (RELAPP_CSV_HEADER, RELAPP_CSV_HEADER_BEFORE_TAGS):
        kind = "Relapp CSV"
    else:
        kind = "CSV"
    cols = _Columns(kind)
    email_labels = {m.group(1) or "1": i for i, n in enumerate(names) if (m := _EMAIL_LABEL.match(n))}
    phone_labels = {m.group(1) or "1": i for i, n in enumerate(names) if (m := _PHONE_LABEL.match(n))}
    event_labels = {m.group(1): i for i, n in enumerate(names) if (m := _EVENT.match(n)) and m.group(2) != "value"}
    for i, n in enumerate(names):
        # The first column under each header name wins.
        field = next((f for f, aliases in _SINGLE_FIELDS if n in aliases and getattr(cols, f) is None), None)
        if field is not None:
            setattr(cols, field, i)
        elif n in _DATES:
            cols.dates.append((i, None, _DATES[n]))
        elif (m := _EVENT.match(n)) and m.group(2) == "value":
            cols.dates.append((i, event_labels.get(m.group(1)), "Key date"))
        elif n in _TAGS:
            cols.tags.append(i)
        elif n == "otheremails":
            cols.lists.append((i, "email"))
        elif n == "otherphones":
            cols.lists.append((i, "phone"))
        elif m := _EMAIL.match(n):
            cols.emails.append((i, email_labels.get(m.group(1) or "1"), ""))
        elif (m := _PHONE.match(n)) and m.group(1) in _PHONE_PREFIX_LABELS:
            label_col = phone_labels.get(m.group(2) or "1") if not m.group(1) else None
            cols.phones.append((i, label_col, _PHONE_PREFIX_LABELS[m.group(1)]))
    # Outlook's "Title" is Mr/Ms; a job title column only when nothing better exists.
    if cols.title is None and "title" in names and kind != "Outlook CSV":
        cols.title = names.index("title")
    return cols


def _find_header(rows: list[list[str]]) -> tuple[int, list[str], _Columns] | None:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cols = _columns(row)
        if cols is not None:
            return index, row, cols
    return None


def _rows(text: str, delimiter: str) -> list[list[str]]:
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise RefusedFile(f"the CSV file is malformed: {exc}") from None


def looks_like_csv(text: str) -> bool:
    head = text[:20_000]
    for delimiter in (",", ";", "\t"):
        try:
            rows = list(csv.reader(io.StringIO(head, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        if _find_header(rows) is not None:
            return True
    return False


def _label(row: list[str], column: int | None, default: str) -> str:
    if column is None or column >= len(row):
        return default
    label = row[column].strip().lstrip("*").strip().lower().split(":::")[0].strip()
    # Outlook's "E-mail Type" names the mail system, not a label.
    return default if label in _NOT_LABELS else label or default


def _cell(row: list[str], column: int | None) -> str:
    if column is None or column >= len(row):
        return ""
    return restore(row[column].strip())


def _formula_reason(row: list[str], header: list[str], cols: _Columns) -> str | None:
    """A cell of the file a spreadsheet would run.  Cells neutralised with
    a leading apostrophe (as Relapp exports them) are plain text."""
    strict = [cols.name, cols.given, cols.middle, cols.family, cols.org, cols.title, cols.dept,
              *(c for c, _l, _d in cols.phones), *(c for c, _l, _d in cols.emails)]
    loose = [cols.notes, *(c for c, _k in cols.lists)]
    for columns, is_strict in ((strict, True), (loose, False)):
        for column in columns:
            if column is not None and column < len(row) and looks_like_formula(row[column].strip(), strict=is_strict):
                return f"{header[column].strip()}: {row[column].strip()[:40]!r} looks like a spreadsheet formula"
    return None


def read_csv(text: str, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> ParsedContacts:
    found = None
    for delimiter in (",", ";", "\t"):
        rows = _rows(text, delimiter)
        found = _find_header(rows)
        if found is not None:
            break
    if found is None:
        raise RefusedFile("no header row with a name column (such as 'First Name' or 'Name') was found")
    header_index, header, cols = found
    parsed = ParsedContacts(kind=cols.kind)
    body = rows[header_index + 1:]
    total = len(body)
    for offset, row in enumerate(body):
        line = header_index + offset + 2  # 1-based, counting the header
        if cancelled is not None and offset % 500 == 0 and cancelled():
            raise ImportCancelled()
        if progress is not None and offset % 500 == 0:
            progress(offset, total)
        if not any(cell.strip() for cell in row):
            continue
        source = f"row {line}"
        for cell in row:
            check_field(source, cell)
        name = _cell(row, cols.name) or full_name(_cell(row, cols.given), _cell(row, cols.middle),
                                                   _cell(row, cols.family))
        if len(row) > len(header) and any(c.strip() for c in row[len(header):]):
            parsed.refused.append(Refusal(source, name, f"has {len(row)} cells but the header has {len(header)}"))
            continue
        formula = _formula_reason(row, header, cols)
        if formula is not None:
            parsed.refused.append(Refusal(source, name, formula))
            continue
        record = ContactRecord(source=source, name=name, organisation=_cell(row, cols.org),
                               title=_cell(row, cols.title), department=_cell(row, cols.dept),
                               notes=one_style_of_newlines(_cell(row, cols.notes)))
        for column, label_col, default in cols.emails:
            for value in _cell(row, column).split(":::"):
                if value.strip():
                    record.emails.append((_label(row, label_col, default), value.strip()))
        for column, label_col, default in cols.phones:
            for value in _cell(row, column).split(":::"):
                if value.strip():
                    record.phones.append((_label(row, label_col, default), value.strip()))
        for column, kind in cols.lists:
            for item in _cell(row, column).split(";"):
                item = item.strip()
                if not item:
                    continue
                match = _LIST_ITEM.match(item)
                value, label = (match.group(1), match.group(2)) if match else (item, "")
                (record.emails if kind == "email" else record.phones).append((label.strip(), restore(value)))
        for column in cols.tags:
            for tag in re.split(r":::|;|,", _cell(row, column)):
                tag = " ".join(tag.split())
                # Google's own groups ("* myContacts", "* starred") are not the user's labels.
                if tag and not tag.startswith("*") and tag.casefold() not in (t.casefold() for t in record.tags):
                    record.tags.append(tag)
        for column, label_col, default in cols.dates:
            try:
                day = parse_spreadsheet_day(_cell(row, column))
            except ValueError:
                day = None  # an unreadable date is left out, the person still comes in
            if day is not None:
                label = _cell(row, label_col).strip().title() if label_col is not None else ""
                record.key_dates.append((label or default, day.text()))
        if not record.name:
            parsed.refused.append(Refusal(source, record.emails[0][1] if record.emails else "", "has no name"))
            continue
        parsed.records.append(record)
    if progress is not None:
        progress(total, total)
    return parsed
