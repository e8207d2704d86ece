"""Deleting with a way back: everything a deletion removes, captured first.

Undo of a deletion must give back exactly what was there: the record, every
row that cascades away with it (an account's people, entries, ties…), and
the references that SQLite sets to NULL (who reported to a deleted person).
The capture follows the foreign keys declared on the models, so a table
added later is covered without touching this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import ForeignKeyField, Model

from relapp.services import validation as v
from relapp.store.binding import bound_database
from relapp.store.models import MODELS, AccountTeam

_BY_NAME = {model.__name__: model for model in MODELS}


@dataclass
class Snapshot:
    rows: list[tuple[str, dict]] = field(default_factory=list)  # parents before children
    nulled: list[tuple[str, dict, dict, dict]] = field(default_factory=list)  # model, key, values, version


def _as_it_was(model: type[Model], row: dict) -> dict:
    """The version and editor a row had."""
    return {name: row[name] for name in ("version", "edited_by") if name in model._meta.fields}


def _set_back(model: type[Model], key: dict, values: dict, kept: dict) -> None:
    """Set ``values`` of one row, then its version and editor back to ``kept``:
    putting a row back as it was is not an edit.  (The first update bumps
    the version; the second, setting it to another value, does not: see
    store/record_versions.py.)"""
    for change in (values, kept):
        if change:
            query = model.update(change)
            for column, key_value in key.items():
                query = query.where(getattr(model, column) == key_value)
            query.execute()


def _incoming(model: type[Model]) -> list[ForeignKeyField]:
    return [fk for fk in model._meta.backrefs]


def _key(model: type[Model], row: dict) -> dict:
    pk = model._meta.primary_key
    names = pk.field_names if hasattr(pk, "field_names") else [pk.name]
    return {name: row[name] for name in names}


def _model(record: type[Model] | str) -> type[Model]:
    """The model class, or its name (the window names records instead of importing the store)."""
    if isinstance(record, str):
        try:
            return _BY_NAME[record]
        except KeyError:
            raise v.ValidationError("record", "{record} is not a kind of record", record=repr(record)) from None
    return record


def capture(model: type[Model] | str, record_id: int) -> Snapshot:
    return capture_many([(model, [record_id])])


def capture_many(parts: Iterable[tuple[type[Model] | str, list[int]]]) -> Snapshot:
    """One snapshot of many records — (model, ids) pairs — and all that cascades with them."""
    snap = Snapshot()
    seen: set[tuple[str, tuple]] = set()

    def visit(current: type[Model], rows: list[dict]) -> None:
        fresh = []
        for row in rows:
            marker = (current.__name__, tuple(sorted(_key(current, row).items())))
            if marker not in seen:
                seen.add(marker)
                fresh.append(row)
        if not fresh:
            return
        snap.rows.extend((current.__name__, row) for row in fresh)
        if not current._meta.primary_key or not hasattr(current._meta.primary_key, "column_name") \
                or current._meta.composite_key:
            return  # rows keyed by several columns have nothing pointing at them
        ids = [row[current._meta.primary_key.name] for row in fresh]
        for fk in _incoming(current):
            child = fk.model
            for chunk in range(0, len(ids), 500):
                part = ids[chunk:chunk + 500]
                children = list(child.select().where(fk.in_(part)).dicts())
                if fk.on_delete == "CASCADE":
                    visit(child, children)
                elif fk.on_delete == "SET NULL":
                    snap.nulled.extend((child.__name__, _key(child, r), {fk.name: r[fk.name]}, _as_it_was(child, r))
                                       for r in children)

    for model, ids in parts:
        model = _model(model)
        for chunk in range(0, len(ids), 500):
            visit(model, list(model.select().where(model._meta.primary_key.in_(ids[chunk:chunk + 500])).dicts()))
    return snap


def restore(snap: Snapshot) -> None:
    """Put every captured row back, in one transaction, under its old key."""
    with v.transaction():
        # Rows come back in capture order, which can put a link before the
        # record it points to; checking keys at commit makes order moot.
        bound_database().execute_sql("PRAGMA defer_foreign_keys = ON")
        for name, row in snap.rows:
            model = _BY_NAME[name]
            # Self references (reports-to) may point at a row restored later:
            # insert without them, then set them once everything is back.
            self_refs = {f.name: row[f.name] for f in model._meta.refs if f.rel_model is model}
            query = model.insert({**row, **dict.fromkeys(self_refs)})
            if model is AccountTeam:
                # On a team database whoever puts an account back is on its
                # team from its first row on (store/team_access.py): already there.
                query = query.on_conflict_ignore()
            query.execute()
        for name, row in snap.rows:
            model = _BY_NAME[name]
            for field_name, value in ((f.name, row[f.name]) for f in model._meta.refs if f.rel_model is model):
                if value is not None:
                    _set_back(model, {"id": row["id"]}, {field_name: value}, _as_it_was(model, row))
        for name, key, values, kept in snap.nulled:
            _set_back(_BY_NAME[name], key, values, kept)


def delete_with_snapshot(model: type[Model] | str, record_id: int) -> Snapshot:
    """Delete the record (cascading as the schema says) and return what to
    ``restore`` for undo; both in one transaction.  ``model`` is the model
    class or its name (``"Account"``)."""
    model = _model(model)
    with v.transaction():
        snap = capture(model, record_id)
        if not snap.rows:
            raise v.NotFoundError(f"no {model.__name__.lower()} with id {record_id}")
        model.delete().where(model._meta.primary_key == record_id).execute()
        return snap
