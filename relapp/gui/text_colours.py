"""Colours of text that carries a meaning, one shade for each theme.

A red that reads well on white is unreadable on dark grey (3:1 and worse), so
every meaning has a light and a dark shade; each is at least 4.5:1 (WCAG AA)
against the backgrounds of its theme, which tests/test_contrast.py computes.
``apply_theme`` says which theme is on; models ask at paint time, so a theme
change shows at the next repaint.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

# meaning: (light theme, dark theme)
SHADES = {
    "negative": ("#c62828", "#ff8a80"),   # withdrawals, overdue, falling, errors
    "positive": ("#1b6e20", "#81c995"),   # deposits, kept, rising
    "warning": ("#8a5300", "#fdd663"),    # due soon, at risk
    "meeting": ("#6a1b9a", "#d7aefb"),    # board meeting soon, mismatched intent
    "people": ("#ad1457", "#f48fb1"),     # influential people out of touch
    "new": ("#00695c", "#80cbc4"),        # new people nobody has met
    "info": ("#1565c0", "#8ab4f8"),       # check-ups due
    "quiet": ("#4e5d6c", "#b0bec5"),      # next steps of opportunities
    "muted": ("#5f6368", "#a7adb3"),      # "not recorded yet", hints, broken promises
}

_dark = [False]
_brushes: dict[tuple[str, bool], QBrush] = {}


def use_dark(dark: bool) -> None:
    _dark[0] = bool(dark)


def is_dark() -> bool:
    return _dark[0]


def shade(meaning: str, dark: bool | None = None) -> str:
    """The ``#rrggbb`` of ``meaning`` in the current (or the given) theme."""
    return SHADES[meaning][1 if (is_dark() if dark is None else dark) else 0]


def text_colour(meaning: str) -> QColor:
    return QColor(shade(meaning))


def text_brush(meaning: str) -> QBrush:
    """For an item model's ForegroundRole: made once per meaning and theme."""
    key = (meaning, is_dark())
    brush = _brushes.get(key)
    if brush is None:
        brush = _brushes[key] = QBrush(QColor(shade(meaning)))
    return brush


def css(meaning: str) -> str:
    """``color: #rrggbb;`` for a style sheet or a rich-text span."""
    return f"color: {shade(meaning)};"


AA = 4.5  # WCAG AA for text


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(colour: str, backgrounds: list[QColor]) -> QColor:
    """``colour`` as text on ``backgrounds`` (the theme's rows and window):
    itself where it reads (AA on each), else taken step by step towards white
    (dark backgrounds) or black (light ones) until it does.  A tag's colour,
    chosen for a chip on either theme, was 2:1 as text on the dark rows."""
    ink = QColor(colour)
    dark = sum(_luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    target = QColor("white" if dark else "black")
    for step in range(11):
        mixed = QColor.fromRgbF(*(a + (b - a) * step / 10 for a, b in (
            (ink.redF(), target.redF()), (ink.greenF(), target.greenF()), (ink.blueF(), target.blueF()))))
        if min(contrast(mixed, b) for b in backgrounds) >= AA:
            return mixed
    return target
