"""Tags drawn as small coloured labels in rich text (account header,
contact card, the tags form)."""

from __future__ import annotations

import html


def tag_chips(tags) -> str:
    """``tags``: rows with ``name`` and ``colour``; the text is white or black,
    whichever reads better on the tag's colour (orange and olive need black)."""
    return " ".join(
        f"<span style='background-color:{t.colour}; color:{ink_on(t.colour)}'>&nbsp;{html.escape(t.name)}&nbsp;</span>"
        for t in tags)


def ink_on(colour: str) -> str:
    """White on dark colours, black on light ones: the one with the higher WCAG contrast."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    hex_digits = colour.lstrip("#")
    if len(hex_digits) != 6:
        return "white"
    r, g, b = (channel(int(hex_digits[i:i + 2], 16)) for i in (0, 2, 4))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "white" if (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) else "black"
