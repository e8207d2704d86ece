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
