"""Edit → Tags…: every tag with its colour; rename it, give it another
colour from the palette, or delete it (from everything that carries it).
Each change is one undoable step of the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout,
)

from relapp.domain.tag_colours import PALETTE
from relapp.gui.overdue_look import overdue_style
from relapp.services.tags import list_tags
from relapp.services.validation import ValidationError
from relapp.gui.themed_styles import themed
from relapp.gui.refusal_texts import refusal_text


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TagManagerDialog(QDialog):
    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Tags"))
        self.resize(460, 380)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Tags"))
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Tag name"))
        self.colour = QComboBox(self)
        self.colour.setAccessibleName(self.tr("Tag colour"))
        for colour in PALETTE:
            self.colour.addItem(_swatch(colour), colour, colour)
        self.error = QLabel(self)
        themed(self.error, overdue_style)
        apply = QPushButton(self.tr("&Apply"), self)
        apply.clicked.connect(self.apply)
        delete = QPushButton(self.tr("&Delete tag"), self)
        delete.clicked.connect(self.delete)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Colour"), self.colour)
        row = QHBoxLayout()
        row.addWidget(apply)
        row.addWidget(delete)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        editor.operations.changed.connect(lambda changes, _origin: self.refresh() if changes.touches("tags") else None)
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for tag in list_tags():
            item = QListWidgetItem(_swatch(tag.colour), tag.name)
            item.setData(Qt.UserRole, (tag.id, tag.name, tag.colour))
            self.list.addItem(item)
            if tag.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole)[0] if item else None

    def _show_current(self) -> None:
        item = self.list.currentItem()
        _ident, name, colour = item.data(Qt.UserRole) if item else (None, "", PALETTE[0])
        self.name.setText(name)
        index = self.colour.findData(colour)
        if index < 0:  # a colour from elsewhere (an older file): offer it as it is
            self.colour.addItem(_swatch(colour), colour, colour)
            index = self.colour.count() - 1
        self.colour.setCurrentIndex(index)
        self.error.clear()

    def apply(self) -> None:
        if (ident := self.current_id()) is None:
            return
        try:
            self.editor.change_tag(ident, self.name.text(), self.colour.currentData())
        except ValidationError as exc:
            self.error.setText(refusal_text(exc))

    def delete(self) -> None:
        if (ident := self.current_id()) is not None:
            self.editor.delete_tag(ident)
