"""Every change the window makes to the data: operations, change sets, one undo stack.

How a change travels (the only way a widget writes data):

1. A view builds an ``Operation``: the step's name (the status bar and Edit → Undo show it), the
   ``Changes`` it makes, and two callables ``do`` and ``undo``, each one service call (one transaction).
2. It hands it to the window's ``Operations``: ``operations.run(op, origin=self)``. ``run`` calls ``do``
   at once — a ``ValidationError`` reaches the caller and nothing is pushed — then pushes the step on the
   undo stack. A dialog that has already committed its edit (it had to, to show validation errors in
   place) builds the step with ``done=True``; see ``created`` and ``field_edit``.
3. After every do, undo and redo, ``Operations.changed(changes, origin)`` is emitted. Each view connects
   to it and refreshes only when ``changes.touches(...)`` a kind it shows, and only the account it shows
   (``changes.concerns(account_id)``). ``origin`` is the object that asked for the step (``None`` for undo
   and redo), so a view that already shows its own edit may skip it.

A view never calls another view to refresh it and never writes through a service directly.

If undo or redo fails (the data moved on under it, the disk is full), ``failed(step, message)`` is
emitted and the step is dropped from the stack, so the stack never promises what it cannot do.

Switching data (restore, demo, another folder) is not a step: ``operations.reset()`` empties the stack
and announces ``Changes.everything()``.

Example, a stance set on the map::

    operations.run(Operation(tr("Stance of %s") % name, Changes.of("people", account=account_id),
                             do=partial(set_stance, person_id, new), undo=partial(set_stance, person_id, old)),
                   origin=self)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from relapp.services.edit_conflicts import guarded, unless_changed_since
from relapp.services.snapshots import delete_with_snapshot, restore
from relapp.gui.refusal_texts import refusal_text

# The kinds of data a step can change; views subscribe to the ones they show.
KINDS = frozenset({
    "accounts",     # an account's own fields (name, purpose, intent, archived, targets)
    "people",       # stakeholders: fields, stance, role, influence and interest
    "team",         # our team members
    "entries",      # journal entries
    "ties",         # who of ours knows whom of theirs, and how well
    "links",        # influence and conflict links between stakeholders
    "positions",    # where the user placed people on a map layout
    "promises",     # commitments
    "checkups",     # check-ups and health questions
    "meetings",     # board meetings and their attendees
    "plan",         # the account plan: stage, intents, potential, objectives, opportunities
    "attention",    # what Home hides (snoozed, dismissed)
    "settings",     # preferences that change what views show
    "tags",         # tags, their colours, and who carries which
    "dates",        # people's key dates
})


@dataclass(frozen=True)
class Changes:
    """What one step changed: the kinds of data, and the accounts concerned (empty: any account)."""

    kinds: frozenset[str] = frozenset()
    accounts: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown kinds of change: {sorted(unknown)}")

    @classmethod
    def of(cls, *kinds: str, account: int | None = None, accounts: Iterable[int] = ()) -> Changes:
        ids = set(accounts) | ({account} if account is not None else set())
        return cls(frozenset(kinds), frozenset(ids))

    @classmethod
    def everything(cls) -> Changes:
        return cls(KINDS)

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def concerns(self, account_id: int | None) -> bool:
        """Whether a view showing ``account_id`` may need to refresh."""
        return not self.accounts or account_id in self.accounts

    def __or__(self, other: Changes) -> Changes:
        # Either side not naming its accounts means any account.
        accounts = self.accounts | other.accounts if self.accounts and other.accounts else frozenset()
        return Changes(self.kinds | other.kinds, accounts)


class Operation(QUndoCommand):
    """One undoable step: ``do`` and ``undo`` are service calls; ``done`` when ``do`` already ran."""

    def __init__(self, text: str, changes: Changes, do: Callable[[], object], undo: Callable[[], object],
                 done: bool = False, record: tuple[str, int] | list[tuple[str, int]] | None = None,
                 unchanged: tuple[str, Callable[[], object], object, object] | None = None):
        super().__init__(text)
        self.changes = changes
        # The record (model name, id) the step changed, or a list of them: on a
        # team database its undo and redo are refused when a colleague changed one since.
        self.records = [record] if isinstance(record, tuple) else list(record or [])
        # For a record that keeps no version (a tie, a link): (what it is, how to read it now,
        # its state before the step, after it). Each way runs only while it is as this window
        # left it (the first do too); on a team database, else refused.
        self.unchanged = unchanged
        self._do, self._undo = do, undo
        self.done = done
        self._owner: Operations | None = None  # set by Operations.run
        self._origin: object | None = None
        self._first_push = False

    def redo(self) -> None:
        if self._first_push:
            self._first_push = False
            self._owner._announce(self.changes, self._origin)
        else:
            self._apply(self._do, doing=True)

    def undo(self) -> None:
        self._apply(self._undo, doing=False)

    def _checked(self, fn: Callable[[], object], doing: bool, first: bool = False) -> object:
        """``fn`` run unless a colleague changed what the step changes since (on a team database:
        the data of the owner's context)."""
        if self.unchanged is not None:
            what, now, before, after = self.unchanged
            return unless_changed_since(self._owner.database, what, now, before if doing else after, fn)
        if self.records and not first:
            return guarded(self._owner.database, self.records, fn)
        return fn()

    def _apply(self, fn: Callable[[], object], doing: bool) -> None:
        try:
            self._checked(fn, doing)
        except Exception as exc:  # noqa: BLE001 - any failure is reported, and the step leaves the stack
            self.setObsolete(True)
            self._owner.failed.emit(self.text(), refusal_text(exc))
            return
        self._owner._announce(self.changes, None)


class Operations(QObject):
    """The window's undo stack and the one announcement of every change."""

    changed = Signal(object, object)  # Changes, origin (the object that asked; None for undo and redo)
    failed = Signal(str, str)  # step, what went wrong

    def __init__(self, parent: QObject | None = None, context=None):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        # The DataContext the steps change (the window hands on the next one when data switches).
        self.context = context

    @property
    def database(self):
        """The database of the data the steps change: undo and redo ask it whether a colleague
        changed a record since (a team database) or not (a local file)."""
        if self.context is None:
            raise RuntimeError("these operations were given no data context: the window gives them its own")
        return self.context.database

    def run(self, op: Operation, origin: object | None = None) -> Changes:
        """Do ``op`` (unless already done), push it on the stack and announce its changes."""
        op._owner = self
        if not op.done:
            op._checked(op._do, doing=True, first=True)  # errors reach the caller; nothing is pushed
            op.done = True
        op._origin, op._first_push = origin, True
        self.stack.push(op)
        return op.changes

    def announce(self, changes: Changes, origin: object | None = None) -> None:
        """Tell every view about a change that is not a step of its own (a data switch)."""
        self._announce(changes, origin)

    def reset(self) -> None:
        """Other data is open: nothing to undo, and every view shows everything afresh."""
        self.stack.clear()
        self._announce(Changes.everything(), None)

    def _announce(self, changes: Changes, origin: object | None) -> None:
        self.changed.emit(changes, origin)


# The usual shapes of a step ---------------------------------------------------------------


def field_edit(text: str, changes: Changes, update: Callable[..., object], record_id: int, before: dict,
               after: dict, done: bool = False, record: str | None = None) -> Operation:
    """``update(record_id, **fields)`` with the values before and after; ``record`` names the model
    (e.g. ``"Stakeholder"``) where undo must not overwrite a colleague's later change."""
    return Operation(text, changes, lambda: update(record_id, **after), lambda: update(record_id, **before),
                     done, (record, record_id) if record else None)


def created(text: str, changes: Changes, record: str, record_id: int) -> Operation:
    """A record a dialog has just created (``record`` names its model, e.g. ``"Account"``). Undo deletes
    it keeping everything it took with it; redo brings it back under the same id."""
    kept = []
    return Operation(text, changes, lambda: restore(kept.pop()),
                     lambda: kept.append(delete_with_snapshot(record, record_id)), done=True,
                     record=(record, record_id))


def deleted(text: str, changes: Changes, record: str, record_id: int) -> Operation:
    """Deleting a record and everything that goes with it; undo puts all of it back."""
    kept = []
    return Operation(text, changes, lambda: kept.append(delete_with_snapshot(record, record_id)),
                     lambda: restore(kept.pop()))
