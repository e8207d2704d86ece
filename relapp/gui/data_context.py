"""The data the window has open, and the background work bound to it.

One ``DataContext`` per opened data folder: its folder and the background
tasks started in it (see ``relapp.gui.background``).  The window passes it
to whatever starts work.  Opening other data (demo, restore, recovery) goes
through ``close()`` first: the old context's tasks are cancelled and waited
for — each closes its own connection as it ends — and then the GUI thread's
connection is closed and its place among the writers given up.  Only then
is the new data opened.
"""

from __future__ import annotations

import threading
from pathlib import Path

from relapp.gui.background import Task
from relapp.services.session import close_data


class DataContext:
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
