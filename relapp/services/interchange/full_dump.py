"""Everything as one JSON document, and back.

The dump holds every table row by row, exactly as stored, so a dump read
into an empty data directory gives back the same data, and exporting it
again gives the same file apart from the export time.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable

from relapp import __version__
from relapp.domain.interchange.problems import ImportCancelled, RefusedFile, check_field, shown
from relapp.services import validation as v
from relapp.services.interchange.dump_rules import row_problem
from relapp.services.storage_errors import storage_problem
from relapp.store import fts
from relapp.store.migrations import CURRENT_VERSION
from relapp.store.rows import insert_rows, plain
from relapp.store.binding import bound_database
from relapp.store.models import MODELS, HealthQuestion, SchemaVersion, Setting, TeamLogin

FORMAT = "relapp-dump"
FORMAT_VERSION = 1
# A team database's logins belong to its server, not to the data: a dump
# taken from one restores into a local folder that has none.
DUMPED_MODELS = [m for m in MODELS if m not in (SchemaVersion, TeamLogin)]
# Rows a new data directory starts with; a restore replaces them.
SEEDED_MODELS = (HealthQuestion, Setting)


def _columns(model) -> list[str]:
    return [f.column_name for f in model._meta.sorted_fields]


def _order(model) -> str:
    pk = model._meta.primary_key
    fields = pk.field_names if hasattr(pk, "field_names") else [pk.name]
    return ", ".join(f'"{model._meta.fields[name].column_name}"' for name in fields)


def dump_data(now: dt.datetime | None = None) -> dict:
    db = bound_database()
    tables = {}
    for model in DUMPED_MODELS:
        cols = _columns(model)
        quoted = ", ".join(f'"{c}"' for c in cols)
        rows = db.execute_sql(f'SELECT {quoted} FROM "{model._meta.table_name}" ORDER BY {_order(model)}')
        tables[model._meta.table_name] = {"columns": cols, "rows": [[plain(v) for v in row] for row in rows]}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": CURRENT_VERSION,
        "app_version": __version__,
        "exported_at": (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0).isoformat(),
        "tables": tables,
    }


def dump_json(now: dt.datetime | None = None) -> bytes:
    """The dump as UTF-8 JSON with one table row per line: compact enough
    for large data sets, and still readable and comparable line by line."""
    data = dump_data(now)
    tables = data.pop("tables")
    head = json.dumps(data, ensure_ascii=False, indent=1)[:-2]  # without the closing "\n}"
    parts = [head, ',\n "tables": {']
    for index, (name, table) in enumerate(tables.items()):
        parts.append(f'{"," if index else ""}\n  {json.dumps(name)}: {{"columns": '
                     f'{json.dumps(table["columns"], ensure_ascii=False)}, "rows": [')
        parts.append(",".join("\n   " + json.dumps(row, ensure_ascii=False, separators=(",", ":"))
                              for row in table["rows"]))
        parts.append("\n  ]}" if table["rows"] else "]}")
    parts.append("\n }\n}\n")
    return "".join(parts).encode("utf-8")


def looks_like_dump(data) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def check_dump(data) -> None:
    """Refuse a dump this version cannot restore exactly."""
    if not looks_like_dump(data):
        raise RefusedFile("the JSON file is not a Relapp dump")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise RefusedFile(f"the dump has format version {shown(version)}; this Relapp reads version {FORMAT_VERSION}")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise RefusedFile("the dump has no tables")
    known = {m._meta.table_name: m for m in DUMPED_MODELS}
    for name, table in tables.items():
        if name not in known:
            raise RefusedFile(f"the dump has a table this Relapp does not know: {shown(name)}")
        if not isinstance(table, dict) or not isinstance(table.get("columns"), list) \
                or not isinstance(table.get("rows"), list):
            raise RefusedFile(f"table {name!r} of the dump is malformed")
        fields = {f.column_name: f for f in known[name]._meta.sorted_fields}
        columns = table["columns"]
        for column in columns:
            if not isinstance(column, str) or column not in fields:
                raise RefusedFile(f"table {name!r} of the dump has an unknown column {shown(column)}")
        if len(set(columns)) != len(columns):
            raise RefusedFile(f"table {name!r} of the dump names a column twice")
        for index, row in enumerate(table["rows"], start=1):
            if not isinstance(row, list) or len(row) != len(columns):
                raise RefusedFile(f"row {index} of table {name!r} does not have {len(columns)} values")
            for column, value in zip(columns, row):
                if isinstance(value, str):
                    check_field(f"row {index} of table {name!r}", value)
                    if "\x00" in value:
                        raise RefusedFile(f"row {index} of table {name!r} contains a NUL character")
                problem = _value_problem(fields[column], value)
                if problem is not None:
                    raise RefusedFile(f"row {index} of table {name!r}: {column} {problem}")
            problem = row_problem(name, dict(zip(columns, row)))
            if problem is not None:
                raise RefusedFile(f"row {index} of table {name!r}: {problem}")


_SQLITE_INTEGERS = range(-2**63, 2**63)


def _value_problem(field, value) -> str | None:
    """Why ``value`` cannot be stored in ``field`` as it is, or None.

    SQLite would take almost anything and quietly turn it into something
    else ("5" into 5, null into a new id, NaN into null, 1.5 kept in a
    whole-number column that the program then reads as a number of days).
    A restore gives back exactly what the dump holds, so each value must
    already be of the column's type, as Relapp's own dumps always are."""
    if value is None:
        return None if field.null else "must not be empty (null)"
    kind = field.field_type
    if kind in ("INT", "AUTO", "BOOL"):
        ok = isinstance(value, int) and not isinstance(value, bool) and value in _SQLITE_INTEGERS
        return None if ok else f"must be a whole number, not {shown(value)}"
    if kind == "FLOAT":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) \
            and abs(value) < 2**63
        return None if ok else f"must be a finite number, not {shown(value)}"
    if not isinstance(value, str):
        return f"must be text, not {shown(value)}"
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        return "holds text that is not valid Unicode (a lone surrogate)"
    if kind == "DATE":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return f"must be a date like 2026-06-15, not {shown(value)}"
    elif kind == "DATETIME":
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            return f"must be a date and time like 2026-06-15 09:30:00, not {shown(value)}"
    return None



def data_is_empty() -> bool:
    """Whether the open data directory holds nothing the user entered."""
    return not any(model.select().exists() for model in DUMPED_MODELS if model not in SEEDED_MODELS)


def restore_dump(data: dict, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> int:
    """Write the dump into the empty data directory, in one transaction;
    returns the number of stakeholders restored."""
    check_dump(data)
    db = bound_database()
    tables = data["tables"]
    total = len(DUMPED_MODELS)
    try:
        # IMMEDIATE (through v.transaction): a second import at the same
        # moment waits, then finds the data no longer empty.
        with v.transaction(), fts.bulk_load(db):
            if not data_is_empty():
                raise RefusedFile("a full dump is restored only into an empty data directory")
            # Rows may point at rows inserted later (reports-to); check at commit.
            db.execute_sql("PRAGMA defer_foreign_keys = ON")
            for model in SEEDED_MODELS:
                model.delete().execute()
            for step, model in enumerate(DUMPED_MODELS, start=1):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                table = tables.get(model._meta.table_name)
                if table and table["rows"]:
                    insert_rows(db, model._meta.table_name, table["columns"], table["rows"])
                if progress is not None:
                    progress(step, total)
    except (RefusedFile, ImportCancelled):
        raise
    except Exception as exc:  # noqa: BLE001 - a constraint the dump breaks; nothing was written
        if storage_problem(exc):
            raise  # the disk, not the file: told as such
        raise RefusedFile(f"the dump cannot be restored: {exc}") from None
    return len(tables.get("stakeholder", {}).get("rows", []))
