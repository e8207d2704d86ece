"""The fixed day the test databases are built for (demo_db and friends).

A module of its own, not a name in conftest.py: test modules import it
directly, which works the same under ``pytest`` and ``python -m pytest``.
"""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 6, 15)
