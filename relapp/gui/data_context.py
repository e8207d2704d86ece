"""The data the window has open, and the background work bound to it.

One ``DataContext`` per opened data folder: its folder and the background
tasks started in it (see ``relapp.gui.background``).  The window passes it
to whatever starts work.  Its whole interface:

- ``DataContext.open(folder)`` opens the data (creating or upgrading it,
  taking the writer's lock) and returns its context; ``DataContext(folder)``
  wraps data opened already (the launcher opens it with recovery dialogs);
- ``close()`` ends it: the tasks are cancelled and waited for — each closes
  its own connection as it ends, and whatever they still report is dropped
  — then the GUI thread's connection is closed and the lock given up;
- ``adopt``/``forget``/``running``/``drain``: the tasks, for
  ``run_in_background``.

Opening other data (demo, restore, recovery) closes the old context first,
then opens the new one: no work and no connection of the old data is left.
"""

from __future__ import annotations

import threading
from pathlib import Path

from relapp.gui.background import Task
from relapp.services.session import close_data, open_data_dir


class DataContext:
    @classmethod
    def open(cls, data_dir: Path, *, backup: bool = True) -> DataContext:
        """Open the data in ``data_dir`` and return its context.  As
        ``open_data_dir`` (which it calls): it may raise ``UnusableDataError``
        and the questions for the user, and makes the daily backup unless
        ``backup`` is False.  (A team database, by URL, is to open here too.)"""
        open_data_dir(Path(data_dir), backup=backup)
        return cls(data_dir)

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self._tasks: set[Task] = set()
        self._lock = threading.Lock()
        self.closed = False

    def adopt(self, task: Task) -> None:
        """Count ``task`` as work on this data (refused once the data is closed)."""
        if self.closed:
            raise RuntimeError("this data is closed: no new work may start in it")
        with self._lock:
            self._tasks.add(task)

    def forget(self, task: Task) -> None:
        """``task`` has ended."""
        with self._lock:
            self._tasks.discard(task)

    def running(self) -> list[Task]:
        with self._lock:
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
        close_data()
