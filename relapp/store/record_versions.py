"""Record versions and authors (schema 8), kept by the database itself.

Every update of a versioned record adds one to its ``version``, whatever
wrote it (a service, an import, raw SQL), so a save that names the version
it started from can tell that someone else changed the record since
(``update_if_unchanged``).  Only an update that sets the version itself
keeps the value it sets: undo putting a deleted record back as it was.  On SQLite a trigger does it after the update
(SQLite triggers cannot change the row being written); on PostgreSQL a
BEFORE trigger does it and also records which team member made the edit
(``edited_by``), and new records take their author from the login writing
them (``relapp_current_member()``, see store/team_access.py).  In a local
file authors and editors stay empty: there, everything is the user's.
"""

from __future__ import annotations

from relapp.store.dialect import is_postgres

VERSIONED = ("account", "stakeholder", "team_member", "entry", "commitment", "checkup")
AUTHORED = ("account", "entry", "commitment", "checkup")


def sqlite_statements() -> list[str]:
    """The version triggers of a local file (a new file; migration 8 runs the same)."""
    return [
        f'CREATE TRIGGER IF NOT EXISTS "{table}_version" AFTER UPDATE ON "{table}" '
        f'WHEN NEW."version" = OLD."version" '
        f'BEGIN UPDATE "{table}" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END'
        for table in VERSIONED
    ]


def postgres_statements() -> list[str]:
    """The same on PostgreSQL, plus editors and authors from the login."""
    statements = [
        # Which team member the connected login is (none for the administrator
        # who owns the tables and for logins nobody linked yet).
        'CREATE OR REPLACE FUNCTION relapp_current_member() RETURNS integer LANGUAGE sql STABLE '
        'AS $$ SELECT member_id FROM team_login WHERE login = current_user $$',
        'CREATE OR REPLACE FUNCTION relapp_record_edit() RETURNS trigger LANGUAGE plpgsql AS $$ '
        'BEGIN IF NEW.version = OLD.version THEN NEW.version := OLD.version + 1; '
        'NEW.edited_by_id := relapp_current_member(); END IF; RETURN NEW; END $$',
    ]
    for table in VERSIONED:
        statements += [
            f'DROP TRIGGER IF EXISTS "{table}_version" ON "{table}"',
            f'CREATE TRIGGER "{table}_version" BEFORE UPDATE ON "{table}" '
            f'FOR EACH ROW EXECUTE FUNCTION relapp_record_edit()',
        ]
    statements += [f'ALTER TABLE "{table}" ALTER COLUMN "author_id" SET DEFAULT relapp_current_member()'
                   for table in AUTHORED]
    return statements


def create_statements(db) -> list[str]:
    return postgres_statements() if is_postgres(db) else sqlite_statements()


class RecordChanged(Exception):
    """The record was changed (or deleted) by someone else since it was read."""


def update_if_unchanged(model, record_id: int, version: int, fields: dict) -> int:
    """Update ``fields`` of one record only if its version is still
    ``version``; returns the new version.  Raises ``RecordChanged`` when it
    moved on (nothing is written), ``model.DoesNotExist`` when it is gone."""
    query = model.update(**fields).where((model.id == record_id) & (model.version == version))
    if query.execute() == 1:
        return version + 1
    if not model.select().where(model.id == record_id).exists():
        raise model.DoesNotExist(f"{model.__name__} {record_id} no longer exists")
    raise RecordChanged(f"{model.__name__} {record_id} changed since version {version}")
