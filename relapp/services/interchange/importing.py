"""The import as one call for the command line; the window uses the same
steps one by one (read off the GUI thread, plan, ask, apply)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from relapp.services.interchange.full_dump import data_is_empty
from relapp.services import validation as v
from relapp.services.interchange.import_plan import ImportPlan, Progress, apply_plan, plan_import, plan_restore
from relapp.services.interchange.source_files import SourceFile, dump_contacts, read_source


def plan_source(source: SourceFile, account: str | None = None, merge_near: dict[str, str] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportPlan:
    """A full dump restores as is into an empty data directory; anywhere
    else (or with an account chosen) its people merge like any contact file."""
    if source.dump is not None:
        if account is None and data_is_empty():
            return plan_restore(source.dump, len(source.dump["tables"].get("stakeholder", {}).get("rows", [])))
        contacts = dump_contacts(source.dump)
        return plan_import(contacts, account, merge_near, source.encoding, cancelled)
    return plan_import(source.contacts, account, merge_near, source.encoding, cancelled)


def plan_file(path: Path, account: str | None = None) -> ImportPlan:
    return plan_source(read_source(path), account)


def import_source(source: SourceFile, account: str | None = None, progress: Progress | None = None,
                  record_moves: bool = False) -> ImportPlan:
    """Plan and write in one transaction, under the write lock: an import
    running beside this one either finished before (its people are merged)
    or waits.  ``record_moves``: a known person at a new organisation left
    their old account and joins the new one (else they are left out).
    Returns the plan that was written."""
    with v.transaction():
        plan = plan_source(source, account)
        if record_moves:
            plan.record_moves("move")
        if plan.dump is None:
            apply_plan(plan, progress, recheck=False)
            return plan
    # A full dump is written in a transaction of its own (its references are
    # checked at that commit), which finds again that the data is empty.
    apply_plan(plan, progress)
    return plan
