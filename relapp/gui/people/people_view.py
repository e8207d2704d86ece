"""People (Ctrl+5): everyone across accounts, theirs and ours, filtered by
account, tag, influence, stance and last contact, sorted by any column;
Enter or a double-click opens the contact card (or our team)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from relapp.domain.vocabulary import STANCES
from relapp.gui.combo_choices import refill, refill_tags
from relapp.gui.people.people_model import (
    CONTACT_FILTERS, NAME, PERSON_ROLE, TITLE, PeopleFilter, PeopleTableModel,
)
from relapp.gui.line_edit_width import line_edit_width_for
from relapp.gui.views.column_room import ColumnRoom
from relapp.gui.views.empty_hint import EmptyHint
from relapp.gui.views.tables import make_table
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.services.accounts import account_choices
from relapp.services.people_directory import OURS, THEIRS, everyone
from relapp.gui.tab_chain import chain_tab_order

FILTER_PAUSE_MS = 150
# Everything a row is made of (last contact comes from the entries).
SHOWN_KINDS = ("accounts", "people", "team", "entries", "tags", "dates")


class PeopleView(QWidget):
    open_stakeholder = Signal(int)
    open_member = Signal(int)

    def __init__(self, operations=None, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by name, title, account, email or tag…"))
        self.search.setAccessibleName(self.tr("Filter people"))
        self.search.setClearButtonEnabled(True)
        self.account_box = self._combo(self.tr("Accounts"), self.tr("Everyone"))
        self.tag_box = self._combo(self.tr("Tag"), self.tr("Any tag"))
        self.influence_box = self._combo(self.tr("Influence"), self.tr("Any influence"))
        for level in (5, 4, 3):
            self.influence_box.addItem(self.tr("Influence %d or more") % level if level < 5
                                       else self.tr("Influence 5"), level)
        self.stance_box = self._combo(self.tr("Stance"), self.tr("Any stance"))
        for key, label in STANCES.items():
            self.stance_box.addItem(vocabulary_label(label), key)
        self.contact_box = QComboBox(self)
        self.contact_box.setAccessibleName(self.tr("Last contact"))
        for key, label in zip(CONTACT_FILTERS, (self.tr("Any last contact"), self.tr("Seen in the last 30 days"),
                                                 self.tr("Not seen for 90 days or more"), self.tr("Never met"))):
            self.contact_box.addItem(label, key)

        self.model = PeopleTableModel(self.tr("Our team"), self)
        self.proxy = PeopleFilter(today, self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, self)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.AscendingOrder)
        # The title takes what is left, as in the journal: with every column
        # fixed, a 1366-pixel window cut the key dates off behind a scroll bar;
        # narrower still (half a laptop's screen), the others give way too.
        self.columns = ColumnRoom(self.table, (180, 180, 200, 130, 76, 96, 100, 170), TITLE,
                                  floors=(120, 120, 0, 80, 0, 80, 90, 110))
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.count_label = QLabel(self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_PAUSE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        for box in (self.account_box, self.tag_box, self.influence_box, self.stance_box, self.contact_box):
            box.currentIndexChanged.connect(self.apply_filter)
        focus_table = QShortcut(QKeySequence(Qt.Key_Down), self.search, context=Qt.WidgetShortcut)
        focus_table.activated.connect(self._into_table)

        # The search and the last contact on a row of their own, the choices
        # below, as in the journal: in one row a small laptop's window left
        # the search box a few words of its placeholder.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.contact_box)
        self.search.setMinimumWidth(line_edit_width_for(self.search, self.search.placeholderText()))
        filters = QHBoxLayout()
        for box in (self.account_box, self.tag_box, self.influence_box, self.stance_box):
            filters.addWidget(box, 1)
        chain_tab_order(self.search, self.contact_box, self.account_box, self.tag_box, self.influence_box,
                        self.stance_box, self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self.reload()
        if operations is not None:
            operations.changed.connect(self._data_changed)

    def _data_changed(self, changes, _origin) -> None:
        if changes.touches(*SHOWN_KINDS):
            self.reload()

    def _empty_text(self) -> str:
        if self.model.rowCount():
            return self.tr("Nobody matches the filter and choices above.")
        return self.tr("Nobody here yet. Their people come with the accounts: add a stakeholder to an account "
                       "(Ctrl+Shift+S), and your colleagues and yourself under Our team (Ctrl+Shift+T).")

    def _combo(self, name: str, everything: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        box.addItem(everything, None)
        box.setMinimumContentsLength(8)
        box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        return box

    def reload(self) -> None:
        """Read everyone again (after any change), keeping filters and selection."""
        selected = self.current_person()
        refill(self.account_box, [(OURS, self.tr("Our team"))] + account_choices())
        refill_tags(self.tag_box)
        self.model.set_people(everyone())
        self.apply_filter()
        if selected is not None:
            self.select_person(selected.kind, selected.id)

    def apply_filter(self) -> None:
        self._timer.stop()
        wanted = dict(account=self.account_box.currentData(), tag_id=self.tag_box.currentData(),
                      min_influence=self.influence_box.currentData() or 0, stance=self.stance_box.currentData(),
                      contact=self.contact_box.currentData(), text=self.search.text())
        self.proxy.refilter(**wanted)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 of %2 people").replace("%1", str(shown)).replace("%2", str(total)))

    def show_tag(self, tag_id: int | None) -> None:
        self.tag_box.setCurrentIndex(max(self.tag_box.findData(tag_id), 0))

    def current_person(self):
        index = self.table.currentIndex()
        return index.data(PERSON_ROLE) if index.isValid() else None

    def select_person(self, kind: str, ident: int) -> None:
        row = self.model.row_of(kind, ident)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _into_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _open(self, index: QModelIndex) -> None:
        person = index.data(PERSON_ROLE)
        if person is None:
            return
        if person.kind == THEIRS:
            self.open_stakeholder.emit(person.id)
        else:
            self.open_member.emit(person.id)
