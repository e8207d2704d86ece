"""Tags: free labels with colours on accounts, their people and ours.

Owners are named by kind: ``account``, ``stakeholder`` or ``member``.  A tag
exists while anything uses it or the user keeps it; ``set_tags`` creates
the ones it is given by name (with a stable colour from the palette).
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from relapp.domain.tag_colours import colour_for, is_colour, split_tags
from relapp.services import validation as v
from relapp.store.models import (
    Account, AccountTag, MemberTag, Stakeholder, StakeholderTag, Tag, TeamMember,
)

OWNERS = {
    "account": (AccountTag, AccountTag.account, Account),
    "stakeholder": (StakeholderTag, StakeholderTag.stakeholder, Stakeholder),
    "member": (MemberTag, MemberTag.member, TeamMember),
}


@dataclass(frozen=True)
class TagRow:
    id: int
    name: str
    colour: str


def _owner(kind: str):
    return OWNERS[v.choice("owner", kind, OWNERS)]


def list_tags() -> list[TagRow]:
    return [TagRow(*row) for row in Tag.select(Tag.id, Tag.name, Tag.colour).order_by(fn.LOWER(Tag.name)).tuples()]


def tag_names(kind: str, owner_id: int) -> list[str]:
    return [t.name for t in tags_of(kind, owner_id)]


def tags_of(kind: str, owner_id: int) -> list[TagRow]:
    link, key, _model = _owner(kind)
    return [TagRow(*row) for row in Tag.select(Tag.id, Tag.name, Tag.colour).join(link)
            .where(key == owner_id).order_by(fn.LOWER(Tag.name)).tuples()]


def tags_by_owner(kind: str) -> dict[int, list[TagRow]]:
    """Every owner's tags in one query (for lists of many rows)."""
    link, key, _model = _owner(kind)
    out: dict[int, list[TagRow]] = {}
    for owner, ident, name, colour in (link.select(key, Tag.id, Tag.name, Tag.colour).join(Tag)
                                       .order_by(fn.LOWER(Tag.name)).tuples()):
        out.setdefault(owner, []).append(TagRow(ident, name, colour))
    return out


def owners_tagged(kind: str, tag_id: int) -> set[int]:
    link, key, _model = _owner(kind)
    return {owner for (owner,) in link.select(key).where(link.tag == tag_id).tuples()}


def _tag_named(name: str, colour: str | None = None) -> int:
    """The id of the tag called ``name`` (any case), made if new."""
    name = v.name("tag", name)
    found = Tag.get_or_none((Tag.name == name) | (fn.LOWER(Tag.name) == name.lower()))
    if found is not None:
        return found.id
    return Tag.create(name=name, colour=colour if colour and is_colour(colour) else colour_for(name)).id


def set_tags(kind: str, owner_id: int, names) -> list[str]:
    """Give the owner exactly these tags (a list, or text separated by
    commas); returns the names as stored."""
    link, key, model = _owner(kind)
    wanted = split_tags(names) if isinstance(names, str) else split_tags(", ".join(names or []))
    with v.transaction():
        if not model.select().where(model.id == owner_id).exists():
            raise v.NotFoundError(f"no {kind} with id {owner_id}")
        ids = [_tag_named(n) for n in wanted]
        link.delete().where(key == owner_id).execute()
        if ids:
            link.insert_many([(owner_id, t) for t in ids], fields=[key, link.tag]).execute()
    return tag_names(kind, owner_id)


def add_tags(kind: str, owner_id: int, names) -> list[str]:
    """Add tags, keeping those the owner has (imports use this)."""
    current = tag_names(kind, owner_id)
    extra = split_tags(names) if isinstance(names, str) else list(names or [])
    return set_tags(kind, owner_id, current + extra)


def update_tag(tag_id: int, name: str | None = None, colour: str | None = None) -> TagRow:
    with v.transaction():
        tag = Tag.get_or_none(Tag.id == tag_id)
        if tag is None:
            raise v.NotFoundError(f"no tag with id {tag_id}")
        if name is not None:
            name = v.name("name", name)
            clash = Tag.get_or_none(((Tag.name == name) | (fn.LOWER(Tag.name) == name.lower())) & (Tag.id != tag_id))
            if clash is not None:
                raise v.ValidationError("name", "a tag called {name} already exists", name=repr(clash.name))
            tag.name = name
        if colour is not None:
            if not is_colour(colour):
                raise v.ValidationError("colour", "must be written #rrggbb")
            tag.colour = colour
        tag.save()
        return TagRow(tag.id, tag.name, tag.colour)


def delete_tag(tag_id: int) -> None:
    with v.transaction():
        Tag.delete().where(Tag.id == tag_id).execute()
