"""Undoable edits.  Each command calls the services; the first redo is the
edit the dialog already committed (so validation errors could be shown in
the dialog), later redos and undos are fresh one-transaction edits."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from relapp.services.people_changes import redo_change, undo_change
from relapp.services.snapshots import Snapshot, delete_with_snapshot, restore


class _Command(QUndoCommand):
    def __init__(self, text: str, on_change: Callable[[], None]):
        super().__init__(text)
        self._first = True
        self._on_change = on_change

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.do()
        self._on_change()

    def undo(self) -> None:
        self.undo_it()
        self._on_change()

    def do(self) -> None:  # pragma: no cover - subclasses define
        raise NotImplementedError

    def undo_it(self) -> None:  # pragma: no cover
        raise NotImplementedError


class CreateCommand(_Command):
    """Undo of a creation deletes the record (keeping a snapshot, so a redo
    brings back the same record with the same id)."""

    def __init__(self, text, model, record_id: int, on_change):
        super().__init__(text, on_change)
        self.model, self.record_id = model, record_id
        self.snapshot: Snapshot | None = None

    def undo_it(self) -> None:
        self.snapshot = delete_with_snapshot(self.model, self.record_id)

    def do(self) -> None:
        restore(self.snapshot)


class DeleteCommand(_Command):
    def __init__(self, text, model, record_id: int, on_change):
        super().__init__(text, on_change)
        self.model, self.record_id = model, record_id
        self.snapshot = delete_with_snapshot(model, record_id)

    def undo_it(self) -> None:
        restore(self.snapshot)

    def do(self) -> None:
        self.snapshot = delete_with_snapshot(self.model, self.record_id)


class EditCommand(_Command):
    """``update(record_id, **fields)`` with the values before and after."""

    def __init__(self, text, update: Callable, record_id: int, before: dict, after: dict, on_change):
        super().__init__(text, on_change)
        self.update, self.record_id, self.before, self.after = update, record_id, before, after

    def undo_it(self) -> None:
        self.update(self.record_id, **self.before)

    def do(self) -> None:
        self.update(self.record_id, **self.after)


class PersonChangeCommand(_Command):
    """A person left, moved or came back: undo takes the step back, redo
    takes it again (a new step record, the same day and role)."""

    def __init__(self, text, change, on_change):
        super().__init__(text, on_change)
        self.change = change

    def undo_it(self) -> None:
        undo_change(self.change.id)

    def do(self) -> None:
        self.change = redo_change(self.change)
