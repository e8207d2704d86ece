"""Python's cycle collector, run by the window between events.

Left to itself the collector runs whenever enough objects were allocated:
in the middle of painting a frame, or in a worker thread, where collecting
a cycle that holds a Qt object destroys that object in the wrong thread.
On the large demo a full collection takes 15–30 ms; landing inside a
journal scroll it doubled that frame.

So the window turns automatic collection off and collects from a timer in
the GUI thread instead (pyqtgraph ships the same idea as its
GarbageCollector): the young generations on every tick that has enough to
collect, the full collection only when the app has been quiet for a moment,
or, at the latest, after half a minute of continuous work.  Reference
counting still frees everything that is not in a cycle at once; only
cycles wait, at most one tick.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

TICK_MS = 500
# Less than this share of one core used during the last tick: the user is
# reading, not scrolling or typing, and a full collection goes unnoticed.
QUIET_CPU_SHARE = 0.2
MAX_DEFER_S = 30.0


def generation_to_collect(counts: tuple[int, int, int], thresholds: tuple[int, int, int],
                          quiet: bool, since_full_s: float) -> int | None:
    """Which generation to collect now (None: nothing), following the
    collector's own thresholds but holding the full collection back until
    the app is quiet or it has waited ``MAX_DEFER_S``."""
    allocated, young_runs, middle_runs = counts
    young, middle, full = thresholds
    if middle_runs > full and (quiet or since_full_s >= MAX_DEFER_S):
        return 2
    if young_runs > middle:
        return 1
    if allocated > young:
        return 0
    return None


class IdleCollector(QObject):
    """Owns garbage collection while installed; ``stop()`` hands it back."""

    def __init__(self, parent=None, tick_ms: int = TICK_MS):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self._last_wall = time.monotonic()
        self._last_cpu = time.process_time()
        self._last_full = self._last_wall
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        gc.disable()
        self.timer.start()

    def tick(self) -> int | None:
        wall, cpu = time.monotonic(), time.process_time()
        elapsed = max(wall - self._last_wall, 1e-6)
        quiet = (cpu - self._last_cpu) / elapsed < QUIET_CPU_SHARE
        self._last_wall, self._last_cpu = wall, cpu
        generation = generation_to_collect(gc.get_count(), self.thresholds, quiet, wall - self._last_full)
        if generation is not None:
            gc.collect(generation)
            if generation == 2:
                self._last_full = wall
            # What the collection itself cost is not the user's work.
            self._last_cpu = time.process_time()
        return generation

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def install(app) -> IdleCollector:
    """Collect from ``app``'s event loop from now on (once per app)."""
    for collector in app.findChildren(IdleCollector):
        if collector.timer.isActive():
            return collector
    return IdleCollector(app)
