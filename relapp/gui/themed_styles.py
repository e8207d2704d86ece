"""Style sheets and rich text that follow the theme.

Qt works out a style sheet's colours (``palette(highlight)``, our text
shades) when the sheet is set, and rich text carries the shades in its
markup; switching between light and dark in Preferences left such widgets
in the old theme's colours (dark range buttons on a light chart, a pale red
meant for dark grey on white). Widgets registered here are styled or
written again, at once, whenever ``apply_theme`` switches.
"""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary

from PySide6.QtWidgets import QWidget

# Held weakly: a closed dialog's widgets leave the registry with it.
_followers: WeakKeyDictionary[QWidget, Callable[[QWidget], None]] = WeakKeyDictionary()
_rewriters: WeakKeyDictionary[QWidget, Callable[[QWidget], None]] = WeakKeyDictionary()


def themed(widget: QWidget, make: Callable[[], str]) -> None:
    """Give ``widget`` the sheet ``make()`` now, and again after every theme change."""
    widget.setStyleSheet(make())
    _followers[widget] = lambda w: w.setStyleSheet(make())


def on_theme_change(widget: QWidget, rewrite: Callable[[QWidget], None]) -> None:
    """Call ``rewrite(widget)`` after every theme change (for rich text whose
    markup names colours). Pass a plain function, not a bound method, so
    the registry does not keep the widget alive. Only widgets of a window
    on screen are rewritten: a closed window's data may be gone."""
    _rewriters[widget] = rewrite


def restyle() -> None:
    """Restyle and rewrite every follower (called by ``apply_theme``)."""
    for registry, on_screen_only in ((_followers, False), (_rewriters, True)):
        for widget, follow in list(registry.items()):
            try:
                if not on_screen_only or widget.window().isVisible():
                    follow(widget)
            except RuntimeError:  # the C++ widget is gone; Python's wrapper lingers
                registry.pop(widget, None)
