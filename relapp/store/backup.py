"""Copies of the database made with SQLite's online backup API, verified
before anyone relies on them, and the backups folder they live in."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from relapp.store.encryption import connect, database_errors, passphrase_for
from relapp.store.errors import damage_detail, one_line
from relapp.store.interrupt import interrupted_when
from relapp.store.location import ensure_private_dir, make_private

# <kind>-YYYYMMDD-HHMMSSZ[-n].sqlite3, the time in UTC; kinds: auto, manual,
# before-schema-N, before-restore.  Names without the Z (older Relapps) hold
# the local time of the computer that made them.
_NAME = re.compile(r"^(?P<kind>[a-z0-9-]+?)-(?P<stamp>\d{8}-\d{6})(?P<utc>Z)?(?:-(?P<n>\d+))?\.sqlite3$")
# Regular backups are thinned; the copies taken before a migration or a
# restore (and one an interrupted restore left, "interrupted-restore") are
# rare and kept until the user removes them.
THINNED_KINDS = ("auto", "manual")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str
    taken: dt.datetime  # local time of this computer now, naive: for showing
    size: int
    taken_utc: dt.datetime  # aware: what backups are ordered and thinned by


def integrity_problem(path: Path, quick: bool = True, passphrase: str | None = None,
                      stopped: Callable[[], bool] | None = None) -> str | None:
    """None when SQLite finds the file sound, else what it reported.
    ``stopped`` is asked now and then during the check; once it says yes
    the check ends early and reports nothing (it found no damage so far)."""
    try:
        con = connect(path, readonly=True, passphrase=passphrase)
        try:
            if stopped is not None and stopped():
                return None  # abandoned before it began
            # The check is one step of SQLite's machine: its progress handler
            # is never asked during it, so quitting used to wait for the
            # whole check (a second on the large demo).
            with interrupted_when(con, stopped) if stopped is not None else nullcontext():
                rows = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except database_errors() as exc:
        if stopped is not None and stopped():
            return None  # abandoned (the window quit), not damaged
        return damage_detail(exc)
    if rows == [("ok",)]:
        return None
    return one_line("; ".join(str(r[0]) for r in rows[:3]))


def _fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: Path, dest: Path) -> Path:
    """Copy ``source`` to ``dest`` through the backup API (safe while other
    connections write), verify the copy, make it private.  The copy is
    written beside ``dest`` and renamed into place only once verified, so a
    crash never leaves a half backup under the real name."""
    ensure_private_dir(dest.parent)
    partial = dest.with_name(dest.name + ".partial")
    if partial.exists():
        partial.unlink()
    # An encrypted database gives an encrypted copy, under the same key.
    passphrase = passphrase_for(source)
    try:
        src = connect(source, readonly=True, passphrase=passphrase)
        try:
            # Created private: the copy holds the same notes as the original.
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            out = connect(partial, passphrase=passphrase)
            try:
                src.backup(out)
                # A backup is a standalone file: no WAL beside it.
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
        make_private(partial)
        problem = integrity_problem(partial, quick=False, passphrase=passphrase)
        if problem:
            raise OSError(f"the backup copy failed its integrity check: {problem}")
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        if partial.exists():
            partial.unlink()
        raise
    os.replace(partial, dest)
    _fsync_dir(dest.parent)
    return dest


def as_utc(moment: dt.datetime | None = None) -> dt.datetime:
    """``moment`` (now when None; a naive one is local time) in UTC."""
    return (moment or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)


def timestamped_name(prefix: str, now: dt.datetime | None = None) -> str:
    """Named by UTC: a clock moved to another zone (travel, daylight saving)
    never makes a newer backup look older than the last one."""
    return f"{prefix}-{as_utc(now):%Y%m%d-%H%M%S}Z.sqlite3"


def free_name(folder: Path, prefix: str, now: dt.datetime | None = None) -> Path:
    """A timestamped name in ``folder`` that is not taken yet (two backups in
    the same second must not overwrite each other)."""
    base = timestamped_name(prefix, now).removesuffix(".sqlite3")
    path = folder / f"{base}.sqlite3"
    n = 2
    while path.exists():
        path = folder / f"{base}-{n}.sqlite3"
        n += 1
    return path


def parse_backup_name(path: Path) -> tuple[str, dt.datetime] | None:
    """The kind and the moment (aware, UTC) a backup's name records."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        stamp = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        if match["utc"]:
            return match["kind"], stamp.replace(tzinfo=dt.timezone.utc)
        return match["kind"], as_utc(stamp)
    except (ValueError, OverflowError):
        return None


def list_backup_files(folder: Path) -> list[BackupFile]:
    """The backups in ``folder``, newest first (half-written ``.partial``
    files and anything else are ignored)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path)
        if parsed is None or not path.is_file():
            continue
        kind, taken_utc = parsed
        local = taken_utc.astimezone().replace(tzinfo=None)
        found.append(BackupFile(path, kind, local, path.stat().st_size, taken_utc))
    found.sort(key=lambda b: (b.taken_utc, b.path.name), reverse=True)
    return found


def remove_partials(folder: Path) -> None:
    """Drop copies a crash interrupted (never verified, never relied on),
    with the rollback journal SQLite kept beside them."""
    if folder.is_dir():
        for pattern in ("*.partial", "*.partial-journal"):
            for path in folder.glob(pattern):
                path.unlink(missing_ok=True)
