"""Lists of names typed on one line: ``Ann Lee; Bo Chen``.

A name that itself contains ``;`` is written in double quotes
(``"Smith; Jones"; Ann Lee``); a double quote inside quotes is doubled,
as in CSV.
"""

from __future__ import annotations


def split_names(text: str) -> list[str]:
    """The names in ``text``, separated by ``;`` or line breaks outside
    double quotes, stripped, empty ones left out."""
    names: list[str] = []
    current: list[str] = []
    quoted = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            if quoted and text[i + 1:i + 2] == '"':
                current.append('"')
                i += 1
            else:
                quoted = not quoted
        elif ch in ";\n" and not quoted:
            names.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    names.append("".join(current))
    return [name.strip() for name in names if name.strip()]
