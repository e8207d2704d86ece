"""Recording an account's board meetings: when, what about, who comes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
    QVBoxLayout,
)

from relapp.gui.check_list_filter import CheckListFilter
from relapp.gui.forms.designer import FormDialog
from relapp.gui.operations import Changes, created, deleted, field_edit
from relapp.services import meetings, people
from relapp.services.accounts import get_account


def fill_check_list(widget: QListWidget, rows: list[tuple[int, str]], checked: set[int]) -> None:
    """One checkable row per (id, text); the id rides along as UserRole data."""
    widget.clear()
    for row_id, text in rows:
        item = QListWidgetItem(text, widget)
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Checked if row_id in checked else Qt.Unchecked)
        item.setData(Qt.UserRole, row_id)


def checked_ids(widget: QListWidget) -> list[int]:
    return [widget.item(i).data(Qt.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.Checked]


class MeetingFormDialog(FormDialog):
    """New or edit one meeting; OK saves through the meetings service."""

    form_name = "meeting_form"

    def __init__(self, account_id: int, meeting_id: int | None = None, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.account_id = account_id
        self.meeting_id = meeting_id
        detail = meetings.meeting_detail(meeting_id) if meeting_id is not None else None
        day = detail.day if detail else (today or dt.date.today()) + dt.timedelta(days=7)
        self.field("day").setDate(QDate(day.year, day.month, day.day))
        self.field("title").setText(detail.title if detail else "")
        self.field("goals").setPlainText(detail.goals if detail else "")
        their = [(p.id, f"{p.name} — {p.title}" if p.title else p.name) for p in people.stakeholders_of(account_id)]
        fill_check_list(self.field("stakeholders"), their, set(detail.stakeholders if detail else []))
        self.stakeholder_filter = CheckListFilter(self.field("stakeholdersFilter"), self.field("stakeholders"))
        team = people.account_team(account_id)
        team_ids = {m.id for m in team}
        ours = [(m.id, m.name) for m in team] + [(m.id, m.name) for m in people.list_members()
                                                  if m.id not in team_ids]
        fill_check_list(self.field("members"), ours, set(detail.members if detail else []))
        self.setWindowTitle(self.tr("Edit board meeting") if detail else self.tr("New board meeting"))
        self.resize(620, 520)

    def save(self):
        date = self.field("day").date()
        fields = {
            "day": dt.date(date.year(), date.month(), date.day()),
            "title": self.field("title").text(),
            "goals": self.field("goals").toPlainText(),
            "stakeholders": checked_ids(self.field("stakeholders")),
            "members": checked_ids(self.field("members")),
        }
        if self.meeting_id is None:
            return meetings.create_meeting(account=self.account_id, **fields)
        return meetings.update_meeting(self.meeting_id, **fields)


def meeting_fields(meeting_id: int) -> dict:
    """What a meeting edit can change, as ``update_meeting`` takes it."""
    detail = meetings.meeting_detail(meeting_id)
    return {"day": detail.day, "title": detail.title, "goals": detail.goals,
            "stakeholders": sorted(detail.stakeholders), "members": sorted(detail.members)}


class MeetingsDialog(QDialog):
    """The account's meetings, upcoming first; new, edit, delete.  With the
    window's ``editor`` each change goes on its undo stack (Ctrl+Z)."""

    def __init__(self, account_id: int, parent=None, today: dt.date | None = None, editor=None):
        super().__init__(parent)
        self.account_id = account_id
        self.editor = editor
        self.today = today or dt.date.today()
        self.changed = False
        self.setWindowTitle(self.tr("Board meetings — %s") % get_account(account_id).name)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Meetings"))
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_meeting())
        self.empty = QLabel(self.tr("No meeting recorded yet."), self)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(560, 380)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.list.clear()
        rows = meetings.meetings_of(self.account_id)
        upcoming = sorted((m for m in rows if m.day >= self.today), key=lambda m: m.day)
        past = [m for m in rows if m.day < self.today]
        for detail in upcoming + past:
            when = self.tr("upcoming") if detail.day >= self.today else self.tr("past")
            names = ", ".join(detail.stakeholder_names) or self.tr("no attendees yet")
            item = QListWidgetItem(f"{detail.day.isoformat()}  {detail.title}  ({when}) — {names}", self.list)
            item.setData(Qt.UserRole, detail.id)
            if detail.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not rows)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(bool(rows))

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _undoable(self, make_step, text: str, *args) -> None:
        if self.editor is not None:
            self.editor.operations.run(make_step(text, Changes.of("meetings", account=self.account_id), *args))

    def new_meeting(self) -> None:
        dialog = MeetingFormDialog(self.account_id, None, self, self.today)
        if dialog.exec():
            self.changed = True
            meeting = dialog.result_object
            self._undoable(created, self.tr("New board meeting %s") % meeting.title, "Meeting", meeting.id)
            self.reload(meeting.id)

    def edit_meeting(self) -> None:
        if (meeting_id := self.current_id()) is None:
            return
        before = meeting_fields(meeting_id)
        if MeetingFormDialog(self.account_id, meeting_id, self, self.today).exec():
            self.changed = True
            after = meeting_fields(meeting_id)
            if after != before:
                self._undoable(field_edit, self.tr("Change board meeting %s") % after["title"],
                               meetings.update_meeting, meeting_id, before, after, True)
            self.reload(meeting_id)

    def delete_meeting(self) -> None:
        if (meeting_id := self.current_id()) is None:
            return
        detail = meetings.meeting_detail(meeting_id)
        answer = QMessageBox.question(self, self.tr("Delete meeting"),
                                      self.tr("Delete “%s” on %s?") % (detail.title, detail.day.isoformat()))
        if answer == QMessageBox.Yes:
            if self.editor is not None:  # the command deletes, keeping what undo brings back
                self._undoable(deleted, self.tr("Delete board meeting %s") % detail.title, "Meeting", meeting_id)
            else:
                meetings.delete_meeting(meeting_id)
            self.changed = True
            self.reload()
