"""Every edit the window makes, with undo.

The views ask the Editor; it opens the form, commits through the services
(one transaction, at once), pushes an undo command and announces what
changed so every view showing that data refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from relapp.gui.forms.quick_entry import QuickEntryDialog
from relapp.gui.forms.record_dialogs import AccountDialog, MemberDialog, StakeholderDialog
from relapp.gui.undo_commands import CreateCommand, DeleteCommand, EditCommand, PersonChangeCommand
from relapp.services import accounts, journal, people, people_changes
from relapp.services.validation import NotFoundError, ValidationError
from relapp.store.models import Account, Entry, Stakeholder, TeamMember, Tie


class Editor(QObject):
    changed = Signal(str)  # "account", "stakeholder", "member", "entry", "tie"

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)

    def _announce(self, kind: str):
        return lambda: self.changed.emit(kind)

    def _run(self, dialog) -> object | None:
        return dialog.result_object if dialog.exec() else None

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.window, title, text, QMessageBox.Yes | QMessageBox.Cancel,
                                      QMessageBox.Cancel)
        return answer == QMessageBox.Yes

    def _push_edit(self, dialog, label: str, update, kind: str) -> None:
        if dialog.after:
            self.stack.push(EditCommand(label, update, dialog.record.id, dialog.before, dialog.after,
                                        self._announce(kind)))

    # Accounts ---------------------------------------------------------------
    def new_account(self) -> int | None:
        dialog = AccountDialog(parent=self.window)
        account = self._run(dialog)
        if account is None:
            return None
        self.stack.push(CreateCommand(self.tr("New account %s") % account.name, Account, account.id,
                                      self._announce("account")))
        return account.id

    def edit_account(self, account_id: int) -> None:
        dialog = AccountDialog(accounts.get_account(account_id), self.window)
        if self._run(dialog) is not None:
            self._push_edit(dialog, self.tr("Edit account"), accounts.update_account, "account")

    def set_archived(self, account_id: int, archived: bool) -> None:
        account = accounts.get_account(account_id)
        accounts.update_account(account_id, archived=archived)
        label = self.tr("Archive %s") if archived else self.tr("Restore %s")
        self.stack.push(EditCommand(label % account.name, accounts.update_account, account_id,
                                    {"archived": account.archived}, {"archived": archived},
                                    self._announce("account")))

    def delete_account(self, account_id: int, confirm: bool = True) -> bool:
        account = accounts.get_account(account_id)
        if confirm and not self._confirm(
                self.tr("Delete account"),
                self.tr("Delete %s with its people, journal, promises and check-ups?\n"
                        "You can undo this with Ctrl+Z.") % account.name):
            return False
        self.stack.push(DeleteCommand(self.tr("Delete account %s") % account.name, Account, account_id,
                                      self._announce("account")))
        return True

    # Stakeholders -------------------------------------------------------------
    def new_stakeholder(self, account_id: int) -> int | None:
        person = self._run(StakeholderDialog(account_id, parent=self.window))
        if person is None:
            return None
        self.stack.push(CreateCommand(self.tr("New stakeholder %s") % person.name, Stakeholder, person.id,
                                      self._announce("stakeholder")))
        return person.id

    def edit_stakeholder(self, stakeholder_id: int) -> None:
        person = people.get_stakeholder(stakeholder_id)
        dialog = StakeholderDialog(person.account_id, person, self.window)
        if self._run(dialog) is not None:
            self._push_edit(dialog, self.tr("Edit %s") % person.name, people.update_stakeholder, "stakeholder")

    def delete_stakeholder(self, stakeholder_id: int, confirm: bool = True) -> bool:
        person = people.get_stakeholder(stakeholder_id)
        if confirm and not self._confirm(self.tr("Delete stakeholder"),
                                         self.tr("Delete %s and their ties and promises?") % person.name):
            return False
        self.stack.push(DeleteCommand(self.tr("Delete %s") % person.name, Stakeholder, stakeholder_id,
                                      self._announce("stakeholder")))
        return True

    # Team members ---------------------------------------------------------------
    def new_member(self) -> int | None:
        member = self._run(MemberDialog(parent=self.window))
        if member is None:
            return None
        self.stack.push(CreateCommand(self.tr("New team member %s") % member.name, TeamMember, member.id,
                                      self._announce("member")))
        return member.id

    def edit_member(self, member_id: int) -> None:
        dialog = MemberDialog(people.get_member(member_id), self.window)
        if self._run(dialog) is not None:
            self._push_edit(dialog, self.tr("Edit team member"), people.update_member, "member")

    def delete_member(self, member_id: int, confirm: bool = True) -> bool:
        member = people.get_member(member_id)
        if confirm and not self._confirm(self.tr("Delete team member"),
                                         self.tr("Delete %s and their ties?") % member.name):
            return False
        self.stack.push(DeleteCommand(self.tr("Delete %s") % member.name, TeamMember, member_id,
                                      self._announce("member")))
        return True

    # Ties -------------------------------------------------------------------------
    def set_tie(self, member_id: int, stakeholder_id: int, strength: int) -> None:
        before = Tie.get_or_none((Tie.member == member_id) & (Tie.stakeholder == stakeholder_id))
        old = before.strength if before else 0
        if old == strength:
            return
        people.set_tie(member_id, stakeholder_id, strength)

        def apply(_unused_id, strength):
            people.set_tie(member_id, stakeholder_id, strength)

        self.stack.push(EditCommand(self.tr("Change tie"), apply, 0, {"strength": old}, {"strength": strength},
                                    self._announce("tie")))

    def accept_suggested_tie(self, member_id: int, stakeholder_id: int, strength: int) -> None:
        """Record the tie the journal suggests, at the strength it shows (one undo step)."""
        self.set_tie(member_id, stakeholder_id, strength)

    # Leaving and moving -----------------------------------------------------------
    def person_change(self, stakeholder_id: int, kind: str, ask: bool = True, **values) -> bool:
        """Record that they left, moved or came back (asks for the day and,
        for a move, the new role); one undo step."""
        if ask:
            from relapp.gui.views.person_change_dialog import PersonChangeDialog

            dialog = PersonChangeDialog(stakeholder_id, kind, self.window)
            if not dialog.exec():
                return False
            values = dialog.values()
        do = {"left": people_changes.mark_left, "moved": people_changes.mark_moved,
              "returned": people_changes.mark_returned}[kind]
        try:
            change = do(stakeholder_id, **values)
        except (ValidationError, NotFoundError) as exc:
            QMessageBox.warning(self.window, self.tr("People"), str(exc))
            return False
        self.stack.push(PersonChangeCommand(change.describe(), change, self._announce("stakeholder")))
        return True

    # Journal ---------------------------------------------------------------------
    def quick_entry(self, account_id: int | None = None, stakeholder_id: int | None = None) -> int | None:
        entry = self._run(QuickEntryDialog(account_id, stakeholder_id, self.window))
        if entry is None:
            return None
        self.stack.push(CreateCommand(self.tr("New entry %s") % entry.title, Entry, entry.id,
                                      self._announce("entry")))
        return entry.id

    def delete_entry(self, entry_id: int, confirm: bool = True) -> bool:
        entry = journal.get_entry(entry_id)
        if confirm and not self._confirm(self.tr("Delete entry"), self.tr("Delete the entry “%s”?") % entry.title):
            return False
        self.stack.push(DeleteCommand(self.tr("Delete entry %s") % entry.title, Entry, entry_id,
                                      self._announce("entry")))
        return True
