"""Promise edits with undo, on the window's Editor stack.

The dialogs commit through the services; the commands here only make the
edit undoable and announce "commitment" (and "entry", since keeping or
breaking a promise writes to the journal) so every view refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from relapp.gui.commitments.commitment_dialog import CommitmentDialog
from relapp.gui.commitments.resolve_dialog import ResolveDialog
from relapp.gui.undo_commands import CreateCommand, DeleteCommand, EditCommand
from relapp.services import commitments
from relapp.store.models import Commitment

# lupdate reads translate("Context", "text") calls; the context is fixed
# because these are plain functions, not methods of a QObject.
translate = QCoreApplication.translate


class ResolveCommand(QUndoCommand):
    """Undo reopens the promise and removes its journal entry; redo
    resolves it again with the same value, day and title."""

    def __init__(self, text: str, commitment_id: int, kept: bool, fields: dict, on_change):
        super().__init__(text)
        self.commitment_id, self.kept, self.fields, self._on_change = commitment_id, kept, fields, on_change
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            commitments.resolve_commitment(self.commitment_id, self.kept, **self.fields)
        self._on_change()

    def undo(self) -> None:
        commitments.reopen_commitment(self.commitment_id)
        self._on_change()


def _announce(editor):
    def changed():
        editor.changed.emit("commitment")
    return changed


def new_commitment(editor, account_id: int, stakeholder_id: int | None = None, parent=None) -> int | None:
    dialog = CommitmentDialog(account_id, stakeholder_id, parent or editor.window)
    if not dialog.exec():
        return None
    promise = dialog.result_object
    editor.stack.push(CreateCommand(translate("Editor", "New promise %s") % promise.description,
                                    Commitment, promise.id,
                                    _announce(editor)))
    return promise.id


def resolve(editor, commitment_id: int, kept: bool, parent=None) -> bool:
    dialog = ResolveDialog(commitment_id, kept, parent or editor.window)
    if not dialog.exec():
        return False
    promise = commitments.get_commitment(commitment_id)
    entry = promise.entry
    fields = {"value": entry.value, "day": entry.day, "title": entry.title, "notes": entry.notes}
    label = translate("Editor", "Promise kept: %s") if kept else translate("Editor", "Promise broken: %s")
    editor.stack.push(ResolveCommand(label % promise.description, commitment_id, kept, fields, _announce(editor)))
    return True


def _fields(promise) -> dict:
    return {"stakeholder": promise.stakeholder_id, "description": promise.description, "owner": promise.owner_id,
            "due": promise.due}


def change(editor, commitment_id: int, parent=None) -> bool:
    promise = commitments.get_commitment(commitment_id)
    before = _fields(promise)
    dialog = CommitmentDialog(promise.stakeholder.account_id, promise.stakeholder_id, parent or editor.window,
                              record=promise)
    if not dialog.exec():
        return False
    after = _fields(commitments.get_commitment(commitment_id))
    if after != before:
        editor.stack.push(EditCommand(translate("Editor", "Change promise %s") % promise.description,
                                      commitments.update_commitment, commitment_id, before, after,
                                      _announce(editor)))
    return True


def delete(editor, commitment_id: int) -> bool:
    """Delete a promise (its journal entry, if any, stays: it happened)."""
    promise = commitments.get_commitment(commitment_id)
    editor.stack.push(DeleteCommand(translate("Editor", "Delete promise %s") % promise.description, Commitment,
                                    commitment_id, _announce(editor)))
    return True
