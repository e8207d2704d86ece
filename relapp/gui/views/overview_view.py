"""Home until the attention list takes over: where things stand today,
and a welcome with two clear ways in when there is no data yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)

from relapp.gui.models.journal_table import JournalTableModel
from relapp.gui.views.tables import make_table
from relapp.gui.views.text_blocks import heading, paragraph
from relapp.services import accounts
from relapp.services.journal import JournalFilter


class OverviewView(QWidget):
    open_account = Signal(int)
    open_demo = Signal()
    create_account = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stack = QStackedWidget(self)

        welcome = QWidget(self)
        w_layout = QVBoxLayout(welcome)
        w_layout.addStretch(1)
        title = heading(self.tr("Welcome to Relapp"), 1.8)
        title.setAlignment(Qt.AlignCenter)
        text = paragraph(self.tr("Keep a ledger of what you give and what goes wrong in each client relationship, "
                                 "see who matters inside each client, and prepare for the next board meeting."))
        text.setAlignment(Qt.AlignCenter)
        text.setMaximumWidth(620)
        demo = QPushButton(self.tr("Explore the demo data"), self)
        demo.clicked.connect(self.open_demo)
        first = QPushButton(self.tr("Create your first account…"), self)
        first.setDefault(True)
        first.clicked.connect(self.create_account)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(demo)
        buttons.addWidget(first)
        buttons.addStretch(1)
        w_layout.addWidget(title)
        w_layout.addWidget(text, 0, Qt.AlignHCenter)
        w_layout.addSpacing(16)
        w_layout.addLayout(buttons)
        w_layout.addStretch(2)
        self.welcome = welcome

        overview = QWidget(self)
        o_layout = QVBoxLayout(overview)
        self.summary = heading("", 1.2)
        self.falling = QListWidget(self)
        self.falling.setAccessibleName(self.tr("Balances that fell in the last 30 days"))
        self.falling.itemActivated.connect(lambda item: self.open_account.emit(item.data(Qt.UserRole)))
        self.quiet = QListWidget(self)
        self.quiet.setAccessibleName(self.tr("Accounts with the longest silence"))
        self.quiet.itemActivated.connect(lambda item: self.open_account.emit(item.data(Qt.UserRole)))
        self.recent_model = JournalTableModel(self, limit=20)
        self.recent = make_table(self.recent_model, self)
        self.recent.setAccessibleName(self.tr("Latest entries"))
        self.recent.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.recent.horizontalHeader().setStretchLastSection(True)
        self.recent.doubleClicked.connect(
            lambda index: self.open_account.emit(index.data(JournalTableModel.AccountIdRole)))
        lists = QHBoxLayout()
        for label, widget in ((self.tr("Falling balances (last 30 days)"), self.falling),
                              (self.tr("Longest without contact"), self.quiet)):
            column = QVBoxLayout()
            caption = QLabel(f"<b>{label}</b>")
            caption.setBuddy(widget)
            column.addWidget(caption)
            column.addWidget(widget)
            lists.addLayout(column)
        o_layout.addWidget(self.summary)
        o_layout.addLayout(lists, 2)
        o_layout.addWidget(QLabel(f"<b>{self.tr('Latest entries')}</b>"))
        o_layout.addWidget(self.recent, 3)
        self.overview = overview

        self.stack.addWidget(welcome)
        self.stack.addWidget(overview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.refresh()

    def refresh(self) -> None:
        rows = [r for r in accounts.list_accounts() if not r.archived]
        if not rows:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.stack.setCurrentWidget(self.overview)
        entries = sum(r.entries for r in rows)
        self.summary.setText(self.tr("%d accounts, %d people, %d journal entries") %
                             (len(rows), sum(r.stakeholders for r in rows), entries))
        self.falling.clear()
        for row in sorted((r for r in rows if r.trend < 0), key=lambda r: r.trend)[:12]:
            item = QListWidgetItem(self.tr("%s: %+d this month (balance %d)") % (row.name, row.trend, row.balance))
            item.setData(Qt.UserRole, row.id)
            self.falling.addItem(item)
        if not self.falling.count():
            self.falling.addItem(self.tr("No balance fell this month."))
        self.quiet.clear()
        dated = sorted((r for r in rows if r.last_contact), key=lambda r: r.last_contact)[:12]
        for row in dated:
            item = QListWidgetItem(self.tr("%s: last entry %s") % (row.name, row.last_contact.isoformat()))
            item.setData(Qt.UserRole, row.id)
            self.quiet.addItem(item)
        self.recent_model.set_filter(JournalFilter())
