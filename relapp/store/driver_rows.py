"""Many rows read at once, as the database driver hands them over.

Peewee's ``.tuples()`` passes every value of every row through its field's
conversion in Python; for a read of thousands of short rows that costs more
than the query (Home's first part: about 140 of its 230 ms on the large
demo).  Here the driver's values come back as they are: SQLite's days as
their stored text (read them with ``relapp.store.dates.stored_day``, which
takes a team database's ``date`` too), its booleans as 0 and 1, the rest as
the model's fields hold them.
"""

from __future__ import annotations

from relapp.store.binding import bound_database


def driver_rows(query) -> list[tuple]:
    """The rows of a Peewee select on the open data, unconverted."""
    return bound_database().execute(query).fetchall()
