"""The forms' rules, applied to every row of a dump before it is restored.

A restore writes rows as they are, so a value no form would accept
(``neglect_days`` of 3,000,000) would reach the database and break every
read afterwards.  Each table's values go through the same cleaning
function its form uses; the columns that point at other rows are left to
the foreign-key check at commit, and the ones no form sets (ids, creation
times) to the type check of ``full_dump``.
"""

from __future__ import annotations

from collections.abc import Callable

from relapp.domain.vocabulary import COMMITMENT_STATUSES
from relapp.services import validation as v
from relapp.services.accounts import ACCOUNT_FIELDS, clean_account_fields
from relapp.services.commitments import COMMITMENT_FIELDS, clean_commitment_fields
from relapp.services.journal import ENTRY_FIELDS, clean_entry_fields
from relapp.services.meetings import MEETING_FIELDS, clean_meeting_fields
from relapp.services.people import MEMBER_FIELDS, STAKEHOLDER_FIELDS, clean_member_fields, clean_stakeholder_fields

# table: the form's check of the fields, and the fields it sets (columns that
# point at other rows are named differently: "account_id", not "account")
_CHECKS: dict[str, tuple[Callable[[dict], object], set[str]]] = {
    "account": (lambda f: clean_account_fields(f, creating=False), ACCOUNT_FIELDS),
    "stakeholder": (lambda f: clean_stakeholder_fields(f, creating=False, account_id=None), STAKEHOLDER_FIELDS),
    "team_member": (lambda f: clean_member_fields(f, creating=False), MEMBER_FIELDS),
    "entry": (lambda f: clean_entry_fields(f, creating=False), ENTRY_FIELDS),
    "commitment": (lambda f: clean_commitment_fields(f, creating=False), COMMITMENT_FIELDS),
    "meeting": (lambda f: clean_meeting_fields(f, creating=False), MEETING_FIELDS),
}
# Set outside the forms, by the promise's kept/broken actions.
_COMMITMENT_STATUS = "status"


def row_problem(table: str, row: dict) -> str | None:
    """What a form would say about ``row`` of ``table``, or None."""
    check = _CHECKS.get(table)
    if check is None:
        return None
    clean, form_fields = check
    try:
        clean({k: x for k, x in row.items() if k in form_fields})
        if table == "commitment" and _COMMITMENT_STATUS in row:
            v.choice("status", row[_COMMITMENT_STATUS], COMMITMENT_STATUSES)
    except (v.ValidationError, v.NotFoundError) as exc:
        return str(exc)
    return None
