"""The data as a user would see it, read the same way from either engine."""

from __future__ import annotations

import hashlib


def table_contents() -> dict[str, list[tuple]]:
    """Every row of every table of the models, values as SQLite holds them, sorted."""
    from relapp.store.binding import bound_database
    from relapp.store.models import MODELS
    from relapp.store.rows import plain

    out = {}
    for model in MODELS:
        columns = ", ".join(f'"{f.column_name}"' for f in model._meta.sorted_fields)
        rows = bound_database().execute_sql(f'SELECT {columns} FROM "{model._meta.table_name}"').fetchall()
        out[model._meta.table_name] = sorted((tuple(plain(v) for v in row) for row in rows), key=repr)
    return out


def fingerprint() -> str:
    """A digest of ``table_contents``."""
    return hashlib.sha256(repr(sorted(table_contents().items())).encode("utf-8", "surrogatepass")).hexdigest()
