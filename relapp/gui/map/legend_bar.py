"""The map's legend in the window: a line of text under the map.

Inside the scene a legend shrinks with the map, and on an account of 80
people it shrank to a few pixels. Outside it, in the window's own font, it
stays readable at every zoom and wraps to the width it has. Exports keep
the legend drawn in the scene (see scene._legend): a file has no window.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from relapp.domain.vocabulary import STANCES
from relapp.gui.map.scene import (
    GAP_COLOUR, INFLUENCE_COLOUR, OVERDUE_COLOUR, STANCE_COLOURS, legend_marks, translate,
)
from relapp.gui.vocabulary_labels import label as vocabulary_label


def _entry(mark: str, colour: str, words: str) -> str:
    # No break inside an entry: the label wraps between entries only.
    return (f'<span style="white-space:nowrap"><span style="color:{colour}; font-weight:bold">{mark}</span>'
            f"&nbsp;{escape(words)}</span>")


def legend_html(layout: str) -> str:
    """The legend of ``layout`` as rich text, in the colours the map uses."""
    entries = [_entry("■", STANCE_COLOURS[key].name(), vocabulary_label(label)) for key, label in STANCES.items()]
    entries.append(_entry("□", GAP_COLOUR.name(), translate("MapScene", "Coverage gap")))
    entries.append(_entry("⬚", "palette(text)", translate(
        "MapScene", "Nobody of ours knows them (thicker border: better known)")))
    for words, mark in legend_marks(layout):
        if mark is None:
            entries.append(_entry("○", INFLUENCE_COLOUR.name(), words))
        elif mark == "badge":
            entries.append(_entry("●", OVERDUE_COLOUR.name(), words))
        else:
            glyph = "╍" if mark.style() == Qt.DashLine else "━"
            entries.append(_entry(glyph * 2, mark.color().name(), words))
    return " &nbsp; ".join(entries)


class LegendBar(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.RichText)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Map legend"))

    def set_layout(self, layout: str) -> None:
        self.setText(legend_html(layout))
