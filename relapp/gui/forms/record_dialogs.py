"""Create/edit dialogs for accounts, stakeholders and team members."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from relapp.domain.vocabulary import CONTACT_MODELS, DECISION_ROLES, MEMBER_KINDS, PURPOSES, STANCES
from relapp.gui.forms.designer import FormDialog, fill_combo, read_widget, write_widget
from relapp.services import accounts, people
from relapp.services.edit_conflicts import EditConflict, Refused
from relapp.gui.vocabulary_labels import label as vocabulary_label

ACCOUNT_FORM_FIELDS = ("name", "industry", "purpose", "our_intent", "their_intent", "target_model",
                       "checkup_interval_days", "neglect_days", "valued_contact_only", "notes")
STAKEHOLDER_FORM_FIELDS = ("name", "title", "department", "email", "phone", "reports_to", "decision_role",
                           "influence", "interest", "stance", "cadence_days", "measured_by", "career_goals",
                           "worries", "how_we_help", "family", "interests", "notes")
MEMBER_FORM_FIELDS = ("name", "role", "email", "kind", "notes")


class _RecordDialog(FormDialog):
    """Shared flow: fill the form from a record, save through a service,
    remember the values before and after for undo."""

    fields: tuple[str, ...] = ()

    def __init__(self, record=None, parent=None):
        super().__init__(parent)
        self.record = record
        # The version the form was filled from: a save is refused when a
        # colleague saved the record since (a team database).
        self.version = getattr(record, "version", None)
        self.before: dict = {}
        self.after: dict = {}
        self.prepare()
        if record is not None:
            for name in self.fields:
                write_widget(self.field(name), self.stored_value(record, name))
            self.before = {name: self.stored_value(record, name) for name in self.fields}
        self.started = dict(self.before)  # the whole record as the form was filled (save trims ``before``)
        self.field("name").setFocus()

    def stored_value(self, record, name):
        return getattr(record, name)

    def prepare(self) -> None:
        pass

    def changed_values(self) -> dict:
        values = {name: read_widget(self.field(name)) for name in self.fields}
        return values if self.record is None else {k: x for k, x in values.items() if x != self.before.get(k)}

    def save_edit(self, update, values: dict):
        """``update(id, expected_version=…, **values)``.  When a colleague
        saved the record in between, nothing is written: the form keeps what
        was typed, now stands on their version, and says what they changed;
        OK again puts the user's changes on top."""
        try:
            saved = update(self.record.id, expected_version=self.version, **values)
        except EditConflict as conflict:
            raise Refused(self._take_theirs(conflict)) from None
        self.version = getattr(saved, "version", None)
        return saved

    def _take_theirs(self, conflict: EditConflict) -> str:
        current = dict(conflict.current)
        current.update({f"{key}_id": value for key, value in conflict.current.items()})
        theirs = {name: self.stored_value(_Values(current), name) for name in self.fields}
        changed = [name for name in self.fields if theirs[name] != self.started.get(name)]
        lines = []
        for name in changed:
            mine = read_widget(self.field(name))
            if mine == self.started.get(name):
                write_widget(self.field(name), theirs[name])  # untouched here: theirs shows
                lines.append(f"  {self._label(name)}: {_shown(theirs[name])}")
            else:
                lines.append("  " + self.tr("%s: %s (you changed it too: yours is kept)")
                             % (self._label(name), _shown(theirs[name])))
        self.started, self.before, self.version = theirs, dict(theirs), conflict.version
        who = conflict.editor or self.tr("Someone else")
        lines.insert(0, self.tr("%s saved this %s while you were editing it:") % (who, conflict.what))
        lines.append(self.tr("Your changes are still in the form: OK saves them on top of theirs; "
                             "Cancel keeps theirs."))
        return "\n".join(lines)

    def _label(self, name: str) -> str:
        widget = self.form.findChild(QWidget, name)
        for label in self.form.findChildren(QLabel):
            if widget is not None and label.buddy() is widget:
                return label.text().replace("&", "").rstrip(":")
        return name.replace("_", " ").capitalize()


class _Values:
    """A record's values by field name, read like the record."""

    def __init__(self, values: dict):
        self.__dict__.update(values)


def _shown(value) -> str:
    if value is None or value == "":
        return "(empty)"
    text = str(value).replace("\n", " ")
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"


class AccountDialog(_RecordDialog):
    model_name = "Account"  # the stored record, for undo's check of a colleague's later change
    form_name = "account_form"
    fields = ACCOUNT_FORM_FIELDS

    def prepare(self) -> None:
        fill_combo(self.field("purpose"), {k: vocabulary_label(label) for k, label in PURPOSES.items()},
                   empty=self.tr("Not decided yet"))
        fill_combo(self.field("target_model"), {m: m.capitalize() for m in CONTACT_MODELS},
                   empty=self.tr("No target yet"))
        self.setWindowTitle(self.tr("New account") if self.record is None else self.tr("Edit account"))
        self.resize(560, 560)

    def save(self):
        values = self.changed_values()
        if self.record is None:
            return accounts.create_account(**values)
        self.after = values
        self.before = {k: self.before[k] for k in values}
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
        self.after = values
        self.before = {k: (self.before[k] or None) if k == "cadence_days" else self.before[k] for k in values}
        return self.save_edit(people.update_stakeholder, values) if values else self.record


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
        self.after = values
        self.before = {k: self.before[k] for k in values}
        return self.save_edit(people.update_member, values) if values else self.record
