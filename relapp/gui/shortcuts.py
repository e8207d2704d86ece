"""Keyboard shortcuts given once each.

Qt calls a key sequence bound twice in one window "ambiguous" and then does
nothing at all: ``QKeySequence.Quit`` is Ctrl+Q on Linux desktops, so an
action given both it and "Ctrl+Q" never quit.  ``key_bindings`` expands the
platform's standard keys and drops repeats, so an action can name the
standard key and the fallback for platforms that have none.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def key_bindings(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """The sequences for ``keys`` in order, each once (standard keys as this platform binds them)."""
    found: list[QKeySequence] = []
    seen: set[str] = set()
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) \
            else [QKeySequence(key)]
        for sequence in sequences:
            text = sequence.toString(QKeySequence.PortableText)
            if text and text not in seen:
                seen.add(text)
                found.append(sequence)
    return found
