"""Home: one list, most urgent first, of what needs the user today — and
the welcome page while there is no data.

Activating an item opens the right place: the person's card for promises
and people, the account for a falling balance, the board brief for a
meeting (the account in a build without briefs), the check-up form for a
check-up that is due.  Items can be snoozed for a week or dismissed;
both are stored in the data file.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QEvent, QObject, QThread, QThreadPool, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from relapp.domain.attention import KINDS
from relapp.gui.background import Task, run_in_background
from relapp.gui.home.attention_model import AttentionTableModel, why_text
from relapp.gui.home.welcome_page import make_welcome
from relapp.gui.operations import Changes, Operation
from relapp.gui.views.tables import make_table
from relapp.gui.views.text_blocks import heading
from relapp.services import attention
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.gui.text_colours import css
from relapp.gui.themed_styles import themed

SNOOZE_DAYS = 7
# After the quick first part of the list, let the window paint it before the
# worker competes with it for the interpreter.
FIRST_PART_PAUSE_MS = 120
PERSON_KINDS = ("neglected", "unmet-stakeholder", "overdue-commitment", "due-commitment", "key-date",
                "stakeholder-left", "role-changed")
PROMISE_KINDS = ("overdue-commitment", "due-commitment")
PLAN_KINDS = ("objective-overdue", "objective-at-risk", "opportunity-next-step", "intent-mismatch")
# Everything the list is worked out from.
SHOWN_KINDS = ("accounts", "people", "team", "entries", "ties", "promises", "checkups", "meetings", "plan",
               "attention", "dates", "settings")


class HomeView(QWidget):
    open_account = Signal(int)
    open_account_plan = Signal(int)  # the account, on its plan
    open_stakeholder = Signal(int)
    open_promise = Signal(int, int)  # stakeholder, commitment: the card opens on that promise
    open_demo = Signal()
    create_account = Signal()
    loaded = Signal()  # the list on screen is up to date
    # Once: Home's first content (its list's first rows, or what it says
    # when there are none) has been painted.  The window's start work waits
    # for it (MainWindow.first_frame).
    content_shown = Signal()

    def __init__(self, editor=None, parent=None, today: dt.date | None = None, context=None):
        super().__init__(parent)
        self.editor = editor
        self.today = today
        self.context = context  # the DataContext the list is read in
        self.loading = False
        self._task: Task | None = None
        # Its own pool, a child of the view: destroying the view waits for
        # a running read, so no worker outlives the data it reads.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        # The list is read first, beside the building of this view and of
        # the window around it (the first widgets of a start load the fonts
        # and the style, about 100 ms): Home's first frame waits for it.
        reading = self._start_reading()
        self.stack = QStackedWidget(self)
        self._welcome: QWidget | None = None  # built when first shown (see welcome)

        self.overview = QWidget(self)
        self.summary = heading("", 1.3)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(self.tr("Show only"))
        # Wide enough for its longest choice, however the list was filled.
        self.kind_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.kind_box.currentIndexChanged.connect(lambda _i: self.model.set_kind(self.kind_box.currentData()))
        self.model = AttentionTableModel(self, today)
        self.table = make_table(self.model, self)
        self.table.setAccessibleName(self.tr("What needs attention"))
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        # Size columns from the first rows only: measuring thousands of rows
        # on every reload of a large list would freeze the window.
        header.setResizeContentsPrecision(60)
        self._content_painted = False
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(lambda index: self.act_on(index.row()))
        self.table.doubleClicked.connect(lambda index: self.act_on(index.row()))
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        # The context is set apart: passed with a slot to the constructor it is
        # dropped, and Delete became window-wide, ambiguous with the journal's.
        dismiss = QShortcut(QKeySequence.Delete, self.table)
        dismiss.setContext(Qt.WidgetShortcut)
        dismiss.activated.connect(self.dismiss_current)

        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(lambda: self.act_on(self.table.currentIndex().row()))
        self.snooze_button = QPushButton(self.tr("Snooze a week"), self)
        self.snooze_button.clicked.connect(self.snooze_current)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.hidden_label = QLabel(self)
        themed(self.hidden_label, lambda: css("muted"))

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.kind_box)
        actions = QHBoxLayout()
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.hidden_label)
        o_layout = QVBoxLayout(self.overview)
        o_layout.addLayout(top)
        o_layout.addWidget(self.detail)
        o_layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Enter or double-click opens an item · Delete dismisses it · right-click for more"),
                      self)
        hint.setWordWrap(True)  # wraps rather than widening the window's minimum size
        themed(hint, lambda: css("muted"))
        o_layout.addWidget(hint)
        o_layout.addLayout(actions)

        self.stack.addWidget(self.overview)
        self.backup_banner = QLabel(self)
        self.backup_banner.setObjectName("BackupBanner")
        self.backup_banner.setWordWrap(True)
        self.backup_banner.setStyleSheet("background: #fdecea; color: #8a1c1c; padding: 8px; border-radius: 4px;")
        self.backup_banner.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.backup_banner)
        layout.addWidget(self.stack)
        self._show_reading(reading)
        if editor is not None:
            editor.operations.changed.connect(self._data_changed)

    @property
    def welcome(self) -> QWidget:
        """The page shown while there is no account, built when first
        needed: on data with accounts a start never shows it, and its rich
        text and buttons cost a start about 10 ms of CPU."""
        if self._welcome is None:
            self._welcome = make_welcome(self, self.open_demo.emit, self.create_account.emit)
            self.stack.insertWidget(0, self._welcome)
        return self._welcome

    def waiting_for_content(self) -> bool:
        """Whether Home is still reading what its first frame is to show."""
        return (not self._content_painted and self.loading and self.stack.currentWidget() is self.overview
                and not self.model.rowCount())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._content_painted and event.type() == QEvent.Paint and watched is self.table.viewport()
                and (self.model.rowCount() or not self.loading)):
            # Removed from inside its own call: Qt allows it, and no later
            # paint of the list pays for a filter.
            self._content_painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.content_shown)  # after the rest of this frame has painted
        return False

    def _data_changed(self, changes, origin) -> None:
        if origin is not self and changes.touches(*SHOWN_KINDS):
            self.refresh()

    def set_backup_problem(self, text: str | None) -> None:
        """Say above everything else that the data is not backed up."""
        self.backup_banner.setText(text or "")
        self.backup_banner.setVisible(bool(text))

    # Loading --------------------------------------------------------------------
    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def refresh(self) -> None:
        """Show the welcome page at once when there is no account; otherwise
        read the list in the worker pool and show it when it arrives."""
        self._show_reading(self._start_reading())

    def _show_reading(self, reading: bool) -> None:
        if not reading:
            self.loading = False
            self.stack.setCurrentWidget(self.welcome)
            return
        self.stack.setCurrentWidget(self.overview)
        self.loading = True
        if not self.model.rowCount():
            self.summary.setText(self.tr("Looking for what needs your attention…"))

    def _start_reading(self) -> bool:
        """Start reading the list on the worker (False: there is no account,
        nothing to read).  What it reports arrives through the event loop,
        so the view may still be building its widgets meanwhile."""
        if self._task is not None:
            self._task.cancel()  # a newer list is on its way
        if not attention.has_active_accounts():
            return False
        today = self._today()

        def read(first_part, cancelled):
            # The quick part first (promises, meetings, balances, check-ups),
            # so Home shows real content at once on large data; the people
            # out of touch follow.  Cancelled (a newer list, Quit), the
            # reading stops in the middle of its query.
            parts = attention.home_snapshots(today, stopped=cancelled)
            first_part(next(parts))
            QThread.msleep(FIRST_PART_PAUSE_MS)
            return next(parts)

        task = run_in_background(read, parent=self, context=self.context, pool=self.pool,
                                 progress=lambda part: self._first_part(task, part),
                                 done=lambda result: self._loaded(task, result),
                                 failed=lambda exc: self._loaded(task, exc))
        self._task = task
        return True

    def _first_part(self, task: Task, part) -> None:
        if task is self._task and not task.is_cancelled() and not self.model.rowCount():
            # A first part: shown unless a whole list is up already.
            self.model.set_snapshot(part)
            self._show_counts(part.hidden)
            self.detail.setText(self.detail.text() + " · " + self.tr("still checking who is out of touch…"))

    def _loaded(self, task: Task, result) -> None:
        if task is not self._task:
            return  # a newer refresh is on its way
        self._task = None
        self.loading = False
        if not self._content_painted:
            self.table.viewport().update()  # an empty list or an error is content too: see eventFilter
        if isinstance(result, Exception):
            self.summary.setText(self.tr("The list could not be read"))
            self.detail.setText(str(result))
            self.loaded.emit()
            return
        row = self.table.currentIndex().row()
        current = self.model.item(row)
        self.model.set_snapshot(result)
        self._show_counts(result.hidden)
        # Stay on the same item (or the same place in the list) across a reload.
        keep = self.model.row_of(current.key) if current is not None else -1
        if keep < 0 and row >= 0:
            keep = min(row, self.model.rowCount() - 1)
        if keep < 0 and self.model.rowCount():
            keep = 0
        if keep >= 0:
            self.table.selectRow(keep)
        self.loaded.emit()

    def _show_counts(self, hidden: int) -> None:
        items = self.model.all_items()
        counts: dict[str, int] = {}
        for item in items:
            counts[item.kind] = counts.get(item.kind, 0) + 1
        self._fill_kinds(counts)
        if items:
            self.summary.setText(self.tr("1 thing needs your attention today") if len(items) == 1
                                 else self.tr("%d things need your attention today") % len(items))
        else:
            self.summary.setText(self.tr("Nothing needs your attention today"))
        self.detail.setText(" · ".join(f"{vocabulary_label(KINDS[k])}: {n}" for k, n in counts.items()) if counts else
                            self.tr("No promise is late, nobody important is out of touch, "
                                    "no balance fell and no check-up is due."))
        self.hidden_label.setText(self.tr("%d snoozed or dismissed") % hidden if hidden else "")
        self._update_buttons()

    def _fill_kinds(self, counts: dict[str, int]) -> None:
        current = self.kind_box.currentData()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        self.kind_box.addItem(self.tr("Everything"), None)
        for kind, label in KINDS.items():
            if counts.get(kind):
                self.kind_box.addItem(f"{vocabulary_label(label)} ({counts[kind]})", kind)
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(current), 0))
        self.kind_box.blockSignals(False)
        self.model.set_kind(self.kind_box.currentData())

    def _update_buttons(self) -> None:
        selected = self.model.item(self.table.currentIndex().row()) is not None
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            button.setEnabled(selected)

    # Acting on an item -----------------------------------------------------------
    def act_on(self, row: int) -> None:
        item = self.model.item(row)
        if item is None:
            return
        if item.kind == "checkup-due":
            from relapp.gui.health.checkup_dialog import CheckupDialog

            # With an editor, the check-up is a step whose announcement refreshes this list.
            if CheckupDialog(item.account_id, self.window(), self.today).exec() and self.editor is None:
                self.refresh()
        elif item.kind in PROMISE_KINDS and item.stakeholder_id is not None and item.target_id is not None:
            self.open_promise.emit(item.stakeholder_id, item.target_id)
        elif item.kind in PERSON_KINDS and item.stakeholder_id is not None:
            self.open_stakeholder.emit(item.stakeholder_id)
        elif item.kind == "meeting-soon" and self._open_brief(item.account_id):
            return
        elif item.kind in PLAN_KINDS:
            self.open_account_plan.emit(item.account_id)
        else:
            self.open_account.emit(item.account_id)

    def _open_brief(self, account_id: int) -> bool:
        """The board brief for the meeting, where this build has it."""
        try:
            from relapp.gui.brief.brief_dialog import BriefDialog
        except ImportError:
            return False
        self.open_account.emit(account_id)  # the account stays on screen behind the brief
        BriefDialog(account_id, self.window(), context=self.context, editor=self.editor).exec()
        return True

    def snooze_current(self) -> None:
        until = self._today() + dt.timedelta(days=SNOOZE_DAYS)
        self._hide_current(self.tr("Snooze “%s”"), lambda key: attention.snooze(key, until))

    def dismiss_current(self) -> None:
        self._hide_current(self.tr("Dismiss “%s”"), attention.dismiss)

    def _hide_current(self, text: str, store) -> None:
        row = self.table.currentIndex().row()
        item = self.model.item(row)
        if item is None:
            return
        if self.editor is None:
            store(item.key)
        else:  # only visible items can be hidden, so undo shows it again
            self.editor.operations.run(Operation(text % why_text(item),
                                                 Changes.of("attention", account=item.account_id),
                                                 partial(store, item.key), partial(attention.restore, item.key)),
                                       origin=self)
        # Gone from the list at once; the reload in the background then
        # brings the counts up to date.
        self.model.drop(item.key)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.refresh()

    def show_hidden_again(self) -> None:
        if self.editor is None:
            attention.restore_all()
        else:
            hidden = attention.hidden_states()
            self.editor.operations.run(Operation(self.tr("Show hidden items again"), Changes.of("attention"),
                                                 attention.restore_all, partial(attention.hide_again, hidden)),
                                       origin=self)
        self.refresh()

    def _menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        menu = QMenu(self)
        if index.isValid():
            self.table.selectRow(index.row())
            menu.addAction(self.tr("Open"), lambda: self.act_on(index.row()))
            menu.addAction(self.tr("Snooze for a week"), self.snooze_current)
            menu.addAction(self.tr("Dismiss"), self.dismiss_current)
            menu.addSeparator()
        menu.addAction(self.tr("Show snoozed and dismissed items again"), self.show_hidden_again)
        menu.exec(self.table.viewport().mapToGlobal(pos))
