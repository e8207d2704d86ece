"""The charts' line colours: one for a light plot, one for a dark one.

A line is read against the plot behind it, and a chart's line needs 3:1
there (WCAG 1.4.11). The light theme's deep blue and purple all but
vanished on the dark theme's plot: the stage line at 1.35:1 and the third
compared series at 1.9:1. Each pair is (light plot, dark plot).
"""

from __future__ import annotations

from PySide6.QtGui import QPalette

SERIES = (("#1565c0", "#64b5f6"), ("#ef6c00", "#ffa726"), ("#6a1b9a", "#ce93d8"))
STAGE = ("#12324f", "#8ab4f8")


def for_plot(pair: tuple[str, str], widget) -> str:
    """The colour of ``pair`` that reads on ``widget``'s plot, whose
    background is its palette's base (exports set the light palette)."""
    return pair[widget.palette().color(QPalette.Base).lightness() < 128]
