"""Stakeholders (their side), team members (our side) and the ties between."""

from __future__ import annotations

import difflib
from typing import NamedTuple

from peewee import fn

from relapp.domain.vocabulary import DECISION_ROLES, MEMBER_KINDS, STANCES, TIE_STRENGTHS
from relapp.services import internal_customers
from relapp.services import validation as v
from relapp.services.edit_conflicts import save_unless_changed
from relapp.services.accounts import get_account
from relapp.services.records import MemberRecord, PersonRecord, StakeholderRecord, TieRecord, record, stored_row
from relapp.store.dates import stored_day
from relapp.store.models import AccountTeam, Stakeholder, TeamMember, Tie

PERSONAL_FIELDS = ("family", "interests", "notes")
PROFESSIONAL_TEXT_FIELDS = ("career_goals", "measured_by", "worries", "how_we_help")
STAKEHOLDER_FIELDS = {
    "account", "name", "title", "department", "email", "phone", "reports_to", "decision_role",
    "influence", "interest", "stance", "cadence_days", *PERSONAL_FIELDS, *PROFESSIONAL_TEXT_FIELDS,
}
MEMBER_FIELDS = {"name", "role", "email", "kind", "notes"}


def clean_stakeholder_fields(fields: dict, *, creating: bool, account_id: int | None) -> dict:
    v.unknown_fields(fields, STAKEHOLDER_FIELDS)
    out: dict = {}
    if creating or "name" in fields:
        out["name"] = v.name("name", fields.get("name"))
    if creating or "account" in fields:
        account = fields.get("account")
        if account is None:
            raise v.ValidationError("account", "choose the account this person works for")
        out["account"] = get_account(v.reference("account", account)).id
        account_id = out["account"]
    for key in ("title", "department", "phone"):
        if key in fields:
            out[key] = v.text(key, fields[key], max_len=v.MAX_NAME)
    if "email" in fields:
        out["email"] = v.email("email", fields["email"])
    for key in (*PERSONAL_FIELDS, *PROFESSIONAL_TEXT_FIELDS):
        if key in fields:
            out[key] = v.text(key, fields[key])
    if "decision_role" in fields:
        out["decision_role"] = v.choice("decision_role", fields["decision_role"], DECISION_ROLES, optional=True)
    if "stance" in fields:
        out["stance"] = v.choice("stance", fields["stance"], STANCES)
    for key in ("influence", "interest"):
        if key in fields:
            out[key] = v.integer(key, fields[key], 1, 5)
    if "cadence_days" in fields:
        out["cadence_days"] = v.optional_integer("cadence_days", fields["cadence_days"], 1, 3650)
    if "reports_to" in fields:
        boss = fields["reports_to"]
        boss_id = None if boss is None or boss == "" else v.reference("reports_to", boss)
        if boss_id is not None:
            boss_obj = Stakeholder.get_or_none(Stakeholder.id == boss_id)
            if boss_obj is None:
                raise v.ValidationError("reports_to", "that person no longer exists")
            if account_id is not None and boss_obj.account_id != account_id:
                raise v.ValidationError("reports_to", "must be someone in the same account")
        out["reports_to"] = boss_id
    return out


def _would_cycle(person_id: int, boss_id: int | None) -> bool:
    seen = {person_id}
    while boss_id is not None:
        if boss_id in seen:
            return True
        seen.add(boss_id)
        boss_id = Stakeholder.select(Stakeholder.reports_to).where(Stakeholder.id == boss_id).scalar()
    return False


def create_stakeholder(**fields) -> StakeholderRecord:
    with v.transaction():
        data = clean_stakeholder_fields(fields, creating=True, account_id=None)
        return record(StakeholderRecord, Stakeholder.create(**data))


def update_stakeholder(stakeholder_id: int, expected_version: int | None = None, **fields) -> StakeholderRecord:
    """Change ``fields``; with ``expected_version`` only if nobody saved the
    person since the form was filled (else ``EditConflict``, nothing written)."""
    with v.transaction():
        person = stakeholder_row(stakeholder_id)
        data = clean_stakeholder_fields(fields, creating=False, account_id=fields.get("account", person.account_id))
        if data.get("reports_to") is not None and _would_cycle(person.id, data["reports_to"]):
            raise v.ValidationError("reports_to", "would make a reporting loop")
        for key, value in data.items():
            setattr(person, key if key not in ("account", "reports_to") else f"{key}_id", value)
        save_unless_changed(person, expected_version)
        return record(StakeholderRecord, person)


