"""The health check behind ``relapp check``: read-only, never changes the file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from relapp.store.backup import integrity_problem
from relapp.store.database import read_schema_version
from relapp.store.encryption import connect, database_errors
from relapp.store.errors import StoreError, damage_detail
from relapp.store.migrations import CURRENT_VERSION


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str


def check_database(path: Path) -> CheckResult:
    if not path.exists():
        return CheckResult(True, f"ok: no database yet at {path}; one is created on first use")
    try:
        version = read_schema_version(path)
    except StoreError as exc:
        return CheckResult(False, str(exc))
    if version is None:
        return CheckResult(True, f"ok: {path} is empty; it is set up on first use")
    # The full check: the quick one misses an index out of step with its
    # table, which then fails every backup's verification.
    problem = integrity_problem(path, quick=False)
    if problem:
        return CheckResult(False, f"{path} is damaged: the integrity check failed: {problem}")
    try:
        con = connect(path, readonly=True)
        try:
            broken = con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except database_errors() as exc:
        return CheckResult(False, f"{path} is damaged and cannot be read ({damage_detail(exc)})")
    if broken:
        return CheckResult(False, f"{len(broken)} rows point at records that no longer exist (first in table {broken[0][0]})")
    if version > CURRENT_VERSION:
        return CheckResult(False, f"schema {version} is newer than this Relapp supports ({CURRENT_VERSION}); update Relapp")
    note = "" if version == CURRENT_VERSION else f" (will be upgraded from schema {version} on next open)"
    return CheckResult(True, f"ok: {path}, schema {version}{note}")
