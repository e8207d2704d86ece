"""Promises to a stakeholder: when one is overdue or due soon, and what
keeping or breaking it is worth in the journal by default."""

from __future__ import annotations

from datetime import date, timedelta

# A promise due within this many days is listed on Home before it is late.
DUE_SOON_DAYS = 14
# Default journal values; the user can change them when resolving.
KEPT_VALUE = 2
BROKEN_VALUE = -3


def commitment_state(status: str, due: date, today: date, soon_days: int = DUE_SOON_DAYS) -> str:
    """"kept" or "broken" once resolved; otherwise "overdue" when the due
    day has passed, "due-soon" within ``soon_days`` (today included), or "open"."""
    if status != "open":
        return status
    if due < today:
        return "overdue"
    if due <= today + timedelta(days=soon_days):
        return "due-soon"
    return "open"


def default_value(kept: bool) -> int:
    return KEPT_VALUE if kept else BROKEN_VALUE


def resolution_title(kept: bool, description: str) -> str:
    """The journal title written for a resolved promise."""
    return f"Promise {'kept' if kept else 'broken'}: {description.strip()}"
