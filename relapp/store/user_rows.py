"""Whether a Relapp file holds anything a user (or an import, or a
colleague) put in it: a row in any table but its schema version, which
Relapp writes itself, and the search index, which only mirrors other
tables — or health questions other than the set Relapp writes into a new
file (a question the user reworded, added, moved or turned off is theirs)."""

from __future__ import annotations

from relapp.domain.health_questions import questions_of_a_new_file
from relapp.store.models import MODELS, HealthQuestion, SchemaVersion

FILLED_BY_RELAPP = (SchemaVersion, HealthQuestion)
USER_TABLES = tuple(model._meta.table_name for model in MODELS if model not in FILLED_BY_RELAPP)
QUESTIONS = HealthQuestion._meta.table_name


def holds_user_rows(connection) -> bool:
    """``connection``: an open ``sqlite3`` connection to the file (a
    read-only one will do).  Tables an older schema lacks count as empty."""
    present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if QUESTIONS in present and not _questions_as_relapp_wrote_them(connection):
        return True
    tables = [table for table in USER_TABLES if table in present]
    if not tables:
        return False
    any_row = " OR ".join(f'EXISTS (SELECT 1 FROM "{table}")' for table in tables)
    return connection.execute(f"SELECT {any_row}").fetchone()[0] == 1


def _questions_as_relapp_wrote_them(connection) -> bool:
    """Whether the health questions are exactly the set a new file starts
    with.  A file from before schema 7 (no audience, no internal set) is
    compared with the client set; one whose defaults an older Relapp
    worded otherwise counts as the user's: never built over by mistake."""
    columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{QUESTIONS}")')}
    audience = '"audience"' if "audience" in columns else "'client'"
    rows = connection.execute(f'SELECT "key", "text", "position", "active", {audience} FROM "{QUESTIONS}"').fetchall()
    expected = [(key, text, position, 1, kind) for key, text, position, kind in questions_of_a_new_file()
                if "audience" in columns or kind == "client"]
    return sorted(rows) == sorted(expected)
