"""Column titles of the table models, translated under one context.

The models keep their English titles as keys (``data()`` looks columns up by
them); the titles are marked with ``QT_TRANSLATE_NOOP("TableHeader", ...)``
where they are defined so ``pyside6-lupdate`` finds them, and shown through
``header_text()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def header_text(title: str) -> str:
    return QCoreApplication.translate("TableHeader", title)