def delete_stakeholder(stakeholder_id: int) -> None:
    with v.transaction():
        stakeholder_row(stakeholder_id).delete_instance()


def get_stakeholder(stakeholder_id: int) -> StakeholderRecord:
    return record(StakeholderRecord, stakeholder_row(stakeholder_id))


def stakeholder_row(stakeholder_id: int) -> Stakeholder:
    """The stored row, for the services' own use (the window and the command line get ``get_stakeholder``)."""
    return stored_row(Stakeholder, stakeholder_id, "stakeholder")


def stakeholders_of(account_id: int) -> list[PersonRecord]:
    """The account's people, most influential first."""
    s = Stakeholder
    rows = (s.select(s.id, s.account, s.name, s.title, s.department, s.email, s.phone, s.reports_to,
                     s.decision_role, s.influence, s.interest, s.stance, s.cadence_days, s.left_on)
            .where(s.account == account_id).order_by(s.influence.desc(), fn.LOWER(s.name)).tuples())
    return [PersonRecord(*row[:13], stored_day(row[13])) for row in rows]


class PersonRef(NamedTuple):
    """One of their people found by name."""
    id: int
    name: str


def find_stakeholder(account_id: int, name: str) -> PersonRef:
    """The person called ``name`` in the account; the error lists close names."""
    found = (Stakeholder.select(Stakeholder.id, Stakeholder.name)
             .where((Stakeholder.account == account_id)
                    & (fn.LOWER(Stakeholder.name) == v.lookup_name(name).strip().lower())).tuples().first())
    if found is not None:
        return PersonRef(*found)
    names = [n for (n,) in Stakeholder.select(Stakeholder.name).where(Stakeholder.account == account_id).tuples()]
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
    hint = f" — did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise v.NotFoundError(f"no stakeholder called {name!r} in this account{hint}")


# Our side -------------------------------------------------------------------


def clean_member_fields(fields: dict, *, creating: bool) -> dict:
    v.unknown_fields(fields, MEMBER_FIELDS)
    out: dict = {}
    if creating or "name" in fields:
        out["name"] = v.name("name", fields.get("name"))
    if "role" in fields:
        out["role"] = v.text("role", fields["role"], max_len=v.MAX_NAME)
    if "email" in fields:
        out["email"] = v.email("email", fields["email"])
    if "kind" in fields:
        out["kind"] = v.choice("kind", fields["kind"], MEMBER_KINDS)
    if "notes" in fields:
        out["notes"] = v.text("notes", fields["notes"])
    return out


def _check_member_unique(name: str, except_id: int | None = None) -> None:
    query = TeamMember.select().where((TeamMember.name == name) | (fn.LOWER(TeamMember.name) == name.lower()))
    if except_id is not None:
        query = query.where(TeamMember.id != except_id)
    if query.exists():
        raise v.ValidationError("name", "a team member called {name} already exists", name=repr(name))


def create_member(**fields) -> MemberRecord:
    data = clean_member_fields(fields, creating=True)
    with v.transaction():
        _check_member_unique(data["name"])
        member = TeamMember.create(**data)
        if member.kind == internal_customers.INTERNAL_KIND:
            internal_customers.ensure_ledger(member.id)
        return record(MemberRecord, member)


def update_member(member_id: int, expected_version: int | None = None, **fields) -> MemberRecord:
    """Change ``fields``; with ``expected_version`` only if nobody saved the
    team member since the form was filled (else ``EditConflict``, nothing written)."""
    data = clean_member_fields(fields, creating=False)
    with v.transaction():
        member = member_row(member_id)
        if "name" in data:
            _check_member_unique(data["name"], member_id)
            internal_customers.rename_ledger(member_id, data["name"])
        for key, value in data.items():
            setattr(member, key, value)
        save_unless_changed(member, expected_version)
        if member.kind == internal_customers.INTERNAL_KIND:
            internal_customers.ensure_ledger(member.id)
        return record(MemberRecord, member)


