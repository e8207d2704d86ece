"""An account's people as a table model."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from relapp.gui.models import roles
from relapp.gui.models.row_table import RowTableModel
from relapp.domain.vocabulary import DECISION_ROLES, STANCES
from relapp.services import coverage
from relapp.services.account_pane import pane_people
from relapp.gui.vocabulary_labels import label as vocabulary_label
from relapp.gui.text_colours import text_brush

COLUMNS = (
    QT_TRANSLATE_NOOP("TableHeader", "Name"),
    QT_TRANSLATE_NOOP("TableHeader", "Title"),
    QT_TRANSLATE_NOOP("TableHeader", "Role"),
    QT_TRANSLATE_NOOP("TableHeader", "Influence"),
    QT_TRANSLATE_NOOP("TableHeader", "Stance"),
    QT_TRANSLATE_NOOP("TableHeader", "Our best tie"),
    QT_TRANSLATE_NOOP("TableHeader", "Last contact"),
)
TITLE_COLUMN = COLUMNS.index("Title")


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    title: str
    role: str | None
    influence: int
    stance: str
    tie: int  # the coverage rule's strength: a recorded tie, else what the journal shows
    last_contact: dt.date | None
    known_by: str = ""  # "Lee Brannigan (from the journal)", for the tooltip
    left_on: dt.date | None = None


class StakeholderTableModel(RowTableModel):
    COLUMNS = COLUMNS
    IdRole = Qt.UserRole + 1
    _ROLES = frozenset({roles.DISPLAY, roles.USER, roles.FOREGROUND, roles.TOOLTIP, roles.ACCESSIBLE_TEXT,
                        int(IdRole)})

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._overdue: dict[int, int] = {}  # stakeholder id → overdue promises
        self.account_id: int | None = None
        # Who of ours knows each person, as the coverage rule sees it (the
        # stage strip's contact breadth reuses it).
        self.knowledge: dict[int, coverage.PersonKnowledge] = {}

    def set_account(self, account_id: int | None) -> None:
        self.beginResetModel()
        self.account_id = account_id
        self._rows = []
        self._overdue = {}
        self.knowledge = {}
        if account_id is not None:
            today = dt.date.today()
            # The same rule as the map, the brief and Home: someone met in the
            # journal is known even where no tie was recorded by hand.
            knowledge = self.knowledge = coverage.people_knowledge([account_id], today).get(account_id, {})
            # The people with their last contacts and overdue promises from
            # one service call (plain statements; peewee built them before).
            for p in pane_people(account_id, today):
                known = knowledge.get(p.id)
                best = known.known[0] if known and known.known else None
                if p.overdue:
                    self._overdue[p.id] = p.overdue
                self._rows.append(PersonRow(
                    p.id, p.name, p.title, p.decision_role, p.influence, p.stance,
                    best.strength if best else 0, p.last_contact,
                    known_by_text(best) if best else "", known.left_on if known else None))
        # Views ask for every cell many times per paint: work the texts out once.
        self._texts = [self._display(row) for row in self._rows]
        self.endResetModel()

    def texts(self, row: int) -> tuple[str, ...]:
        """The texts of a row's cells, in column order."""
        return self._texts[row]

    def overdue_count(self) -> int:
        """Overdue promises to the account's people (the shown account's)."""
        return sum(self._overdue.values())

    def _display(self, row: PersonRow) -> tuple[str, ...]:
        return (
            self.tr("%s (left)") % row.name if row.left_on else row.name,
            row.title,
            vocabulary_label(DECISION_ROLES.get(row.role, "")) if row.role else "—",
            "●" * row.influence,
            vocabulary_label(STANCES.get(row.stance, row.stance)),
            f"{row.tie}/5" if row.tie else self.tr("nobody"),
            row.last_contact.isoformat() if row.last_contact else self.tr("never"),
        )

    def data(self, index, role=roles.DISPLAY):
        # Qt asks for a dozen roles per visible cell on every paint; those
        # this model never answers are turned away before anything else.
        if role not in self._ROLES:
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        if role == roles.DISPLAY:
            return self._texts[number][index.column()]
        row = self._rows[number]
        column = COLUMNS[index.column()]
        if role == self.IdRole:
            return row.id
        if role == roles.USER:  # sort keys
            return {"Influence": row.influence, "Our best tie": row.tie,
                    "Last contact": row.last_contact.isoformat() if row.last_contact else ""}.get(column, "")
        if row.id in self._overdue and column == "Name":
            if role == roles.FOREGROUND:
                return text_brush("negative")
            if role == roles.TOOLTIP:
                return self.tr("%d overdue promise(s) to this person") % self._overdue[row.id]
        if role == roles.TOOLTIP and column == "Our best tie" and row.known_by:
            return row.known_by
        if role == roles.TOOLTIP and column == "Name" and row.left_on:
            return self.tr("Left on %s: history kept, out of coverage") % row.left_on.isoformat()
        if role == roles.TOOLTIP and column == "Title" and row.title:
            return row.title  # whole, where a narrow pane cuts it short
        if role == roles.TOOLTIP and column == "Influence":
            return self.tr("Influence %d of 5") % row.influence
        if role == roles.ACCESSIBLE_TEXT and column == "Influence":
            return self.tr("Influence %d of 5") % row.influence
        return None


def known_by_text(best) -> str:
    """Who knows them best and on what evidence, for the tie column's tooltip."""
    if best.source == "tie":
        return QCoreApplication.translate("StakeholderTable", "%s: a tie recorded by hand") % best.member
    return QCoreApplication.translate("StakeholderTable", "%s: met in %d journal entries of the last year") % (
        best.member, best.contacts)
