"""Cycles are collected from the window's event loop, the full collection
held back while the app is busy."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtWidgets import QApplication

from relapp.gui.idle_collector import MAX_DEFER_S, IdleCollector, generation_to_collect

THRESHOLDS = (700, 10, 10)


@pytest.mark.parametrize("counts, quiet, since_full, expected", [
    ((10, 0, 0), True, 0.0, None),          # little allocated: nothing to do
    ((701, 0, 0), False, 0.0, 0),           # the young generation is due
    ((5, 11, 0), False, 0.0, 1),            # the middle one is due
    ((701, 11, 11), True, 0.0, 2),          # everything due and the app is quiet
    ((701, 11, 11), False, 1.0, 1),         # busy: the full collection waits...
    ((701, 0, 11), False, 1.0, 0),
    ((701, 11, 11), False, MAX_DEFER_S, 2),  # ...but not for ever
])
def test_generation_to_collect(counts, quiet, since_full, expected):
    assert generation_to_collect(counts, THRESHOLDS, quiet, since_full) == expected


class Node:
    def __init__(self):
        self.me = self  # a reference cycle: only the cycle collector frees it


def test_the_event_loop_collects_cycles_and_stop_hands_collection_back(qtbot):
    was_enabled = gc.isenabled()
    collector = IdleCollector(QApplication.instance(), tick_ms=20)
    try:
        assert not gc.isenabled(), "no automatic collection while it is installed"
        collector.thresholds = (0, 10, 10)  # collect the young generation on every tick
        node = Node()
        gone = weakref.ref(node)
        del node
        assert gone() is not None, "a cycle outlives its last reference"
        qtbot.waitUntil(lambda: gone() is None, timeout=3000)
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled() == True  # noqa: E712 - the real flag, not a truthy stand-in
    if not was_enabled:
        gc.disable()


class Clock:
    """Wall and CPU time as the test says they passed."""

    def __init__(self):
        self.wall = self.cpu = 100.0

    def spend(self, wall: float, cpu: float) -> None:
        self.wall += wall
        self.cpu += cpu


def test_a_busy_tick_defers_the_full_collection(qtbot, monkeypatch):
    import relapp.gui.idle_collector as idle

    clock = Clock()
    monkeypatch.setattr(idle.time, "monotonic", lambda: clock.wall)
    monkeypatch.setattr(idle.time, "process_time", lambda: clock.cpu)
    collected = []
    collector = IdleCollector(QApplication.instance(), tick_ms=10_000)
    try:
        # Everything is due; what decides is whether the app was busy.
        monkeypatch.setattr(idle.gc, "get_count", lambda: (1000, 20, 20))
        monkeypatch.setattr(idle.gc, "collect", collected.append)
        clock.spend(wall=0.5, cpu=0.45)  # scrolling: most of a core
        assert collector.tick() == 1, "busy: the young generations only"
        clock.spend(wall=0.5, cpu=0.01)  # reading: hardly any CPU
        assert collector.tick() == 2, "quiet: now the full collection"
        for _ in range(int(MAX_DEFER_S / 0.5) + 1):  # busy for longer than the full pass may wait
            clock.spend(wall=0.5, cpu=0.5)
            if collector.tick() == 2:
                break
        else:
            raise AssertionError("the full collection waited for ever")
        assert collected[:2] == [1, 2]
    finally:
        collector.stop()
        collector.deleteLater()


def test_install_is_once_per_app(qtbot):
    from relapp.gui.idle_collector import install

    app = QApplication.instance()
    first = install(app)
    try:
        assert install(app) is first
        first.stop()
        second = install(app)
        assert second is not first, "a stopped collector is not reused"
        second.stop()
    finally:
        for collector in app.findChildren(IdleCollector):
            collector.stop()
            collector.deleteLater()
