"""Promise edits, each one step on the window's operations (see relapp.gui.operations).

The dialogs commit through the services; the steps here make the edit
undoable and announce "promises" (and "entries", since keeping or breaking
a promise writes to the journal) so every view refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from relapp.gui.commitments.commitment_dialog import CommitmentDialog
from relapp.gui.commitments.resolve_dialog import ResolveDialog
from relapp.gui.operations import Changes, Operation, created, deleted, field_edit
from relapp.services import commitments, journal, people

# lupdate reads translate("Context", "text") calls; the context is fixed
# because these are plain functions, not methods of a QObject.
translate = QCoreApplication.translate


def _account_of(promise) -> int:
    return people.get_stakeholder(promise.stakeholder_id).account_id


def _changes(promise) -> Changes:
    return Changes.of("promises", "entries", account=_account_of(promise))


def new_commitment(editor, account_id: int, stakeholder_id: int | None = None, parent=None) -> int | None:
    dialog = CommitmentDialog(account_id, stakeholder_id, parent or editor.window)
    if not dialog.exec():
        return None
    promise = dialog.result_object
    editor.operations.run(created(translate("Editor", "New promise %s") % promise.description,
                                  Changes.of("promises", account=account_id), "Commitment", promise.id))
    return promise.id


def resolve(editor, commitment_id: int, kept: bool, parent=None) -> bool:
    """Undo reopens the promise and removes its journal entry; redo resolves
    it again with the same value, day and title."""
    dialog = ResolveDialog(commitment_id, kept, parent or editor.window)
    if not dialog.exec():
        return False
    promise = commitments.get_commitment(commitment_id)
    entry = journal.get_entry(promise.entry_id)
    fields = {"value": entry.value, "day": entry.day, "title": entry.title, "notes": entry.notes}
    label = translate("Editor", "Promise kept: %s") if kept else translate("Editor", "Promise broken: %s")
    editor.operations.run(Operation(label % promise.description, _changes(promise),
                                    lambda: commitments.resolve_commitment(commitment_id, kept, **fields),
                                    lambda: commitments.reopen_commitment(commitment_id), done=True))
    return True


def change(editor, commitment_id: int, parent=None) -> bool:
    promise = commitments.get_commitment(commitment_id)
    dialog = CommitmentDialog(_account_of(promise), promise.stakeholder_id, parent or editor.window,
                              record=promise)
    if not dialog.exec():
        return False
    if dialog.after:
        editor.operations.run(field_edit(translate("Editor", "Change promise %s") % promise.description,
                                         _changes(promise), commitments.update_commitment, commitment_id,
                                         dialog.before, dialog.after, done=True, record=dialog.model_name))
    return True


def delete(editor, commitment_id: int) -> bool:
    """Delete a promise (its journal entry, if any, stays: it happened)."""
    promise = commitments.get_commitment(commitment_id)
    editor.operations.run(deleted(translate("Editor", "Delete promise %s") % promise.description,
                                  _changes(promise), "Commitment", commitment_id))
    return True
