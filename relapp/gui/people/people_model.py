"""Everyone (their people in every account, and ours) as a table, and the
filters of the People view over it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from relapp.domain.find_rank import contains_all
from relapp.domain.vocabulary import STANCES
from relapp.gui.key_date_text import key_date_text
from relapp.gui.models import roles
from relapp.gui.models.row_table import RowTableModel
from relapp.gui.text_colours import is_dark, readable_on
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.services.people_directory import OURS, PersonRow
from relapp.gui.filter_change import change_row_filter

COLUMNS = (
    QT_TRANSLATE_NOOP("TableHeader", "Name"),
    QT_TRANSLATE_NOOP("TableHeader", "Account"),
    QT_TRANSLATE_NOOP("TableHeader", "Title"),
    QT_TRANSLATE_NOOP("TableHeader", "Tags"),
    QT_TRANSLATE_NOOP("TableHeader", "Influence"),
    QT_TRANSLATE_NOOP("TableHeader", "Stance"),
    QT_TRANSLATE_NOOP("TableHeader", "Last contact"),
    QT_TRANSLATE_NOOP("TableHeader", "Key dates"),
)
NAME, ACCOUNT, TITLE, TAGS, INFLUENCE, STANCE, LAST_CONTACT, KEY_DATES = range(len(COLUMNS))
PERSON_ROLE = roles.USER + 1  # the PersonRow
SORT_ROLE = roles.USER + 2  # a value that sorts the column right (numbers as numbers, "never" first)


class PeopleTableModel(RowTableModel):
    COLUMNS = COLUMNS

    def __init__(self, our_team_label: str = "Our team", parent=None):
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._ours = our_team_label
        self._tag_brushes: dict[str, QBrush] = {}

    def set_people(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def person(self, row: int) -> PersonRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, kind: str, ident: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.kind == kind and p.id == ident), -1)

    def data(self, index, role=roles.DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person, column, role = self._rows[index.row()], index.column(), int(role)
        if role in (roles.DISPLAY, roles.ACCESSIBLE_TEXT):
            return self._text(person, column)
        if role == SORT_ROLE:
            if column == INFLUENCE:
                return person.influence or 0
            if column == LAST_CONTACT:
                return person.last_contact.toordinal() if person.last_contact else 0
            return self._text(person, column).casefold()
        if role == PERSON_ROLE:
            return person
        if role == roles.FOREGROUND and column == TAGS and person.tags:
            # The tag's colour, made readable on this theme's rows (asked at
            # paint time, so a theme switch shows at the next repaint).
            key = (person.tags[0].colour, is_dark())
            if key not in self._tag_brushes:
                palette = QGuiApplication.palette()
                self._tag_brushes[key] = QBrush(readable_on(key[0], [
                    palette.color(QPalette.Base), palette.color(QPalette.AlternateBase),
                    palette.color(QPalette.Window)]))
            return self._tag_brushes[key]
        if role == roles.TOOLTIP and column == KEY_DATES and person.key_dates:
            return "\n".join(f"{d.label}: {key_date_text(d.date)}" for d in person.key_dates)
        if role == roles.ALIGNMENT and column == INFLUENCE:
            return int(Qt.AlignCenter)
        return None

    def _text(self, person: PersonRow, column: int) -> str:
        if column == NAME:
            return person.name
        if column == ACCOUNT:
            return self._ours if person.kind == OURS else person.account
        if column == TITLE:
            return person.title
        if column == TAGS:
            return ", ".join(person.tag_names)
        if column == INFLUENCE:
            return f"{person.influence}/5" if person.influence else ""
        if column == STANCE:
            return vocabulary_label(STANCES.get(person.stance, "")) if person.stance else ""
        if column == LAST_CONTACT:
            return person.last_contact.isoformat() if person.last_contact else ""
        if column == KEY_DATES:
            return ", ".join(f"{d.label} {key_date_text(d.date)}" for d in person.key_dates)
        return ""


# What the "last contact" filter offers: (key, test on the days since, or None for never).
CONTACT_FILTERS = ("any", "30", "90+", "never")


class PeopleFilter(QSortFilterProxyModel):
    """Filters of the People view: side and account, tag, influence,
    stance, last contact, and words typed (name, title, account, email)."""

    def __init__(self, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.account: int | str | None = None  # an account id, OURS for our team, None for everyone
        self.tag_id: int | None = None
        self.min_influence = 0
        self.stance: str | None = None
        self.contact = "any"
        self.text = ""
        self.show_archived = False
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseInsensitive)

    def refilter(self, **wanted) -> None:
        """Filter by ``wanted`` (attributes of this proxy: account, tag_id, min_influence, stance, contact, text)."""
        def change() -> None:
            for name, value in wanted.items():
                getattr(self, name)  # only the filters this proxy has
                setattr(self, name, value)
        change_row_filter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent=QModelIndex()) -> bool:
        person: PersonRow | None = self.sourceModel().person(source_row)
        if person is None:
            return False
        if person.archived and not self.show_archived and self.account is None:
            return False
        if self.account == OURS and person.kind != OURS:
            return False
        if isinstance(self.account, int) and person.account_id != self.account:
            return False
        if self.tag_id is not None and all(t.id != self.tag_id for t in person.tags):
            return False
        if self.min_influence and (person.influence or 0) < self.min_influence:
            return False
        if self.stance is not None and person.stance != self.stance:
            return False
        if self.contact != "any":
            days = (self.today - person.last_contact).days if person.last_contact else None
            if self.contact == "never" and days is not None:
                return False
            if self.contact == "30" and (days is None or days > 30):
                return False
            if self.contact == "90+" and days is not None and days < 90:
                return False
        return not self.text or contains_all(self.text, person.name, person.title, person.account, person.email,
                                             " ".join(person.tag_names))
