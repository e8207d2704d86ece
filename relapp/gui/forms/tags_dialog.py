"""Choosing the tags of an account or a person: names separated by commas,
existing tags offered as you type; a new name makes a new tag."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from relapp.domain.tag_colours import split_tags
from relapp.gui.forms.quick_entry import MultiNameCompleter
from relapp.gui.tag_chips import tag_chips
from relapp.services.tags import list_tags


class TagsDialog(QDialog):
    def __init__(self, whose: str, names: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags of %s") % whose)
        self.resize(480, 200)
        self.edit = QLineEdit(", ".join(names) + (", " if names else ""), self)
        self.edit.setAccessibleName(self.tr("Tags, separated by commas"))
        self.edit.setPlaceholderText(self.tr("Tier 1, North, Retail…"))
        known = list_tags()
        self.completer = MultiNameCompleter(self.edit)
        self.completer.set_names([t.name for t in known])
        hint = QLabel(self)
        hint.setWordWrap(True)
        hint.setText(self.tr("Separate tags with commas; a new name makes a new tag.") +
                     ("<br>" + tag_chips(known) if known else ""))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def names(self) -> list[str]:
        return split_tags(self.edit.text())
