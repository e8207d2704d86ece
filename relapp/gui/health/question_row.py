"""One check-up question in the form: its text, five score buttons and a
comment.  No button checked means the question is skipped this time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QWidget
from relapp.gui.text_colours import css
from relapp.gui.themed_styles import themed

# lupdate reads translate("Context", "text") calls; the context is fixed
# because these are plain functions, not methods of a QObject.
translate = QCoreApplication.translate

SCORE_HINTS = {
    1: QT_TRANSLATE_NOOP("QuestionRow", "Not at all"),
    2: QT_TRANSLATE_NOOP("QuestionRow", "Hardly"),
    3: QT_TRANSLATE_NOOP("QuestionRow", "Partly"),
    4: QT_TRANSLATE_NOOP("QuestionRow", "Mostly"),
    5: QT_TRANSLATE_NOOP("QuestionRow", "Without doubt"),
}


class ScoreBox(QWidget):
    """The five score buttons as one keyboard stop: type 1–5 to score,
    0 or Delete to skip the question, Tab to go on to the comment."""

    def __init__(self, row: "QuestionRow", parent: QWidget):
        super().__init__(parent)
        self.row = row
        self.setFocusPolicy(Qt.StrongFocus)
        self.setObjectName("scoreBox")
        # A visible frame shows where typed scores go.
        themed(self, lambda: "#scoreBox { border: 1px solid transparent; border-radius: 3px; }"
                             "#scoreBox:focus { border: 1px solid palette(highlight); }")
        self.setAttribute(Qt.WA_StyledBackground, True)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if Qt.Key_1 <= key <= Qt.Key_5:
            self.row.set_score(key - Qt.Key_0)
        elif key in (Qt.Key_0, Qt.Key_Delete, Qt.Key_Backspace):
            self.row.set_score(None)
        elif key in (Qt.Key_Left, Qt.Key_Right):
            current = self.row.score() or (0 if key == Qt.Key_Right else 6)
            self.row.set_score(max(1, min(5, current + (1 if key == Qt.Key_Right else -1))))
        else:
            super().keyPressEvent(event)


class QuestionRow:
    """The widgets of one question, placed on a row of the form's grid."""

    def __init__(self, grid, row: int, question_id: int, text: str, previous: int | None, parent: QWidget):
        self.question_id = question_id
        self.label = QLabel(text, parent)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(320)
        self.scores = QButtonGroup(parent)
        self.scores.setExclusive(False)  # so a second click can clear a score
        box = ScoreBox(self, parent)
        box.setAccessibleName(translate("QuestionRow", "Score for: %s") % text)
        box_layout = QHBoxLayout(box)
        box_layout.setContentsMargins(4, 2, 4, 2)
        for score in range(1, 6):
            button = QRadioButton(str(score), box)
            button.setFocusPolicy(Qt.NoFocus)  # the box takes the keys for all five
            button.setToolTip(translate("QuestionRow", SCORE_HINTS[score]))
            button.setAccessibleName(translate("QuestionRow", "%s: %d of 5") % (text, score))
            self.scores.addButton(button, score)
            box_layout.addWidget(button)
        self.scores.idToggled.connect(self._only_one)
        self.before = QLabel(translate("QuestionRow", "last: %d") % previous if previous
                             else translate("QuestionRow", "last: —"), parent)
        themed(self.before, lambda: css("muted"))
        self.before.setToolTip(translate("QuestionRow", "The score in the previous check-up"))
        self.comment = QLineEdit(parent)
        self.comment.setPlaceholderText(translate("QuestionRow", "Comment (optional)"))
        self.comment.setAccessibleName(translate("QuestionRow", "Comment on: %s") % text)
        self.box = box
        self.label.setBuddy(box)
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
