"""The account plan tab: stage, both intents, potential, joint objectives
with their progress notes, and opportunities.  Every button goes through
``PlanEditing``, so each edit is one undo step."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QScrollArea, QSplitter, QToolButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from relapp.domain.account_plan import (
    INTENT_LEVELS, OBJECTIVE_CLOSED, OBJECTIVE_STATUSES, OPPORTUNITY_STATUSES, STAGES, next_step_days_late,
    objective_days_late, objective_in_trouble, opportunity_open, stage_label,
)
from relapp.gui.plan.plan_steps import PlanEditing
from relapp.gui.text_colours import css, text_brush
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.services import account_plan as plan
from relapp.services.plan_text import money
from relapp.gui.themed_styles import themed

# Meanings of the objectives' colours; the shade follows the theme (text_colours).
LATE, TROUBLE, CLOSED = "negative", "warning", "muted"
RECORD = Qt.UserRole
# In both lists: the name (objective, opportunity), and how it is measured or the next step.
LONG_TEXT_COLUMNS = (0, 4)


def _intent_text(intent: plan.Intent, none: str) -> str:
    if intent.level is None:
        level = f"<i>{html.escape(none)}</i>"
    else:
        level = f"<b>{intent.level}/5</b> {html.escape(vocabulary_label(INTENT_LEVELS[intent.level]))}"
    return level + (f" — {html.escape(intent.text)}" if intent.text else "")


class PlanPanel(QWidget):
    def __init__(self, editor, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today
        self.account_id: int | None = None
        self.plan: plan.AccountPlan | None = None
        self.editing = PlanEditing(editor, self, self._today)

        self.stage_label = self._text(self.tr("Stage"))
        self.our_label = self._text(self.tr("Our intent"))
        self.their_label = self._text(self.tr("Their intent"))
        self.mismatch_label = QLabel(self)
        self.mismatch_label.setWordWrap(True)
        themed(self.mismatch_label, lambda: css("negative") + " font-weight: 600;")
        self.mismatch_label.setText(self.tr("Our intent runs two or more levels ahead of theirs: find out what they "
                                            "want before investing more."))
        self.potential_label = self._text(self.tr("Potential"))
        self.stage_button = self._button(self.tr("Change &stage…"), self._change_stage)
        self.our_button = self._button(self.tr("Rate &ours…"), lambda: self._rate("ours"))
        self.their_button = self._button(self.tr("Rate t&heirs…"), lambda: self._rate("theirs"))
        self.potential_button = self._button(self.tr("Edit &potential…"), self._edit_potential)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (caption, text, button) in ((0, (self.tr("Stage"), self.stage_label, self.stage_button)),
                                             (1, (self.tr("Our intent"), self.our_label, self.our_button)),
                                             (2, (self.tr("Their intent"), self.their_label, self.their_button)),
                                             (4, (self.tr("Potential"), self.potential_label,
                                                  self.potential_button))):
            grid.addWidget(QLabel(f"<b>{html.escape(caption)}</b>", self), row, 0, Qt.AlignTop)
            grid.addWidget(text, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignTop)
        grid.addWidget(self.mismatch_label, 3, 1, 1, 2)  # under the two intents it compares
        grid.setColumnStretch(1, 1)

        self.objectives = QTreeWidget(self)
        self.objectives.setAccessibleName(self.tr("Joint objectives"))
        self.objectives.setHeaderLabels([self.tr("Joint objective"), self.tr("Status"), self.tr("Owners (theirs / ours)"),
                                         self.tr("Target"), self.tr("Measured by")])
        self.objectives.setRootIsDecorated(True)
        self.objectives.setUniformRowHeights(True)
        self.objectives.itemActivated.connect(lambda item, _col: self._edit_objective())
        self.objectives.currentItemChanged.connect(lambda *_: self._enable())
        self.opportunities = QTreeWidget(self)
        self.opportunities.setAccessibleName(self.tr("Opportunities"))
        self.opportunities.setHeaderLabels([self.tr("Opportunity"), self.tr("Status"), self.tr("Size"),
                                            self.tr("Sponsor / owner"), self.tr("Next step"), self.tr("By")])
        self.opportunities.setRootIsDecorated(False)
        self.opportunities.itemActivated.connect(lambda item, _col: self._edit_opportunity())
        self.opportunities.currentItemChanged.connect(lambda *_: self._enable())
        # The objective's and the opportunity's names take what the short
        # columns leave, and the long texts beside them (how an objective is
        # measured, the next step) a share of it: every column fitted to its
        # contents put the last ones behind a sideways scroll bar on a
        # 1366-pixel window.
        for tree in (self.objectives, self.opportunities):
            tree.setMinimumHeight(64)  # a header and two rows; the panel scrolls below that
            header = tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeToContents)
            for column in LONG_TEXT_COLUMNS:
                header.setSectionResizeMode(column, QHeaderView.Stretch)

        self.new_objective_button = self._button(self.tr("&New objective…"), self._new_objective)
        self.edit_objective_button = self._button(self.tr("&Edit…"), self._edit_objective)
        self.progress_button = self._button(self.tr("P&rogress…"), self._add_progress)
        self.status_button = QToolButton(self)
        self.status_button.setText(self.tr("Status"))
        self.status_button.setPopupMode(QToolButton.InstantPopup)
        status_menu = QMenu(self.status_button)
        for key in ("on-track", "at-risk", "off-track"):
            status_menu.addAction(vocabulary_label(OBJECTIVE_STATUSES[key]),
                                  lambda key=key: self._set_status(key))
        status_menu.addSeparator()
        status_menu.addAction(self.tr("Achieved…"), self._achieve)
        status_menu.addAction(self.tr("Dropped…"), self._drop)
        self.status_button.setMenu(status_menu)
        self.delete_objective_button = self._button(self.tr("Delete"), self._delete_objective)
        self.new_opportunity_button = self._button(self.tr("New opport&unity…"), self._new_opportunity)
        self.edit_opportunity_button = self._button(self.tr("Edit…"), self._edit_opportunity)
        self.delete_opportunity_button = self._button(self.tr("Delete"), self._delete_opportunity)

        objectives_box = self._box(self.objectives, [self.new_objective_button, self.edit_objective_button,
                                                     self.progress_button, self.status_button,
                                                     self.delete_objective_button])
        opportunities_box = self._box(self.opportunities, [self.new_opportunity_button,
                                                           self.edit_opportunity_button,
                                                           self.delete_opportunity_button])
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(objectives_box)
        split.addWidget(opportunities_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # In a scroll area: the tab must not make the window taller than a
        # small screen (the account's other tabs need far less room).
        inner = QWidget(self)
        layout = _FitsTheView(inner)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(split, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._enable()

    # Building -----------------------------------------------------------------------
    def _text(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.RichText)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        return label

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _box(self, tree: QTreeWidget, buttons: list) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tree, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    # Showing -------------------------------------------------------------------------
    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        if self.account_id is None:
            self.plan = None
            for label in (self.stage_label, self.our_label, self.their_label, self.potential_label):
                label.clear()
            self.mismatch_label.hide()
            self.objectives.clear()
            self.opportunities.clear()
            self._enable()
            return
        today = self._today()
        self.plan = found = plan.account_plan(self.account_id, today)
        not_set = self.tr("not set yet")
        if found.stage:
            self.stage_label.setText(
                f"<b>{html.escape(vocabulary_label(stage_label(found.stage)))}</b> "
                + html.escape(self.tr("since %s") % found.stage_since.isoformat())
                + f"<br><span style='{css('muted')}'>{html.escape(vocabulary_label(STAGES[found.stage][1]))}</span>")
        else:
            self.stage_label.setText(f"<i>{html.escape(not_set)}</i>")
        self.our_label.setText(_intent_text(found.our_intent, self.tr("not rated")))
        self.their_label.setText(_intent_text(found.their_intent, self.tr("not rated")))
        # The history, newest first, where the mouse rests.
        self.stage_label.setToolTip("\n".join(
            f"{s.since.isoformat()}  {vocabulary_label(stage_label(s.stage))}{' — ' + s.note if s.note else ''}"
            for s in reversed(found.stage_history)))
        for side, label in (("ours", self.our_label), ("theirs", self.their_label)):
            label.setToolTip("\n".join(f"{i.since.isoformat()}  {i.level}/5{' — ' + i.text if i.text else ''}"
                                       for i in reversed(found.intent_history) if i.side == side))
        self.mismatch_label.setVisible(found.intent_mismatch)
        not_written = self.tr("not written yet")
        self.potential_label.setText(html.escape(found.potential) if found.potential
                                     else f"<i>{html.escape(not_written)}</i>")
        self._fill_objectives(found, today)
        self._fill_opportunities(found, today)
        self._enable()

    def _fill_objectives(self, found: plan.AccountPlan, today: dt.date) -> None:
        keep = self._current(self.objectives)
        self.objectives.clear()
        ordered = sorted(found.objectives, key=lambda o: (o.status in OBJECTIVE_CLOSED, o.target or dt.date.max))
        for o in ordered:
            late = objective_days_late(o.status, o.target, today)
            target = o.target.isoformat() if o.target else ""
            if late:
                target += " " + self.tr("(%d days late)") % late
            status = vocabulary_label(OBJECTIVE_STATUSES[o.status])
            if o.status == "dropped" and o.reason:
                status += f": {o.reason}"
            item = QTreeWidgetItem([o.title, status, " / ".join(x for x in (o.their_owner, o.our_owner) if x),
                                    target, o.measure])
            item.setData(0, RECORD, ("objective", o.id))
            item.setToolTip(0, o.title)  # the long texts whole, where a narrow pane cuts them short
            item.setToolTip(4, o.measure)
            colour = LATE if late else TROUBLE if objective_in_trouble(o.status) else \
                CLOSED if o.status in OBJECTIVE_CLOSED else None
            if colour is not None:
                for column in (1, 3):
                    item.setForeground(column, text_brush(colour))
            for note in o.progress:
                child = QTreeWidgetItem([note.note, "", "", note.day.isoformat(), ""])
                child.setData(0, RECORD, ("progress", note.id))
                child.setToolTip(0, note.note)
                item.addChild(child)
            self.objectives.addTopLevelItem(item)
            item.setExpanded(o.status not in OBJECTIVE_CLOSED)
        self._select(self.objectives, keep)

    def _fill_opportunities(self, found: plan.AccountPlan, today: dt.date) -> None:
        keep = self._current(self.opportunities)
        self.opportunities.clear()
        for p in sorted(found.opportunities, key=lambda p: not opportunity_open(p.status)):
            late = next_step_days_late(p.status, p.next_step_due, today)
            item = QTreeWidgetItem([p.title, vocabulary_label(OPPORTUNITY_STATUSES[p.status]),
                                    money(p.value, p.currency), " / ".join(x for x in (p.sponsor, p.owner) if x),
                                    p.next_step, p.next_step_due.isoformat() if p.next_step_due else ""])
            item.setData(0, RECORD, ("opportunity", p.id))
            tip = "\n".join(x for x in (p.for_them and self.tr("For them: %s") % p.for_them,
                                        p.for_us and self.tr("For us: %s") % p.for_us) if x)
            item.setToolTip(0, "\n".join(x for x in (p.title, tip) if x))
            item.setToolTip(4, p.next_step)
            if late:
                item.setForeground(5, text_brush(LATE))
            if not opportunity_open(p.status):
                for column in range(6):
                    item.setForeground(column, text_brush(CLOSED))
            self.opportunities.addTopLevelItem(item)
        self._select(self.opportunities, keep)

    def _current(self, tree: QTreeWidget):
        item = tree.currentItem()
        return item.data(0, RECORD) if item is not None else None

    def _select(self, tree: QTreeWidget, key) -> None:
        if key is None:
            return
        for item in _all_items(tree):
            if item.data(0, RECORD) == key:
                tree.setCurrentItem(item)
                return

    def _enable(self) -> None:
        has_account = self.account_id is not None
        for button in (self.stage_button, self.our_button, self.their_button, self.potential_button,
                       self.new_objective_button, self.new_opportunity_button):
            button.setEnabled(has_account)
        goal = self.current_objective() is not None
        for button in (self.edit_objective_button, self.progress_button, self.status_button,
                       self.delete_objective_button):
            button.setEnabled(goal)
        deal = self.current_opportunity() is not None
        self.edit_opportunity_button.setEnabled(deal)
        self.delete_opportunity_button.setEnabled(deal)

    # The selection ---------------------------------------------------------------------
    def current_objective(self) -> plan.ObjectiveRecord | None:
        """The objective selected, or the one whose progress note is selected."""
        item = self.objectives.currentItem()
        if item is None or self.plan is None:
            return None
        if item.parent() is not None:
            item = item.parent()
        _kind, ident = item.data(0, RECORD)
        return next((o for o in self.plan.objectives if o.id == ident), None)

    def current_opportunity(self) -> plan.OpportunityRecord | None:
        key = self._current(self.opportunities)
        if key is None or self.plan is None:
            return None
        return next((p for p in self.plan.opportunities if p.id == key[1]), None)

    # Actions ----------------------------------------------------------------------------
    def _change_stage(self) -> None:
        if self.account_id is not None:
            self.editing.change_stage(self.account_id, self.plan.stage if self.plan else None)

    def _rate(self, side: str) -> None:
        if self.account_id is not None and self.plan is not None:
            self.editing.rate_intent(self.account_id, side,
                                     self.plan.our_intent if side == "ours" else self.plan.their_intent)

    def _edit_potential(self) -> None:
        if self.account_id is not None and self.plan is not None:
            self.editing.edit_potential(self.account_id, self.plan.potential)

    def _new_objective(self) -> None:
        if self.account_id is not None:
            self.editing.new_objective(self.account_id)

    def _edit_objective(self) -> None:
        item = self.objectives.currentItem()
        if item is not None and item.parent() is not None:
            return self._add_progress()
        if (goal := self.current_objective()) is not None:
            self.editing.edit_objective(goal)

    def _add_progress(self) -> None:
        if (goal := self.current_objective()) is not None:
            self.editing.add_progress(goal)

    def _set_status(self, status: str) -> None:
        if (goal := self.current_objective()) is not None:
            self.editing.set_objective_status(goal, status)

    def _achieve(self) -> None:
        if (goal := self.current_objective()) is not None:
            self.editing.achieve(goal)

    def _drop(self) -> None:
        if (goal := self.current_objective()) is not None:
            self.editing.drop(goal)

    def _delete_objective(self) -> None:
        item = self.objectives.currentItem()
        goal = self.current_objective()
        if goal is None:
            return
        if item.parent() is not None:
            note = next(n for n in goal.progress if n.id == item.data(0, RECORD)[1])
            self.editing.remove_progress(goal, note)
        else:
            self.editing.delete_objective(goal)

    def _new_opportunity(self) -> None:
        if self.account_id is not None:
            self.editing.new_opportunity(self.account_id)

    def _edit_opportunity(self) -> None:
        if (deal := self.current_opportunity()) is not None:
            self.editing.edit_opportunity(deal)

    def _delete_opportunity(self) -> None:
        if (deal := self.current_opportunity()) is not None:
            self.editing.delete_opportunity(deal)


class _FitsTheView(QVBoxLayout):
    """The panel's content takes the height the scroll area has (scrolling
    only below its minimum), not the height its wrapped labels would like:
    a scroll area sizes a layout with height-for-width to its preferred height."""

    def hasHeightForWidth(self) -> bool:
        return False


def _all_items(tree: QTreeWidget):
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        yield item
        for child in range(item.childCount()):
            yield item.child(child)
