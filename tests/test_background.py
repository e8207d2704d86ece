"""Work off the GUI thread: results on the GUI thread, one way to cancel, and no work outliving its data."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from gui_helpers import open_window
from relapp.gui.background import run_in_background
from relapp.gui.data_context import DataContext
from relapp.services.accounts import account_names, create_account
from relapp.services.session import owned_data
from relapp.store.binding import open_database_or_none


class Outcome:
    def __init__(self):
        self.calls = []

    def record(self, name):
        return lambda *args: self.calls.append((name, args, QThread.currentThread()))


def test_results_and_progress_arrive_on_the_gui_thread(qtbot, db, data_dir):
    create_account(name="Alder")
    owner = QWidget()
    qtbot.addWidget(owner)
    seen = Outcome()
    workers = []

    def work(progress, _cancelled):
        workers.append(threading.get_ident())
        progress(1, 2)
        return account_names()

    task = run_in_background(work, parent=owner, context=DataContext(owned_data(db)), done=seen.record("done"),
                             progress=seen.record("progress"), failed=seen.record("failed"))
    qtbot.waitUntil(lambda: any(name == "done" for name, *_ in seen.calls))
    assert [(name, args) for name, args, _ in seen.calls] == [("progress", (1, 2)), ("done", (["Alder"],))]
    assert all(thread is owner.thread() for *_, thread in seen.calls)
    assert workers and workers[0] != threading.get_ident()
    assert not task.is_running()


def test_an_error_is_reported_and_a_cancel_wins_over_any_result(qtbot, db, data_dir):
    owner = QWidget()
    qtbot.addWidget(owner)
    seen = Outcome()

    def fail(_progress, _cancelled):
        raise ValueError("no such file")

    run_in_background(fail, parent=owner, context=None, done=seen.record("done"), failed=seen.record("failed"))
    qtbot.waitUntil(lambda: bool(seen.calls))
    (name, (error,), _), = seen.calls
    assert name == "failed" and isinstance(error, ValueError)

    seen.calls.clear()
    started = threading.Event()

    def until_cancelled(_progress, cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.01)
        return "finished anyway"

    task = run_in_background(until_cancelled, parent=owner, context=None, done=seen.record("done"),
                             cancelled=seen.record("cancelled"))
    assert started.wait(10)
    task.cancel()
    qtbot.waitUntil(lambda: bool(seen.calls))
    assert [name for name, *_ in seen.calls] == ["cancelled"]


def test_closing_a_context_stops_its_work_before_its_data_closes(qtbot, db, data_dir):
    context = DataContext(owned_data(db))
    owner = QWidget()
    qtbot.addWidget(owner)
    started = threading.Event()
    saw = {}

    def reader(_progress, cancelled):
        started.set()
        while not cancelled():
            account_names()  # reading the data all along
            time.sleep(0.01)
        saw["open at the end"] = not open_database_or_none().is_closed()

    task = run_in_background(reader, parent=owner, context=context)
    assert started.wait(10)
    context.close()
    assert not task.is_running()  # waited for, not only told
    assert saw["open at the end"]  # it ended while its data was still there
    assert db.is_closed() and open_database_or_none() is None
    with pytest.raises(RuntimeError):
        run_in_background(reader, parent=owner, context=context)


def test_opening_the_demo_stops_the_work_on_the_data_it_replaces(qtbot, demo_db, data_dir, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    window = open_window(qtbot, data_dir, tmp_path)
    old = window.context
    started = threading.Event()
    files = []

    def reader(_progress, cancelled):
        started.set()
        while not cancelled():
            files.append(open_database_or_none().database)
            time.sleep(0.01)

    task = run_in_background(reader, parent=window, context=old)
    assert started.wait(10)
    window.open_demo()
    assert not task.is_running() and old.closed
    assert window.context is not old and window.context.data_dir == window.data_dir != data_dir
    assert set(files) == {str(data_dir / "relapp.sqlite3")}  # never a read of the new data


def test_switching_data_drops_the_old_datas_results_and_leaves_nothing_open_on_it(qtbot, demo_db, data_dir,
                                                                                    tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    window = open_window(qtbot, data_dir, tmp_path)
    old = window.context
    applied = []
    # One job has finished on the old data, its result on its way to the GUI
    # thread (no event handled since) ...
    finished = run_in_background(lambda _progress, _cancelled: account_names(), parent=window, context=old,
                                 done=applied.append)
    assert finished.wait(10)
    # ... another is still reading when the data switches.
    started = threading.Event()

    def reader(_progress, cancelled):
        started.set()
        while not cancelled():
            account_names()
            time.sleep(0.01)
        return ["late"]

    running = run_in_background(reader, parent=window, context=old, done=applied.append,
                                failed=applied.append, cancelled=lambda: applied.append("cancelled"))
    assert started.wait(10)
    window.open_demo()
    assert not running.is_running()
    qtbot.wait(200)  # every report queued for the GUI thread is handled by now
    assert applied == []  # nothing of the old data reaches views showing the new
    # Every connection to the old file, in every thread, is closed: SQLite
    # removes the write-ahead log with the last one.
    assert not (data_dir / "relapp.sqlite3-wal").exists()
    assert window.context.data_dir != data_dir and account_names()  # the new data is open
