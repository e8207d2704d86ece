"""Quick entry: a journal entry written in seconds without the mouse.

Tab moves through account, people, kind, value, title, notes, date and the
TRUST toggles (value to title is one press; the date, which takes a Tab per
part, and the toggles come last and have their own Alt keys); Enter saves from anywhere (Shift+Enter starts a new line in the
notes); Esc cancels.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QDialogButtonBox, QLineEdit, QPushButton, QToolButton

from relapp.domain.vocabulary import ENTRY_KINDS
from relapp.gui.forms.designer import FormDialog, fill_combo
from relapp.services import accounts, journal, people
from relapp.services.validation import ValidationError
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.gui.refusal_texts import refusal_text

TRUST_WIDGETS = {"time": "trust_time", "risk-free": "trust_risk_free", "understanding": "trust_understanding",
                 "specialists": "trust_specialists", "trust": "trust_trust"}


class MultiNameCompleter(QObject):
    """Completion of the last name in a comma-separated list."""

    def __init__(self, edit: QLineEdit):
        super().__init__(edit)
        self.edit = edit
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchContains)
        self.completer.setWidget(edit)
        self.completer.activated.connect(self._insert)
        edit.textEdited.connect(self._update)

    def set_names(self, names: list[str]) -> None:
        self.model.setStringList(names)

    def _update(self, text: str) -> None:
        prefix = text.split(",")[-1].strip()
        if not prefix:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _insert(self, name: str) -> None:
        parts = [p.strip() for p in self.edit.text().split(",")[:-1] if p.strip()]
        self.edit.setText(", ".join(parts + [name]) + ", ")


class QuickEntryDialog(FormDialog):
    form_name = "quick_entry"

    def __init__(self, account_id: int | None = None, stakeholder_id: int | None = None, parent=None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New journal entry"))
        self.resize(560, 480)
        self._names: dict[str, tuple[str, int]] = {}
        account_box = self.field("account")
        account_box.setEditable(True)
        account_box.setInsertPolicy(account_box.InsertPolicy.NoInsert)
        account_box.completer().setFilterMode(Qt.MatchContains)
        account_box.completer().setCompletionMode(QCompleter.PopupCompletion)
        for row in accounts.list_accounts(include_archived=False):
            account_box.addItem(row.name, row.id)
        fill_combo(self.field("kind"), {k: vocabulary_label(v) for k, v in ENTRY_KINDS.items()})
        self.field("day").setDate(QDate(today or dt.date.today()))
        self.participants = MultiNameCompleter(self.field("participants"))
        account_box.currentIndexChanged.connect(self._account_changed)
        if account_id is not None:
            account_box.setCurrentIndex(max(account_box.findData(account_id), 0))
        self._account_changed()
        if stakeholder_id is not None:
            person = people.get_stakeholder(stakeholder_id)
            self.field("participants").setText(person.name + ", ")
        self.field("notes").installEventFilter(self)
        promise = QPushButton(self.tr("Add a &promise…"), self)
        promise.setToolTip(self.tr("Record something we promised them, with a due date"))
        promise.setAutoDefault(False)
        promise.clicked.connect(self.add_promise)
        self.buttons.addButton(promise, QDialogButtonBox.ActionRole)
        # Start where the user most likely types: who, when the account is known.
        (self.field("participants") if account_id is not None else account_box).setFocus()

    def _account_changed(self) -> None:
        account_id = self.field("account").currentData()
        self._names = {}
        if account_id is not None:
            for person in people.stakeholders_of(account_id):
                self._names[person.name.lower()] = ("stakeholder", person.id)
        for member in people.list_members():
            self._names.setdefault(member.name.lower(), ("member", member.id))
        self.participants.set_names(sorted({n for n in self._display_names()}))

    def _display_names(self):
        if (account_id := self.field("account").currentData()) is not None:
            yield from (p.name for p in people.stakeholders_of(account_id))
        yield from (m.name for m in people.list_members())

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.field("notes") and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & Qt.ShiftModifier):
            self._try_accept()
            return True
        return super().eventFilter(obj, event)

    def trust_tags(self) -> list[str]:
        return [tag for tag, name in TRUST_WIDGETS.items() if self.form.findChild(QToolButton, name).isChecked()]

    def _account_id(self) -> int:
        box = self.field("account")
        typed = box.currentText().strip()
        index = box.findText(typed, Qt.MatchFixedString)
        if index < 0:
            if not typed:
                raise ValidationError("account", "choose an account")
            raise ValidationError("account", "no account called {name}", name=repr(typed))
        return box.itemData(index)

    def _participants(self) -> tuple[list[int], list[int]]:
        stakeholders, members = [], []
        for name in (n.strip() for n in self.field("participants").text().split(",")):
            if not name:
                continue
            found = self._names.get(name.lower())
            if found is None:
                raise ValidationError("participants", "nobody called {name} in this account or on our team",
                                      name=repr(name))
            (stakeholders if found[0] == "stakeholder" else members).append(found[1])
        return stakeholders, members

    def add_promise(self) -> None:
        """A promise made in the meeting being written up, to its first participant."""
        from relapp.gui.commitments import actions
        from relapp.gui.commitments.commitment_dialog import CommitmentDialog

        try:
            account_id = self._account_id()
            stakeholders, _ = self._participants()
        except ValidationError as exc:
            self.show_error(refusal_text(exc, self.field_label(exc.field)), exc.field)
            return
        person = stakeholders[0] if stakeholders else None
        editor = getattr(self.parent(), "editor", None)
        if editor is not None:
            actions.new_commitment(editor, account_id, person, self)
        else:
            CommitmentDialog(account_id, person, self).exec()

    def save(self):
        account_id = self._account_id()
        stakeholders, members = self._participants()
        return journal.add_entry(
            account=account_id, day=self.field("day").date().toPython(), kind=self.field("kind").currentData(),
            value=self.field("value").value(), title=self.field("title").text(),
            notes=self.field("notes").toPlainText(), trust=self.trust_tags(),
            stakeholders=stakeholders, members=members,
        )


