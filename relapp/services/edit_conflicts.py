"""Two people editing the same record of a team database.

A form remembers the version of the record it was filled from and saves
with it: when a colleague saved the record in between, the save is refused
(``EditConflict``, nothing written) with what they changed, and the form
keeps what the user typed so they can apply it again on top.  New records
never conflict: only updates carry a version.

Undo follows the same rule: it puts back what this window changed, so it is
refused when a colleague changed the record since (``ensure_last_editor``).
In a local file there are no colleagues: nothing is ever refused for them.
"""

from __future__ import annotations

from relapp.services import validation as v
from relapp.store import record_versions
from relapp.store.dialect import is_postgres
from relapp.store.models import MODELS, TeamMember

_BY_NAME = {model.__name__: model for model in MODELS}


class Refused(v.ValidationError):
    """A change refused because of someone else's: the message says whose, of no one field."""

    def __init__(self, message: str):
        ValueError.__init__(self, message)
        self.field = None
        self.message = message


class EditConflict(Refused):
    """Someone else saved the record since the form was filled.

    ``current`` holds the record's values now (by field name), ``version``
    its version now, ``editor`` who saved it (a name, or "" when unknown)."""

    def __init__(self, what: str, editor: str, current: dict, version: int):
        self.what, self.editor, self.current, self.version = what, editor, current, version
        super().__init__(f"{editor or 'Someone else'} changed this {what} while you were editing it")


def _editor_name(record) -> str:
    member_id = getattr(record, "edited_by_id", None)
    member = TeamMember.get_or_none(TeamMember.id == member_id) if member_id is not None else None
    return member.name if member is not None else ""


def _what(model) -> str:
    return {"Stakeholder": "person", "TeamMember": "team member", "Commitment": "promise",
            "Checkup": "check-up"}.get(model.__name__, model.__name__.lower())


def save_unless_changed(record, expected_version: int | None, parts_changed: bool = False) -> None:
    """Save ``record``'s changed fields, inside the caller's transaction.
    With ``expected_version`` only when the stored record is still at that
    version (else ``EditConflict``); without it, as any save.
    ``parts_changed``: rows that belong to the record changed (an entry's
    participants, a check-up's answers), so the record counts as changed,
    checked and its version raised, even when none of its own fields did."""
    model = type(record)
    if expected_version is None:
        record.save()
        # The database raised the version: the row says what it is now.
        record.version = model.select(model.version).where(model.id == record.id).scalar()
        return
    values = {field.name: record.__data__.get(field.name) for field in record.dirty_fields}
    if not values and parts_changed:
        values = {"id": record.id}  # an update of nothing: the version still goes up
    if not values:
        return
    try:
        record.version = record_versions.update_if_unchanged(model, record.id, expected_version, values)
    except record_versions.RecordChanged:
        now = model.get_by_id(record.id)
        raise EditConflict(_what(model), _editor_name(now), now.__data__.copy(), now.version) from None


def current_member_id(database) -> int | None:
    """The team member the login connected to ``database`` is; None in a local file (the user)."""
    if not is_postgres(database):
        return None
    return database.execute_sql("SELECT relapp_current_member()").fetchone()[0]


def ensure_last_editor(database, record: str, record_id: int) -> None:
    """Refuse (``UndoRefused``) when someone other than the login connected
    to ``database`` was the last to change the record (``record`` names its
    model); a record without versions, or gone, passes."""
    model = _BY_NAME.get(record)
    if model is None or "edited_by" not in model._meta.fields:
        return
    if not is_postgres(database):
        return
    query = model.select().where(model.id == record_id).for_update()
    now = query.first()
    if now is None or now.edited_by_id is None and now.version == 1:
        return
    if now.edited_by_id != current_member_id(database):
        raise UndoRefused(_what(model), _editor_name(now))


class UndoRefused(Refused):
    def __init__(self, what: str, editor: str):
        who = editor or "Someone else"
        super().__init__(f"{who} changed this {what} since; undoing or redoing your step would overwrite "
                               "their change, so it was left as it is")


def guarded(database, records: list[tuple[str, int]], step) -> object:
    """Run ``step`` (an undo or redo of a change to these records, each a
    model name and an id) unless a colleague changed one of them since;
    checked and done in one transaction.  ``database``: the data the step
    changes, as its caller has it open (a local file has no colleagues)."""
    if not is_postgres(database):
        return step()
    with v.transaction():
        for record, record_id in records:
            ensure_last_editor(database, record, record_id)
        return step()


def unless_changed_since(database, what: str, now, left, step) -> object:
    """Run ``step`` (an undo or redo of a change to a record that keeps no
    version, such as a tie or a link) only while the record is still as this
    window left it: ``now()`` reads it, ``left`` is how it was left.  Else
    ``UndoRefused``: a colleague changed it since.  Checked and done in one
    transaction.  ``database`` as for ``guarded``."""
    if not is_postgres(database):
        return step()
    with v.transaction():
        if now() != left:
            raise UndoRefused(what, "")
        return step()
