"""Whether a Relapp file holds anything a user (or an import, or a
colleague) put in it: a row in any table but the two Relapp fills itself
when it creates the file (its schema version and the default health
questions) and the search index, which only mirrors other tables."""

from __future__ import annotations

from relapp.store.models import MODELS, HealthQuestion, SchemaVersion

FILLED_BY_RELAPP = (SchemaVersion, HealthQuestion)
USER_TABLES = tuple(model._meta.table_name for model in MODELS if model not in FILLED_BY_RELAPP)


def holds_user_rows(connection) -> bool:
    """``connection``: an open ``sqlite3`` connection to the file (a
    read-only one will do).  Tables an older schema lacks count as empty."""
    present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = [table for table in USER_TABLES if table in present]
    if not tables:
        return False
    any_row = " OR ".join(f'EXISTS (SELECT 1 FROM "{table}")' for table in tables)
    return connection.execute(f"SELECT {any_row}").fetchone()[0] == 1
