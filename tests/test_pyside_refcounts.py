"""The installed PySide6 keeps Python's reference counts straight.

PySide6 6.12.0 on CPython 3.11 handed back None from every Qt call that
returns nothing without the reference it owed (1,000 setPen calls took 999
references off None): a few thousand calls (one redraw of a large map) and
the interpreter died with "none_dealloc".  pyproject.toml excludes that
release; this says plainly when an installed one gets the count wrong again
(in either direction), instead of a crash somewhere in the middle of the
suite.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter, QPen

CALLS = 200  # few enough that a leaking build fails here instead of crashing


def test_void_qt_calls_leave_the_references_to_none_and_bools_alone(qapp):
    image = QImage(40, 40, QImage.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("black"))
    try:
        none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
        for _ in range(CALLS):
            painter.setPen(pen)
            painter.drawLine(0, 0, 10, 10)
            painter.setRenderHint(QPainter.Antialiasing, True)
        # A handful of references come and go with the loop itself; a faulty
        # release loses one per call (600 here).
        assert abs(sys.getrefcount(None) - none_before) < 100
        assert abs(sys.getrefcount(True) - true_before) < 100
    finally:
        painter.end()
