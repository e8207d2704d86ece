"""Accounts: the list on the left, the selected account on the right."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from relapp.domain.vocabulary import MEMBER_KINDS, PURPOSES
from relapp.gui.chart.balance_chart import BalanceChart
from relapp.gui.models.account_table import AccountTableModel
from relapp.gui.models.journal_table import JournalTableModel
from relapp.gui.models.stakeholder_table import TITLE_COLUMN, StakeholderTableModel
from relapp.gui.overdue_look import overdue_style
from relapp.gui.plan.stage_strip import StageStrip
from relapp.gui.views.empty_hint import EmptyHint
from relapp.gui.views.column_room import RestColumn
from relapp.gui.views.tables import CELL_PADDING, fit_columns, make_table
from relapp.gui.views.text_blocks import field_rows, heading, paragraph
from relapp.services import people
from relapp.services.account_pane import HEADER_MEETINGS, account_header
from relapp.services.journal import JournalFilter
from relapp.services.meetings import upcoming_meetings
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.gui.tag_chips import tag_chips
from relapp.gui.combo_choices import refill_tags
from relapp.services.tags import owners_tagged
from relapp.gui.text_colours import css, text_colour
from relapp.gui.filter_change import change_row_filter
from relapp.gui.themed_styles import on_theme_change, themed

class AccountFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Qt.UserRole)
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterKeyColumn(0)
        self.show_archived = False
        self.tagged: set[int] | None = None  # the accounts with the chosen tag, None for any

    def filterAcceptsRow(self, row, parent) -> bool:
        account = self.sourceModel().account(row)
        if account is not None and account.archived and not self.show_archived:
            return False
        if account is not None and self.tagged is not None and account.id not in self.tagged:
            return False
        return super().filterAcceptsRow(row, parent)


# What the list shows (people and entries counts, balance, last contact, overdue promises), and what
# the selected account's detail shows besides.
LATEST_ENTRIES = 15  # the "Latest entries" tab
# The most of the view the account list takes on a first run (then the user's split is kept).
LIST_SHARE_AT_MOST = 0.4
LIST_NAME_LETTERS = 18
# The people's titles keep this much, however narrow the pane: past it the table scrolls sideways.
PEOPLE_TITLE_FLOOR = 100
LIST_KINDS = ("accounts", "people", "entries", "promises", "tags")
DETAIL_KINDS = LIST_KINDS + ("team", "ties", "checkups", "meetings", "plan")


class AccountsView(QWidget):
    account_selected = Signal(int)  # 0 when none
    open_stakeholder = Signal(int)

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.account_id: int | None = None
        self._reloading = False

        # The list ------------------------------------------------------------
        self.model = AccountTableModel(self)
        self.proxy = AccountFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter accounts…"))
        self.filter_edit.setAccessibleName(self.tr("Filter accounts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.archived_box = QCheckBox(self.tr("Show archived"), self)
        self.archived_box.toggled.connect(self._show_archived)
        self.tag_box = QComboBox(self)
        self.tag_box.setAccessibleName(self.tr("Only accounts with this tag"))
        self.tag_box.addItem(self.tr("Any tag"), None)
        self.tag_box.currentIndexChanged.connect(self._tag_chosen)
        self.table = make_table(self.proxy, self)
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            self.table.setColumnHidden(column, True)  # industry, people, entries: in the detail
        for column in (4, 5, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        # Size the columns from the first rows only: measuring a thousand
        # accounts on every change costs more than it gains.
        header.setResizeContentsPrecision(60)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        new_button = QPushButton(self.tr("New account…"), self)
        new_button.clicked.connect(self._new_account)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.archived_box)
        row.addWidget(self.tag_box)
        row.addStretch(1)
        row.addWidget(new_button)
        left_layout.addLayout(row)

        # The detail ------------------------------------------------------------
        self.title = heading()
        self.subtitle = paragraph()
        self.intent = paragraph()
        self.intent.setMinimumWidth(240)
        self.meetings_label = paragraph()
        self.meetings_label.setAccessibleName(self.tr("Upcoming board meetings"))
        self.meetings_button = QPushButton(self.tr("Board meetings…"), self)
        self.meetings_button.clicked.connect(self._open_meetings)
        self.chart = BalanceChart(self)
        # With the stage line under it and the tabs below, the pane must still
        # fit a 640-pixel-high window: the chart gives way first (the splitter
        # gives it the room there is).
        self.chart.setMinimumHeight(120)
        self.stage_strip = StageStrip(self)
        self.stage_strip.follow(self.chart.plot)
        self.people_model = StakeholderTableModel(self)
        self.people_table = make_table(self.people_model, self)
        self.people_table.setAccessibleName(self.tr("Stakeholders"))
        # Columns the user can resize, widened to the texts of the rows on
        # screen after each switch (fit_columns): Qt's ResizeToContents
        # measured every cell through the model and the item delegate again,
        # and re-laid out the table whenever a width changed.
        # The title takes what the others leave (cut short, whole in its
        # tooltip): with the last column stretching and every other one at
        # least Qt's default 100 pixels, a 1366-pixel window put who on our
        # side knows them, and when we last met, behind a sideways scroll bar.
        # Each column starts as wide as its title and grows to its texts.
        people_header = self.people_table.horizontalHeader()
        people_header.setSectionResizeMode(QHeaderView.Interactive)
        people_header.setStretchLastSection(False)
        for column in range(people_header.count()):
            people_header.resizeSection(column, people_header.sectionSizeHint(column))
        self.people_titles = RestColumn(self.people_table, TITLE_COLUMN, PEOPLE_TITLE_FLOOR)
        self.people_table.verticalScrollBar().valueChanged.connect(lambda _value: self._fit_people_columns())
        self.people_table.doubleClicked.connect(self._open_person)
        self.people_table.activated.connect(self._open_person)
        self.team_list = QListWidget(self)
        self.team_list.setAccessibleName(self.tr("Our team on this account"))
        self.entries_model = JournalTableModel(self, limit=LATEST_ENTRIES, show_account=False,
                                               team=lambda: editor.operations.context.team)
        self.entries_table = make_table(self.entries_model, self)
        self.entries_table.setAccessibleName(self.tr("Latest entries"))
        self.entries_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.entries_table.horizontalHeader().setStretchLastSection(True)

        people_box = QWidget(self)
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 4, 0, 0)
        people_layout.addWidget(self.people_table, 1)
        buttons = QHBoxLayout()
        self.person_buttons = {}
        for key, text, slot in (
                ("new", self.tr("New stakeholder…"), self._new_person), ("edit", self.tr("Edit…"), self._edit_person),
                ("card", self.tr("Open card"), lambda: self._open_person(self.people_table.currentIndex())),
                ("delete", self.tr("Delete"), self._delete_person)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.person_buttons[key] = button
        buttons.addStretch(1)
        self.people_table.selectionModel().selectionChanged.connect(self._enable_person_buttons)
        self.people_model.modelReset.connect(self._enable_person_buttons)
        people_layout.addLayout(buttons)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(people_box, self.tr("Stakeholders"))
        self.tabs.addTab(self.team_list, self.tr("Our team"))
        self.tabs.addTab(self.entries_table, self.tr("Latest entries"))
        self._add_health_tabs(editor)

        top = QHBoxLayout()
        top_left = QVBoxLayout()
        top_left.addWidget(self.title)
        top_left.addWidget(self.subtitle)
        top_left.addWidget(self.alert)
        top_left.addWidget(self.meetings_label)
        meetings_row = QHBoxLayout()
        meetings_row.addWidget(self.meetings_button)
        meetings_row.addStretch(1)
        top_left.addLayout(meetings_row)
        top_left.addStretch(1)
        # Half the width each: with a third, a long name and the meetings
        # wrapped so often that at 1024×640 the header lost its last lines.
        top.addLayout(top_left, 1)
        top.addWidget(self.intent, 1)
        right = QWidget(self)
        right_layout = self._detail_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        # The header is as tall as the shown account's texts need at the pane's
        # width (its layout asks the wrapped labels): it only grew before, and
        # left a gap under a short header once a tall one had been shown.
        self.header = QWidget(right)
        top.setContentsMargins(0, 0, 0, 0)
        self.header.setLayout(top)
        right_layout.addWidget(self.header)
        self.detail_split = QSplitter(Qt.Vertical, self)
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.chart, 1)
        charts_layout.addWidget(self.stage_strip)  # under the balance, on the same dates
        self.detail_split.addWidget(charts)
        self.detail_split.addWidget(self.tabs)
        self.detail_split.setStretchFactor(0, 2)
        self.detail_split.setStretchFactor(1, 3)
        right_layout.addWidget(self.detail_split, 1)

        self.accounts_hint = EmptyHint(self.table, self._no_accounts_text)
        self.people_hint = EmptyHint(self.people_table, self._no_people_text)

        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName("accountsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 900])
        self._list_width_set = False  # restored from the last session, or fitted when first shown
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.filter_edit, self.table)
        # The tabs' bar before the page it shows (made after the pages, it came after them).
        QWidget.setTabOrder(self.stage_strip.plot, self.tabs)
        self.reload()
        editor.operations.changed.connect(self._data_changed)
        on_theme_change(self, AccountsView._rewrite)

    def restore_layout(self, list_split: QByteArray | None, detail_split: QByteArray | None) -> None:
        """The list's share and the chart's as the user left them (states
        the splitters saved; None where none was)."""
        if list_split is not None and self.splitter.restoreState(list_split):
            self._list_width_set = True
        if detail_split is not None:
            self.detail_split.restoreState(detail_split)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._list_width_set:
            self._list_width_set = True
            self.fit_list_width()

    def fit_list_width(self) -> None:
        """The list as wide as its names and figures need, up to two fifths
        of the view, and the account's pane the rest: the first run's fixed
        480 pixels left the pane 715 on a 1366-pixel window, where its people
        table had to scroll sideways."""
        table, header = self.table, self.table.horizontalHeader()
        needs = [max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
                 for column in range(header.count()) if not header.isSectionHidden(column)]
        rest = sum(needs[1:]) + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        # However small the window, the names keep room for some eighteen
        # letters: the account's pane gives way first.
        names_least = min(needs[0], LIST_NAME_LETTERS * table.fontMetrics().averageCharWidth() + CELL_PADDING)
        least = max(self.splitter.widget(0).minimumSizeHint().width(), names_least + rest)
        total = sum(self.splitter.sizes())
        left = max(least, min(needs[0] + rest, int(total * LIST_SHARE_AT_MOST)))
        self.splitter.setSizes([left, total - left])

    # Loading -----------------------------------------------------------------------
    def _no_accounts_text(self) -> str:
        if self.model.rowCount():
            return self.tr("No account matches the filter and tag chosen.")
        return self.tr("No accounts yet. Create one with New account… (Ctrl+Shift+A), or open the demo from Home.")

    def _no_people_text(self) -> str:
        if self.account_id is None:
            return self.tr("Choose an account on the left to see its people.")
        return self.tr("Nobody on this account yet: add the people you deal with there with New stakeholder… "
                       "(Ctrl+Shift+S).")

    def reload(self) -> None:
        """The list afresh, the same account selected (its detail is not rebuilt)."""
        keep = self.account_id
        self._fill_tags()
        self._reloading = True
        try:
            self.model.reload()
            if keep is not None and self.model.row_of(keep) >= 0:
                self.select_account(keep)
            elif self.proxy.rowCount():
                self.table.selectRow(0)
            else:
                self._show_account(None)
        finally:
            self._reloading = False

    def _data_changed(self, changes, _origin) -> None:
        shown = self.account_id
        if changes.touches(*LIST_KINDS):
            # Only the rows of the accounts named, when that is all that changed.
            if changes.touches("tags") or not self.model.refresh_accounts(changes.accounts):
                self.reload()
        if self.account_id is not None and self.account_id == shown and changes.concerns(shown) \
                and changes.touches(*DETAIL_KINDS):
            self._show_account(shown)

    @staticmethod
    def _rewrite(view: "AccountsView") -> None:
        # The list's cells and the pane's rich text carry the theme's
        # shades: after a theme switch, colour them again in the new ones.
        view.model.restyle()
        if view.account_id is not None:
            view._show_account(view.account_id)

    def select_account(self, account_id: int) -> None:
        source_row = self.model.row_of(account_id)
        if source_row < 0:
            return
        if self.model.account(source_row).archived and not self.archived_box.isChecked():
            self.archived_box.setChecked(True)
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)

    def _fill_tags(self) -> None:
        refill_tags(self.tag_box)
        tag_id = self.tag_box.currentData()
        self.proxy.tagged = owners_tagged("account", tag_id) if tag_id is not None else None

    def _tag_chosen(self) -> None:
        tag_id = self.tag_box.currentData()
        tagged = owners_tagged("account", tag_id) if tag_id is not None else None
        change_row_filter(self.proxy, lambda: setattr(self.proxy, "tagged", tagged))
        if self.proxy.rowCount() and (self.account_id is None or self.model.row_of(self.account_id) < 0
                                      or not self.proxy.mapFromSource(
                                          self.model.index(self.model.row_of(self.account_id), 0)).isValid()):
            self.table.selectRow(0)

    def show_tag(self, tag_id: int | None) -> None:
        self.tag_box.setCurrentIndex(max(self.tag_box.findData(tag_id), 0))

    def _show_archived(self, on: bool) -> None:
        change_row_filter(self.proxy, lambda: setattr(self.proxy, "show_archived", on))

    def _current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        source = self.proxy.mapToSource(current)
        row = self.model.account(source.row())
        if self._reloading and row is not None and row.id == self.account_id:
            return  # the same account, selected again after the list was read afresh
        self._show_account(row.id if row else None)

    def _show_account(self, account_id: int | None) -> None:
        changed = account_id != self.account_id
        self.account_id = account_id
        if account_id is None:
            self.title.setText(self.tr("No account selected"))
            self.subtitle.setText(self.tr("Create an account with Ctrl+Shift+A, or open the demo."))
            self.intent.setText("")
            self.meetings_label.setText("")
            self.meetings_button.setEnabled(False)
            self.chart.set_account(None)
            self.stage_strip.set_account(None)
            self.people_model.set_account(None)
            self._show_health(None)
            self._enable_person_buttons()
            if changed:
                self.account_selected.emit(0)
            return
        # The header's account, tags and next meetings in one service call
        # (three plain statements; four built by peewee before).
        account = account_header(account_id, dt.date.today())
        self.title.setText(account.name + (self.tr(" (archived)") if account.archived else ""))
        self.subtitle.setText(" &nbsp; ".join(x for x in (html.escape(account.industry or ""),
                                                          tag_chips(account.tags)) if x))
        self.intent.setText(field_rows([
            (self.tr("Purpose of the relationship"), vocabulary_label(PURPOSES[account.purpose]) if account.purpose else ""),
            (self.tr("Our strategic intent"), account.our_intent),
            (self.tr("Their strategic intent"), account.their_intent),
        ], self.tr("not recorded yet")))
        self._show_meetings(account.meetings)
        self.chart.set_account(account_id)
        self.people_model.set_account(account_id)
        self._fit_people_columns()
        # Who knows whom, read once for the people table and the strip's
        # contact breadth (it was read twice, three queries each time).
        self.stage_strip.set_account(account_id, knowledge=self.people_model.knowledge)
        self._show_health(account_id)
        self._enable_person_buttons()
        self._lay_out_header()
        if changed:
            self.account_selected.emit(account_id)

    def _fit_people_columns(self) -> None:
        fit_columns(self.people_table, self.people_model.texts, leave=(TITLE_COLUMN,))
        self.people_titles.apply()

    def _lay_out_header(self) -> None:
        """Lay the pane out for the new account now, before the window
        paints, so that a switch paints each part once.  Left to Qt, the
        header's new height climbs one layout per pass of the event loop:
        the window painted the chart, the people and the header at the old
        height first, then everything under the header again once the
        header had its new height.  The people table lays its rows out on a
        timer after its model is reset, and repainted itself whole once
        more then; and a plot whose size or dates changed works its axes
        out at the start of its paint, which asked for a second paint of
        its data (an event filter counted the people table, the chart and
        the stage strip painted twice on most switches)."""
        self.header.updateGeometry()  # its layout item forgets the height it had
        self._detail_layout.activate()
        self.people_table.doItemsLayout()
        self.chart.settle()
        if self.stage_strip.plot.isVisible():
            self.stage_strip.plot.scene().prepareForPaint()

    def _enable_person_buttons(self, *_args) -> None:
        """Edit, Open card and Delete act on the selected person: with none, they are off."""
        chosen = self.people_table.selectionModel().hasSelection()
        self.person_buttons["new"].setEnabled(self.account_id is not None)
        for key in ("edit", "card", "delete"):
            self.person_buttons[key].setEnabled(chosen)

    def _show_meetings(self, coming) -> None:
        """``coming``: the next board meetings, with ``day`` and ``title``."""
        self.meetings_button.setEnabled(True)
        if not coming:
            none_planned = self.tr("No board meeting planned")  # outside the f-string, where lupdate sees it
            self.meetings_label.setText(f"<i style='{css('muted')}'>{html.escape(none_planned)}</i>")
            return
        lines = [f"{m.day.isoformat()} — {html.escape(m.title)}" for m in coming]
        title = self.tr("Next board meetings")
        self.meetings_label.setText(f"<b>{html.escape(title)}</b><br>" + "<br>".join(lines))

    def _open_meetings(self) -> None:
        from relapp.gui.brief.meetings_dialog import MeetingsDialog

        if self.account_id is not None:
            MeetingsDialog(self.account_id, self, editor=self.editor).exec()
            self._show_meetings(upcoming_meetings(account_id=self.account_id)[:HEADER_MEETINGS])

    def _add_health_tabs(self, editor) -> None:
        from relapp.gui.commitments.commitments_panel import CommitmentsPanel
        from relapp.gui.health.health_panel import HealthPanel
        from relapp.gui.plan.plan_panel import PlanPanel

        self.alert = QLabel(self)
        themed(self.alert, overdue_style)
        self.alert.setAccessibleName(self.tr("Overdue promises"))
        self.alert.setWordWrap(True)  # on one line it set how narrow the whole pane could be
        self.alert.hide()
        self.promises_panel = CommitmentsPanel(editor, self)
        self.health_panel = HealthPanel(self)
        self.tabs.addTab(self.promises_panel, self.tr("Promises"))
        self.tabs.addTab(self.health_panel, self.tr("Health"))
        self.plan_panel = PlanPanel(editor, self)
        self.tabs.addTab(self.plan_panel, self.tr("Account plan"))
        # Every tab but the people is filled when looked at (_tab_shown):
        # browsing accounts should not pay for hidden tabs.
        self._tab_fillers = {self.team_list: self._fill_team, self.entries_table: self._fill_entries,
                             self.promises_panel: self.promises_panel.set_account,
                             self.health_panel: self.health_panel.set_account,
                             self.plan_panel: self.plan_panel.set_account}
        self._stale_tabs = set(self._tab_fillers)
        self.tabs.currentChanged.connect(lambda _index: self._tab_shown())

    def _tab_shown(self) -> None:
        panel = self.tabs.currentWidget()
        if panel in self._stale_tabs:
            self._stale_tabs.discard(panel)
            self._tab_fillers[panel](self.account_id)

    def _fill_team(self, account_id: int | None) -> None:
        self.team_list.clear()
        for member in people.account_team(account_id) if account_id is not None else []:
            item = QListWidgetItem(f"{member.name} — {member.role or vocabulary_label(MEMBER_KINDS.get(member.kind, ''))}")
            item.setData(Qt.UserRole, member.id)
            self.team_list.addItem(item)

    def _fill_entries(self, account_id: int | None) -> None:
        self.entries_model.set_filter(JournalFilter(account_id=account_id if account_id is not None else -1))

    def _show_health(self, account_id: int | None) -> None:
        self._stale_tabs = set(self._tab_fillers)
        self._tab_shown()
        # Counted by the people table, filled just before (one query, not two).
        overdue = self.people_model.overdue_count()
        self.alert.setText(self.tr("1 promise overdue — see Promises") if overdue == 1
                           else self.tr("%d promises overdue — see Promises") % overdue)
        self.alert.setVisible(overdue > 0)
        # The tab keeps its text, so its width: a tab that grew and shrank
        # with the count re-laid out and repainted the whole tab pane on
        # every account switch.  The count is in the alert above, the
        # tab's tooltip and what a screen reader reads; the tab turns red.
        index = self.tabs.indexOf(self.promises_panel)
        said = self.tr("Promises (%d overdue)") % overdue if overdue else self.tr("Promises")
        bar = self.tabs.tabBar()
        bar.setTabTextColor(index, text_colour("negative") if overdue else QColor())
        bar.setTabToolTip(index, said)
        bar.setAccessibleTabName(index, said)

    def show_plan(self) -> None:
        """Bring the account plan tab forward (Home's plan items lead here)."""
        self.tabs.setCurrentWidget(self.plan_panel)

    # Actions --------------------------------------------------------------------------
    def show_promises(self) -> None:
        self.tabs.setCurrentWidget(self.promises_panel)

    def current_stakeholder_id(self) -> int | None:
        index = self.people_table.currentIndex()
        return index.data(StakeholderTableModel.IdRole) if index.isValid() else None

    def _new_account(self) -> None:
        new_id = self.editor.new_account()
        if new_id is not None:
            self.select_account(new_id)

    def _new_person(self) -> None:
        if self.account_id is not None:
            self.editor.new_stakeholder(self.account_id)

    def _edit_person(self) -> None:
        if (person := self.current_stakeholder_id()) is not None:
            self.editor.edit_stakeholder(person)

    def _delete_person(self) -> None:
        if (person := self.current_stakeholder_id()) is not None:
            self.editor.delete_stakeholder(person)

    def _open_person(self, index) -> None:
        if index.isValid():
            self.open_stakeholder.emit(index.data(StakeholderTableModel.IdRole))
