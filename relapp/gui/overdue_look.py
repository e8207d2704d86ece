"""How an overdue promise looks wherever its person or account is shown:
the account list, the people table, the contact card, Home, the journal
and the map all use this one red, so it reads as the same signal."""

from __future__ import annotations

from relapp.gui.text_colours import css

OVERDUE_RED = "#c62828"  # on the map, always drawn on white; text elsewhere uses text_colours' "negative"


def overdue_style() -> str:
    """For labels that say how many are overdue, in the current theme's red."""
    return css("negative") + " font-weight: 600;"
