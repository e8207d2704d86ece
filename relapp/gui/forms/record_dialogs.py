"""Create/edit dialogs for accounts, stakeholders and team members."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from relapp.domain.vocabulary import CONTACT_MODELS, DECISION_ROLES, MEMBER_KINDS, PURPOSES, STANCES
from relapp.gui.forms.designer import FormDialog, fill_combo, write_widget
from relapp.gui.forms.stale_save import StaleSave
from relapp.services import accounts, people
from relapp.gui.vocabulary_labels import label as vocabulary_label

ACCOUNT_FORM_FIELDS = ("name", "industry", "purpose", "our_intent", "their_intent", "target_model",
                       "checkup_interval_days", "neglect_days", "valued_contact_only", "notes")
STAKEHOLDER_FORM_FIELDS = ("name", "title", "department", "email", "phone", "reports_to", "decision_role",
                           "influence", "interest", "stance", "cadence_days", "measured_by", "career_goals",
                           "worries", "how_we_help", "family", "interests", "notes")
MEMBER_FORM_FIELDS = ("name", "role", "email", "kind", "notes")


class _RecordDialog(StaleSave, FormDialog):
    """Shared flow: fill the form from a record, save through a service
    (refused over a colleague's newer save), remember the values before and
    after for undo."""

    def __init__(self, record=None, parent=None):
        FormDialog.__init__(self, parent)
        self.record = record
        self.prepare()
        if record is not None:
            for name in self.fields:
                write_widget(self.field(name), self.stored_value(record, name))
        self.track(record)
        self.field("name").setFocus()

    def prepare(self) -> None:
        pass


class AccountDialog(_RecordDialog):
    model_name = "Account"  # the stored record, for undo's check of a colleague's later change
    form_name = "account_form"
    fields = ACCOUNT_FORM_FIELDS

    def prepare(self) -> None:
        fill_combo(self.field("purpose"), {k: vocabulary_label(label) for k, label in PURPOSES.items()},
                   empty=self.tr("Not decided yet"))
        fill_combo(self.field("target_model"), {m: vocabulary_label(m).capitalize() for m in CONTACT_MODELS},
                   empty=self.tr("No target yet"))
        self.setWindowTitle(self.tr("New account") if self.record is None else self.tr("Edit account"))
        self.resize(560, 560)

    def save(self):
        values = self.changed_values()
        if self.record is None:
            return accounts.create_account(**values)
        return self.save_edit(accounts.update_account, values) if values else self.record


class StakeholderDialog(_RecordDialog):
    model_name = "Stakeholder"  # the stored record, for undo's check of a colleague's later change
    form_name = "stakeholder_form"
    fields = STAKEHOLDER_FORM_FIELDS

    def __init__(self, account_id: int, record=None, parent=None):
        self.account_id = account_id
        super().__init__(record, parent)

    def stored_value(self, record, name):
        if name == "reports_to":
            return record.reports_to_id
        if name == "cadence_days":
            return record.cadence_days or 0
        return getattr(record, name)

    def prepare(self) -> None:
        fill_combo(self.field("decision_role"), {k: vocabulary_label(v) for k, v in DECISION_ROLES.items()},
                   empty=self.tr("Unknown"))
        fill_combo(self.field("stance"), {k: vocabulary_label(v) for k, v in STANCES.items()})
        self.field("stance").setCurrentIndex(list(STANCES).index("neutral"))
        bosses: QComboBox = self.field("reports_to")
        bosses.addItem(self.tr("Nobody (top of the organisation)"), None)
        own_id = self.record.id if self.record is not None else None
        for person in people.stakeholders_of(self.account_id):
            if person.id != own_id:
                bosses.addItem(f"{person.name} — {person.title}" if person.title else person.name, person.id)
        self.setWindowTitle(self.tr("New stakeholder") if self.record is None else self.tr("Edit stakeholder"))
        self.resize(620, 600)

    def save(self):
        values = self.changed_values()
        if "cadence_days" in values:
            values["cadence_days"] = values["cadence_days"] or None
        if self.record is None:
            return people.create_stakeholder(account=self.account_id, **values)
        if not values:
            return self.record
        saved = self.save_edit(people.update_stakeholder, values)
        if "cadence_days" in self.before:  # stored as nothing, shown as 0
            self.before["cadence_days"] = self.before["cadence_days"] or None
        return saved


class MemberDialog(_RecordDialog):
    model_name = "TeamMember"  # the stored record, for undo's check of a colleague's later change
    form_name = "member_form"
    fields = MEMBER_FORM_FIELDS

    def prepare(self) -> None:
        fill_combo(self.field("kind"), {k: vocabulary_label(v) for k, v in MEMBER_KINDS.items()})
        self.field("kind").setCurrentIndex(list(MEMBER_KINDS).index("colleague"))
        self.setWindowTitle(self.tr("New team member") if self.record is None else self.tr("Edit team member"))
        self.resize(480, 380)

    def save(self):
        values = self.changed_values()
        if self.record is None:
            return people.create_member(**values)
        return self.save_edit(people.update_member, values) if values else self.record
