"""Cells a spreadsheet would run as a formula.

Exported CSV neutralises them (a leading apostrophe, which spreadsheets show
as plain text); imported rows that carry one are refused, so a crafted file
cannot plant a formula that a later export or another tool would run.

The rule for a cell that starts with ``+`` or ``-``: when the rest is only
digits, spaces, brackets, dots, slashes and hyphens (a value such as ``-5``,
a phone number such as ``+49 30 555 0101``), it is written as it is.  With no
letter, quote, ``|``, ``!`` or ``:`` in it, a spreadsheet that reads it as a
formula can at worst do arithmetic: it cannot call a function, reach a cell
or another sheet, or start a program.  Anything else that starts with
``= + - @``, a tab or a carriage return gets the apostrophe.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PHONE_LIKE = re.compile(r"^[+\-]?[\d\s().\-/]+(\s*(x|ext\.?)\s*\d+)?$", re.IGNORECASE)
# A sign, then a digit or an opening bracket, then nothing that can name anything.
_SIGNED_NUMBER = re.compile(r"[+\-][\d(][\d ().\-/]*")


def neutralise(cell: str) -> str:
    """The cell as text from which a spreadsheet cannot run anything (see the rule above)."""
    if cell and cell.startswith(FORMULA_STARTS) and not _SIGNED_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """Undo ``neutralise`` when reading back a CSV this program wrote."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


def looks_like_formula(value: str, *, strict: bool = True) -> bool:
    """Whether ``value`` would run as a formula.  ``strict`` (names, titles,
    numbers) also counts a leading + or - unless the rest is a phone number;
    free text (notes) only counts = and @, since "- met at the fair" is a list."""
    if not value:
        return False
    if value[0] in "=@":
        return True
    if strict and value[0] in "+-":
        return not _PHONE_LIKE.match(value)
    return False
