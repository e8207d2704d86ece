"""The account plan's dialogs.  Each commits its edit through the services
when OK is pressed (so a mistake is shown in place) and keeps what the undo
step needs in ``result_object``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from relapp.domain.account_plan import (
    DROPPED_BY, INTENT_LEVELS, OBJECTIVE_STATUSES, OPPORTUNITY_STATUSES, SIDES, STAGES,
)
from relapp.gui.forms.designer import FormDialog, fill_combo, read_widget, select_data, write_widget
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.services import account_plan as plan
from relapp.services.people import account_team, list_members, stakeholders_of

# A date field left at its lowest day means "no date" (shown as "none").
NO_DAY = QDate(2000, 1, 1)


def optional_day(edit: QDateEdit) -> None:
    edit.setMinimumDate(NO_DAY)
    edit.setSpecialValueText("—")


def read_day(edit: QDateEdit) -> dt.date | None:
    day = edit.date()
    return None if day == edit.minimumDate() and edit.specialValueText() else day.toPython()


def write_day(edit: QDateEdit, day: dt.date | None) -> None:
    edit.setDate(QDate(day) if day else edit.minimumDate())


def _labels(options: dict) -> dict:
    return {key: vocabulary_label(text) for key, text in options.items()}


def fill_people(combo: QComboBox, account_id: int, empty: str) -> None:
    fill_combo(combo, {p.id: p.name for p in stakeholders_of(account_id)}, empty=empty)


def fill_members(combo: QComboBox, account_id: int, empty: str) -> None:
    # Our people on the account first, then everyone else of ours.
    team = account_team(account_id)
    ids = {m.id for m in team}
    fill_combo(combo, {m.id: m.name for m in team + [m for m in list_members() if m.id not in ids]}, empty=empty)


class StageDialog(FormDialog):
    form_name = "stage_form"

    def __init__(self, account_id: int, today: dt.date, current: str | None = None, parent=None):
        super().__init__(parent)
        self.account_id = account_id
        stage = self.field("stage")
        for key, (label, _meaning) in STAGES.items():
            stage.addItem(vocabulary_label(label), key)
        stage.currentIndexChanged.connect(self._explain)
        select_data(stage, current)
        self._explain()
        write_day(self.field("day"), today)
        stage.setFocus()

    def _explain(self) -> None:
        key = self.field("stage").currentData()
        self.field("meaning").setText(vocabulary_label(STAGES[key][1]) if key in STAGES else "")

    def save(self):
        return plan.set_stage(self.account_id, read_widget(self.field("stage")), read_day(self.field("day")),
                              read_widget(self.field("note")))


class IntentDialog(FormDialog):
    form_name = "intent_form"

    def __init__(self, account_id: int, side: str, current: plan.Intent, today: dt.date, parent=None):
        super().__init__(parent)
        self.account_id, self.side = account_id, side
        self.setWindowTitle(vocabulary_label(SIDES[side]))
        fill_combo(self.field("level"), {k: f"{k} — {text}" for k, text in _labels(INTENT_LEVELS).items()})
        select_data(self.field("level"), current.level or 3)
        write_widget(self.field("text"), current.text)
        write_day(self.field("day"), today)
        self.field("level").setFocus()

    def save(self):
        return plan.set_intent(self.account_id, self.side, read_widget(self.field("level")),
                               read_widget(self.field("text")), read_day(self.field("day")))


class _RecordDialog(FormDialog):
    """A new record (``record`` None) or an edit of one; ``result_object`` is
    the new record or the values the edit replaced."""

    fields: tuple[str, ...] = ()
    day_field = ""  # the field that holds a date, "—" for none

    def __init__(self, account_id: int, record, parent=None):
        super().__init__(parent)
        self.account_id, self.record = account_id, record

    def _stored(self) -> dict:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def _show_stored(self) -> None:
        for name, value in self._stored().items():
            (write_day if name == self.day_field else write_widget)(self.field(name), value)

    def typed(self) -> dict:
        """The values as the form shows them now, by field name (what ``save`` writes)."""
        return {name: read_day(self.field(name)) if name == self.day_field else read_widget(self.field(name))
                for name in self.fields}

    def _save(self, add, update, typed: dict):
        if self.record is None:
            return add(self.account_id, **typed)
        stored = self._stored()
        return update(self.record.id, **{k: x for k, x in typed.items() if x != stored[k]})


class ObjectiveDialog(_RecordDialog):
    form_name = "objective_form"
    fields = ("title", "their_owner", "our_owner", "measure", "target", "status")
    day_field = "target"

    def __init__(self, account_id: int, objective: plan.ObjectiveRecord | None = None, parent=None):
        super().__init__(account_id, objective, parent)
        fill_people(self.field("their_owner"), account_id, self.tr("Nobody yet"))
        fill_members(self.field("our_owner"), account_id, self.tr("Nobody yet"))
        fill_combo(self.field("status"), _labels(OBJECTIVE_STATUSES))
        optional_day(self.field("target"))
        if objective is None:
            self.setWindowTitle(self.tr("New joint objective"))
            write_day(self.field("target"), dt.date.today() + dt.timedelta(days=90))
        else:
            self.setWindowTitle(self.tr("Edit joint objective"))
            self._show_stored()
        self.field("title").setFocus()

    def _stored(self) -> dict:
        o = self.record
        return {"title": o.title, "their_owner": o.their_owner_id, "our_owner": o.our_owner_id,
                "measure": o.measure, "target": o.target, "status": o.status}

    def save(self):
        return self._save(plan.add_objective, plan.update_objective, self.typed())


class ProgressDialog(FormDialog):
    form_name = "progress_form"

    def __init__(self, objective: plan.ObjectiveRecord, today: dt.date, parent=None):
        super().__init__(parent)
        self.objective = objective
        self.setWindowTitle(self.tr("Progress on %s") % objective.title)
        write_day(self.field("day"), today)
        self.field("note").setFocus()

    def save(self):
        return plan.add_progress(self.objective.id, read_day(self.field("day")), read_widget(self.field("note")))


class DropDialog(FormDialog):
    form_name = "drop_form"

    def __init__(self, objective: plan.ObjectiveRecord, today: dt.date, parent=None):
        super().__init__(parent)
        self.objective, self.today = objective, today
        self.setWindowTitle(self.tr("Drop %s") % objective.title)
        fill_combo(self.field("dropped_by"), _labels(DROPPED_BY))
        self.field("reason").setFocus()

    def save(self):
        return plan.drop_objective(self.objective.id, self.today, read_widget(self.field("reason")),
                                   read_widget(self.field("dropped_by")))


class AchieveDialog(FormDialog):
    """Achieved: offers the deposit it earned, its value editable."""

    form_name = "achieve_form"

    def __init__(self, objective: plan.ObjectiveRecord, today: dt.date, parent=None):
        super().__init__(parent)
        self.objective = objective
        self.setWindowTitle(self.tr("%s achieved") % objective.title)
        write_day(self.field("day"), today)
        value = self.field("value")
        value.setRange(1, 5)
        value.setValue(3)
        self.field("entry_title").setText(self.tr("Joint objective achieved: %s") % objective.title)
        box = self.field("write_deposit")
        box.setChecked(True)
        box.toggled.connect(value.setEnabled)
        box.toggled.connect(self.field("entry_title").setEnabled)
        value.setFocus()

    def save(self):
        deposit = self.field("value").value() if self.field("write_deposit").isChecked() else None
        return plan.achieve_with_deposit(self.objective.id, read_day(self.field("day")), deposit,
                                         self.field("entry_title").text())


class OpportunityDialog(_RecordDialog):
    form_name = "opportunity_form"
    fields = ("title", "for_them", "for_us", "value", "currency", "sponsor", "owner", "status", "next_step",
              "next_step_due")
    day_field = "next_step_due"

    def __init__(self, account_id: int, opportunity: plan.OpportunityRecord | None = None, parent=None):
        super().__init__(account_id, opportunity, parent)
        fill_people(self.field("sponsor"), account_id, self.tr("Nobody yet"))
        fill_members(self.field("owner"), account_id, self.tr("Nobody yet"))
        fill_combo(self.field("status"), _labels(OPPORTUNITY_STATUSES))
        value = self.field("value")
        value.setRange(0, 2_000_000_000)
        value.setSingleStep(1000)
        value.setGroupSeparatorShown(True)
        value.setSpecialValueText(self.tr("not sized"))
        optional_day(self.field("next_step_due"))
        if opportunity is None:
            self.setWindowTitle(self.tr("New opportunity"))
            write_day(self.field("next_step_due"), None)
        else:
            self.setWindowTitle(self.tr("Edit opportunity"))
            self._show_stored()
        self.field("title").setFocus()

    def _stored(self) -> dict:
        p = self.record
        return {"title": p.title, "for_them": p.for_them, "for_us": p.for_us, "value": p.value,
                "currency": p.currency, "sponsor": p.sponsor_id, "owner": p.owner_id, "status": p.status,
                "next_step": p.next_step, "next_step_due": p.next_step_due}

    def typed(self) -> dict:
        typed = super().typed()
        typed["value"] = typed["value"] or None  # 0 is shown as "not sized"
        return typed

    def save(self):
        return self._save(plan.add_opportunity, plan.update_opportunity, self.typed())
