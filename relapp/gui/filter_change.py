"""Telling a QSortFilterProxyModel that its row filter changed.

Qt 6.10 deprecates ``invalidateFilter()`` for a begin/end pair around the
change; older Qt (we support 6.6 on) has only the former's successor
``invalidateRowsFilter()``. One place decides which to call.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def change_row_filter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Run ``change`` (which alters what ``proxy.filterAcceptsRow`` accepts)
    and let the proxy filter its rows again."""
    if hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateRowsFilter()
