"""Preparing a board meeting: choose the meeting or the people, read the
brief (or the account summary) in a preview, then export or print it.

The preview says which privacy mode it is in, because exports get shared.
Export writes the file on a worker thread: the data and the pictures are
gathered here on the GUI thread (widgets draw the chart and the map), the
worker only lays out, encodes and writes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPlainTextEdit, QPushButton, QRadioButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from relapp.gui.background import Task, run_in_background
from relapp.gui.brief import document_texts
from relapp.gui.brief.meetings_dialog import MeetingsDialog, checked_ids, fill_check_list
from relapp.gui.check_list_filter import CheckListFilter
from relapp.gui.brief.render import INK, PAPER, brief_images, page_layout, paint_brief, render_brief, text_document
from relapp.domain.audiences import DEFAULT_AUDIENCE
from relapp.gui.operations import Changes, field_edit
from relapp.gui.phrase_texts import phrase_text
from relapp.gui.vocabulary_labels import label
from relapp.gui.text_colours import css
from relapp.services import meetings, people
from relapp.services import validation as v
from relapp.services.accounts import get_account
from relapp.services.brief import Brief, build_brief, build_summary
from relapp.services.files import UnsafeTargetError, write_export
from relapp.gui.themed_styles import themed
from relapp.gui.screen_fit import resize_within_screen
from relapp.gui.tab_chain import chain_tab_order
from relapp.gui.refusal_texts import refusal_text

# The preview's margin around the page, and the chart's width in it at most
# (as on paper); a narrower preview gets a narrower chart.
PREVIEW_MARGIN = 14
PREVIEW_IMAGE_WIDTH = 640
PREVIEW_IMAGE_MIN = 240
PREVIEW_SLACK = 8  # pixels the page may run past the preview without a scroll bar

FILTERS = {"pdf": QT_TRANSLATE_NOOP("BriefDialog", "PDF document (*.pdf)"),
           "html": QT_TRANSLATE_NOOP("BriefDialog", "Web page (*.html)"),
           "md": QT_TRANSLATE_NOOP("BriefDialog", "Markdown (*.md)")}


def in_users_language(brief: Brief) -> Brief:
    """The brief in the user's language, for the preview and whatever is
    exported or printed from it (the command line's documents stay English):
    its own texts (headings, labels: ``brief.translate``), what the domain
    says in it (risks, questions, how well we know someone, the contact
    pattern, who moved or left) and the vocabulary labels among its data."""
    brief.translate = document_texts.translate
    brief.risks = [dataclasses.replace(risk, text=phrase_text(risk.words)) if risk.words is not None else risk
                   for risk in brief.risks]
    for person in brief.people + brief.others:
        _person_in_users_language(person)
    brief.purpose, brief.target_model = label(brief.purpose), label(brief.target_model)
    brief.current_model = label(brief.current_model)
    if brief.model_words is not None:
        brief.model_reason = phrase_text(brief.model_words)
    if (quarter := brief.quarter) is not None:
        quarter.highlights = [dataclasses.replace(i, kind=label(i.kind)) for i in quarter.highlights]
        quarter.setbacks = [dataclasses.replace(i, kind=label(i.kind)) for i in quarter.setbacks]
        if len(quarter.moved_words) == len(quarter.moved) and len(quarter.left_words) == len(quarter.left):
            quarter.moved = [phrase_text(words) for words in quarter.moved_words]
            quarter.left = [phrase_text(words) for words in quarter.left_words]
    if (plan := brief.plan) is not None:
        plan.stage, plan.stage_meaning = label(plan.stage), label(plan.stage_meaning)
        if plan.our_intent_words is not None:
            plan.our_intent = phrase_text(plan.our_intent_words)
        if plan.their_intent_words is not None:
            plan.their_intent = phrase_text(plan.their_intent_words)
        plan.stage_moves = [dataclasses.replace(m, before=label(m.before), after=label(m.after))
                            for m in plan.stage_moves]
        plan.objectives = [dataclasses.replace(o, status_label=label(o.status_label), closed_note=phrase_text(
            o.closed_words) if o.closed_words is not None else o.closed_note) for o in plan.objectives]
        plan.open_opportunities = [dataclasses.replace(o, status_label=label(o.status_label))
                                   for o in plan.open_opportunities]
        plan.objective_moves = [dataclasses.replace(m, status=label(m.status), what=phrase_text(
            m.what_words) if m.what_words is not None else m.what) for m in plan.objective_moves]
        plan.trust = [dataclasses.replace(t, label=label(t.label)) for t in plan.trust]
    return brief


def _person_in_users_language(person) -> None:
    if len(person.question_words) == len(person.questions):
        person.questions = [phrase_text(words) for words in person.question_words]
    if person.knowledge_words is not None:
        person.knowledge = phrase_text(person.knowledge_words)
    person.decision_role, person.stance = label(person.decision_role), label(person.stance)
    person.ties = [dataclasses.replace(t, label=phrase_text(t.words)) if t.words is not None else t
                   for t in person.ties]
    person.interactions = [dataclasses.replace(i, kind=label(i.kind)) for i in person.interactions]
    person.professional = [(document_texts.translate(name), text) for name, text in person.professional]
    person.personal = [(document_texts.translate(name), text) for name, text in person.personal]


def write_document(brief: Brief, images: dict[str, bytes], fmt: str, path: Path, data_folder: Path | None,
                   cancelled) -> str:
    """Lay out and write one document (on a worker thread: it touches no widget), never over the
    data in ``data_folder`` it was made from; the path written."""
    data = render_brief(brief, fmt, images)
    if not cancelled():
        # The file dialog asked before replacing a file.
        write_export(path, data, replace=True, data_folder=data_folder)
    return str(path)


class BriefDialog(QDialog):
    export_finished = Signal(str)

    def __init__(self, account_id: int, parent=None, today: dt.date | None = None, context=None, editor=None):
        super().__init__(parent)
        self.context = context  # the DataContext exports run in
        self.editor = editor  # the window's: meetings and their goals are changed as undoable steps
        self.account_id = account_id
        self.today = today or dt.date.today()
        self.account = get_account(account_id)
        self._images: dict[str, bytes] | None = None
        self._job: Task | None = None
        self.current: Brief | None = None
        self.setWindowTitle(self.tr("Board brief — %s") % self.account.name)

        # Choices -------------------------------------------------------------------
        self.brief_radio = QRadioButton(self.tr("&Board brief"), self)
        self.summary_radio = QRadioButton(self.tr("Account &summary"), self)
        self.brief_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.brief_radio)
        kinds.addButton(self.summary_radio)
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.meetings_button = QPushButton(self.tr("&Meetings…"), self)
        self.meetings_button.clicked.connect(self.open_meetings)
        self.attendees = QListWidget(self)
        self.attendees.setAccessibleName(self.tr("Their attendees"))
        self.attendee_field = QLineEdit(self)
        self.attendee_filter = CheckListFilter(self.attendee_field, self.attendees)
        # Who the document is for: three audiences by name, "our team" unless chosen.
        self.audience_combo = QComboBox(self)
        self.audience_combo.setAccessibleName(self.tr("Who the document is for"))
        for key, label in (("me", self.tr("Me: everything, the personal side included")),
                           ("team", self.tr("Our team: everything but the personal side")),
                           ("client", self.tr("The client: a handout (no stances, worries, risks or scores)"))):
            self.audience_combo.addItem(label, key)
        self.audience_combo.setCurrentIndex(self.audience_combo.findData(DEFAULT_AUDIENCE))
        self.goals_edit = QPlainTextEdit(self)
        self.goals_edit.setAccessibleName(self.tr("What we want from this meeting"))
        self.goals_edit.setPlaceholderText(self.tr("What we want from this meeting, in a few lines"))
        self.goals_edit.setTabChangesFocus(True)
        self.goals_edit.setMaximumHeight(110)
        self.save_goals_button = QPushButton(self.tr("Keep with the meeting"), self)
        self.save_goals_button.setToolTip(self.tr("Save these lines with the chosen meeting"))
        self.save_goals_button.clicked.connect(self.save_goals)
        # "What changed" counts from the last board meeting unless the user
        # picks a day (the command line's --since).
        self.since_meeting = QCheckBox(self.tr("the &last board meeting"), self)
        self.since_meeting.setChecked(True)
        self.since_meeting.setToolTip(self.tr("Untick to count the changes from a day of your own"))
        self.since_edit = QDateEdit(self)
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setMaximumDate(self.today)
        self.since_edit.setDate(self.today - dt.timedelta(days=91))
        self.since_edit.setEnabled(False)
        self.since_edit.setAccessibleName(self.tr("Count changes since"))

        form = QWidget(self)
        form_layout = QFormLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.brief_radio)
        kind_row.addWidget(self.summary_radio)
        kind_row.addStretch(1)
        form_layout.addRow(self.tr("Document"), kind_row)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.meeting_combo, 1)
        meeting_row.addWidget(self.meetings_button)
        form_layout.addRow(self.tr("Meeting"), meeting_row)
        attendee_column = QVBoxLayout()
        attendee_column.setContentsMargins(0, 0, 0, 0)
        attendee_column.addWidget(self.attendee_field)
        attendee_column.addWidget(self.attendees)
        form_layout.addRow(self.tr("Their attendees"), attendee_column)
        form_layout.addRow(self.tr("What we want"), self.goals_edit)
        form_layout.addRow("", self.save_goals_button)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_meeting)
        since_row.addWidget(self.since_edit)
        since_row.addStretch(1)
        form_layout.addRow(self.tr("Changes since"), since_row)
        audience_label = QLabel(self.tr("F&or"), self)
        audience_label.setBuddy(self.audience_combo)
        form_layout.addRow(audience_label, self.audience_combo)
        # Tab follows the rows as they are laid out (the audiences sit last).
        chain_tab_order(self.attendee_field, self.attendees, self.goals_edit, self.save_goals_button,
                        self.since_meeting, self.since_edit, self.audience_combo)

        # Preview ---------------------------------------------------------------------
        self.privacy_label = QLabel(self)
        self.privacy_label.setWordWrap(True)
        self.privacy_label.setAccessibleName(self.tr("Privacy mode"))
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        # The preview is the page as it will be printed or shared: paper-white in
        # both themes, so the document's navy headings stay readable in dark mode.
        paper = self.preview.palette()
        paper.setColor(QPalette.Base, QColor(PAPER))
        paper.setColor(QPalette.Text, QColor(INK))
        self.preview.setPalette(paper)
        self._image_width: int | None = None  # the chart's width in the preview shown
        self._width_guessed = False  # drawn while hidden, at a width the first resize corrects
        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.privacy_label)
        preview_layout.addWidget(self.preview, 1)
        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(form)
        split.addWidget(preview_box)
        split.setStretchFactor(1, 1)
        self.split = split

        # Buttons ---------------------------------------------------------------------
        self.status = QLabel(self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_brief)
        # The usual keys for saving and printing a document; the buttons keep their Alt letters.
        for keys, button, tip in ((QKeySequence.Save, self.export_button, self.tr("Export the brief as PDF, HTML "
                                                                                  "or Markdown (%s)")),
                                  (QKeySequence.Print, self.print_button, self.tr("Print the brief (%s)"))):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(button.click)  # a disabled button ignores it
            button.setToolTip(tip % shortcut.key().toString(QKeySequence.NativeText))
        self.cancel_export_button = QPushButton(self.tr("Cancel export"), self)
        self.cancel_export_button.clicked.connect(self.cancel_export)
        self.cancel_export_button.hide()
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.cancel_export_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        resize_within_screen(self, 1180, 760)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        self.preview.viewport().installEventFilter(self)
        self._fill_meetings()
        self._fill_attendees(set())
        self._meeting_changed()
        self._fit_choices(form)
        self.meeting_combo.currentIndexChanged.connect(self._meeting_changed)
        self.attendees.itemChanged.connect(lambda _item: self._refresh_timer.start())
        self.goals_edit.textChanged.connect(self._refresh_timer.start)
        self.audience_combo.currentIndexChanged.connect(self.refresh)
        self.since_meeting.toggled.connect(lambda on: (self.since_edit.setEnabled(not on), self.refresh()))
        self.since_edit.dateChanged.connect(lambda _day: self._refresh_timer.start())
        self.brief_radio.toggled.connect(self._kind_changed)
        self.refresh()

    # Choices --------------------------------------------------------------------------
    def _fill_meetings(self, select: int | None = None) -> None:
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        self.meeting_combo.addItem(self.tr("No meeting: choose the attendees below"), None)
        rows = meetings.meetings_of(self.account_id)
        upcoming = sorted((m for m in rows if m.day >= self.today), key=lambda m: m.day)
        for detail in upcoming + [m for m in rows if m.day < self.today]:
            self.meeting_combo.addItem(f"{detail.day.isoformat()} — {detail.title}", detail.id)
        index = self.meeting_combo.findData(select) if select is not None else (1 if upcoming else 0)
        self.meeting_combo.setCurrentIndex(max(index, 0))
        self.meeting_combo.blockSignals(False)

    def _fill_attendees(self, checked: set[int]) -> None:
        self.attendees.blockSignals(True)
        rows = [(p.id, f"{p.name} — {p.title}" if p.title else p.name) for p in people.stakeholders_of(self.account_id)]
        fill_check_list(self.attendees, rows, checked)
        self.attendees.blockSignals(False)
        self.attendee_filter.refilled()

    def _fit_choices(self, form: QWidget) -> None:
        """The attendees' names and titles and the meeting's name shown whole, not cut off."""
        names = self.attendees
        names.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        widest = names.sizeHintForColumn(0) + 2 * names.frameWidth() + names.verticalScrollBar().sizeHint().width()
        names.setMinimumWidth(min(widest + 6, 520))
        self.meeting_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.split.setSizes([max(380, form.sizeHint().width()), 640])

    def meeting_id(self) -> int | None:
        return self.meeting_combo.currentData()

    def _meeting_changed(self) -> None:
        meeting_id = self.meeting_id()
        detail = meetings.meeting_detail(meeting_id) if meeting_id is not None else None
        self._fill_attendees(set(detail.stakeholders) if detail else set(checked_ids(self.attendees)))
        self.goals_edit.blockSignals(True)
        self.goals_edit.setPlainText(detail.goals if detail else self.goals_edit.toPlainText())
        self.goals_edit.blockSignals(False)
        self.save_goals_button.setEnabled(detail is not None)
        self.refresh()

    def _kind_changed(self) -> None:
        # The summary needs no meeting: its choices would only mislead.
        brief = self.brief_radio.isChecked()
        for widget in (self.meeting_combo, self.meetings_button, self.attendee_field, self.attendees, self.goals_edit):
            widget.setEnabled(brief)
        self.save_goals_button.setEnabled(brief and self.meeting_id() is not None)
        self.refresh()

    def check_attendees(self, names: list[str]) -> None:
        """Tick exactly these people (by name) — for keyboard-free use and tests."""
        wanted = {n.lower() for n in names}
        for i in range(self.attendees.count()):
            item = self.attendees.item(i)
            name = item.text().split(" — ")[0].lower()
            item.setCheckState(Qt.Checked if name in wanted else Qt.Unchecked)
        self.refresh()

    def open_meetings(self) -> None:
        dialog = MeetingsDialog(self.account_id, self, self.today, editor=self.editor)
        dialog.exec()
        if dialog.changed:
            self._fill_meetings(self.meeting_id())
            self._meeting_changed()

    def save_goals(self) -> None:
        if (meeting_id := self.meeting_id()) is not None:
            goals = self.goals_edit.toPlainText()
            try:
                if self.editor is None:
                    meetings.update_meeting(meeting_id, goals=goals)
                else:
                    before = meetings.meeting_detail(meeting_id).goals
                    if before != goals:
                        self.editor.operations.run(field_edit(
                            self.tr("Goals of the meeting"), Changes.of("meetings", account=self.account_id),
                            meetings.update_meeting, meeting_id, {"goals": before}, {"goals": goals}), origin=self)
            except v.ValidationError as exc:
                self.status.setText(refusal_text(exc))
                return
            self.status.setText(self.tr("Saved with the meeting."))

    # The document ---------------------------------------------------------------------------
    def build(self) -> Brief | None:
        audience = self.audience()
        since = self.since()
        if self.summary_radio.isChecked():
            return in_users_language(build_summary(self.account_id, audience=audience, today=self.today,
                                                   since=since))
        ids = checked_ids(self.attendees)
        if not ids:
            return None
        meeting_id = self.meeting_id()
        detail = meetings.meeting_detail(meeting_id) if meeting_id is not None else None
        return in_users_language(build_brief(self.account_id, ids, meeting=detail,
                                             goals=self.goals_edit.toPlainText(), audience=audience,
                                             today=self.today, since=since))

    def since(self) -> dt.date | None:
        """The day changes are counted from; None for the last board meeting."""
        return None if self.since_meeting.isChecked() else self.since_edit.date().toPython()

    def images(self, brief: Brief) -> dict[str, bytes]:
        # The pictures depend on the account (and the client's handout has none): draw them once.
        if self._images is None:
            self._images = {}
        key = brief.audience == "client"
        if key not in self._images:
            self._images[key] = brief_images(brief)
        return self._images[key]

    def audience(self) -> str:
        return self.audience_combo.currentData()

    def set_audience(self, audience: str) -> None:
        self.audience_combo.setCurrentIndex(self.audience_combo.findData(audience))

    def refresh(self) -> None:
        self._refresh_timer.stop()
        audience = self.audience()
        self.privacy_label.setText({
            "me": self.tr("<b>For me:</b> this document includes the personal side of people (family, interests, "
                          "private notes). Keep it to yourself."),
            "team": self.tr("<b>For our team:</b> the personal side of people is left out; stances, risks and "
                            "coverage are in: not for the client."),
            "client": self.tr("<b>For the client:</b> a handout with the account at a glance, our joint work and "
                              "the next steps agreed; no stances, worries, risks, coverage or health scores."),
        }[audience])
        themed(self.privacy_label, lambda: css("negative") if audience == "me" else "")
        try:
            self.current = self.build()
        except (v.ValidationError, v.NotFoundError) as exc:
            self.current = None
            self.preview.setPlainText(refusal_text(exc))
        if self.current is None:
            self.preview.setPlainText(self.tr("Tick at least one of their people to see the brief."))
        else:
            self._image_width = self._image_room()
            self._width_guessed = not self.preview.isVisible()
            document = text_document(self.current, self.images(self.current), image_width=self._image_width)
            document.setDocumentMargin(PREVIEW_MARGIN)
            document.setParent(self.preview)
            # The reader keeps their place when a tick or a new width redraws it.
            scroll = self.preview.verticalScrollBar()
            place = scroll.value()
            # The brief drawn before is ours to delete (the preview deletes
            # only its own first document): kept, every tick and resize left
            # another document, its pictures with it, until the dialog closed.
            shown = self.preview.document()
            drawn_before = shown if shown.parent() is self.preview else None
            self.preview.setDocument(document)
            if drawn_before is not None:
                drawn_before.deleteLater()
            document.documentLayout().documentSizeChanged.connect(self._sideways_bar)
            self._sideways_bar()
            scroll.setValue(place)
        can_export = self.current is not None and self._job is None
        self.export_button.setEnabled(can_export)
        self.print_button.setEnabled(self.current is not None)

    def _image_room(self) -> int:
        """The chart's width in the preview: as on paper where there is room;
        a fixed 640 pixels gave a preview narrower than that a sideways
        scroll bar and cut the chart's right edge."""
        if not self.preview.isVisible():
            return PREVIEW_IMAGE_WIDTH  # not laid out yet: its width is Qt's default; the first resize tells
        room = self.preview.viewport().width() - 2 * PREVIEW_MARGIN - 4
        return max(PREVIEW_IMAGE_MIN, min(PREVIEW_IMAGE_WIDTH, room))

    def _sideways_bar(self, _size=None) -> None:
        """A sideways scroll bar only for what is really wider than the
        preview (a table in a preview dragged narrow): the text wraps and
        the pictures follow the width, but Qt draws a full-width table's
        border a few pixels past the text, and a scroll bar for those
        moved the page by a pixel."""
        overflow = self.preview.document().size().width() - self.preview.viewport().width()
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff if overflow <= PREVIEW_SLACK
                                                  else Qt.ScrollBarAsNeeded)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Resize and watched is self.preview.viewport() and self.current is not None
                and self._image_room() != self._image_width):
            if self._width_guessed:
                # Drawn before it was shown, at a guessed width: drawn again
                # at once for the first frame (waiting for the pause, the
                # brief first showed a quarter of a second too wide, with a
                # sideways scroll bar).
                self._width_guessed = False
                self.refresh()
            else:
                self._refresh_timer.start()  # the chart fits the new width once the resizing pauses
        return super().eventFilter(watched, event)

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    # Export and print -----------------------------------------------------------------------
    def export(self) -> None:
        if self.current is None:
            return
        dialog = QFileDialog(self, self.tr("Export the brief"))
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        filters = {k: self.tr(label) for k, label in FILTERS.items()}
        dialog.setNameFilters(list(filters.values()))
        stem = f"{'summary' if self.current.kind == 'summary' else 'brief'}-{self.account.name}"
        dialog.selectFile(stem.replace("/", "-") + ".pdf")
        if not dialog.exec() or not dialog.selectedFiles():
            return
        path = Path(dialog.selectedFiles()[0])
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in FILTERS:
            fmt = next((k for k, label in filters.items() if label == dialog.selectedNameFilter()), "pdf")
            path = path.with_name(path.name + "." + fmt)
        self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the previewed document to ``path`` on a worker thread."""
        if self.current is None or self._job is not None:
            return
        images = self.images(self.current) if fmt != "md" else {}
        brief, path = self.current, Path(path)
        folder = self.context.data_dir  # never over the data the brief was made from
        self.export_button.setEnabled(False)
        self.cancel_export_button.show()
        self.status.setText(self.tr("Exporting to %s…") % path.name)
        self._job = run_in_background(lambda _progress, cancelled: write_document(brief, images, fmt, path, folder, cancelled),
                                      parent=self, context=self.context, done=self._export_done,
                                      failed=lambda exc: self._export_failed(
                                          # An unsafe target says itself what is wrong.
                                          str(exc) if isinstance(exc, UnsafeTargetError)
                                          else f"{type(exc).__name__}: {exc}"),
                                      cancelled=lambda: self._export_failed("cancelled"))

    def cancel_export(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _export_over(self) -> None:
        self._job = None
        self.cancel_export_button.hide()
        self.export_button.setEnabled(self.current is not None)

    def _export_done(self, path: str) -> None:
        self._export_over()
        self.status.setText(self.tr("Written to %s") % path)
        self.export_finished.emit(path)

    def _export_failed(self, message: str) -> None:
        self._export_over()
        self.status.setText(self.tr("Export cancelled") if message == "cancelled"
                            else self.tr("Export failed: %s") % message)

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(self.current.title if self.current else "")
        return printer

    def print_brief(self) -> None:
        if self.current is None:
            return
        printer = self.make_printer()
        if QPrintDialog(printer, self).exec():
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        paint_brief(self.current, self.images(self.current), printer)
        self.status.setText(self.tr("Sent to the printer."))

    def done(self, result: int) -> None:
        # A running export finishes on its own and writes its file; the
        # dialog only stops listening.
        if self._job is not None:
            self._job.setParent(None)
            self._job.deleteLater()
            self._job = None
        super().done(result)
