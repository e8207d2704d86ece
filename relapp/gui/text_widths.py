"""Widths of texts, measured once per font.

Qt shapes a text anew each time it is measured, and the same texts come
back all the time: the roles, stances, days and titles of the people table
on every account switch, the names and titles of a map on every layout and
every opening.  One memory serves them all, per font, screen resolution and
kind of measure (whole pixels for a table's columns, fractions for a map).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QGuiApplication

TEXTS_KEPT = 20_000  # per font; past that its memory starts afresh
FONTS_KEPT = 8  # past that (fonts changed many times) all start afresh


class TextWidths(dict):
    """text → its width in one font: a text not seen before is measured
    when first asked for, and kept."""

    def __init__(self, metrics: QFontMetrics | QFontMetricsF):
        super().__init__()
        self._metrics = metrics

    def __missing__(self, text: str):
        width = self[text] = self._metrics.horizontalAdvance(text)
        return width


def text_widths(font: QFont, metrics: QFontMetrics | QFontMetricsF | None = None) -> TextWidths:
    """The widths of texts in ``font``, by ``metrics`` (a widget's own
    ``fontMetrics()`` for whole pixels; fractions by default), kept for as
    long as the font and the screen's resolution stay."""
    metrics = QFontMetricsF(font) if metrics is None else metrics
    screen = QGuiApplication.primaryScreen()
    key = (font.key(), screen.logicalDotsPerInch() if screen is not None else 0.0, type(metrics))
    known = _KNOWN.get(key)
    if known is None or len(known) > TEXTS_KEPT:
        if len(_KNOWN) > FONTS_KEPT:
            _KNOWN.clear()
        known = _KNOWN[key] = TextWidths(metrics)
    return known


_KNOWN: dict[tuple[str, float, type], TextWidths] = {}
