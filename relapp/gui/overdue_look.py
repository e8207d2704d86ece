"""How an overdue promise looks wherever its person or account is shown:
the account list, the people table, the contact card, Home, the journal
and the map all use this one red, so it reads as the same signal."""

from __future__ import annotations

OVERDUE_RED = "#c62828"
OVERDUE_STYLE = f"color: {OVERDUE_RED}; font-weight: 600;"  # for labels that say how many are overdue
