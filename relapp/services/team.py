"""Moving data into a team database: ``push`` copies a local Relapp
database into an empty one.  (Out again is the full dump: ``export all``.)"""

from __future__ import annotations

import tempfile
from pathlib import Path

from relapp.services.interchange.full_dump import dump_data, data_is_empty, restore_dump
from relapp.services.session import OpenData
from relapp.services.validation import ValidationError
from relapp.store.backup import copy_database
from relapp.store.database import close_db, init_db
from relapp.store.location import DB_FILENAME, db_path


def local_database(source: Path) -> Path:
    """The database file ``source`` names: the file itself or a data folder's."""
    source = Path(source)
    path = db_path(source) if source.is_dir() else source
    if not path.is_file():
        raise ValidationError("source", "{source} holds no Relapp database (no {file})", source=source, file=DB_FILENAME)
    return path


def read_local(source: Path) -> dict:
    """The full dump of the local database at ``source``, read from a
    private copy so the original is never changed (not even upgraded)."""
    path = local_database(source)
    with tempfile.TemporaryDirectory(prefix="relapp-push-") as tmp:
        copy = copy_database(path, Path(tmp) / DB_FILENAME)
        db = init_db(copy, check=True)
        try:
            return dump_data()
        finally:
            close_db(db)


def push(data: dict, target: OpenData) -> dict[str, int]:
    """Copy ``data`` (the local database as ``read_local`` read it) into
    ``target``, an empty team database open now, in one transaction;
    returns the rows written per table.  A team database that already holds
    data is refused, nothing changed."""
    if not target.team:
        raise ValidationError("database", "push copies into a team database, not a data folder")
    if not data_is_empty():
        raise ValidationError("team database", "already holds data: push copies into an empty one only; "
                                               "nothing was changed")
    restore_dump(data)
    return {name: len(table["rows"]) for name, table in data["tables"].items()}
