"""Item data roles as plain ints, for the models' ``data()`` methods.

Qt asks ``data()`` for every role of every visible cell on each paint, and
in PySide6 each ``Qt.SomeRole`` attribute lookup or enum comparison costs
microseconds; with plain ints the comparisons are nearly free.  Measured:
the account switch benchmark spent most of its time in these lookups.
"""

from PySide6.QtCore import Qt

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FONT = int(Qt.ItemDataRole.FontRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
USER = int(Qt.ItemDataRole.UserRole)
