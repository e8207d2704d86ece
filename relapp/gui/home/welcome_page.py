"""The page shown when there is no data yet: two clear ways in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from relapp.gui.views.text_blocks import heading, paragraph

# lupdate reads translate("Context", "text") calls; the context is fixed
# because these are plain functions, not methods of a QObject.
translate = QCoreApplication.translate


def make_welcome(parent: QWidget, on_demo, on_first_account) -> QWidget:
    welcome = QWidget(parent)
    layout = QVBoxLayout(welcome)
    layout.addStretch(1)
    title = heading(translate("WelcomePage", "Welcome to Relapp"), 1.8)
    title.setAlignment(Qt.AlignCenter)
    text = paragraph(translate("WelcomePage", "Keep a ledger of what you give and what goes wrong in each client "
                                              "relationship, see who matters inside each client, and prepare for "
                                              "the next board meeting."))
    text.setAlignment(Qt.AlignCenter)
    # A word-wrapped label given an alignment in its layout is sized to its
    # shortest line and clipped; between stretches it gets the width it needs.
    text.setMinimumWidth(min(620, text.fontMetrics().horizontalAdvance(text.text()) // 2))
    text.setMaximumWidth(620)
    text_row = QHBoxLayout()
    text_row.addStretch(1)
    text_row.addWidget(text, 4)
    text_row.addStretch(1)
    demo = QPushButton(translate("WelcomePage", "Explore the demo data"), welcome)
    demo.clicked.connect(on_demo)
    first = QPushButton(translate("WelcomePage", "Create your first account…"), welcome)
    first.setDefault(True)
    first.clicked.connect(on_first_account)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(demo)
    buttons.addWidget(first)
    buttons.addStretch(1)
    layout.addWidget(title)
    layout.addLayout(text_row)
    layout.addSpacing(16)
    layout.addLayout(buttons)
    layout.addStretch(2)
    # Outside a dialog a default button is only drawn as such: Enter presses
    # the focused button, or the highlighted one when no button has focus.
    for key in (Qt.Key_Return, Qt.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), welcome)
        shortcut.setContext(Qt.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: _press(welcome, first))
    welcome.setFocusProxy(first)
    return welcome


def _press(welcome: QWidget, default: QPushButton) -> None:
    focused = QApplication.focusWidget()
    button = focused if isinstance(focused, QPushButton) and welcome.isAncestorOf(focused) else default
    button.click()
