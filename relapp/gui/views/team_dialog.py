"""Our side: the team members (the user, colleagues, internal customers)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from relapp.domain.vocabulary import MEMBER_KINDS
from relapp.services import people
from relapp.gui.vocabulary_labels import label as vocabulary_label


class TeamDialog(QDialog):
    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Our team"))
        self.resize(460, 420)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Team members"))
        self.list.itemActivated.connect(lambda _item: self._edit())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("New…"), self._new), (self.tr("Edit…"), self._edit),
                           (self.tr("Tags…"), self._tags), (self.tr("Key dates…"), self._key_dates),
                           (self.tr("Delete"), self._delete)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(close)
        editor.operations.changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, changes, _origin) -> None:
        if changes.touches("team"):
            self.refresh()

    def refresh(self) -> None:
        keep = self._current()  # an edit refreshes the list: stay on the same person
        self.list.clear()
        for member in people.list_members():
            item = QListWidgetItem(f"{member.name} — {member.role or vocabulary_label(MEMBER_KINDS[member.kind])}")
            item.setData(Qt.UserRole, member.id)
            self.list.addItem(item)
        if keep is not None:
            self.select_member(keep)

    def select_member(self, member_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.UserRole) == member_id:
                self.list.setCurrentRow(row)
                return

    def _current(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _tags(self) -> None:
        if (member := self._current()) is not None:
            self.editor.edit_tags("member", member, people.get_member(member).name)

    def _key_dates(self) -> None:
        if (member := self._current()) is not None:
            self.editor.edit_key_dates("member", member, people.get_member(member).name)

    def _new(self) -> None:
        self.editor.new_member()

    def _edit(self) -> None:
        if (member := self._current()) is not None:
            self.editor.edit_member(member)

    def _delete(self) -> None:
        if (member := self._current()) is not None:
            self.editor.delete_member(member)
