"""Work around a reference-count bug of PySide6 6.12 on CPython 3.11.

Every call of a Qt method that returns nothing (``QPainter.setPen``,
``drawLine``…) takes one reference from ``None`` without giving it back.
``None`` starts with a few thousand, so an app that paints from Python dies
with "Fatal Python error: none_dealloc" after a few thousand such calls —
one redraw of a large map.  From CPython 3.12 on, ``None`` is immortal and
the bug is harmless, so nothing is done there.

``True`` and ``False`` lose references the same way (seen as "bool_dealloc"
while a chart on ten years of data changed its range), so they get the same
reserve.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # a trillion calls: far beyond any session


def protect_none() -> None:
    """Give ``None``, ``True`` and ``False`` enough references that the leak
    can never reach zero."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) > _RESERVE // 2:
            continue
        # ob_refcnt is the first field of every object on CPython 3.11.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