def delete_member(member_id: int) -> None:
    with v.transaction():
        member_row(member_id).delete_instance()


def get_member(member_id: int) -> MemberRecord:
    return record(MemberRecord, member_row(member_id))


def member_row(member_id: int) -> TeamMember:
    """The stored row, for the services' own use (the window and the command line get ``get_member``)."""
    return stored_row(TeamMember, member_id, "team member")


def _member_records(where=None) -> list[MemberRecord]:
    """By name; the columns named, so a column added later is a choice here."""
    query = TeamMember.select(TeamMember.id, TeamMember.name, TeamMember.role, TeamMember.email, TeamMember.kind,
                              TeamMember.notes, TeamMember.created_at, TeamMember.version, TeamMember.edited_by)
    if where is not None:
        query = query.where(where)
    return [MemberRecord(**{key if key != "edited_by" else "edited_by_id": value for key, value in row.items()})
            for row in query.order_by(fn.LOWER(TeamMember.name)).dicts()]


def list_members() -> list[MemberRecord]:
    return _member_records()


def find_member(name: str) -> MemberRecord:
    wanted = v.lookup_name(name).strip()
    member = TeamMember.get_or_none((TeamMember.name == wanted) | (fn.LOWER(TeamMember.name) == wanted.lower()))
    if member is None:
        raise v.NotFoundError(f"no team member called {name!r}")
    return record(MemberRecord, member)


def account_team(account_id: int) -> list[MemberRecord]:
    """Our people on the account: those assigned to it and those with a tie
    to one of its people."""
    tied = (TeamMember.select(TeamMember.id).join(Tie).join(Stakeholder)
            .where(Stakeholder.account == account_id))
    assigned = AccountTeam.select(AccountTeam.member).where(AccountTeam.account == account_id)
    return _member_records(TeamMember.id.in_(tied) | TeamMember.id.in_(assigned))


def assign_member(account_id: int, member_id: int, assigned: bool = True) -> None:
    with v.transaction():
        get_account(account_id)
        member_row(member_id)
        if assigned:
            AccountTeam.insert(account=account_id, member=member_id).on_conflict_ignore().execute()
        else:
            AccountTeam.delete().where((AccountTeam.account == account_id)
                                       & (AccountTeam.member == member_id)).execute()


# Ties -----------------------------------------------------------------------


def set_tie(member_id: int, stakeholder_id: int, strength: int | None) -> TieRecord | None:
    """Create, change or (with ``None`` or 0) remove the tie."""
    with v.transaction():
        member_id = member_row(member_id).id
        stakeholder_id = stakeholder_row(stakeholder_id).id
        existing = Tie.get_or_none((Tie.member == member_id) & (Tie.stakeholder == stakeholder_id))
        if not strength:
            if existing is not None:
                existing.delete_instance()
            return None
        strength = v.choice("strength", v.integer("strength", strength, 1, 5), TIE_STRENGTHS)
        if existing is None:
            return record(TieRecord, Tie.create(member=member_id, stakeholder=stakeholder_id, strength=strength))
        existing.strength = strength
        existing.save()
        return record(TieRecord, existing)


def tie_strength(member_id: int, stakeholder_id: int) -> int:
    """How well the member knows the stakeholder: 1..5, 0 for no tie."""
    strength = (Tie.select(Tie.strength)
                .where((Tie.member == member_id) & (Tie.stakeholder == stakeholder_id)).scalar())
    return strength or 0


def ties_of_stakeholder(stakeholder_id: int) -> list[TieRecord]:
    """Strongest first."""
    return _tie_records(Tie.select(Tie.id, Tie.member, Tie.stakeholder, Tie.strength)
                        .where(Tie.stakeholder == stakeholder_id).order_by(Tie.strength.desc(), Tie.id))


def ties_of_account(account_id: int) -> list[TieRecord]:
    return _tie_records(Tie.select(Tie.id, Tie.member, Tie.stakeholder, Tie.strength).join(Stakeholder)
                        .where(Stakeholder.account == account_id).order_by(Tie.id))


def _tie_records(query) -> list[TieRecord]:
    return [TieRecord(*row) for row in query.tuples()]
