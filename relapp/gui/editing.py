"""The window's edits that start in a form: open it, and make what it saved one step.

The views ask the Editor; it opens the form (which validates and commits
through the services, one transaction), then runs the edit as an
``Operation`` on the window's ``Operations`` (see ``relapp.gui.operations``)
so it can be undone and every view showing that data refreshes.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from relapp.gui.operations import Changes, Operation, Operations, created, deleted, field_edit
from relapp.services import accounts, journal, key_dates, people, people_changes, tags
from relapp.services.validation import NotFoundError, ValidationError
from relapp.gui.refusal_texts import refusal_text

# What goes with a deleted record (cascades, and references set to nothing).
GONE_WITH_ACCOUNT = ("accounts", "people", "entries", "ties", "links", "positions", "promises", "checkups",
                     "meetings", "attention", "tags", "dates")
GONE_WITH_STAKEHOLDER = ("people", "ties", "links", "positions", "promises", "entries", "meetings", "attention",
                         "tags", "dates")
# An internal customer's ledger is an account with its person in it: made
# when a member is marked as one, gone with them.
MEMBER_KINDS = ("team", "accounts", "people")
GONE_WITH_MEMBER = ("team", "ties", "positions", "promises", "entries", "meetings", "tags", "dates", "accounts",
                    "people", "checkups", "attention")


class Editor(QObject):
    def __init__(self, operations: Operations, window: QWidget):
        super().__init__(window)
        self.window = window
        self.operations = operations

    def _run(self, dialog) -> object | None:
        return dialog.result_object if dialog.exec() else None

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.window, title, text, QMessageBox.Yes | QMessageBox.Cancel,
                                      QMessageBox.Cancel)
        return answer == QMessageBox.Yes

    def _push_edit(self, dialog, label: str, update, changes: Changes) -> None:
        if dialog.after:
            self.operations.run(field_edit(label, changes, update, dialog.record.id, dialog.before, dialog.after,
                                           done=True, record=dialog.model_name))

    # Accounts ---------------------------------------------------------------
    def new_account(self) -> int | None:
        from relapp.gui.forms.record_dialogs import AccountDialog

        account = self._run(AccountDialog(parent=self.window))
        if account is None:
            return None
        self.operations.run(created(self.tr("New account %s") % account.name,
                                    Changes.of("accounts", account=account.id), "Account", account.id))
        return account.id

    def edit_account(self, account_id: int) -> None:
        from relapp.gui.forms.record_dialogs import AccountDialog

        dialog = AccountDialog(accounts.get_account(account_id), self.window)
        if self._run(dialog) is not None:
            self._push_edit(dialog, self.tr("Edit account"), accounts.update_account,
                            Changes.of("accounts", account=account_id))

    def set_archived(self, account_id: int, archived: bool) -> None:
        account = accounts.get_account(account_id)
        label = self.tr("Archive %s") if archived else self.tr("Restore %s")
        self.operations.run(field_edit(label % account.name, Changes.of("accounts", account=account_id),
                                       accounts.update_account, account_id, {"archived": account.archived},
                                       {"archived": archived}, record="Account"))

    def delete_account(self, account_id: int, confirm: bool = True) -> bool:
        account = accounts.get_account(account_id)
        if confirm and not self._confirm(
                self.tr("Delete account"),
                self.tr("Delete %s with its people, journal, promises and check-ups?\n"
                        "You can undo this with Ctrl+Z.") % account.name):
            return False
        self.operations.run(deleted(self.tr("Delete account %s") % account.name,
                                    Changes.of(*GONE_WITH_ACCOUNT, account=account_id), "Account", account_id))
        return True

    # Stakeholders -------------------------------------------------------------
    def new_stakeholder(self, account_id: int) -> int | None:
        from relapp.gui.forms.record_dialogs import StakeholderDialog

        person = self._run(StakeholderDialog(account_id, parent=self.window))
        if person is None:
            return None
        self.operations.run(created(self.tr("New stakeholder %s") % person.name,
                                    Changes.of("people", account=account_id), "Stakeholder", person.id))
        return person.id

    def edit_stakeholder(self, stakeholder_id: int) -> None:
        from relapp.gui.forms.record_dialogs import StakeholderDialog

        person = people.get_stakeholder(stakeholder_id)
        dialog = StakeholderDialog(person.account_id, person, self.window)
        if self._run(dialog) is not None:
            self._push_edit(dialog, self.tr("Edit %s") % person.name, people.update_stakeholder,
                            Changes.of("people", account=person.account_id))

    def delete_stakeholder(self, stakeholder_id: int, confirm: bool = True) -> bool:
        person = people.get_stakeholder(stakeholder_id)
        if confirm and not self._confirm(self.tr("Delete stakeholder"),
                                         self.tr("Delete %s and their ties and promises?") % person.name):
            return False
        self.operations.run(deleted(self.tr("Delete %s") % person.name,
                                    Changes.of(*GONE_WITH_STAKEHOLDER, account=person.account_id),
                                    "Stakeholder", stakeholder_id))
        return True

    # Team members ---------------------------------------------------------------
    def new_member(self) -> int | None:
        from relapp.gui.forms.record_dialogs import MemberDialog

        member = self._run(MemberDialog(parent=self.window))
        if member is None:
            return None
        self.operations.run(created(self.tr("New team member %s") % member.name, Changes.of(*MEMBER_KINDS),
                                    "TeamMember", member.id))
        return member.id

    def edit_member(self, member_id: int) -> None:
        from relapp.gui.forms.record_dialogs import MemberDialog

        dialog = MemberDialog(people.get_member(member_id), self.window)
        if self._run(dialog) is not None:
            self._push_edit(dialog, self.tr("Edit team member"), people.update_member, Changes.of(*MEMBER_KINDS))

    def delete_member(self, member_id: int, confirm: bool = True) -> bool:
        member = people.get_member(member_id)
        if confirm and not self._confirm(self.tr("Delete team member"),
                                         self.tr("Delete %s and their ties?") % member.name):
            return False
        self.operations.run(deleted(self.tr("Delete %s") % member.name, Changes.of(*GONE_WITH_MEMBER),
                                    "TeamMember", member_id))
        return True

    # Ties -------------------------------------------------------------------------
    def set_tie(self, member_id: int, stakeholder_id: int, strength: int | None, origin=None) -> None:
        """Create, change or (``None``/0) remove the tie, as one step."""
        op = tie_edit(self.tr("Change tie"), member_id, stakeholder_id, strength)
        if op is not None:
            self.operations.run(op, origin)

    def accept_suggested_tie(self, member_id: int, stakeholder_id: int, strength: int, origin=None) -> None:
        """Record the tie the journal suggests, at the strength it shows (one step)."""
        self.set_tie(member_id, stakeholder_id, strength, origin)

    # Leaving and moving -----------------------------------------------------------
    def person_change(self, stakeholder_id: int, kind: str, ask: bool = True, **values) -> bool:
        """Record that they left, moved or came back (asks for the day and,
        for a move, the new role); one step."""
        if ask:
            from relapp.gui.views.person_change_dialog import PersonChangeDialog

            dialog = PersonChangeDialog(stakeholder_id, kind, self.window)
            if not dialog.exec():
                return False
            values = dialog.values()
        person = people.get_stakeholder(stakeholder_id)
        step = {"left": people_changes.mark_left, "moved": people_changes.mark_moved,
                "returned": people_changes.mark_returned}[kind]
        label = {"left": self.tr("%s left the company"), "moved": self.tr("%s moved to another role"),
                 "returned": self.tr("%s is back at the company")}[kind] % person.name
        done: list = []  # the step's record, for its undo (a redo makes a new one)

        def do() -> None:
            done[:] = [step(stakeholder_id, **values)]

        def undo() -> None:
            people_changes.undo_change(done[0].id)

        try:
            self.operations.run(Operation(label, Changes.of("people", "ties", "links", "attention",
                                                            account=person.account_id), do, undo))
        except (ValidationError, NotFoundError) as exc:
            QMessageBox.warning(self.window, self.tr("People"), refusal_text(exc))
            return False
        return True

    # Journal ---------------------------------------------------------------------
    def quick_entry(self, account_id: int | None = None, stakeholder_id: int | None = None) -> int | None:
        from relapp.gui.forms.quick_entry import QuickEntryDialog

        entry = self._run(QuickEntryDialog(account_id, stakeholder_id, self.window))
        if entry is None:
            return None
        self.operations.run(created(self.tr("New entry %s") % entry.title,
                                    Changes.of("entries", account=entry.account_id), "Entry", entry.id))
        return entry.id

    def edit_entry(self, entry_id: int) -> None:
        from relapp.gui.forms.entry_dialog import EntryDialog

        dialog = EntryDialog(journal.get_entry(entry_id), self.window)
        if self._run(dialog) is not None:
            self._push_edit(dialog, self.tr("Change entry %s") % dialog.record.title, journal.update_entry,
                            Changes.of("entries", account=dialog.record.account_id))

    def delete_entry(self, entry_id: int, confirm: bool = True) -> bool:
        entry = journal.get_entry(entry_id)
        if confirm and not self._confirm(self.tr("Delete entry"), self.tr("Delete the entry “%s”?") % entry.title):
            return False
        self.operations.run(deleted(self.tr("Delete entry %s") % entry.title,
                                    Changes.of("entries", "promises", account=entry.account_id), "Entry", entry_id))
        return True

    # Tags and key dates ------------------------------------------------------------
    def edit_tags(self, kind: str, owner_id: int, whose: str) -> None:
        """``kind``: account, stakeholder or member."""
        from relapp.gui.forms.tags_dialog import TagsDialog

        before = tags.tag_names(kind, owner_id)
        dialog = TagsDialog(whose, before, self.window)
        if not dialog.exec():
            return
        after = tags.set_tags(kind, owner_id, dialog.names())
        if after != before:
            self.operations.run(Operation(
                self.tr("Tags of %s") % whose, Changes.of("tags", account=_account_of(kind, owner_id)),
                partial(tags.set_tags, kind, owner_id, after), partial(tags.set_tags, kind, owner_id, before),
                done=True))

    def edit_key_dates(self, kind: str, owner_id: int, whose: str) -> None:
        """``kind``: stakeholder or member."""
        from relapp.gui.forms.key_dates_dialog import KeyDatesDialog

        before = key_dates.key_date_triples(kind, owner_id)
        dialog = KeyDatesDialog(whose, before, self.window)
        if not dialog.exec():
            return
        key_dates.replace_key_dates(kind, owner_id, dialog.dates())
        after = key_dates.key_date_triples(kind, owner_id)
        if after != before:
            self.operations.run(Operation(
                self.tr("Key dates of %s") % whose, Changes.of("dates", account=_account_of(kind, owner_id)),
                partial(key_dates.replace_key_dates, kind, owner_id, after),
                partial(key_dates.replace_key_dates, kind, owner_id, before), done=True))

    def change_tag(self, tag_id: int, name: str, colour: str) -> None:
        """Rename or recolour a tag; a ValidationError says what is wrong."""
        before = next(t for t in tags.list_tags() if t.id == tag_id)
        if (" ".join(name.split()), colour) == (before.name, before.colour):
            return
        self.operations.run(Operation(
            self.tr("Change tag %s") % before.name, Changes.of("tags"),
            partial(tags.update_tag, tag_id, name=name, colour=colour),
            partial(tags.update_tag, tag_id, name=before.name, colour=before.colour)))

    def delete_tag(self, tag_id: int) -> None:
        """Delete a tag from everything that carries it (undo puts it back on them)."""
        name = next(t.name for t in tags.list_tags() if t.id == tag_id)
        self.operations.run(deleted(self.tr("Delete tag %s") % name, Changes.of("tags"), "Tag", tag_id))


def _account_of(kind: str, owner_id: int) -> int | None:
    """The account a tag or key date change concerns (None: ours, any account)."""
    if kind == "account":
        return owner_id
    if kind == "stakeholder":
        return people.get_stakeholder(owner_id).account_id
    return None


def tie_edit(text: str, member_id: int, stakeholder_id: int, strength: int | None) -> Operation | None:
    """Setting how well one of ours knows one of theirs (``None``/0: no tie); None when it already is so."""
    old = people.tie_strength(member_id, stakeholder_id)
    if old == (strength or 0):
        return None
    account_id = people.get_stakeholder(stakeholder_id).account_id
    now = partial(people.tie_strength, member_id, stakeholder_id)
    # Each way only while the tie is as this window left it: a colleague's change since stays.
    return Operation(text, Changes.of("ties", account=account_id),
                     partial(people.set_tie, member_id, stakeholder_id, strength),
                     partial(people.set_tie, member_id, stakeholder_id, old),
                     unchanged=("tie", now, old, strength or 0))
