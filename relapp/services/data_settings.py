"""The settings that belong to the data, not to the computer: how far ahead
Home looks for key dates, how long new people may go unmet.  Kept in the
data itself (the ``Setting`` table), so every computer and every colleague
on a team database sees the same; the look of the window and where it sits
are the user's own (``QSettings``) and stay outside.

``DataSettings`` is bound to the database of the data it was made for: once
that data is closed it refuses to read or write ("no data is open"), so a
dialog left open across a switch never writes one folder's setting into
another."""

from __future__ import annotations

from peewee import Database

from relapp.store.binding import bound_database
from relapp.store.no_data import NoDataOpenError


# attention and key_dates are imported where used: the window makes its data
# context before its first paint, and attention alone takes a tenth of a second to import.


class DataSettings:
    def __init__(self, database: Database):
        self.database = database

    def _check(self) -> None:
        if bound_database() is not self.database:
            raise NoDataOpenError("no data is open: these settings' data was closed")

    def key_date_days(self) -> int:
        """How many days ahead Home and ``relapp attention`` mention key dates."""
        from relapp.services.key_dates import ahead_days

        self._check()
        return ahead_days()

    def set_key_date_days(self, days: int) -> None:
        from relapp.services.key_dates import set_ahead_days

        self._check()
        set_ahead_days(days)

    def new_person_grace_days(self) -> int:
        """How many days someone new may go unmet before Home mentions it."""
        from relapp.services.attention import new_person_grace_days

        self._check()
        return new_person_grace_days()

    def set_new_person_grace_days(self, days: int) -> int:
        from relapp.services.attention import set_new_person_grace_days

        self._check()
        return set_new_person_grace_days(days)
