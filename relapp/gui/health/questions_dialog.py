"""Editing the check-up questions: reword, add, reorder, switch off.

Each change is saved at once, as an undoable step on the window's
``operations`` when the dialog has them.  A switched-off question keeps its
past answers (the trend does not jump) but is no longer asked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout,
)

from relapp.gui.operations import Changes, Operation, created
from relapp.services import health
from relapp.services.validation import ValidationError
from relapp.gui.text_colours import css
from relapp.gui.themed_styles import themed
from relapp.gui.refusal_texts import refusal_text


class QuestionsDialog(QDialog):
    def __init__(self, parent=None, audience: str = "client", operations=None):
        """``audience``: the clients' set, or "internal" for internal customers'."""
        super().__init__(parent)
        self.audience = audience
        self.operations = operations
        self._shown: dict[int, tuple[str, bool]] = {}  # question id → (text, active) as listed
        self.setWindowTitle(self.tr("Check-up questions") if audience == "client"
                            else self.tr("Check-up questions for internal customers"))
        self.resize(760, 520)
        hint = QLabel(self.tr("Double-click a question to reword it; untick it to stop asking it."), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Check-up questions"))
        self.list.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._item_changed)
        self.error = QLabel(self)
        themed(self.error, lambda: css("negative"))
        add = QPushButton(self.tr("Add question"), self)
        add.clicked.connect(self.add_question)
        up = QPushButton(self.tr("Move up"), self)
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(self.tr("Move down"), self)
        down.clicked.connect(lambda: self._move(1))
        row = QHBoxLayout()
        for button in (add, up, down):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self._shown.clear()
        for question in health.list_questions(include_inactive=True, audience=self.audience):
            self._shown[question.id] = (question.text, bool(question.active))
            item = QListWidgetItem(question.text)
            item.setData(Qt.UserRole, question.id)
            item.setFlags(item.flags() | Qt.ItemIsEditable | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if question.active else Qt.Unchecked)
            self.list.addItem(item)
            if question.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        question_id = item.data(Qt.UserRole)
        text, active = item.text(), item.checkState() == Qt.Checked
        old_text, old_active = self._shown.get(question_id, (text, active))
        try:
            self._step(self.tr("Change a check-up question"),
                       lambda: health.update_question(question_id, text=text, active=active),
                       lambda: health.update_question(question_id, text=old_text, active=old_active))
            self._shown[question_id] = (text, active)
            self.error.clear()
        except ValidationError as exc:
            self.error.setText(refusal_text(exc))
            self.reload(item.data(Qt.UserRole))

    def add_question(self) -> None:
        question = health.add_question(self.tr("New question — double-click to write it"), audience=self.audience)
        if self.operations is not None:
            self.operations.run(created(self.tr("New check-up question"), Changes.of("checkups"), "HealthQuestion",
                                        question.id), origin=self)
        self.reload(question.id)
        self.list.editItem(self.list.currentItem())

    def _move(self, step: int) -> None:
        item = self.list.currentItem()
        if item is not None and 0 <= self.list.row(item) + step < self.list.count():
            question_id = item.data(Qt.UserRole)
            self._step(self.tr("Move a check-up question"), lambda: health.move_question(question_id, step),
                       lambda: health.move_question(question_id, -step))
            self.reload(question_id)

    def _step(self, text: str, do, undo) -> None:
        if self.operations is None:
            do()
        else:
            self.operations.run(Operation(text, Changes.of("checkups"), do, undo), origin=self)
