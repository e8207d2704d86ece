"""Tags drawn as small coloured labels in rich text (account header,
contact card, the tags form)."""

from __future__ import annotations

import html


def tag_chips(tags) -> str:
    """``tags``: rows with ``name`` and ``colour``.  White text on the tag's
    colour: the palette is dark enough for it on light and dark looks."""
    return " ".join(
        f"<span style='background-color:{t.colour}; color:white'>&nbsp;{html.escape(t.name)}&nbsp;</span>"
        for t in tags)
