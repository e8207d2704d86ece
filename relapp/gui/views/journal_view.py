"""The journal: every entry across accounts, newest first, filtered and
searched as you type, loaded page by page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from relapp.domain.vocabulary import ENTRY_KINDS, TRUST_TAGS
from relapp.gui.models.journal_table import JournalTableModel
from relapp.gui.views.column_room import ColumnRoom
from relapp.gui.views.tables import make_table
from relapp.services import accounts, people
from relapp.services.journal import JournalFilter
from relapp.gui.combo_choices import refill_tags
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.gui.line_edit_width import line_edit_width_for
from relapp.gui.views.empty_hint import EmptyHint
from relapp.gui.tab_chain import chain_tab_order

SEARCH_DELAY_MS = 120
PERIODS = {"any": None, "30": 30, "90": 90, "365": 365, "custom": None}


class JournalView(QWidget):
    open_account = Signal(int)
    new_entry = Signal()  # the window opens quick entry (Ctrl+N) for the account and person filtered on

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles and notes…"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textEdited.connect(lambda _t: self._timer.start())

        self.account_box = self._combo(self.tr("Account"))
        self.person_box = self._combo(self.tr("Person"))
        self.kind_box = self._combo(self.tr("Kind"))
        for key, label in ENTRY_KINDS.items():
            self.kind_box.addItem(vocabulary_label(label), key)
        self.sign_box = self._combo(self.tr("Values"))
        self.sign_box.addItem(self.tr("Deposits only"), "deposit")
        self.sign_box.addItem(self.tr("Withdrawals only"), "withdrawal")
        self.tag_box = self._combo(self.tr("Tag"))
        self.trust_box = self._combo(self.tr("TRUST"))
        for key, (_, label, _) in TRUST_TAGS.items():
            self.trust_box.addItem(vocabulary_label(label), key)
        self.period_box = QComboBox(self)
        self.period_box.setAccessibleName(self.tr("Period"))
        for key, label in (("any", self.tr("Any time")), ("30", self.tr("Last 30 days")),
                           ("90", self.tr("Last 90 days")), ("365", self.tr("Last 12 months")),
                           ("custom", self.tr("From … to …"))):
            self.period_box.addItem(label, key)
        self.since_edit = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.until_edit = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.since_edit.setAccessibleName(self.tr("From date"))
        self.until_edit.setAccessibleName(self.tr("To date"))
        today = QDate.currentDate()
        self.since_edit.setDate(today.addMonths(-3))
        self.until_edit.setDate(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setVisible(False)
            edit.dateChanged.connect(self.apply_filter)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.account_box.currentIndexChanged.connect(self._account_changed)
        for box in (self.person_box, self.kind_box, self.sign_box, self.trust_box, self.tag_box):
            box.currentIndexChanged.connect(self.apply_filter)

        self.model = JournalTableModel(self, team=lambda: editor.operations.context.team)
        self.table = make_table(self.model, self)
        self.table.setAccessibleName(self.tr("Journal entries"))
        # The account and the people narrower than they could be: the title
        # takes what is left, and on a 1024-pixel window it was left 100
        # pixels; narrower still, the others give way too.
        self.columns = ColumnRoom(self.table, (96, 160, 80, 56, 360, 200, 60), 4, floors=(90, 110, 70, 0, 0, 110, 0))
        self.table.doubleClicked.connect(self._open)
        self.count_label = QLabel(self)
        delete = QShortcut(QKeySequence.Delete, self.table, context=Qt.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        change = QShortcut(QKeySequence(Qt.Key_F2), self.table, context=Qt.WidgetShortcut)
        change.activated.connect(self.edit_current)

        # The search and the period on a row of their own, the choices below:
        # in one row, a small laptop's window left the search box a few letters.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        for widget in (self.period_box, self.since_edit, self.until_edit):
            search_row.addWidget(widget)
        self.search.setMinimumWidth(line_edit_width_for(self.search, self.search.placeholderText()))
        filters = QHBoxLayout()
        for widget in (self.account_box, self.person_box, self.kind_box, self.sign_box, self.trust_box,
                       self.tag_box):
            filters.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        self.entry_button = QPushButton(self.tr("New entry…"), self)
        self.entry_button.setToolTip(self.tr("Write a journal entry (Ctrl+N)"))
        self.entry_button.clicked.connect(self.new_entry)
        bottom.addWidget(self.entry_button)
        self.change_button = QPushButton(self.tr("Change entry…"), self)
        self.change_button.setToolTip(self.tr("Change the selected entry (F2)"))
        self.change_button.clicked.connect(self.edit_current)
        bottom.addWidget(self.change_button)
        self.promise_button = QPushButton(self.tr("New promise…"), self)
        self.promise_button.setToolTip(self.tr("A promise to the chosen person, or to someone in the selected "
                                               "entry's account"))
        self.promise_button.clicked.connect(self.new_promise)
        bottom.addWidget(self.promise_button)
        layout.addLayout(bottom)
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        # Tab walks the rows as they read: search and period, then the choices left to right.
        chain_tab_order(self.search, self.period_box, self.since_edit, self.until_edit, self.account_box,
                        self.person_box, self.kind_box, self.sign_box, self.trust_box, self.tag_box, self.table)
        self.reload_choices()
        self.apply_filter()
        editor.operations.changed.connect(self._data_changed)

    def _data_changed(self, changes, _origin) -> None:
        if changes.touches("accounts", "people", "team", "tags"):
            self.reload_choices()  # the account, person and tag filters name them
        if changes.touches("accounts", "people", "team", "entries", "promises", "tags"):
            self.apply_filter()

    def _combo(self, everything: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(everything)
        box.addItem(self.tr("All: %s") % everything, None)
        box.setMinimumContentsLength(7)
        box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        return box

    def reload_choices(self) -> None:
        current = self.account_box.currentData()
        self.account_box.blockSignals(True)
        while self.account_box.count() > 1:
            self.account_box.removeItem(1)
        for account_id, name in accounts.account_choices():
            self.account_box.addItem(name, account_id)
        self.account_box.setCurrentIndex(max(self.account_box.findData(current), 0))
        self.account_box.blockSignals(False)
        refill_tags(self.tag_box)
        self._fill_people()

    def _fill_people(self) -> None:
        self.person_box.blockSignals(True)
        while self.person_box.count() > 1:
            self.person_box.removeItem(1)
        account_id = self.account_box.currentData()
        if account_id is not None:
            for person in people.stakeholders_of(account_id):
                self.person_box.addItem(person.name, ("stakeholder", person.id))
        for member in people.list_members():
            self.person_box.addItem(self.tr("%s (our side)") % member.name, ("member", member.id))
        self.person_box.blockSignals(False)

    def _account_changed(self) -> None:
        self._fill_people()
        self.apply_filter()

    def _period_changed(self) -> None:
        custom = self.period_box.currentData() == "custom"
        self.since_edit.setVisible(custom)
        self.until_edit.setVisible(custom)
        self.apply_filter()

    def current_filter(self) -> JournalFilter:
        person = self.person_box.currentData()
        period = self.period_box.currentData()
        since = until = None
        if period == "custom":
            since, until = self.since_edit.date().toPython(), self.until_edit.date().toPython()
        elif PERIODS.get(period):
            since = dt.date.today() - dt.timedelta(days=PERIODS[period])
        return JournalFilter(
            account_id=self.account_box.currentData(),
            stakeholder_id=person[1] if person and person[0] == "stakeholder" else None,
            member_id=person[1] if person and person[0] == "member" else None,
            kind=self.kind_box.currentData(), sign=self.sign_box.currentData(), trust=self.trust_box.currentData(),
            since=since, until=until, text=self.search.text(), tag_id=self.tag_box.currentData(),
        )

    def _empty_text(self) -> str:
        narrowed = self.search.text() or self.period_box.currentIndex() > 0 or any(
            box.currentIndex() > 0 for box in (self.account_box, self.person_box, self.kind_box, self.sign_box,
                                               self.trust_box, self.tag_box))
        if narrowed:
            return self.tr("No entry matches the search and choices above.")
        return self.tr("No entries yet. After a meeting, a call or a delivery, write one with Ctrl+N: "
                       "what happened, and whether it was a deposit or a withdrawal.")

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n entries", "", count) if count != 1 else self.tr("1 entry"))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_account(self, account_id: int | None) -> None:
        self.account_box.setCurrentIndex(max(self.account_box.findData(account_id), 0))

    def reveal_entry(self, entry_id: int, account_id: int | None) -> None:
        """Show one entry selected: the journal narrowed to its account with
        no other filter, so the entry is surely among the rows."""
        self.search.clear()
        for box in (self.person_box, self.kind_box, self.sign_box, self.trust_box, self.tag_box, self.period_box,
                    self.account_box):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(account_id), 0) if box is self.account_box else 0)
            box.blockSignals(False)
        self.since_edit.setVisible(False)
        self.until_edit.setVisible(False)
        self._fill_people()
        self.apply_filter()
        row = self.model.row_of(entry_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self.table.setFocus()

    def current_entry_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(JournalTableModel.IdRole) if index.isValid() else None

    def edit_current(self) -> None:
        if (entry_id := self.current_entry_id()) is not None:
            self.editor.edit_entry(entry_id)

    def delete_current(self) -> None:
        if (entry_id := self.current_entry_id()) is not None:
            self.editor.delete_entry(entry_id)

    def new_promise(self) -> None:
        from relapp.gui.commitments import actions

        person = self.person_box.currentData()
        account_id = self.account_box.currentData()
        if account_id is None and self.table.currentIndex().isValid():
            account_id = self.table.currentIndex().data(JournalTableModel.AccountIdRole)
        if account_id is None:
            self.count_label.setText(self.tr("Choose an account (or select an entry) for the promise first"))
            return
        stakeholder = person[1] if person and person[0] == "stakeholder" else None
        actions.new_commitment(self.editor, account_id, stakeholder, self.window())

    def _open(self, index) -> None:
        account_id = index.data(JournalTableModel.AccountIdRole)
        if account_id:
            self.open_account.emit(account_id)
