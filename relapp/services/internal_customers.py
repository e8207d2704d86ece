"""Internal customers: colleagues inside our firm whose work ours serves.

Each gets a ledger of their own, kept as an account tied to the team
member (``account.internal_member``) with one person in it, them: so their
entries, promises, balance chart, check-ups (with the internal question
set), Home's reminders, the find box and People all work for them as for
a client's people, without a client account to file them under.
"""

from __future__ import annotations

from dataclasses import dataclass

from relapp.services import validation as v
from relapp.store.models import Account, Stakeholder, TeamMember

INTERNAL_KIND = "internal-customer"


@dataclass(frozen=True)
class InternalLedger:
    member_id: int
    name: str
    account_id: int
    stakeholder_id: int


def ledger_name(member_name: str) -> str:
    return f"{member_name} (internal customer)"


def ensure_ledger(member_id: int) -> InternalLedger:
    """The member's ledger, made if they have none (call inside the edit's
    transaction, or alone)."""
    with v.transaction():
        member = TeamMember.get_or_none(TeamMember.id == member_id)
        if member is None:
            raise v.NotFoundError(f"no team member with id {member_id}")
        account = Account.get_or_none(Account.internal_member == member_id)
        if account is None:
            name = ledger_name(member.name)
            if Account.select().where(Account.name == name).exists():
                raise v.ValidationError("name", "an account called {name} already exists", name=repr(name))
            account = Account.create(name=name, industry="Internal", internal_member=member_id,
                                     purpose="both")
        person = Stakeholder.select().where(Stakeholder.account == account.id).order_by(Stakeholder.id).first()
        if person is None:
            person = Stakeholder.create(account=account.id, name=member.name, title=member.role,
                                        email=member.email, influence=4, stance="supporter")
        return InternalLedger(member.id, member.name, account.id, person.id)


def rename_ledger(member_id: int, name: str) -> None:
    """Keep the ledger's names in step with the member's (inside the rename)."""
    account = Account.get_or_none(Account.internal_member == member_id)
    if account is None:
        return
    old = TeamMember.get_by_id(member_id).name
    Account.update(name=ledger_name(name)).where(Account.id == account.id).execute()
    people = [sid for (sid,) in Stakeholder.select(Stakeholder.id).where(
        (Stakeholder.account == account.id) & (Stakeholder.name == old)).tuples()]
    Stakeholder.update(name=name).where(Stakeholder.id.in_(people)).execute()


def ledger_of(member_name: str) -> InternalLedger:
    """The ledger of the internal customer called ``member_name``."""
    from relapp.services.people import find_member

    member = find_member(member_name)
    if member.kind != INTERNAL_KIND:
        raise v.NotFoundError(f"{member.name} is not marked as an internal customer "
                              "(set their kind to internal customer in Our team)")
    return ensure_ledger(member.id)


def internal_accounts() -> dict[int, int]:
    """Account id → team member id of every internal customer's ledger."""
    return dict(Account.select(Account.id, Account.internal_member)
                .where(Account.internal_member.is_null(False)).tuples())
