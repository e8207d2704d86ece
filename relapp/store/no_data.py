"""The database the models are bound to while no data is open.

Every query on it fails with ``NoDataOpenError``: work that outlives the
data it started on stops there, instead of reaching the old file (or, after
a switch, the new data by accident).  See ``relapp.store.binding``.
"""

from __future__ import annotations

from peewee import Database

from relapp.store.errors import StoreError


class NoDataOpenError(StoreError):
    """A query ran while no data was open (before opening, or after closing)."""


class NoData(Database):
    read_only = None  # asked of any open data by the window and the commands

    def __init__(self):
        super().__init__("no data is open")

    def connect(self, reuse_if_open=False):
        raise NoDataOpenError("no data is open: the data was closed (or never opened) before this work reached it")

    def begin(self, *args, **kwargs):
        self.connect()


NO_DATA = NoData()
