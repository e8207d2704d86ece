"""Backups of the user's data: made now, made automatically, listed, thinned
and restored.

A regular backup lives in the data directory's ``backups`` folder.  Every
copy is verified (SQLite's full integrity check) before older ones are
thinned, so a bad copy can never push out a good one.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from relapp.domain.backup_retention import backup_is_due, backups_to_keep
from relapp.services.files import check_target
from relapp.store.backup import (
    THINNED_KINDS, BackupFile, as_utc, copy_database, free_name, integrity_problem, list_backup_files, remove_partials,
)
from relapp.store.data_lock import writing_alone
from relapp.store.database import read_schema_version, staged_restore_path
from relapp.store.encryption import database_errors
from relapp.store.errors import CorruptDatabaseError, NewerSchemaError, StoreError
from relapp.store.location import (
    backups_dir, db_path, ensure_private_dir, make_private, tighten_data_dir,
)
from relapp.store.migrations import CURRENT_VERSION
from relapp.store.binding import refuse_while_open
from relapp.store.read_only import data_read_only


log = logging.getLogger(__name__)


class BackupUnusableError(StoreError):
    """A file offered for restore that cannot be used; nothing was changed."""


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept: Path | None  # where the database it replaced now is (None: there was none)
    kept_damaged: bool  # True when it could not be copied and was moved aside as it was


def list_backups(data_dir: Path) -> list[BackupFile]:
    """Every backup in the data directory, newest first."""
    return list_backup_files(backups_dir(data_dir))


def backup_now(data_dir: Path, dest: Path | None = None, kind: str = "manual",
               now: dt.datetime | None = None) -> Path:
    """A verified copy of the database: at ``dest`` if given, else in the
    backups folder (then older backups are thinned)."""
    source = db_path(data_dir)
    if not source.exists():
        raise StoreError(f"there is no database in {data_dir} to back up")
    if dest is not None:
        dest = Path(dest).expanduser()
        if dest.is_dir():
            dest = free_name(dest, "relapp", now)
        # Replacing a file the user chose is what -o asks for; Relapp's own
        # data (the database, its companions, the backups folder) never.
        return copy_database(source, check_target(dest, data_dir, replace=True))
    path = copy_database(source, free_name(backups_dir(data_dir), kind, now))
    removed = thin_backups(data_dir, keep=path)
    log.info("%s backup made and verified (%d bytes); %d older removed", kind, path.stat().st_size, len(removed))
    return path


def thin_backups(data_dir: Path, keep: Path | None = None) -> list[Path]:
    """Remove regular backups the retention rule no longer keeps; returns
    what was removed.  ``keep`` (the backup just made and verified) always
    stays, whatever the names of the others say about the time: a file
    named later today by a clock that was ahead must not push it out.
    Copies taken before a migration or a restore stay."""
    folder = backups_dir(data_dir)
    remove_partials(folder)
    regular = [b for b in list_backup_files(folder) if b.kind in THINNED_KINDS]
    kept_times = backups_to_keep(b.taken_utc for b in regular)
    removed = []
    newest_of_stamp: set[dt.datetime] = set()
    for backup in regular:  # newest first: within one second keep only the newest name
        if backup.path == keep:
            continue
        if backup.taken_utc in kept_times and backup.taken_utc not in newest_of_stamp:
            newest_of_stamp.add(backup.taken_utc)
            continue
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def backup_if_due(data_dir: Path, now: dt.datetime | None = None) -> Path | None:
    """The automatic backup at start: made when the last regular backup is
    older than a day; never for data that cannot be written."""
    if not db_path(data_dir).exists() or data_read_only(data_dir):
        return None
    now_utc = as_utc(now)
    # A backup named in the future (a clock that was ahead) says nothing
    # about when the last one was really made.
    made = [b.taken_utc for b in list_backups(data_dir) if b.kind in THINNED_KINDS and b.taken_utc <= now_utc]
    if not backup_is_due(max(made, default=None), now_utc):
        return None
    return backup_now(data_dir, kind="auto", now=now)


def automatic_backup_failure(error: BaseException) -> str:
    """What to tell the user when the automatic backup failed: one line,
    with what to do."""
    from relapp.services.storage_errors import storage_message

    why = storage_message(error) or " ".join(str(error).split()) or type(error).__name__
    return (f"The automatic backup failed: {why}. Your data was not changed; run 'relapp check', "
            "then make a backup with File → Backups.")


def backup_problem(path: Path) -> str | None:
    """Why ``path`` cannot be restored, or None when it is a sound Relapp
    database this version can open."""
    path = Path(path)
    if not path.is_file():
        return f"{path} does not exist"
    try:
        version = read_schema_version(path)
    except StoreError as exc:
        return str(exc)
    if version is None:
        return f"{path} is empty"
    if version > CURRENT_VERSION:
        return str(NewerSchemaError(version, CURRENT_VERSION))
    return integrity_problem(path, quick=False)


def latest_good_backup(data_dir: Path) -> BackupFile | None:
    """The newest backup that passes the checks (quick ones: this runs at
    start, when the user is waiting)."""
    for backup in list_backups(data_dir):
        try:
            version = read_schema_version(backup.path)
        except (StoreError, OSError):
            continue
        if version is None or version > CURRENT_VERSION:
            continue
        if integrity_problem(backup.path, quick=True) is None:
            return backup
    return None


def move_aside(data_dir: Path, reason: str = "damaged", now: dt.datetime | None = None) -> Path | None:
    """Rename the database (and its WAL and shared-memory files) into the
    ``set-aside`` folder, untouched: a damaged or foreign file is never
    overwritten or deleted.  Returns its new path.  Raises
    ``DataStillOpenError``, moving nothing, while data is open in this
    process: its owner closes it first (a connection left open would go
    on writing into the file moved away)."""
    source = db_path(data_dir)
    if not source.exists():
        return None
    refuse_while_open(str(data_dir), "moved aside")
    folder = ensure_private_dir(data_dir / "set-aside")
    dest = free_name(folder, reason, now)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(source) + suffix)
        if extra.exists():
            os.replace(extra, Path(str(dest) + suffix))
            make_private(Path(str(dest) + suffix))
    os.replace(source, dest)
    make_private(dest)
    log.warning("database moved aside (%s)", reason)
    return dest


def restore_backup(data_dir: Path, source: Path) -> RestoreResult:
    """Put ``source`` in place of the database.  It is verified first
    (nothing changes when it fails); the current database is kept as a
    verified copy in the backups folder, or, if it cannot be read, moved
    aside as it is.  The caller closes the data first (``DataStillOpenError``
    otherwise, nothing changed) and opens it again afterwards (an older
    backup is then upgraded, after its own backup)."""
    refuse_while_open(str(data_dir), "replaced by a backup")
    source = Path(source).expanduser()
    problem = backup_problem(source)
    if problem:
        raise BackupUnusableError(f"cannot restore {source}: {problem}; nothing was changed")
    target = db_path(data_dir)
    tighten_data_dir(data_dir)
    # Alone: a writer still at work would go on writing into the file moved
    # away here, report success, and its work would be lost.
    with writing_alone(data_dir, "the restore"):
        staged = copy_database(source, staged_restore_path(target))
        try:
            kept, damaged = _keep_current(data_dir, target)
            # The old WAL belongs to the old file (its content is in the kept
            # copy); beside the restored file it would be replayed into it.
            for suffix in ("-wal", "-shm"):
                Path(str(target) + suffix).unlink(missing_ok=True)
            os.replace(staged, target)
        except BaseException:
            # Whatever stopped the restore, the current data is where it was
            # (or kept aside), and no staged copy waits to be mistaken for it.
            if target.exists():
                staged.unlink(missing_ok=True)
            raise
    make_private(target)
    log.info("backup restored; previous database %s", "moved aside" if damaged else "kept as a copy")
    return RestoreResult(source, kept, damaged)


def _keep_current(data_dir: Path, target: Path) -> tuple[Path | None, bool]:
    """Keep the database a restore replaces: a verified copy in the backups
    folder, or, when it cannot be read, the file itself moved aside."""
    if not target.exists() or target.stat().st_size == 0:
        return None, False
    try:
        if read_schema_version(target) is None:
            raise CorruptDatabaseError("empty")
        return copy_database(target, free_name(backups_dir(data_dir), "before-restore")), False
    except (StoreError, OSError, *database_errors()):
        return move_aside(data_dir), True
