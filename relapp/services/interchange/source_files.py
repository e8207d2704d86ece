"""Reading an import file: size limit, text encoding, format by content."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from relapp.domain.interchange.csv_reader import looks_like_csv, read_csv
from relapp.domain.interchange.problems import DUMP_SIGNATURE, MAX_DUMP_BYTES, MAX_FILE_BYTES, RefusedFile
from relapp.domain.interchange.records import ContactRecord, ParsedContacts
from relapp.domain.interchange.text_decoding import decode
from relapp.domain.interchange.vcard_reader import looks_like_vcard, read_vcards
from relapp.services.interchange.full_dump import check_dump


@dataclass
class SourceFile:
    kind: str
    encoding: str
    contacts: ParsedContacts | None = None
    dump: dict | None = None


def read_bytes(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise RefusedFile(f"{path} does not exist") from None
    except OSError as exc:  # "not a directory", "permission denied", a name too long...
        raise RefusedFile(f"{path} cannot be read: {exc.strerror or exc}") from None
    if path.is_dir():
        raise RefusedFile(f"{path} is a folder, not a file")
    limit = MAX_FILE_BYTES
    try:
        with open(path, "rb") as fh:
            if size > MAX_FILE_BYTES and DUMP_SIGNATURE in fh.read(200):
                limit = MAX_DUMP_BYTES
            if size > limit:
                raise RefusedFile(f"the file is {size / 1024 / 1024:.1f} MB; files over "
                                  f"{limit // 1024 // 1024} MB are refused")
            fh.seek(0)
            data = fh.read(limit + 1)
    except OSError as exc:
        # Same contract as a file in no known format: one line, exit 2.
        raise RefusedFile(f"{path} cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:  # grew while we looked
        raise RefusedFile(f"files over {limit // 1024 // 1024} MB are refused")
    if not data.strip():
        raise RefusedFile("the file is empty")
    return data


def parse_source(data: bytes, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> SourceFile:
    text, encoding = decode(data)
    if looks_like_vcard(text):
        contacts = read_vcards(text, progress, cancelled)
        return SourceFile(contacts.kind, encoding, contacts=contacts)
    if text.lstrip().startswith("{"):
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RefusedFile(f"the JSON file is malformed (line {exc.lineno}): {exc.msg}") from None
        except RecursionError:
            # Thousands of nested brackets: no dump is nested deeper than four.
            raise RefusedFile("the JSON file is nested too deeply to be a Relapp dump") from None
        except ValueError:
            # Python refuses to read integers of more than 4300 digits (a
            # guard against slow conversions); no dump holds one.
            raise RefusedFile("the JSON file holds a number too long to be read") from None
        check_dump(document)
        return SourceFile("Relapp dump", encoding, dump=document)
    if looks_like_csv(text):
        contacts = read_csv(text, progress, cancelled)
        return SourceFile(contacts.kind, encoding, contacts=contacts)
    raise RefusedFile("the file is neither a vCard file, a CSV contact list nor a Relapp dump")


def read_source(path: Path, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> SourceFile:
    return parse_source(read_bytes(path), progress, cancelled)


def dump_contacts(dump: dict) -> ParsedContacts:
    """The people of a dump as contact records, for merging a dump into a
    data directory that already holds data."""
    def rows(name):
        table = dump["tables"].get(name) or {"columns": [], "rows": []}
        return [dict(zip(table["columns"], row)) for row in table["rows"]]

    accounts = {row.get("id"): row.get("name") or "" for row in rows("account")}
    details: dict[object, list[dict]] = {}
    for row in rows("contact_detail"):
        details.setdefault(row.get("stakeholder_id"), []).append(row)
    parsed = ParsedContacts(kind="Relapp dump")
    for index, row in enumerate(rows("stakeholder"), start=1):
        def text(key):
            value = row.get(key)
            return value if isinstance(value, str) else ""
        record = ContactRecord(source=f"stakeholder {index}", name=text("name"),
                               organisation=accounts.get(row.get("account_id"), ""), title=text("title"),
                               department=text("department"), notes=text("notes"))
        if text("email"):
            record.emails.append(("", text("email")))
        if text("phone"):
            record.phones.append(("", text("phone")))
        for detail in details.get(row.get("id"), []):
            target = record.emails if detail.get("kind") == "email" else record.phones
            target.append((str(detail.get("label") or ""), str(detail.get("value") or "")))
        parsed.records.append(record)
    return parsed
