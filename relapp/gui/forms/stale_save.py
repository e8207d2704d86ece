"""A form that edits a stored record refuses to save over a colleague's newer save.

The form remembers the version of the record it was filled from and saves
with it (``services.edit_conflicts``).  When someone saved the record in
between, nothing is written: the form now stands on their version, shows
their values where the user had not typed, keeps the user's where they had,
and says what the other person changed; OK again puts the user's changes on
top.  Used by the account, person, team member, entry, promise and check-up
forms; each says which of its fields it tracks (``fields``), how a record
holds each (``stored_value``) and, for fields that are no single widget, how
the form shows one (``shown_value``/``show_value``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from relapp.gui.forms.designer import read_widget, write_widget
from relapp.services.edit_conflicts import EditConflict, Refused


class StaleSave:
    """Mixed into a ``FormDialog``; call ``track(record)`` once the form is filled from it."""

    fields: tuple[str, ...] = ()
    record = None

    def track(self, record) -> None:
        """``record`` (None for a new one): the version and values the form starts from."""
        self.record = record
        # The version the form was filled from: a save is refused when a
        # colleague saved the record since (a team database).
        self.version = getattr(record, "version", None)
        self.before: dict = {} if record is None else {name: self.stored_value(record, name) for name in self.fields}
        self.after: dict = {}
        self.started = dict(self.before)  # the whole record as the form was filled (a save trims ``before``)

    def stored_value(self, record, name):
        return getattr(record, name)

    def shown_value(self, name):
        return read_widget(self.field(name))

    def show_value(self, name, value) -> None:
        write_widget(self.field(name), value)

    def shown_text(self, name, value) -> str:
        """A value in the message about a colleague's change."""
        return shown(value)

    def changed_values(self) -> dict:
        """What the form holds now: all of it for a new record, else only what differs from the record."""
        values = {name: self.shown_value(name) for name in self.fields}
        return values if self.record is None else {k: x for k, x in values.items() if x != self.before.get(k)}

    def save_edit(self, update, values: dict):
        """``update(id, expected_version=…, **values)``, remembering ``values``
        (``after``) and what they replace (``before``) for undo."""
        self.after = values
        self.before = {k: self.before[k] for k in values}
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
            if self.shown_value(name) == self.started.get(name):
                self.show_value(name, theirs[name])  # untouched here: theirs shows
                lines.append(f"  {self._label(name)}: {self.shown_text(name, theirs[name])}")
            else:
                lines.append("  " + self.tr("%s: %s (you changed it too: yours is kept)")
                             % (self._label(name), self.shown_text(name, theirs[name])))
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


def shown(value) -> str:
    if value is None or value == "":
        return "(empty)"
    text = str(value).replace("\n", " ")
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"
