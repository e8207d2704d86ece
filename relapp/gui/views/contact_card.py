"""The contact card: one stakeholder, both sides of them, who on our team
knows them and how well, their timeline and their own balance."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from relapp.domain.coverage import suggested_ties
from relapp.domain.vocabulary import DECISION_ROLES, STANCES, TIE_STRENGTHS
from relapp.gui.gap_texts import suggestion_words
from relapp.gui.chart.balance_chart import BalanceChart
from relapp.gui.commitments.commitments_panel import CommitmentsPanel
from relapp.gui.health.touch_line import touch_line
from relapp.gui.key_date_text import key_date_text
from relapp.gui.models.journal_table import JournalTableModel
from relapp.gui.views.empty_hint import EmptyHint
from relapp.gui.views.tables import make_table
from relapp.gui.views.text_blocks import field_rows, heading, paragraph
from relapp.services import accounts, people
from relapp.services.journal import JournalFilter
from relapp.services.coverage import person_knowledge
from relapp.services.keep_in_touch import contact_status
from relapp.services.validation import NotFoundError
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.gui.tag_chips import tag_chips
from relapp.services.key_dates import key_dates_of
from relapp.services.tags import tags_of
from relapp.gui.screen_fit import resize_within_screen

# What the card shows: the person, their account, our team and ties, entries and promises.
SHOWN_KINDS = ("accounts", "people", "team", "ties", "entries", "promises", "tags", "dates")


class ContactCard(QDialog):
    new_entry = Signal(int, int)  # account id, stakeholder id

    def __init__(self, stakeholder_id: int, editor, parent=None):
        super().__init__(parent)
        self.stakeholder_id = stakeholder_id
        self._account_id: int | None = None
        self.editor = editor
        self.setWindowTitle(self.tr("Contact card"))
        resize_within_screen(self, 1100, 900)
        self.name = heading()
        self.position = paragraph()
        self.professional = paragraph()
        self.personal = paragraph()
        self.ties_box = QGroupBox(self.tr("Who on our side knows them"), self)
        self.ties_grid = QGridLayout(self.ties_box)
        self.chart = BalanceChart(self)
        # Short enough that on a small laptop's screen (1024×640) the person's
        # details above keep the room: at 200 pixels they got one field in view.
        self.chart.setMinimumHeight(120)
        self.timeline_model = JournalTableModel(self, show_account=False, team=lambda: editor.operations.context.team)
        self.timeline = make_table(self.timeline_model, self)
        self.timeline.setAccessibleName(self.tr("Timeline of entries with this person"))
        self.timeline.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline_hint = EmptyHint(self.timeline, lambda: self.tr(
            "Nothing with them in the journal yet: “New entry with them…” below writes the first entry."))
        self.promises = CommitmentsPanel(editor, self)

        sides = QHBoxLayout()
        professional_box = QGroupBox(self.tr("Professional"), self)
        for box, text in ((professional_box, self.professional),
                          (personal_box := QGroupBox(self.tr("What matters to them"), self), self.personal)):
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(text)
            box_layout.addStretch(1)  # text starts at the top of a taller neighbour
        sides.addWidget(professional_box, 1)
        sides.addWidget(personal_box, 1)
        sides.addWidget(self.ties_box, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.name)
        top_layout.addWidget(self.promises.alert)
        self.touch = paragraph()
        self.touch.setAccessibleName(self.tr("Keeping in touch"))
        top_layout.addWidget(self.touch)
        top_layout.addWidget(self.position)
        # Contact the journal shows with no tie recorded: offered as a tie, one click (or Alt+R) away.
        self.suggestion = QWidget(top)
        bar = QHBoxLayout(self.suggestion)
        bar.setContentsMargins(0, 0, 0, 0)
        self.suggestion_text = QLabel(self.suggestion)
        self.suggestion_text.setWordWrap(True)
        self.record_tie = QPushButton(self.tr("&Record tie"), self.suggestion)
        self.record_tie.clicked.connect(self._accept_suggestion)
        bar.addWidget(self.suggestion_text, 1)
        bar.addWidget(self.record_tie)
        self.suggestion.hide()
        self._suggested = None
        top_layout.addWidget(self.suggestion)
        self.tags_line = paragraph()
        self.tags_line.setAccessibleName(self.tr("Tags and key dates"))
        top_layout.addWidget(self.tags_line)
        top_layout.addLayout(sides)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(top)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setAccessibleName(self.tr("About this person"))  # a Tab stop: the keys scroll it
        lower = QTabWidget(self)
        lower.addTab(self.timeline, self.tr("Timeline"))
        lower.addTab(self.promises, self.tr("Promises"))
        self.lower_tabs = lower
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(scroll)
        split.addWidget(self.chart)
        split.addWidget(lower)
        split.setSizes([440, 200, 170])

        # Two rows of buttons: the person's record above, what to do next and
        # Close below.  All eight in one row made the card 972 pixels wide at
        # least, the whole width of a small laptop's screen.
        record = QHBoxLayout()
        edit = QPushButton(self.tr("Edit…"), self)
        edit.clicked.connect(lambda: self.editor.edit_stakeholder(self.stakeholder_id))
        tags_button = QPushButton(self.tr("Tags…"), self)
        tags_button.clicked.connect(lambda: self.editor.edit_tags("stakeholder", self.stakeholder_id,
                                                                  self.name.text()))
        dates_button = QPushButton(self.tr("Key dates…"), self)
        dates_button.clicked.connect(lambda: self.editor.edit_key_dates("stakeholder", self.stakeholder_id,
                                                                        self.name.text()))
        self.left_button = QPushButton(self.tr("Left the company…"), self)
        self.left_button.clicked.connect(lambda: self.editor.person_change(self.stakeholder_id, "left"))
        self.moved_button = QPushButton(self.tr("Moved role…"), self)
        self.moved_button.clicked.connect(lambda: self.editor.person_change(self.stakeholder_id, "moved"))
        self.back_button = QPushButton(self.tr("Back at the company…"), self)
        self.back_button.clicked.connect(lambda: self.editor.person_change(self.stakeholder_id, "returned"))
        for button in (edit, tags_button, dates_button, self.left_button, self.moved_button, self.back_button):
            record.addWidget(button)
        record.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        entry = QPushButton(self.tr("New entry with them…"), self)
        entry.clicked.connect(self._new_entry)
        buttons.addButton(entry, QDialogButtonBox.ActionRole)
        promise = QPushButton(self.tr("New promise…"), self)
        promise.clicked.connect(self.promises.new_promise)
        # This one is there under every tab: the promises tab's own showed the same words beside it.
        self.promises.new_button.hide()
        buttons.addButton(promise, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(record)
        layout.addWidget(buttons)
        editor.operations.changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, changes, origin) -> None:
        if not changes.touches(*SHOWN_KINDS) or not changes.concerns(self._account_id):
            return
        if origin is self and changes.kinds == {"ties"}:
            return  # a tie set here: its box already shows it
        try:
            people.get_stakeholder(self.stakeholder_id)
        except NotFoundError:  # deleted, or its account was
            self.close()
            return
        self.refresh()

    def _show_tags_and_dates(self) -> None:
        chips = tag_chips(tags_of("stakeholder", self.stakeholder_id))
        dates = ", ".join(f"{html.escape(d.label)} {html.escape(key_date_text(d.date))}"
                          for d in key_dates_of(stakeholder_id=self.stakeholder_id))
        self.tags_line.setText(" &nbsp; ".join(x for x in (chips, dates) if x))

    def refresh(self) -> None:
        person = people.get_stakeholder(self.stakeholder_id)
        self._account_id = person.account_id
        account = accounts.get_account(person.account_id)
        self.setWindowTitle(self.tr("%s — contact card") % person.name)
        self.name.setText(person.name)
        self._show_tags_and_dates()
        boss = people.get_stakeholder(person.reports_to_id).name if person.reports_to_id else ""
        position = ", ".join(p for p in (person.title, person.department, account.name) if p)
        if person.left_on is not None:
            position += " — " + self.tr("left on %s (former)") % person.left_on.isoformat()
        self.position.setText(position)
        self.left_button.setVisible(person.left_on is None)
        self.moved_button.setVisible(person.left_on is None)
        self.back_button.setVisible(person.left_on is not None)
        self._show_suggestion(person.name)
        self.professional.setText(field_rows([
            (self.tr("Reports to"), boss),
            (self.tr("Role in decisions"),
             vocabulary_label(DECISION_ROLES.get(person.decision_role, "")) if person.decision_role else ""),
            (self.tr("Influence / interest"), f"{person.influence}/5 · {person.interest}/5"),
            (self.tr("Stance towards us"), vocabulary_label(STANCES.get(person.stance, person.stance))),
            (self.tr("Measured on"), person.measured_by),
            (self.tr("Career goals"), person.career_goals),
            (self.tr("Keeps them up at night"), person.worries),
            (self.tr("How we could help"), person.how_we_help),
            # A phone number wraps as a whole: "+44 20 7946" at a line's end
            # left its last digits on the next line, out of the panel's sight.
            (self.tr("Email / phone"), " · ".join(x for x in (person.email, person.phone.replace(" ", "\u00a0"))
                                                  if x)),
        ], self.tr("not known yet")))
        self.personal.setText(field_rows([
            (self.tr("Family"), person.family),
            (self.tr("Interests"), person.interests),
            (self.tr("Private notes"), person.notes),
        ], self.tr("not known yet")))
        self._fill_ties()
        self.chart.set_stakeholder(self.stakeholder_id)
        self.timeline_model.set_filter(JournalFilter(stakeholder_id=self.stakeholder_id))
        self.promises.set_stakeholder(person.account_id, self.stakeholder_id)
        self.touch.setText(touch_line(self, contact_status(self.stakeholder_id)))
        overdue = self.promises.model.overdue_count()
        index = self.lower_tabs.indexOf(self.promises)
        self.lower_tabs.setTabText(index, self.tr("Promises (%d overdue)") % overdue if overdue
                                   else self.tr("Promises (%d open)") % self.promises.model.rowCount())
        pressing = any(self.promises.model.row(r).state in ("overdue", "due-soon")
                       for r in range(self.promises.model.rowCount()))
        if pressing:  # a promise late or due soon matters more than the timeline
            self.lower_tabs.setCurrentWidget(self.promises)

    def _fill_ties(self) -> None:
        while self.ties_grid.count():
            widget = self.ties_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        strengths = {t.member_id: t.strength for t in people.ties_of_stakeholder(self.stakeholder_id)}
        person = people.get_stakeholder(self.stakeholder_id)
        members = people.account_team(person.account_id) or people.list_members()
        for row, member in enumerate(members):
            label = QLabel(member.name, self.ties_box)
            box = QComboBox(self.ties_box)
            box.setAccessibleName(self.tr("How well %s knows them") % member.name)
            box.addItem(self.tr("No tie"), 0)
            for level, text in TIE_STRENGTHS.items():
                box.addItem(f"{level} · {vocabulary_label(text)}", level)
            box.setCurrentIndex(box.findData(strengths.get(member.id, 0)))
            box.currentIndexChanged.connect(
                lambda _i, m=member.id, b=box: self.editor.set_tie(m, self.stakeholder_id, b.currentData(), self))
            label.setBuddy(box)
            self.ties_grid.addWidget(label, row, 0)
            self.ties_grid.addWidget(box, row, 1)
        # Rows stay together at the top rather than spreading over the box.
        for row in range(self.ties_grid.rowCount()):
            self.ties_grid.setRowStretch(row, 0)
        self.ties_grid.setRowStretch(len(members), 1)

    def _show_suggestion(self, name: str) -> None:
        known = person_knowledge(self.stakeholder_id, dt.date.today()).known
        offers = suggested_ties(list(known))
        self._suggested = offers[0] if offers else None
        self.suggestion.setVisible(self._suggested is not None)
        if self._suggested is not None:
            self.suggestion_text.setText(suggestion_words(self._suggested, name))
            self.record_tie.setToolTip(self.tr("Record a tie of strength %d (as the journal shows), undo with Ctrl+Z")
                                       % self._suggested.strength)

    def _accept_suggestion(self) -> None:
        if self._suggested is not None:
            self.editor.accept_suggested_tie(self._suggested.member_id, self.stakeholder_id, self._suggested.strength)

    def _new_entry(self) -> None:
        person = people.get_stakeholder(self.stakeholder_id)
        self.editor.quick_entry(person.account_id, person.id)

    def show_promise(self, commitment_id: int) -> None:
        """Open on this promise (from Home): its tab shown, the row selected and focused."""
        self.lower_tabs.setCurrentWidget(self.promises)
        self.promises.select_promise(commitment_id)
