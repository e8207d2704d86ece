"""Reading an import file: size limit, text encoding, format by content."""

from __future__ import annotations

import codecs
import json
import os
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from relapp.domain.interchange.csv_reader import looks_like_csv, read_csv
from relapp.domain.interchange.json_budget import MAX_JSON_MEMORY, json_memory_bound
from relapp.domain.interchange.problems import MAX_DUMP_BYTES, MAX_FILE_BYTES, RefusedFile
from relapp.domain.interchange.records import ContactRecord, ParsedContacts
from relapp.domain.interchange.text_decoding import decode
from relapp.domain.interchange.vcard_reader import looks_like_vcard, read_vcards
from relapp.services.interchange.full_dump import check_dump, looks_like_dump


@dataclass
class SourceFile:
    kind: str
    encoding: str
    contacts: ParsedContacts | None = None
    dump: dict | None = None


def read_bytes(path: Path) -> bytes:
    """The file's bytes, after refusing (before reading it whole) anything
    that is not a regular file or is over the largest size any format may
    have.  A file over the contact-file limit may still be a dump: parsing
    decides (``parse_source``)."""
    path = Path(path)
    try:
        found = path.stat()
    except FileNotFoundError:
        raise RefusedFile(f"{path} does not exist") from None
    except OSError as exc:  # "not a directory", "permission denied", a name too long...
        raise RefusedFile(f"{path} cannot be read: {exc.strerror or exc}") from None
    _check_regular(path, found)
    try:
        # Non-blocking: should a pipe take the file's place after the check,
        # opening it must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            opened = os.fstat(fh.fileno())
            _check_regular(path, opened)
            if opened.st_size > MAX_FILE_BYTES and not _opens_an_object(fh.read(4096)):
                # Only a dump may be this large, and a dump is a JSON object:
                # its first character settles it before the rest is read.
                raise RefusedFile(_too_big(opened.st_size))
            fh.seek(0)
            data = fh.read(MAX_DUMP_BYTES + 1)
    except OSError as exc:
        # Same contract as a file in no known format: one line, exit 2.
        raise RefusedFile(f"{path} cannot be read: {exc.strerror or exc}") from None
    if len(data) > MAX_DUMP_BYTES:  # grew while we looked
        raise RefusedFile(_too_big(len(data)))
    if not data.strip():
        raise RefusedFile("the file is empty")
    return data


def _check_regular(path: Path, found: os.stat_result) -> None:
    if stat.S_ISDIR(found.st_mode):
        raise RefusedFile(f"{path} is a folder, not a file")
    if not stat.S_ISREG(found.st_mode):
        # A pipe would make the import wait for a writer forever; a device never ends.
        raise RefusedFile(f"{path} is not a regular file (a pipe, socket or device); import a saved file")
    if found.st_size > MAX_DUMP_BYTES:
        raise RefusedFile(_too_big(found.st_size))


def _opens_an_object(start: bytes) -> bool:
    return start.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{")


def _too_big(size: int) -> str:
    return (f"the file is {size / 1024 / 1024:.1f} MB; files over {MAX_FILE_BYTES // 1024 // 1024} MB "
            f"are refused (a Relapp dump may have up to {MAX_DUMP_BYTES // 1024 // 1024} MB)")


def parse_source(data: bytes, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> SourceFile:
    text, encoding = decode(data)
    if len(data) > MAX_FILE_BYTES:
        # Only a dump may be this large: nothing else is tried.
        if not text.lstrip().startswith("{"):
            raise RefusedFile(_too_big(len(data)))
        return _parse_dump(data, text, encoding, too_big=True)
    if looks_like_vcard(text):
        contacts = read_vcards(text, progress, cancelled)
        return SourceFile(contacts.kind, encoding, contacts=contacts)
    if text.lstrip().startswith("{"):
        return _parse_dump(data, text, encoding)
    if looks_like_csv(text):
        contacts = read_csv(text, progress, cancelled)
        return SourceFile(contacts.kind, encoding, contacts=contacts)
    raise RefusedFile("the file is neither a vCard file, a CSV contact list nor a Relapp dump")


def _parse_dump(data: bytes, text: str, encoding: str, too_big: bool = False) -> SourceFile:
    if json_memory_bound(data, sys.getsizeof(text)) > MAX_JSON_MEMORY:
        raise RefusedFile(f"the JSON file would take more than {MAX_JSON_MEMORY // 1024 // 1024} MB "
                          "of memory to read; a Relapp dump of this size takes far less")
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
    if too_big and not looks_like_dump(document):
        raise RefusedFile(_too_big(len(data)))
    check_dump(document)
    return SourceFile("Relapp dump", encoding, dump=document)


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
