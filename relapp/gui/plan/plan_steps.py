"""Every edit of an account plan as one operation on the window's undo stack.

A dialog has already committed the edit (so a mistake could be shown in
place): the operation is pushed as done; later undos and redos are service
calls, each one transaction.  Every step's change set names "plan" and the
account, so the views showing that plan (and Home, whose list the plans
feed) refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from relapp.gui.operations import Changes, Operation

from relapp.gui.plan.plan_dialogs import (
    AchieveDialog, DropDialog, IntentDialog, ObjectiveDialog, OpportunityDialog, ProgressDialog, StageDialog,
)
from relapp.services import account_plan as plan

class PlanEditing(QObject):
    """Opens the plan's dialogs and puts what they did on the undo stack."""

    def __init__(self, editor, window: QWidget, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(window)
        self.editor, self.window, self.today = editor, window, today

    # Pushing steps ------------------------------------------------------------
    def _push(self, text: str, account_id: int, do, undo, *also: str, done: bool = True) -> None:
        """One operation; ``done`` when the dialog already made the edit."""
        self.editor.operations.run(Operation(text, Changes.of("plan", *also, account=account_id), do, undo,
                                             done=done), origin=self.window)

    def _push_created(self, text: str, account_id: int, remove: Callable[[], object]) -> None:
        """A creation: undo removes the record (keeping it), redo puts it back."""
        kept = []
        self._push(text, account_id, lambda: plan.put_back(kept.pop()), lambda: kept.append(remove()))

    def _push_removed(self, text: str, account_id: int, remove: Callable[[], object]) -> None:
        """Remove now; undo puts the record back with all that went with it."""
        kept = []
        self._push(text, account_id, lambda: kept.append(remove()), lambda: plan.put_back(kept.pop()), done=False)

    def _push_update(self, text: str, account_id: int, update, record_id: int, before: dict, after: dict) -> None:
        if before:
            self._push(text, account_id, lambda: update(record_id, **after), lambda: update(record_id, **before))

    def _run(self, dialog):
        return dialog.result_object if dialog.exec() else None

    # Stage, intent, potential ----------------------------------------------------
    def change_stage(self, account_id: int, current: str | None = None) -> plan.StageRecord | None:
        change = self._run(StageDialog(account_id, self.today(), current, self.window))
        if change is not None:
            self._push_created(self.tr("Change the stage"), account_id,
                               lambda: plan.remove_stage_change(change.id))
        return change

    def rate_intent(self, account_id: int, side: str, current: plan.Intent) -> None:
        edit = self._run(IntentDialog(account_id, side, current, self.today(), self.window))
        if edit is not None:
            kept = []
            self._push(self.tr("Rate the intent"), account_id, lambda: plan.redo_intent(edit, kept.pop()),
                       lambda: kept.append(plan.undo_intent(edit)), "accounts")  # the intent text is the account's

    def edit_potential(self, account_id: int, text: str) -> None:
        new, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Potential"),
            self.tr("What could the relationship be worth to both sides, in more than money?"), text)
        if ok and new.strip() != text:
            before = plan.set_potential(account_id, new)
            self._push(self.tr("Edit the potential"), account_id, lambda: plan.set_potential(account_id, new),
                       lambda: plan.set_potential(account_id, before["potential"]))

    # Objectives ------------------------------------------------------------------------
    def new_objective(self, account_id: int) -> plan.ObjectiveRecord | None:
        made = self._run(ObjectiveDialog(account_id, parent=self.window))
        if made is not None:
            self._push_created(self.tr("New objective %s") % made.title, account_id,
                               lambda: plan.remove_objective(made.id))
        return made

    def edit_objective(self, objective: plan.ObjectiveRecord) -> None:
        dialog = ObjectiveDialog(objective.account_id, objective, self.window)
        before = self._run(dialog)
        if before:
            after = {k: dialog.typed()[k] for k in before}
            self._push_update(self.tr("Edit objective %s") % objective.title, objective.account_id,
                              plan.update_objective, objective.id,
                              before, after)

    def add_progress(self, objective: plan.ObjectiveRecord) -> None:
        note = self._run(ProgressDialog(objective, self.today(), self.window))
        if note is not None:
            self._push_created(self.tr("Progress on %s") % objective.title, objective.account_id,
                               lambda: plan.remove_progress(note.id))

    def remove_progress(self, objective: plan.ObjectiveRecord, note: plan.ProgressNote) -> None:
        self._push_removed(self.tr("Delete a progress note"), objective.account_id,
                           lambda: plan.remove_progress(note.id))

    def achieve(self, objective: plan.ObjectiveRecord) -> None:
        done = self._run(AchieveDialog(objective, self.today(), self.window))
        if done is not None:
            kept = []
            self._push(self.tr("%s achieved") % objective.title, objective.account_id,
                       lambda: plan.redo_achievement(done, kept.pop()),
                       lambda: kept.append(plan.undo_achievement(done)), "entries")

    def drop(self, objective: plan.ObjectiveRecord) -> None:
        dialog = DropDialog(objective, self.today(), self.window)
        before = self._run(dialog)
        if before is not None:
            after = {"status": "dropped", "closed_on": self.today(), "reason": dialog.field("reason").toPlainText(),
                     "dropped_by": dialog.field("dropped_by").currentData()}
            self._push_update(self.tr("Drop %s") % objective.title, objective.account_id,
                              plan.update_objective, objective.id,
                              before, after)

    def set_objective_status(self, objective: plan.ObjectiveRecord, status: str) -> None:
        """On track / at risk / off track straight from the list (achieving and
        dropping ask first: see ``achieve`` and ``drop``)."""
        if status == objective.status:
            return
        before = plan.update_objective(objective.id, status=status)
        self._push_update(self.tr("Status of %s") % objective.title, objective.account_id,
                          plan.update_objective, objective.id,
                          before, {"status": status})

    def delete_objective(self, objective: plan.ObjectiveRecord, confirm: bool = True) -> bool:
        if confirm and QMessageBox.question(
                self.window, self.tr("Delete objective"),
                self.tr("Delete “%s” and its progress notes?\nYou can undo this with Ctrl+Z.") % objective.title,
                QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel) != QMessageBox.Yes:
            return False
        self._push_removed(self.tr("Delete objective %s") % objective.title, objective.account_id,
                           lambda: plan.remove_objective(objective.id))
        return True

    # Opportunities -------------------------------------------------------------------------
    def new_opportunity(self, account_id: int) -> plan.OpportunityRecord | None:
        made = self._run(OpportunityDialog(account_id, parent=self.window))
        if made is not None:
            self._push_created(self.tr("New opportunity %s") % made.title, account_id,
                               lambda: plan.remove_opportunity(made.id))
        return made

    def edit_opportunity(self, opportunity: plan.OpportunityRecord) -> None:
        dialog = OpportunityDialog(opportunity.account_id, opportunity, self.window)
        before = self._run(dialog)
        if before:
            after = {k: dialog.typed()[k] for k in before}
            self._push_update(self.tr("Edit opportunity %s") % opportunity.title, opportunity.account_id,
                              plan.update_opportunity,
                              opportunity.id, before, after)

    def delete_opportunity(self, opportunity: plan.OpportunityRecord, confirm: bool = True) -> bool:
        if confirm and QMessageBox.question(
                self.window, self.tr("Delete opportunity"),
                self.tr("Delete “%s”?\nAgreed and dropped ones can simply stay in the list as history.")
                % opportunity.title, QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel) != QMessageBox.Yes:
            return False
        self._push_removed(self.tr("Delete opportunity %s") % opportunity.title, opportunity.account_id,
                           lambda: plan.remove_opportunity(opportunity.id))
        return True
