"""What an import wrote, so the window can take it back as one step and do it again.

``apply_plan`` watches its own transaction (``ImportWatch``): the rows it
made are those past each table's highest id before it began (nobody else
writes meanwhile: the transaction holds the write lock), and the people it
touched who were there before (updated, marked as left) are compared column
by column, their tags too.  The ``ImportReceipt`` names all of it by id.

``undo_import`` takes the made rows away — with whatever cascades from
them, captured first — and puts the touched people's columns back;
``redo_import`` restores the captured rows under their old ids and sets the
columns again.  Each runs in one transaction.  The search index follows by
its triggers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import fn

from relapp.services import validation as v
from relapp.services.snapshots import Snapshot, capture_many, restore
from relapp.store.models import Account, ContactDetail, KeyDate, Stakeholder, StakeholderChange, StakeholderTag, Tag

# Every table an import adds rows to, parents first.
MADE = (Account, Tag, Stakeholder, ContactDetail, KeyDate, StakeholderChange)


@dataclass
class ImportReceipt:
    made: list[tuple[str, list[int]]]  # (model name, ids) of the rows the import made
    links: list[tuple[int, int]]  # (stakeholder, tag) it added to people who were there before
    changed: list[tuple[int, dict, dict]]  # (stakeholder id, columns before, after) of people it touched
    taken_back: Snapshot | None = field(default=None, repr=False)  # what undo removed, for redo

    @property
    def accounts(self) -> list[int]:
        """The accounts the import made."""
        return next((ids for name, ids in self.made if name == "Account"), [])

    def is_empty(self) -> bool:
        return not any(ids for _, ids in self.made) and not self.links and not self.changed


def _chunks(values: list, size: int = 500):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _people(ids: list[int]) -> dict[int, dict]:
    rows = {}
    for part in _chunks(ids):
        rows.update((row["id"], row) for row in Stakeholder.select().where(Stakeholder.id.in_(part)).dicts())
    return rows


def _links(ids: list[int]) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for part in _chunks(ids):
        found.update(StakeholderTag.select(StakeholderTag.stakeholder, StakeholderTag.tag)
                     .where(StakeholderTag.stakeholder.in_(part)).tuples())
    return found


class ImportWatch:
    """Started inside the import's transaction before it writes; ``receipt()`` after."""

    def __init__(self, touched_people: list[int]):
        self.marks = {model: model.select(fn.MAX(model.id)).scalar() or 0 for model in MADE}
        self.touched = sorted(set(touched_people))
        self.before = _people(self.touched)
        self.links_before = _links(self.touched)

    def receipt(self) -> ImportReceipt:
        made = [(model.__name__, [i for (i,) in model.select(model.id).where(model.id > self.marks[model])
                                  .order_by(model.id).tuples()]) for model in MADE]
        after = _people(self.touched)
        changed = []
        for ident, old in self.before.items():
            new = after.get(ident, old)
            columns = [key for key in old if old[key] != new[key]]
            if columns:
                changed.append((ident, {k: old[k] for k in columns}, {k: new[k] for k in columns}))
        return ImportReceipt(made, sorted(_links(self.touched) - self.links_before), changed)


def _set_columns(changed: list[tuple[int, dict, dict]], which: int) -> None:
    for ident, *values in changed:
        Stakeholder.update(values[which]).where(Stakeholder.id == ident).execute()


def undo_import(receipt: ImportReceipt) -> None:
    """Take back what the import wrote (see the module's notes)."""
    with v.transaction():
        snap = capture_many(receipt.made)
        # A link to a tag the import made is captured with the tag already.
        captured = {(row["stakeholder"], row["tag"]) for name, row in snap.rows if name == "StakeholderTag"}
        snap.rows.extend(("StakeholderTag", {"stakeholder": s, "tag": t}) for s, t in receipt.links
                         if (s, t) not in captured)
        for name, ids in reversed(receipt.made):
            model = next(m for m in MADE if m.__name__ == name)
            for part in _chunks(ids):
                model.delete().where(model.id.in_(part)).execute()
        for stakeholder, tag in receipt.links:
            StakeholderTag.delete().where((StakeholderTag.stakeholder == stakeholder)
                                          & (StakeholderTag.tag == tag)).execute()
        _set_columns(receipt.changed, 0)
        receipt.taken_back = snap


def redo_import(receipt: ImportReceipt) -> None:
    """Write again what ``undo_import`` took back, under the same ids."""
    if receipt.taken_back is None:
        raise v.ValidationError("import", "this import was never taken back")
    with v.transaction():
        restore(receipt.taken_back)
        _set_columns(receipt.changed, 1)
