"""Reads that can be abandoned half-way: a long query over every account
asks now and then whether the work is still wanted, so quitting the window
(or switching data) need not wait for it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# SQLite asks the handler every this many virtual machine steps: often
# enough to end within a few milliseconds, rarely enough to cost nothing.
STEPS_BETWEEN_ASKS = 20000
# How often a watcher asks whether a single long statement is still wanted.
WATCH_EVERY_S = 0.02


class Stopped(Exception):
    """The work was asked to stop; what it had read is dropped."""


@contextmanager
def stoppable(db, stopped: Callable[[], bool] | None) -> Iterator[None]:
    """Run reads on ``db`` (this thread's connection) that end early once
    ``stopped()`` says yes, raising ``Stopped``.  Only for reads: a write
    interrupted this way would be rolled back.  With ``stopped`` None, or a
    driver without SQLite's progress handler, the reads run to the end and
    ``Stopped`` is raised after them when asked."""
    if stopped is None:
        yield
        return
    connection = db.connection()
    handler = getattr(connection, "set_progress_handler", None)
    if handler is not None:
        handler(lambda: 1 if stopped() else 0, STEPS_BETWEEN_ASKS)
    try:
        yield
    except Exception as exc:
        if stopped():  # SQLite's "interrupted", whichever wrapper it came in
            raise Stopped() from exc
        raise
    finally:
        if handler is not None:
            handler(None, 0)
    if stopped():
        raise Stopped()


@contextmanager
def interrupted_when(connection, stopped: Callable[[], bool]) -> Iterator[None]:
    """For one long statement SQLite runs as a single step, which never calls
    the progress handler (``PRAGMA quick_check`` before SQLite 3.41): a
    watcher thread interrupts ``connection`` once ``stopped()`` says yes,
    and the statement raises SQLite's "interrupted"."""
    done = threading.Event()

    def watch() -> None:
        while not done.wait(WATCH_EVERY_S):
            if stopped():
                connection.interrupt()
                return

    watcher = threading.Thread(target=watch, name="relapp-stop-watcher", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()
