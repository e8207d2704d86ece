"""One check-up question in the form: its text, five score buttons and a
comment.  No button checked means the question is skipped this time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QWidget

SCORE_HINTS = {1: "Not at all", 2: "Hardly", 3: "Partly", 4: "Mostly", 5: "Without doubt"}


class QuestionRow:
    """The widgets of one question, placed on a row of the form's grid."""

    def __init__(self, grid, row: int, question_id: int, text: str, previous: int | None, parent: QWidget):
        self.question_id = question_id
        self.label = QLabel(text, parent)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(320)
        self.scores = QButtonGroup(parent)
        self.scores.setExclusive(False)  # so a second click can clear a score
        box = QWidget(parent)
        box_layout = QHBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        for score in range(1, 6):
            button = QRadioButton(str(score), box)
            button.setToolTip(parent.tr(SCORE_HINTS[score]))
            button.setAccessibleName(parent.tr("%s: %d of 5") % (text, score))
            self.scores.addButton(button, score)
            box_layout.addWidget(button)
        self.scores.idToggled.connect(self._only_one)
        self.before = QLabel(parent.tr("last: %d") % previous if previous else parent.tr("last: —"), parent)
        self.before.setStyleSheet("color: gray;")
        self.before.setToolTip(parent.tr("The score in the previous check-up"))
        self.comment = QLineEdit(parent)
        self.comment.setPlaceholderText(parent.tr("Comment (optional)"))
        self.comment.setAccessibleName(parent.tr("Comment on: %s") % text)
        self.label.setBuddy(self.scores.button(1))
        grid.addWidget(self.label, row, 0)
        grid.addWidget(box, row, 1, Qt.AlignVCenter)
        grid.addWidget(self.before, row, 2)
        grid.addWidget(self.comment, row, 3)

    def _only_one(self, score: int, checked: bool) -> None:
        if checked:
            for other in self.scores.buttons():
                if other is not self.scores.button(score) and other.isChecked():
                    other.setChecked(False)

    def score(self) -> int | None:
        checked = self.scores.checkedId()
        return checked if checked > 0 else None

    def set_score(self, score: int | None) -> None:
        for button in self.scores.buttons():
            button.setChecked(False)
        if score:
            self.scores.button(score).setChecked(True)

    def answer(self) -> tuple[int, str] | None:
        score = self.score()
        return None if score is None else (score, self.comment.text())
