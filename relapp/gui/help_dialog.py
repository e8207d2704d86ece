"""Help, offline: the keyboard shortcuts and a short page on the ideas.

The shortcuts are read from the window's own actions, so the page never
disagrees with the keys; the ideas page ships in resources/help (the
README's words; a test keeps the two in step).
"""

from __future__ import annotations

import html

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from relapp.assets import read_text


class HelpDialog(QDialog):
    def __init__(self, title: str, page: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(title)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(page)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)


def ideas_page() -> str:
    return read_text("help", "ideas.html")


def shortcuts_page(window, extra: list[tuple[str, str]]) -> str:
    """A table of every menu action that has keys, then ``extra`` (keys, what) rows for keys
    that live in a view (the map's, quick entry's)."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = [k.toString(QKeySequence.NativeText) for k in action.shortcuts() if not k.isEmpty()]
            # The platform's extra bindings (Alt+Backspace, a keyboard's Undo key) would bury the usual ones.
            keys = [k for k in keys if "Ctrl" in k or k.startswith("F")] or keys[:1]
            if keys and action.text():
                rows.append((" / ".join(dict.fromkeys(keys)), action.text().replace("&", "").rstrip("…")))
    rows += extra
    body = "".join(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>" for keys, what in rows)
    return f"<table cellpadding='4'>{body}</table>"
