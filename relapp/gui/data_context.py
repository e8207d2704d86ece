"""The data the window has open, and the background work bound to it.

One ``DataContext`` per opened data: its folder, its database, the writer's
lock on the folder, its settings (``relapp.services.session.OpenData``) and
the background tasks started in it (see ``relapp.gui.background``).  The
window passes it to whatever starts work.  Its whole interface:

- ``DataContext.open(folder)`` opens the data (creating or upgrading it,
  taking the writer's lock) and returns its context; ``DataContext(data)``
  takes over the ``OpenData`` whoever opened it was handed (the launcher
  opens it with recovery dialogs, the team session a team database) — it is
  never looked up;
- ``data_dir`` (None for a team database), ``database``, ``lock``,
  ``settings``, ``read_only``, ``team``: what it holds;
- ``close()`` ends it: the tasks are cancelled and waited for — each closes
  its own connection as it ends, and whatever they still report is dropped
  — then the GUI thread's connection is closed, the models bound to no data
  (a query after that fails: "no data is open") and the lock given up;
- ``adopt``/``forget``/``running``/``drain``: the tasks, for
  ``run_in_background``.

Opening other data (demo, restore, recovery) closes the old context first,
then opens the new one: no work and no connection of the old data is left.
"""

from __future__ import annotations

import threading
from pathlib import Path

from relapp.gui.background import Task
from relapp.services.session import OpenData, open_data_context


class DataContext:
    @classmethod
    def open(cls, data_dir: Path, *, backup: bool = True) -> DataContext:
        """Open the data in ``data_dir`` and return its context.  As
        ``open_data_dir`` (called through ``open_data_context``): it may raise ``UnusableDataError``
        and the questions for the user, and makes the daily backup unless
        ``backup`` is False.  (A team database, by URL, is to open here too.)"""
        return cls(open_data_context(Path(data_dir), backup=backup))

    def __init__(self, data: OpenData):
        self._data = data
        self.data_dir = data.folder
        self._tasks: set[Task] = set()
        self._tasks_guard = threading.Lock()
        self.closed = False

    @property
    def database(self):
        """The Peewee database of this data (closed for good once the context is)."""
        return self._data.database

    @property
    def lock(self):
        """This process's place among the writers of the folder (``WriterLock``); None for a
        team database or a folder that cannot be written."""
        return self._data.lock

    @property
    def settings(self):
        """The settings kept in this data (``DataSettings``)."""
        return self._data.settings

    @property
    def team(self) -> bool:
        """Whether this is a team database, whose entries say who wrote them."""
        return self._data.team

    @property
    def read_only(self) -> str | None:
        """Why this data cannot be changed, or None when it can."""
        return self._data.read_only

    def adopt(self, task: Task) -> None:
        """Count ``task`` as work on this data (refused once the data is closed)."""
        if self.closed:
            raise RuntimeError("this data is closed: no new work may start in it")
        with self._tasks_guard:
            self._tasks.add(task)

    def forget(self, task: Task) -> None:
        """``task`` has ended."""
        with self._tasks_guard:
            self._tasks.discard(task)

    def running(self) -> list[Task]:
        with self._tasks_guard:
            return list(self._tasks)

    def drain(self, timeout_s: float | None = None) -> bool:
        """Cancel every task of this data and wait for them; True when all have ended."""
        tasks = self.running()
        for task in tasks:
            task.cancel()
        return all(task.wait(timeout_s) for task in tasks)

    def close(self) -> None:
        """Stop the work of this data, then close it (every thread's connection is closed by then)."""
        self.closed = True
        self.drain()
        self._data.close()
