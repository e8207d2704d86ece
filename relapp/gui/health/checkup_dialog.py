"""The check-up form: every active question scored 1–5 with an optional
comment, saved as one check-up in one transaction.

``exec()`` is truthy when a check-up was recorded.  When the parent window
has an Editor (the main window does) the check-up goes on its undo stack.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QPushButton, QWidget

from relapp.domain.vocabulary import PURPOSES
from relapp.gui.forms.designer import FormDialog
from relapp.gui.forms.stale_save import StaleSave, shown
from relapp.gui.health.question_row import QuestionRow
from relapp.gui.operations import Changes, created, field_edit
from relapp.gui.tab_chain import chain_tab_order
from relapp.services import accounts, health
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.gui.screen_fit import resize_within_screen


class CheckupDialog(StaleSave, FormDialog):
    """A new check-up, or (``record``) a change to one recorded before."""

    model_name = "Checkup"  # the stored record, for undo's check of a colleague's later change
    form_name = "checkup_form"
    fields = ("day", "notes", "answers")

    def __init__(self, account_id: int, parent=None, today: dt.date | None = None, record=None):
        super().__init__(parent)
        self.account_id = account_id
        self.record = record
        account = accounts.get_account(account_id)
        self.setWindowTitle((self.tr("Check-up — %s") if record is None else self.tr("Change check-up — %s"))
                            % account.name)
        resize_within_screen(self, 1100, 760)
        self.rows: list[QuestionRow] = []
        self.field("day").setDate(QDate(today or dt.date.today()))
        self.field("context").setText(self._context(account))
        self.edit_questions = QPushButton(self.tr("Edit questions…"), self)
        self.edit_questions.clicked.connect(self._edit_questions)
        self.buttons.addButton(self.edit_questions, QDialogButtonBox.ResetRole)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Save check-up"))
        self._build_rows()
        if record is not None:
            for name in self.fields:
                self.show_value(name, self.stored_value(record, name))
        self.track(record)

    def stored_value(self, record, name):
        return health.answers_of(record.id) if name == "answers" else getattr(record, name)

    def shown_value(self, name):
        if name == "answers":
            return {row.question_id: row.answer() for row in self.rows if row.answer() is not None}
        return super().shown_value(name)

    def show_value(self, name, value) -> None:
        if name != "answers":
            super().show_value(name, value)
            return
        for row in self.rows:
            score, comment = value.get(row.question_id, (None, ""))
            row.set_score(score)
            row.comment.setText(comment)

    def shown_text(self, name, value) -> str:
        if name != "answers":
            return super().shown_text(name, value)
        return shown("; ".join(f"{row.label.text()} {value[row.question_id][0]}" for row in self.rows
                               if row.question_id in value))

    def _context(self, account) -> str:
        status = health.checkup_status(account.id)
        last = (self.tr("last check-up %s") % status.last.isoformat()) if status.last else \
            self.tr("no check-up recorded yet")
        purpose = vocabulary_label(PURPOSES[account.purpose]) if account.purpose else self.tr("purpose not decided")
        # The words are looked up outside the f-strings: lupdate does not see into them.
        relationship, ours, theirs = self.tr("Relationship:"), self.tr("Our intent:"), self.tr("Theirs:")
        parts = [f"<b>{html.escape(account.name)}</b> · {html.escape(last)} · "
                 f"{html.escape(relationship)} {html.escape(purpose)}"]
        if account.our_intent or account.their_intent:
            parts.append(f"<br><i>{html.escape(ours)}</i> {html.escape(account.our_intent or '—')}"
                         f" · <i>{html.escape(theirs)}</i> {html.escape(account.their_intent or '—')}")
        return "".join(parts)

    def _build_rows(self) -> None:
        container: QWidget = self.field("questions")
        grid: QGridLayout = container.layout()
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        # "last:" is the check-up before this one (a change to one recorded before leaves it out).
        history = [c for c in health.checkups_of(self.account_id) if self.record is None or c.id != self.record.id]
        previous = {q: s for q, (s, _) in health.answers_of(history[-1].id).items()} if history else {}
        self.rows = [QuestionRow(grid, n, q.id, q.text, previous.get(q.id), container)
                     for n, q in enumerate(health.list_questions(audience=health.audience_of(self.account_id)))]
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        # Tab runs date, score, comment, next score, …, last comment, notes: one
        # chain set in order (setTabOrder moves its second widget, so a link made
        # later must not pull a widget out of one made before).
        chain = [self.field("day")] + [w for row in self.rows for w in (row.box, row.comment)] + [self.field("notes")]
        chain_tab_order(*chain)
        if self.rows:
            self.rows[0].box.setFocus()

    def _edit_questions(self) -> None:
        from relapp.gui.health.questions_dialog import QuestionsDialog

        kept = {row.question_id: (row.score(), row.comment.text()) for row in self.rows}
        editor = self._editor()
        QuestionsDialog(self, health.audience_of(self.account_id),
                        operations=editor.operations if editor is not None else None).exec()
        self._build_rows()
        for row in self.rows:
            score, comment = kept.get(row.question_id, (None, ""))
            row.set_score(score)
            row.comment.setText(comment)

    def row_for(self, question_id: int) -> QuestionRow:
        return next(row for row in self.rows if row.question_id == question_id)

    def _editor(self):
        """The window's Editor, when the dialog was opened from one."""
        return getattr(self.parent(), "editor", None)

    def save(self):
        if self.record is not None:
            return self._save_change()
        answers = self.shown_value("answers")
        checkup = health.record_checkup(self.account_id, answers, day=self.field("day").date().toPython(),
                                        notes=self.field("notes").toPlainText())
        editor = self._editor()
        if editor is not None:
            editor.operations.run(created(self.tr("Check-up of %s") % accounts.get_account(self.account_id).name,
                                          Changes.of("checkups", account=self.account_id), "Checkup", checkup.id))
        return checkup

    def _save_change(self):
        values = self.changed_values()
        if not values:
            return self.record
        saved = self.save_edit(health.update_checkup, values)
        editor = self._editor()
        if editor is not None:
            name = accounts.get_account(self.account_id).name
            editor.operations.run(field_edit(self.tr("Change check-up of %s") % name,
                                             Changes.of("checkups", account=self.account_id), health.update_checkup,
                                             self.record.id, self.before, self.after, done=True,
                                             record=self.model_name))
        return saved
